//! PQ203 unsatisfiable-condition: a condition (or part of one) that can never hold.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, logic, visit};

pub const RULE: Rule = Rule {
    code: "PQ203",
    name: "unsatisfiable-condition",
    severity: Severity::Error,
    summary: "a condition, or a part of one, that can never hold",
    explanation: r#"## What it catches
A cell condition or one of its parts that no situation satisfies: `x` and
`not x` together, two different statuses at once (an item has one status),
an empty `any: []`.

## Why it matters
A cell whose condition never holds is a denied cell dressed up as a
conditional one; a dead branch of an `any` is a rule of the page that is
silently lost. Either way the answer is not what the author meant.

## Example
```yaml
standard: { if: { all: [ { status: draft }, { status: open } ] } }
```

## Fix
Say what the page says: probably `any:` (draft or open) instead of `all:`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for part in visit::first_part_where(context, |condition| {
        logic::satisfiable(condition) == Some(false)
    }) {
        out.push(
            RULE.finding(format!(
                "{} of the `{}` cell of `{}` can never hold",
                part.what(),
                part.cell.level.value,
                part.cell.action.value
            ))
            .at(part.file, Place::of(part.node))
            .label("never holds")
            .help("an item has one status, and `x` with `not x` never holds: did you mean `any:`?"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    const HEAD: &str = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nstatuses:\n  draft: { en: Draft, es: Borrador, fr: Brouillon }\n  open: { en: Open, es: Abierta, fr: Ouverte }\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n";

    #[test]
    fn two_statuses_at_once_are_reported() {
        let text = format!(
            "{HEAD}    grants: {{ standard: {{ if: {{ all: [ {{ status: draft }}, {{ status: open }} ] }} }}, admin: allow }}\n"
        );
        assert_eq!(codes(&lint_tool_text(&text)), vec!["PQ203"]);
    }

    #[test]
    fn a_dead_branch_of_any_is_reported() {
        let text = format!(
            "{HEAD}    grants: {{ standard: {{ if: {{ any: [ creator, {{ all: [manager, {{ not: manager }}] }} ] }} }}, admin: allow }}\n"
        );
        let findings = lint_tool_text(&text);
        assert_eq!(codes(&findings), vec!["PQ203"]);
        assert!(findings[0].message.starts_with("a part"));
    }
}
