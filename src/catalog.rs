//! Where questions get their tools from: the matrix embedded at build time,
//! or a folder loaded at run time through the same loader.
//!
//! The embedded catalog decodes only the tools a question names; a loaded
//! one holds the whole validated matrix.

use std::borrow::Cow;
use std::path::Path;

use crate::diagnostic::Finding;
use crate::embedded;
use crate::load;
use crate::model::{GlobalRule, Lang, Matrix, Scope, Tool, ToolKey};
use crate::names::{self, Candidate, NameError, NameKind};

/// A source of tools and global rules.
pub enum Catalog {
    Embedded,
    Loaded(Box<Matrix>),
}

/// Why a catalog could not answer.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum CatalogError {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Name(#[from] NameError),
    #[error("the embedded matrix is corrupt: {0}")]
    #[diagnostic(
        code(permq::embedded),
        help("rebuild permq; this is a bug if it persists")
    )]
    Corrupt(#[from] postcard::Error),
}

impl Catalog {
    /// The matrix compiled into this binary.
    pub fn embedded() -> Catalog {
        Catalog::Embedded
    }

    /// Loads a matrix folder. Returns every finding; fails when any is an error.
    pub fn from_dir(dir: &Path) -> Result<(Catalog, Vec<Finding>), Vec<Finding>> {
        let loaded = load::load_dir(dir).map_err(|finding| vec![*finding])?;
        let blocking = |f: &Finding| f.is_error() && crate::lint::Rule::blocks_queries(f.code);
        if loaded.findings.iter().any(blocking) {
            return Err(loaded.findings.into_iter().filter(blocking).collect());
        }
        Ok((Catalog::Loaded(Box::new(loaded.matrix)), loaded.findings))
    }

    /// Every tool's key and English name, in matrix order.
    pub fn tool_keys(&self) -> Vec<ToolKey> {
        match self {
            Catalog::Embedded => embedded::TOOLS
                .iter()
                .map(|tool| ToolKey {
                    scope: tool.scope,
                    id: tool.id.to_owned(),
                })
                .collect(),
            Catalog::Loaded(matrix) => matrix.tools.iter().map(Tool::key).collect(),
        }
    }

    /// A tool's name in a language, without decoding it.
    pub fn tool_name(&self, key: &ToolKey, lang: Lang) -> Option<String> {
        match self {
            Catalog::Embedded => embedded::TOOLS
                .iter()
                .find(|tool| tool.scope == key.scope && tool.id == key.id)
                .map(|tool| tool.name(lang).to_owned()),
            Catalog::Loaded(matrix) => matrix.tool(key).map(|tool| tool.name.get(lang).to_owned()),
        }
    }

    /// The name of a granular permission of a tool, or its id when unknown.
    pub fn granular_name(&self, key: &ToolKey, id: &str, lang: Lang) -> String {
        self.tool(key)
            .ok()
            .and_then(|tool| {
                tool.label(crate::model::LabelKind::Granular, id)
                    .map(|name| name.get(lang).to_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// Resolves a tool by id, alias or name in any language, optionally within one scope.
    pub fn resolve_tool(&self, query: &str, scope: Option<Scope>) -> Result<ToolKey, NameError> {
        let key = names::normalize(query);
        let in_scope = |tool: &ToolKey| scope.is_none_or(|scope| scope == tool.scope);
        let matches: Vec<ToolKey> = match self {
            Catalog::Embedded => embedded::tools_with_key(&key)
                .map(|index| &embedded::TOOLS[index])
                .map(|tool| ToolKey {
                    scope: tool.scope,
                    id: tool.id.to_owned(),
                })
                .filter(in_scope)
                .collect(),
            Catalog::Loaded(matrix) => matrix
                .tools
                .iter()
                .filter(|tool| names::tool_keys(tool).contains(&key))
                .map(Tool::key)
                .filter(in_scope)
                .collect(),
        };
        let mut unique = matches;
        unique.dedup();
        match unique.len() {
            1 => Ok(unique.remove(0)),
            0 => Err(self.unknown_tool(query, scope)),
            _ => Err(NameError {
                kind: NameKind::Tool,
                query: query.to_owned(),
                context: None,
                ambiguous: true,
                candidates: unique.iter().map(|key| self.display(key)).collect(),
                hint: Some(String::from(
                    "this tool exists at company and project level: add `--scope company` or `--scope project`",
                )),
            }),
        }
    }

    /// Resolves another tool named beside a question (`--with`): a name that
    /// exists at both scopes means the one at `preferred` scope, as a
    /// `requires` without `scope:` does in matrix files.
    pub fn resolve_related_tool(
        &self,
        query: &str,
        scope: Option<Scope>,
        preferred: Scope,
    ) -> Result<ToolKey, NameError> {
        match self.resolve_tool(query, scope) {
            Err(error) if error.ambiguous && scope.is_none() => {
                self.resolve_tool(query, Some(preferred)).map_err(|_| error)
            }
            other => other,
        }
    }

    fn display(&self, key: &ToolKey) -> String {
        let name = self.tool_name(key, Lang::En).unwrap_or_default();
        format!("`{}` ({name}, {})", key.id, key.scope.id())
    }

    fn unknown_tool(&self, query: &str, scope: Option<Scope>) -> NameError {
        let candidates: Vec<Candidate<()>> = match self {
            Catalog::Embedded => {
                let mut by_tool: Vec<Vec<String>> = vec![Vec::new(); embedded::TOOLS.len()];
                for (key, index) in embedded::TOOL_KEYS {
                    by_tool[*index as usize].push((*key).to_owned());
                }
                embedded::TOOLS
                    .iter()
                    .zip(by_tool)
                    .filter(|(tool, _)| scope.is_none_or(|scope| scope == tool.scope))
                    .map(|(tool, keys)| Candidate {
                        value: (),
                        display: format!(
                            "`{}` ({}, {})",
                            tool.id,
                            tool.name(Lang::En),
                            tool.scope.id()
                        ),
                        keys,
                    })
                    .collect()
            }
            Catalog::Loaded(matrix) => matrix
                .tools
                .iter()
                .filter(|tool| scope.is_none_or(|scope| scope == tool.scope))
                .map(|tool| Candidate {
                    value: (),
                    display: format!("`{}` ({}, {})", tool.id, tool.name.en, tool.scope.id()),
                    keys: names::tool_keys(tool),
                })
                .collect(),
        };
        let mut error = match names::resolve(NameKind::Tool, query, &candidates, None) {
            Err(error) => error,
            // The name is known, but not as the tool asked for (e.g. another scope).
            Ok(()) => NameError {
                kind: NameKind::Tool,
                query: query.to_owned(),
                context: None,
                ambiguous: false,
                candidates: Vec::new(),
                hint: None,
            },
        };
        if let Some(scope) = scope {
            error.context = Some(format!("at {} scope", scope.id()));
        }
        error.hint = Some(String::from("`permq tools` lists every tool"));
        error
    }

    /// One tool, decoded if embedded.
    pub fn tool(&self, key: &ToolKey) -> Result<Cow<'_, Tool>, CatalogError> {
        match self {
            Catalog::Embedded => {
                let found = embedded::TOOLS
                    .iter()
                    .find(|tool| tool.scope == key.scope && tool.id == key.id);
                match found {
                    Some(tool) => Ok(Cow::Owned(tool.decode()?)),
                    None => Err(self.unknown_tool(&key.id, Some(key.scope)).into()),
                }
            }
            Catalog::Loaded(matrix) => matrix
                .tool(key)
                .map(Cow::Borrowed)
                .ok_or_else(|| self.unknown_tool(&key.id, Some(key.scope)).into()),
        }
    }

    /// The global rules of the data.
    pub fn rules(&self) -> Result<Cow<'_, [GlobalRule]>, CatalogError> {
        match self {
            Catalog::Embedded => Ok(Cow::Owned(embedded::rules()?)),
            Catalog::Loaded(matrix) => Ok(Cow::Borrowed(&matrix.rules)),
        }
    }

    /// The whole matrix, for reports that cover every tool.
    pub fn matrix(&self) -> Result<Cow<'_, Matrix>, CatalogError> {
        match self {
            Catalog::Embedded => {
                let tools = embedded::TOOLS
                    .iter()
                    .map(|tool| tool.decode())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Cow::Owned(Matrix {
                    tools,
                    rules: embedded::rules()?,
                }))
            }
            Catalog::Loaded(matrix) => Ok(Cow::Borrowed(matrix)),
        }
    }
}
