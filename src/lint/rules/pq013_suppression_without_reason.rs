//! PQ013 suppression-without-reason: `# permq: allow` with no reason or no rule.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ013",
    name: "suppression-without-reason",
    severity: Severity::Warning,
    summary: "a `# permq: allow` comment that names no rule or gives no reason",
    explanation: r#"## What it catches
A suppression comment, `# permq: allow PQ201`, with nothing after the codes,
or one that names no known rule.

## Why it matters
A suppression says "this finding is deliberate". Without the why, the next
person cannot tell a deliberate exception from a silenced mistake.

## Example
```yaml
      read_only: allow  # permq: allow PQ201
```

## Fix
Say why: `# permq: allow PQ201 the official page ticks Read Only but not Standard`.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_files};

    const HEAD: &str = "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions:\n  edit:\n    name: { en: E, es: E, fr: E }\n";

    #[test]
    fn a_suppression_without_reason_silences_but_warns() {
        let text = format!(
            "{HEAD}    grants: {{ read_only: allow, admin: allow }}  # permq: allow PQ201\n"
        );
        assert_eq!(
            codes(&lint_files(&[("m/project/t.yaml", &text)])),
            vec!["PQ013"]
        );
    }

    #[test]
    fn a_suppression_with_reason_is_silent() {
        let text = format!(
            "{HEAD}    grants: {{ read_only: allow, admin: allow }}  # permq: allow PQ201 the page shows it\n"
        );
        assert!(lint_files(&[("m/project/t.yaml", &text)]).is_empty());
    }
}
