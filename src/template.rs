//! Permission templates: what a Procore permissions template gives a user
//! (a level on each tool, and granular permissions), stated as facts.
//!
//! A template is complete by nature: a tool it leaves out is 'None', and a
//! granular permission it does not grant is not held. So applying one makes
//! those facts known (false or a level), while facts about the item (creator,
//! status…) stay unknown until given.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::catalog::Catalog;
use crate::condition::Facts;
use crate::diagnostic::{Finding, Place, Severity, SourceFile};
use crate::facts::FactKey;
use crate::load;
use crate::model::raw::SpannedMap;
use crate::model::{LabelKind, Level, Scope, ToolKey};
use crate::names;

/// A template file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    template: String,
    #[serde(default)]
    scope: Option<Scope>,
    #[serde(default)]
    levels: SpannedMap<Spanned<String>>,
    #[serde(default)]
    granular: SpannedMap<Vec<Spanned<String>>>,
}

/// A permissions template, its names resolved against a matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub name: String,
    /// The scope of the tools it names (a project or a company template).
    pub scope: Scope,
    pub levels: BTreeMap<ToolKey, Level>,
    /// Granular permissions granted, by tool.
    pub granular: BTreeSet<(ToolKey, String)>,
    /// Every tool of the template's scope with the granular permissions it
    /// declares, read once so that applying the template decodes no tool.
    pub declared: Vec<(ToolKey, Vec<String>)>,
}

impl Template {
    /// Reads and resolves a template file; every error is located in it.
    pub fn load(path: &Path, catalog: &Catalog) -> Result<Template, Box<Finding>> {
        let file = load::read_file(path, None)?;
        Template::parse(&file, catalog)
    }

    pub fn parse(file: &Arc<SourceFile>, catalog: &Catalog) -> Result<Template, Box<Finding>> {
        let raw: RawTemplate = load::parse(file)?;
        let scope = raw.scope.unwrap_or(Scope::Project);
        let resolve_tool = |name: &Spanned<String>| {
            catalog
                .resolve_tool(&name.value, Some(scope))
                .map_err(|err| name_finding(file, name, &err))
        };
        let mut levels = BTreeMap::new();
        for (tool, level) in &raw.levels.0 {
            let key = resolve_tool(tool)?;
            let level = names::resolve_level(&level.value)
                .map_err(|err| name_finding(file, level, &err))?;
            if levels.insert(key.clone(), level).is_some() {
                return Err(finding(
                    file,
                    tool,
                    format!("tool `{}` is given a level twice", key.id),
                ));
            }
        }
        let mut granular = BTreeSet::new();
        for (tool_name, ids) in &raw.granular.0 {
            let key = resolve_tool(tool_name)?;
            let tool = catalog
                .tool(&key)
                .map_err(|err| finding(file, tool_name, err.to_string()))?;
            for id in ids {
                if tool.label(LabelKind::Granular, &id.value).is_none() {
                    let declared: Vec<&str> = tool
                        .granular
                        .iter()
                        .map(|label| label.id.as_str())
                        .collect();
                    let help = if declared.is_empty() {
                        format!("tool `{}` declares no granular permission", key.id)
                    } else {
                        format!("tool `{}` declares: {}", key.id, declared.join(", "))
                    };
                    return Err(Box::new(
                        finding(
                            file,
                            id,
                            format!("unknown granular permission `{}`", id.value),
                        )
                        .help(help),
                    ));
                }
                granular.insert((key.clone(), id.value.clone()));
            }
        }
        let mut declared = Vec::new();
        for key in catalog.tool_keys() {
            if key.scope == scope {
                let tool = catalog.tool(&key).map_err(|err| {
                    Box::new(
                        Finding::new(
                            "template",
                            "invalid-template",
                            Severity::Error,
                            err.to_string(),
                        )
                        .in_file(file),
                    )
                })?;
                let ids = tool.granular.iter().map(|label| label.id.clone()).collect();
                declared.push((key, ids));
            }
        }
        Ok(Template {
            name: raw.template,
            scope,
            levels,
            granular,
            declared,
        })
    }

    /// The template's level on a tool: 'None' for a tool of its scope it
    /// leaves out; unknown (`None`) for a tool of the other scope.
    pub fn level(&self, tool: &ToolKey) -> Option<Level> {
        if tool.scope != self.scope {
            return None;
        }
        Some(self.levels.get(tool).copied().unwrap_or(Level::None))
    }

    /// States the template as facts for a question about `asked`: the level on
    /// every other tool of its scope, and every granular permission of those
    /// tools, held or not. Facts already stated (on the command line) win.
    pub fn apply(&self, asked: &ToolKey, facts: &mut Facts) {
        for (key, ids) in &self.declared {
            let level = self.levels.get(key).copied().unwrap_or(Level::None);
            if key != asked {
                facts.with.entry(key.clone()).or_insert(level);
            }
            for id in ids {
                let held = self.granular.contains(&(key.clone(), id.clone()));
                if key == asked {
                    if !facts
                        .labels
                        .contains_key(&(LabelKind::Granular, id.clone()))
                    {
                        facts.set(FactKey::Label(LabelKind::Granular, id.clone()), held);
                    }
                } else {
                    facts
                        .granted
                        .entry((key.clone(), id.clone()))
                        .or_insert(held);
                }
            }
        }
    }
}

fn finding<T>(file: &Arc<SourceFile>, at: &Spanned<T>, message: String) -> Box<Finding> {
    Box::new(
        Finding::new("template", "invalid-template", Severity::Error, message)
            .at(file, Place::of(at)),
    )
}

/// An unknown name, with its "did you mean" advice.
fn name_finding<T>(
    file: &Arc<SourceFile>,
    at: &Spanned<T>,
    err: &names::NameError,
) -> Box<Finding> {
    let finding = finding(file, at, err.to_string());
    match miette::Diagnostic::help(err) {
        Some(help) => Box::new(finding.help(help.to_string())),
        None => finding,
    }
}
