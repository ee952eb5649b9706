//! PQ009 duplicate-key: a key written twice in one mapping.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ009",
    name: "duplicate-key",
    severity: Severity::Error,
    summary: "a key written twice in one mapping (e.g. a duplicate action id)",
    explanation: r#"## What it catches
The same key twice in one mapping: two actions with the same id, a level
given two cells, a footnote defined twice.

## Why it matters
Most YAML readers keep the last value and drop the first without a word; in
a permission matrix that silently replaces a cell. permq refuses duplicates.

## Example
```yaml
grants:
  standard: { if: creator }
  standard: allow
```

## Fix
Keep one of the two entries (or rename the action id if both are meant).
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_duplicate_action_id_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  view:\n    name: { en: View, es: Ver, fr: Voir }\n    grants: { admin: allow }\n  view:\n    name: { en: See, es: Ver, fr: Voir }\n    grants: { admin: allow }\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ009"]);
    }
}
