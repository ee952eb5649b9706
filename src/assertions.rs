//! Assertion files: hand-checked expectations about the matrix, run by
//! `permq test` and by `cargo test` on the shipped matrix.
//!
//! A file names a tool and lists cases (role, action, facts, expected
//! verdict, optionally the expected residual text). Each case is answered
//! with [`crate::query::can`] exactly as `permq can` would.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::catalog::Catalog;
use crate::condition::Facts;
use crate::diagnostic::{Finding, SourceFile};
use crate::facts::{self, FactKey};
use crate::i18n::Describer;
use crate::load;
use crate::model::{GlobalRule, Lang, Scope, Tool};
use crate::names;
use crate::query::{self, Verdict};

/// One assertion file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssertionFile {
    pub tool: String,
    #[serde(default)]
    pub scope: Option<Scope>,
    pub cases: Vec<Case>,
}

/// One expectation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    pub role: String,
    pub action: String,
    #[serde(default)]
    pub facts: BTreeMap<String, FactValue>,
    #[serde(default)]
    pub closed_world: bool,
    pub expect: Expect,
    #[serde(default)]
    pub residual: Option<String>,
}

/// The value of a fact in a case: a boolean, a status id, or a map
/// (`granular`, `setting`, `integration`: id → bool; `with`: tool → level).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum FactValue {
    Bool(bool),
    Text(String),
    Map(BTreeMap<String, FactEntry>),
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum FactEntry {
    Bool(bool),
    Text(String),
}

/// The verdict a case expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expect {
    Yes,
    No,
    OnlyIf,
}

impl Expect {
    pub fn id(self) -> &'static str {
        match self {
            Expect::Yes => "yes",
            Expect::No => "no",
            Expect::OnlyIf => "only_if",
        }
    }
}

/// The result of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    pub file: String,
    pub name: String,
    /// `None` when the case passed; otherwise what went wrong.
    pub failure: Option<String>,
}

/// Parses an assertion file.
pub fn parse(file: &Arc<SourceFile>) -> Result<AssertionFile, Box<Finding>> {
    load::parse(file)
}

/// Runs every case of a file against a catalog.
pub fn run(file_name: &str, assertions: &AssertionFile, catalog: &Catalog) -> Vec<CaseResult> {
    // The tool and the rules are the same for every case: resolve and decode them once.
    let subject = catalog
        .resolve_tool(&assertions.tool, assertions.scope)
        .map_err(|err| err.to_string())
        .and_then(|key| {
            let tool = catalog.tool(&key).map_err(|err| err.to_string())?;
            let rules = catalog.rules().map_err(|err| err.to_string())?;
            Ok((tool, rules))
        });
    assertions
        .cases
        .iter()
        .map(|case| CaseResult {
            file: file_name.to_owned(),
            name: case.name.clone(),
            failure: match &subject {
                Ok((tool, rules)) => check(case, catalog, tool, rules).err(),
                Err(error) => Some(error.clone()),
            },
        })
        .collect()
}

fn check(case: &Case, catalog: &Catalog, tool: &Tool, rules: &[GlobalRule]) -> Result<(), String> {
    let action = names::resolve_action(tool, &case.action).map_err(|err| err.to_string())?;
    let level = names::resolve_level(&case.role).map_err(|err| err.to_string())?;
    let facts = case_facts(case, catalog, tool.scope)?;
    facts::check_against(tool, &facts).map_err(|err| err.to_string())?;
    let answer = query::can(&tool.key(), action, level, &facts, rules);
    let found = answer.verdict.id();
    if found != case.expect.id() {
        let detail = match &answer.verdict {
            Verdict::OnlyIf(residual) => format!(" ({})", describe(catalog, tool, residual)),
            _ => String::new(),
        };
        return Err(format!(
            "expected {}, found {found}{detail}",
            case.expect.id()
        ));
    }
    if let (Some(expected), Verdict::OnlyIf(residual)) = (&case.residual, &answer.verdict) {
        let text = describe(catalog, tool, residual);
        if &text != expected {
            return Err(format!(
                "expected residual \"{expected}\", found \"{text}\""
            ));
        }
    }
    Ok(())
}

fn describe(catalog: &Catalog, tool: &crate::model::Tool, residual: &crate::Condition) -> String {
    Describer {
        tool,
        lang: Lang::En,
        catalog,
    }
    .describe(residual)
}

fn case_facts(case: &Case, catalog: &Catalog, here: Scope) -> Result<Facts, String> {
    let mut facts = Facts {
        closed_world: case.closed_world,
        ..Facts::default()
    };
    for (name, value) in &case.facts {
        match (name.as_str(), value) {
            ("status", FactValue::Text(status)) => facts.set(
                FactKey::Label(crate::model::LabelKind::Status, status.clone()),
                true,
            ),
            ("with", FactValue::Map(levels)) => {
                for (tool, level) in levels {
                    let FactEntry::Text(level) = level else {
                        return Err(format!("`with: {{ {tool}: ... }}` takes a level"));
                    };
                    let (scope, tool) = names::split_scope(tool);
                    let key = catalog
                        .resolve_related_tool(tool, scope, here)
                        .map_err(|e| e.to_string())?;
                    let level = names::resolve_level(level).map_err(|e| e.to_string())?;
                    facts.set_level(key, level);
                }
            }
            (kind @ ("granular" | "setting" | "integration"), FactValue::Map(ids)) => {
                for (id, value) in ids {
                    let FactEntry::Bool(value) = value else {
                        return Err(format!("`{kind}: {{ {id}: ... }}` takes true or false"));
                    };
                    if kind == "granular" {
                        facts
                            .set_granular(catalog, here, id, *value)
                            .map_err(|e| e.to_string())?;
                        continue;
                    }
                    let key = FactKey::parse(&format!("{kind}:{id}")).map_err(|e| e.to_string())?;
                    facts.set(key, *value);
                }
            }
            (relation, FactValue::Bool(value)) => {
                let key = FactKey::parse(relation).map_err(|e| e.to_string())?;
                facts.set(key, *value);
            }
            (other, _) => return Err(format!("fact `{other}` has a value of the wrong kind")),
        }
    }
    Ok(facts)
}
