//! PQ001 invalid-yaml: the file is not well-formed YAML.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ001",
    name: "invalid-yaml",
    severity: Severity::Error,
    summary: "the file is not well-formed YAML",
    explanation: r#"## What it catches
YAML syntax errors: an unclosed `{` or `[`, a bad indentation, a tab where
spaces are needed, more than one document in a file.

## Why it matters
A file that does not parse contributes nothing: its tool would be missing
from every answer.

## Example
```yaml
name: { en: RFIs, es: RFI, fr: Demandes de renseignements
source: https://example.com
```

## Fix
Close the flow mapping (`... fr: Demandes de renseignements }`) or fix the
syntax at the place shown.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn an_unclosed_mapping_is_reported() {
        let findings = lint_tool_text("tool: rfi\nname: { en: RFIs\nsource: x\n");
        assert_eq!(codes(&findings), vec!["PQ001"]);
        assert_eq!(findings[0].place.map(|p| p.line), Some(3));
    }
}
