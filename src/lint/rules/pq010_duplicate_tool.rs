//! PQ010 duplicate-tool: two files define the same tool at the same scope.

use std::collections::BTreeMap;

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule};
use crate::model::ToolKey;

pub const RULE: Rule = Rule {
    code: "PQ010",
    name: "duplicate-tool",
    severity: Severity::Error,
    summary: "two files define the same tool at the same scope",
    explanation: r#"## What it catches
Two tool files with the same `tool:` id and `scope:`, e.g. a copy left
behind as `project/rfi-old.yaml`.

## Why it matters
Questions would be answered from whichever file comes first; edits to the
other would have no effect.

## Example
```yaml
# project/rfi-old.yaml
tool: rfi
scope: project
```

## Fix
Keep one file per tool and scope; delete or rename the other.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    let mut first: BTreeMap<ToolKey, &str> = BTreeMap::new();
    for parsed in context.tools {
        let key = ToolKey {
            scope: parsed.raw.scope.value,
            id: parsed.raw.tool.value.clone(),
        };
        match first.get(&key) {
            Some(path) => out.push(
                RULE.finding(format!(
                    "tool `{}` at {} scope is already defined in `{path}`",
                    key.id,
                    key.scope.id()
                ))
                .at(&parsed.file, Place::of(&parsed.raw.tool))
                .help("keep one file per tool and scope"),
            ),
            None => {
                first.insert(key, &parsed.file.path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_files};

    #[test]
    fn a_second_file_for_the_same_tool_is_reported() {
        let text =
            "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions: {}\n";
        let findings = lint_files(&[("m/project/t.yaml", text), ("m/project/t.yaml", text)]);
        assert_eq!(codes(&findings), vec!["PQ010"]);
    }
}
