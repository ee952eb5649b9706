//! PQ011 misplaced-file: a tool file not at `<scope>/<tool>.yaml`.

use std::path::Path;

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::Rule;
use crate::model::Scope;
use crate::model::build::ParsedTool;

pub const RULE: Rule = Rule {
    code: "PQ011",
    name: "misplaced-file",
    severity: Severity::Error,
    summary: "a tool file that is not at `<scope>/<tool>.yaml`",
    explanation: r#"## What it catches
A tool file whose name is not its `tool:` id, or that sits in `company/`
while saying `scope: project` (or the reverse).

## Why it matters
People find a tool by its path; a file named `rfi.yaml` that defines
`submittals`, or a company tool under `project/`, sends every reader and
every reviewer to the wrong place.

## Example
```yaml
# project/rfis.yaml
tool: rfi
```

## Fix
Rename the file to `project/rfi.yaml`, or fix the id or scope.
"#,
    check: None,
};

/// Checks one parsed file against the path it was read from (the loader knows paths).
pub fn check_path(parsed: &ParsedTool, path: &Path, out: &mut Vec<Finding>) {
    let raw = &parsed.raw;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem != raw.tool.value {
        out.push(
            RULE.finding(format!(
                "tool `{}` is in a file named `{stem}`",
                raw.tool.value
            ))
            .at(&parsed.file, Place::of(&raw.tool))
            .help(format!(
                "rename the file to `{}.yaml`, or fix the tool id",
                raw.tool.value
            )),
        );
    }
    if Scope::from_id(folder).is_some_and(|scope| scope != raw.scope.value) {
        out.push(
            RULE.finding(format!(
                "tool `{}` says `scope: {}` but sits in `{folder}/`",
                raw.tool.value,
                raw.scope.value.id()
            ))
            .at(&parsed.file, Place::of(&raw.scope))
            .help(format!(
                "move the file to `{}/`, or fix the scope",
                raw.scope.value.id()
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_files};

    const TOOL: &str =
        "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions: {}\n";

    #[test]
    fn a_file_named_after_another_tool_is_reported() {
        assert_eq!(
            codes(&lint_files(&[("m/project/u.yaml", TOOL)])),
            vec!["PQ011"]
        );
    }

    #[test]
    fn a_project_tool_under_company_is_reported() {
        assert_eq!(
            codes(&lint_files(&[("m/company/t.yaml", TOOL)])),
            vec!["PQ011"]
        );
    }

    #[test]
    fn a_well_placed_file_is_fine() {
        assert!(lint_files(&[("m/project/t.yaml", TOOL)]).is_empty());
    }
}
