//! PQ102 unused-footnote: a footnote no cell refers to.

use std::collections::BTreeSet;

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};

pub const RULE: Rule = Rule {
    code: "PQ102",
    name: "unused-footnote",
    severity: Severity::Warning,
    summary: "a footnote that no cell refers to",
    explanation: r#"## What it catches
A footnote under `footnotes:` that no cell lists in its `notes:`.

## Why it matters
A footnote states a rule of the official page. If no cell refers to it, the
rule is not shown with any answer, and probably not encoded in any condition.

## Example
```yaml
footnotes:
  "3": { en: Only the creator may close a draft item., es: ..., fr: ... }
```

## Fix
Add `notes: ["3"]` to the cells it explains (and encode its condition), or
remove it.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let used: BTreeSet<&str> = visit::cells(&parsed.raw)
            .into_iter()
            .flat_map(|cell| cell.cell.value.notes.iter())
            .map(|note| note.value.as_str())
            .collect();
        for (id, _) in &parsed.raw.footnotes.0 {
            if !used.contains(id.value.as_str()) {
                out.push(
                    RULE.finding(format!(
                        "footnote `{}` is defined but no cell refers to it",
                        id.value
                    ))
                    .at(&parsed.file, Place::of(id))
                    .help(format!(
                        "add `notes: [\"{}\"]` to the cells it explains, or remove it",
                        id.value
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
    fn an_unreferenced_footnote_is_a_warning() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nfootnotes:\n  \"1\": { en: One, es: Uno, fr: Un }\nactions: {}\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ102"]);
        assert!(!findings[0].is_error());
    }
}
