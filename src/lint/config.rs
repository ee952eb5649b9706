//! `permq.toml` beside a matrix folder: rules to skip for that matrix.
//!
//! ```toml
//! [lint]
//! allow = ["PQ102", "stricter-higher-level"]
//! ```

use std::path::Path;

use serde::Deserialize;

use crate::diagnostic::{Finding, Place, SourceFile};
use crate::lint::rules;

/// The lint settings of a matrix folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub lint: LintConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintConfig {
    /// Codes or names of rules to skip.
    #[serde(default)]
    pub allow: Vec<String>,
}

impl Config {
    /// Reads `permq.toml` in `dir`, if any.
    pub fn read(dir: &Path) -> Result<Config, Box<Finding>> {
        let path = dir.join("permq.toml");
        if !path.is_file() {
            return Ok(Config::default());
        }
        let shown = match dir.file_name() {
            Some(name) => Path::new(name).join("permq.toml").display().to_string(),
            None => String::from("permq.toml"),
        };
        let text = std::fs::read_to_string(&path).map_err(|err| {
            Box::new(
                rules::pq015_invalid_config::RULE.finding(format!("cannot read `{shown}`: {err}")),
            )
        })?;
        let file = SourceFile::new(shown, text);
        let config: Config = toml::from_str(&file.text).map_err(|err| {
            let mut finding = rules::pq015_invalid_config::RULE
                .finding(err.message().to_owned())
                .help("permq.toml holds `[lint]` with `allow = [\"PQ102\", ...]`");
            if let Some(span) = err.span() {
                let before = &file.text[..span.start.min(file.text.len())];
                let line = before.matches('\n').count() as u64 + 1;
                let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u64 + 1;
                let mut place = Place::at(&file.text, line, column);
                place.len = span.end.saturating_sub(span.start);
                finding = finding.at(&file, place);
            } else {
                finding = finding.in_file(&file);
            }
            Box::new(finding)
        })?;
        for rule in &config.lint.allow {
            if crate::lint::rule(rule).is_none() {
                return Err(Box::new(
                    rules::pq015_invalid_config::RULE
                        .finding(format!("`{rule}` in `[lint] allow` is not a rule"))
                        .in_file(&file)
                        .help("`permq explain --list` lists the rules"),
                ));
            }
        }
        Ok(config)
    }

    /// Whether findings of a rule are skipped.
    pub fn allows(&self, finding: &Finding) -> bool {
        self.lint
            .allow
            .iter()
            .any(|rule| rule.eq_ignore_ascii_case(finding.code) || rule == finding.rule)
    }
}
