//! PQ002 unknown-field: a field the matrix format does not have.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ002",
    name: "unknown-field",
    severity: Severity::Error,
    summary: "a field the matrix format does not have (often a misspelling)",
    explanation: r#"## What it catches
A key that is not part of the matrix format, anywhere in a tool file, a cell,
a `requires`, an assertion file or `rules.yaml`.

## Why it matters
A misspelt field is silently meaningless in most YAML tools: `permisions:`
instead of `platforms:`, `note:` instead of `notes:`. permq refuses it so that
nothing a person wrote is ignored.

## Example
```yaml
  edit:
    name: { en: Edit an RFI, es: Editar una RFI, fr: Modifier une RFI }
    grants: { admin: allow }
    permisions: [web]
```

## Fix
Fix the spelling (`platforms:`) or remove the field; docs/matrix-format.md
lists every field.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_misspelt_field_is_reported_at_its_key() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions: {}\nsourse: y\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ002"]);
        assert_eq!(findings[0].place.map(|p| (p.line, p.column)), Some((6, 1)));
    }
}
