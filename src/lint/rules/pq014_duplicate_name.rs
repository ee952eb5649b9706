//! PQ014 duplicate-name: two actions of a tool with the same name in one language.

use std::collections::BTreeMap;

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule};
use crate::names::normalize;

pub const RULE: Rule = Rule {
    code: "PQ014",
    name: "duplicate-name",
    severity: Severity::Error,
    summary: "two actions of one tool with the same name in one language",
    explanation: r#"## What it catches
Two actions of one tool whose names are the same in English, Spanish or
French (ignoring case, accents and punctuation, as permq matches names).

## Why it matters
`--action "Editar una RFI"` must name one action. With two actions under one
name, a user who asks in that language gets an "ambiguous" error, or a
reviewer reads the wrong row.

## Example
```yaml
  edit:
    name: { en: Edit an RFI, es: Editar una RFI, fr: Modifier une RFI }
  edit_any:
    name: { en: Edit Any RFI, es: Editar una RFI, fr: Modifier n'importe quelle RFI }
```

## Fix
Give each action its own name in every language (`es: Editar cualquier RFI`).
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let mut seen: BTreeMap<(&str, String), &str> = BTreeMap::new();
        for (id, action) in &parsed.raw.actions.0 {
            let name = &action.name.value;
            let texts = [
                ("en", Some(&name.en)),
                ("es", name.es.as_ref()),
                ("fr", name.fr.as_ref()),
            ];
            for (lang, text) in texts {
                let Some(text) = text else { continue };
                let key = (lang, normalize(&text.value));
                if key.1.is_empty() {
                    continue;
                }
                match seen.get(&key) {
                    Some(other) if *other != id.value => out.push(
                        RULE.finding(format!(
                            "actions `{other}` and `{}` have the same {lang} name `{}`",
                            id.value, text.value
                        ))
                        .at(&parsed.file, Place::of(text))
                        .help("give each action its own name in every language"),
                    ),
                    _ => {
                        seen.insert(key, &id.value);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn two_actions_with_one_spanish_name_are_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { admin: allow }\n  edit_any:\n    name: { en: Edit any, es: Editar, fr: Modifier tout }\n    grants: { admin: allow }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ014"]);
    }
}
