//! PQ015 invalid-config: `permq.toml` beside the matrix cannot be used.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ015",
    name: "invalid-config",
    severity: Severity::Error,
    summary: "`permq.toml` beside the matrix is malformed or names an unknown rule",
    explanation: r#"## What it catches
A `permq.toml` in the matrix folder that is not valid TOML, has a key other
than `[lint] allow`, or lists a rule that does not exist.

## Why it matters
A misspelt rule in `allow` would silently skip nothing, or the wrong thing;
permq stops instead of guessing which rules the team meant to skip.

## Example
```toml
[lint]
allow = ["PQ999"]
```

## Fix
List existing codes or names (`permq explain --list`): `allow = ["PQ102"]`.
"#,
    check: None,
};
