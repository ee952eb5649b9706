//! PQ012 file-too-large: a file beyond the size or parsing budget.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ012",
    name: "file-too-large",
    severity: Severity::Error,
    summary: "a file beyond permq's size or parsing budget (2 MiB, depth 48, 100,000 nodes…)",
    explanation: r#"## What it catches
A file over 2 MiB, or one whose YAML exceeds the parsing budget: nesting
deeper than 48, more than 100,000 nodes or 200,000 events, more than 1,000
anchors or aliases, more than one document.

## Why it matters
A real tool file is a few tens of KiB. Anything far beyond is a mistake or a
hostile file (an alias bomb, a generated monster), and parsing it could
exhaust the machine of everyone who runs permq in CI.

## Example
```yaml
deep: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
```

## Fix
Split or trim the file; a condition never needs that much nesting.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn too_many_anchors_break_the_budget() {
        let anchors: Vec<String> = (0..1_100).map(|i| format!("&a{i} x{i}")).collect();
        let text = format!("aliases: [{}]\n", anchors.join(", "));
        assert_eq!(codes(&lint_tool_text(&text)), vec!["PQ012"]);
    }
}
