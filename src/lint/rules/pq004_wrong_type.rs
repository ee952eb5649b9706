//! PQ004 wrong-type: a value of the wrong kind.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ004",
    name: "wrong-type",
    severity: Severity::Error,
    summary: "a value of the wrong kind (a list where a map is expected, an unknown scope or level…)",
    explanation: r#"## What it catches
A value whose kind does not fit its field: a list for `name:`, `scope: site`,
`level: superuser` in a `requires`, a cell that is neither `allow`, `deny`
nor a map, a condition written as a bare list.

## Why it matters
permq could only guess what such a value means, and a guess in a permission
matrix is a wrong answer waiting to happen.

## Example
```yaml
scope: site
```

## Fix
Use a value of the documented kind: `scope: company` or `scope: project`.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn an_unknown_scope_is_reported() {
        let findings = lint_tool_text(
            "tool: rfi\nscope: site\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions: {}\n",
        );
        assert_eq!(codes(&findings), vec!["PQ004"]);
        assert_eq!(findings[0].place.map(|p| p.line), Some(2));
    }
}
