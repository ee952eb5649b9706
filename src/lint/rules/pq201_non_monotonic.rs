//! PQ201 non-monotonic: a level allowed where a higher level is denied.

use crate::diagnostic::{Finding, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::{Grant, Level};

pub const RULE: Rule = Rule {
    code: "PQ201",
    name: "non-monotonic",
    severity: Severity::Error,
    summary: "a level allowed (outright or under a condition) where a higher level is denied",
    explanation: r#"## What it catches
An action whose cell at a lower level is `allow` or `if:` while a higher
level's cell is denied (or left out), and the action has no `exception:`.

## Why it matters
Permission levels are ordered: None < Read Only < Standard < Admin. A
Read Only user who may do what a Standard user may not is almost always a
cell read from the wrong column, or a level forgotten. When the official
page really shows it, the action must say why, so that the next reader does
not "fix" it.

## Example
```yaml
grants:
  read_only: allow
  admin: allow       # standard left out: denied
```

## Fix
Add the missing cell (`standard: allow`), or keep the cells and add
`exception: "<why the page gives Read Only more than Standard>"`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for (parsed, tool) in context.pairs() {
        for (index, action) in tool.actions.iter().enumerate() {
            if action.exception.is_some() {
                continue;
            }
            let denied = |level: Level| action.cell(level).grant == Grant::Deny;
            let pair = Level::ALL.iter().find_map(|&low| {
                if denied(low) {
                    return None;
                }
                Level::ALL
                    .iter()
                    .find(|&&high| high > low && denied(high))
                    .map(|&high| (low, high))
            });
            let Some((low, high)) = pair else { continue };
            let Some(place) = visit::level_place(&parsed.raw, index, low) else {
                continue;
            };
            out.push(
                RULE.finding(format!(
                    "`{}` may `{}` but the higher level `{}` may not",
                    low.id(),
                    action.id,
                    high.id()
                ))
                .at(&parsed.file, place)
                .label(format!("allowed at `{}`", low.id()))
                .help(format!(
                    "give `{}` a cell, or add `exception: \"<why>\"` to the action if the official page shows it",
                    high.id()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    const HEAD: &str = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n";

    #[test]
    fn read_only_allowed_with_standard_denied_is_reported() {
        let text = format!("{HEAD}    grants: {{ read_only: allow, admin: allow }}\n");
        assert_eq!(codes(&lint_tool_text(&text)), vec!["PQ201"]);
    }

    #[test]
    fn an_exception_silences_it() {
        let text = format!(
            "{HEAD}    exception: the page shows it\n    grants: {{ read_only: allow, admin: allow }}\n"
        );
        assert!(lint_tool_text(&text).is_empty());
    }
}
