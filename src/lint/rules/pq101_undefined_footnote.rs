//! PQ101 undefined-footnote: a cell refers to a footnote the tool does not define.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};

pub const RULE: Rule = Rule {
    code: "PQ101",
    name: "undefined-footnote",
    severity: Severity::Error,
    summary: "a cell refers to a footnote the tool does not define",
    explanation: r#"## What it catches
A `notes: ["7"]` entry in a cell when the tool has no footnote `"7"`.

## Why it matters
The footnote is the explanation a user reads beside the answer; a missing
one means the answer comes without its reason, usually because a footnote
was renumbered.

## Example
```yaml
footnotes:
  "1": { en: ..., es: ..., fr: ... }
actions:
  edit:
    grants:
      standard: { if: creator, notes: ["2"] }
```

## Fix
Define the footnote under `footnotes:`, or refer to the right number.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let defined: Vec<&str> = parsed
            .raw
            .footnotes
            .0
            .iter()
            .map(|(id, _)| id.value.as_str())
            .collect();
        for cell in visit::cells(&parsed.raw) {
            for note in &cell.cell.value.notes {
                if !defined.contains(&note.value.as_str()) {
                    out.push(
                        RULE.finding(format!("footnote `{}` is referenced but not defined", note.value))
                            .at(&parsed.file, Place::of(note))
                            .help(format!(
                                "define it under `footnotes:` as `\"{}\": {{ en: ..., es: ..., fr: ... }}`",
                                note.value
                            )),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_note_without_footnote_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { admin: { allow: true, notes: [\"2\"] } }\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ101"]);
        assert_eq!(findings[0].place.map(|p| p.line), Some(8));
    }
}
