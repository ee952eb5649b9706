//! PQ202 stricter-higher-level: a higher level needs a stricter condition than a lower one.

use crate::diagnostic::{Finding, Severity};
use crate::lint::{LintContext, Rule, logic, visit};
use crate::model::{Grant, Level};

pub const RULE: Rule = Rule {
    code: "PQ202",
    name: "stricter-higher-level",
    severity: Severity::Warning,
    summary: "a higher level needs a condition that a lower level's grant does not imply",
    explanation: r#"## What it catches
An action where a lower level is allowed in some situation in which a higher
level is not: the lower cell is `allow` while the higher is `if:`, or the
lower cell's condition does not imply the higher's. Actions with an
`exception:` are skipped.

## Why it matters
It usually means a condition was copied to the wrong level, or a footnote
("Standard only") was applied to Admin too. When the page really works that
way, say so in `exception:`.

## Example
```yaml
grants:
  read_only: { if: { granular: act_as_rfi_manager } }
  standard: { if: { all: [creator, { status: draft }] } }
```

## Fix
Make the higher level's condition at least as permissive (here
`any: [ { granular: act_as_rfi_manager }, { all: [creator, { status: draft }] } ]`),
or add `exception: "<why>"`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for (parsed, tool) in context.pairs() {
        'action: for (index, action) in tool.actions.iter().enumerate() {
            if action.exception.is_some() {
                continue;
            }
            for &low in &Level::ALL {
                for &high in Level::ALL.iter().filter(|&&high| high > low) {
                    let stricter = match (&action.cell(low).grant, &action.cell(high).grant) {
                        (Grant::Allow, Grant::If(_)) => true,
                        (Grant::If(low_condition), Grant::If(high_condition)) => {
                            logic::implies(low_condition, high_condition) == Some(false)
                        }
                        _ => false,
                    };
                    if !stricter {
                        continue;
                    }
                    let Some(place) = visit::level_place(&parsed.raw, index, high) else {
                        continue;
                    };
                    out.push(
                        RULE.finding(format!(
                            "`{}` may `{}` in cases where the higher level `{}` may not",
                            low.id(),
                            action.id,
                            high.id()
                        ))
                        .at(&parsed.file, place)
                        .label(format!("stricter than `{}`", low.id()))
                        .help("make this condition at least as permissive as the lower level's, or add `exception: \"<why>\"`"),
                    );
                    continue 'action;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn admin_needing_creator_while_standard_is_free_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { standard: allow, admin: { if: creator } }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ202"]);
    }

    #[test]
    fn a_weaker_higher_condition_is_fine() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { read_only: { if: { all: [creator, manager] } }, standard: { if: creator }, admin: allow }\n";
        assert!(lint_tool_text(text).is_empty());
    }
}
