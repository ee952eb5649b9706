//! PQ000 unreadable-file: a path given to permq cannot be read as a matrix.

use crate::diagnostic::Severity;
use crate::lint::Rule;

pub const RULE: Rule = Rule {
    code: "PQ000",
    name: "unreadable-file",
    severity: Severity::Error,
    summary: "a path given as a matrix cannot be read (missing, not a folder, no matrix files, not UTF-8)",
    explanation: r#"## What it catches
A matrix path that does not exist, a folder with no `company/*.yaml`,
`project/*.yaml` or `rules.yaml`, a file that cannot be read or is not UTF-8,
or a folder with more tool files than permq reads (2,000).

## Why it matters
Nothing can be checked or answered from a matrix that cannot be read; permq
stops with exit code 2 rather than answer from an empty matrix.

## Example
```sh
permq lint matrix-typo/
```

## Fix
Point `permq lint`, `--matrix` or `PERMQ_MATRIX` at a folder holding
`company/<tool>.yaml`, `project/<tool>.yaml` and optionally `rules.yaml`.
"#,
    check: None,
};

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_folder_is_reported() {
        let finding = crate::load::load_dir(std::path::Path::new("/nonexistent/permq/matrix"))
            .err()
            .expect("a missing folder cannot load");
        assert_eq!(finding.code, "PQ000");
    }
}
