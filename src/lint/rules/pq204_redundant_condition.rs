//! PQ204 redundant-condition: a condition that always holds.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, logic, visit};

pub const RULE: Rule = Rule {
    code: "PQ204",
    name: "redundant-condition",
    severity: Severity::Warning,
    summary: "a cell's condition (or a part of it) always holds: the cell is allowed outright",
    explanation: r#"## What it catches
A cell condition, or a part of it, that holds in every situation: `any:
[creator, { not: creator }]`, an empty `all: []`.

## Why it matters
The cell reads as conditional but is allowed outright; a reader (and
`permq can`) shows a condition that decides nothing, and the real
restriction the page states is probably missing.

## Example
```yaml
standard: { if: { any: [ creator, { not: creator } ] } }
```

## Fix
Write `allow` if the page shows a plain check, or encode the restriction the
footnote states.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for part in visit::first_part_where(context, |condition| {
        logic::tautology(condition) == Some(true)
    }) {
        out.push(
            RULE.finding(format!(
                "{} of the `{}` cell of `{}` always holds",
                part.what(),
                part.cell.level.value,
                part.cell.action.value
            ))
            .at(part.file, Place::of(part.node))
            .label("always holds")
            .help("write `allow` if the page shows a plain check, or encode the restriction it states"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn x_or_not_x_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { standard: { if: { any: [creator, { not: creator }] } }, admin: allow }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ204"]);
    }
}
