//! PQ301 missing-translation: a name or footnote without its es or fr text.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};

pub const RULE: Rule = Rule {
    code: "PQ301",
    name: "missing-translation",
    severity: Severity::Error,
    summary: "a tool name, action name, footnote or label without its `es` or `fr` text",
    explanation: r#"## What it catches
A text (`{ en: ..., es: ..., fr: ... }`) with no `es` or no `fr`, or with an
empty one: tool and action names, footnotes, granular permissions, settings,
statuses, integrations, `info`, global rules.

## Why it matters
permq answers in English, Spanish and French; a missing translation shows
English in the middle of a French answer, and `--action` cannot find the
action by its name in that language.

## Example
```yaml
name: { en: Edit an RFI, es: Editar una RFI }
```

## Fix
Add the text: `fr: Modifier une demande de renseignements`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    let mut texts = Vec::new();
    for parsed in context.tools {
        texts.extend(
            visit::texts(&parsed.raw)
                .into_iter()
                .map(|(what, text)| (&parsed.file, what, text)),
        );
    }
    if let Some(rules) = context.rules {
        texts.extend(
            rules
                .raw
                .rules
                .0
                .iter()
                .map(|(id, rule)| (&rules.file, format!("rule `{}`", id.value), &rule.name)),
        );
    }
    for (file, what, text) in texts {
        for (lang, value) in [("es", &text.value.es), ("fr", &text.value.fr)] {
            let missing = value.as_ref().is_none_or(|v| v.value.trim().is_empty());
            if missing {
                out.push(
                    RULE.finding(format!("{what} has no `{lang}` text"))
                        .at(file, Place::of(text))
                        .label(format!("no `{lang}` here"))
                        .help(format!(
                            "add `{lang}: ...` beside `en: {}`",
                            text.value.en.value.trim()
                        )),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_name_without_french_is_reported() {
        let text =
            "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI }\nsource: x\nactions: {}\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ301"]);
    }
}
