//! PQ003 missing-field: a required field is absent.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ003",
    name: "missing-field",
    severity: Severity::Error,
    summary: "a required field is absent (tool, scope, name, source, actions, grants, en…)",
    explanation: r#"## What it catches
A tool without `tool`, `scope`, `name`, `source` or `actions`; an action
without `name` or `grants`; a text without `en`; a `requires` without `tool`
or `level`.

## Why it matters
Each of these is needed to answer a question or to say where the answer
comes from: a tool without `source:` cannot be checked against Procore.

## Example
```yaml
tool: rfi
scope: project
name: { en: RFIs, es: RFI, fr: Demandes de renseignements }
actions: {}
```

## Fix
Add the field: here `source: <address of the official permission page>`.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_tool_without_source_is_reported() {
        let findings = lint_tool_text(
            "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nactions: {}\n",
        );
        assert_eq!(codes(&findings), vec!["PQ003"]);
    }
}
