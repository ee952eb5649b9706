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
