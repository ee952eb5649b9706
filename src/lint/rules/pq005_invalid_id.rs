//! PQ005 invalid-id: an id that is not lowercase ASCII letters, digits and `_`.

use serde_saphyr::Spanned;

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule};

pub const RULE: Rule = Rule {
    code: "PQ005",
    name: "invalid-id",
    severity: Severity::Error,
    summary: "an id that is not lowercase ASCII letters, digits and `_`",
    explanation: r#"## What it catches
Tool, action, granular permission, setting, status, integration and rule ids
with capitals, spaces, accents or punctuation.

## Why it matters
Ids are what scripts, assertion files and `--granular`/`--status` flags use;
they must be typed the same way everywhere. Names with spaces and accents
belong in `name:`, where permq matches them loosely.

## Example
```yaml
granular:
  Act as RFI Manager: { en: Act as RFI Manager, es: ..., fr: ... }
```

## Fix
Use a snake_case id: `act_as_rfi_manager:`.
"#,
    check: Some(check),
};

pub fn is_valid(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let raw = &parsed.raw;
        let mut ids: Vec<(&str, &Spanned<String>)> = vec![("tool", &raw.tool)];
        for (what, entries) in [
            ("granular permission", &raw.granular),
            ("setting", &raw.settings),
            ("status", &raw.statuses),
            ("integration", &raw.integrations),
        ] {
            ids.extend(entries.0.iter().map(|(id, _)| (what, id)));
        }
        ids.extend(raw.actions.0.iter().map(|(id, _)| ("action", id)));
        for (what, id) in ids {
            if !is_valid(&id.value) {
                out.push(
                    RULE.finding(format!("{what} id `{}` is not a valid id", id.value))
                        .at(&parsed.file, Place::of(id))
                        .help("ids use lowercase ASCII letters, digits and `_`, e.g. `act_as_rfi_manager`"),
                );
            }
        }
    }
    if let Some(rules) = context.rules {
        for (id, _) in &rules.raw.rules.0 {
            if !is_valid(&id.value) {
                out.push(
                    RULE.finding(format!("rule id `{}` is not a valid id", id.value))
                        .at(&rules.file, Place::of(id))
                        .help("ids use lowercase ASCII letters, digits and `_`"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn an_action_id_with_capitals_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  Edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { admin: allow }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ005"]);
    }
}
