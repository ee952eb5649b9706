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

#[cfg(test)]
mod tests {
    use crate::lint::config::Config;

    fn read(text: &str) -> Result<Config, Box<crate::diagnostic::Finding>> {
        let dir = std::env::temp_dir().join(format!(
            "permq-config-{}-{}",
            std::process::id(),
            text.len()
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("permq.toml"), text).expect("write");
        let config = Config::read(&dir);
        std::fs::remove_dir_all(&dir).ok();
        config
    }

    #[test]
    fn an_unknown_rule_is_refused() {
        let finding = read("[lint]\nallow = [\"PQ999\"]\n").expect_err("PQ999 is no rule");
        assert_eq!(finding.code, "PQ015");
    }

    #[test]
    fn an_unknown_key_is_refused_with_its_place() {
        let finding = read("[lint]\nallw = []\n").expect_err("allw is no key");
        assert_eq!(finding.code, "PQ015");
        assert_eq!(finding.place.map(|p| p.line), Some(2));
    }

    #[test]
    fn known_rules_by_code_and_name_are_accepted() {
        let config =
            read("[lint]\nallow = [\"PQ102\", \"stricter-higher-level\"]\n").expect("valid");
        assert_eq!(config.lint.allow.len(), 2);
    }
}
