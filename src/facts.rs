//! Building [`Facts`] from what a user states: `creator`, `granular:ID`,
//! `setting:ID`, `status:ID`, `integration:ID`, and other tools' levels,
//! checked against what the tool declares so that a typo is an error rather
//! than a silently unknown fact.

use crate::condition::{Facts, Relation};
use crate::model::{LabelKind, Level, Tool, ToolKey};
use crate::names::{self, NameError, NameKind};

/// One fact a user can state true or false.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FactKey {
    Relation(Relation),
    Label(LabelKind, String),
}

impl FactKey {
    /// Parses `creator`, `ball-in-court`, `granular:ID`, `setting:ID`, `status:ID`, `integration:ID`.
    pub fn parse(text: &str) -> Result<FactKey, NameError> {
        if let Some((kind, id)) = text.split_once(':') {
            let kind = match kind.trim() {
                "granular" => LabelKind::Granular,
                "setting" => LabelKind::Setting,
                "status" => LabelKind::Status,
                "integration" => LabelKind::Integration,
                other => return Err(unknown_fact(other)),
            };
            return Ok(FactKey::Label(kind, id.trim().to_owned()));
        }
        Relation::from_id(text.trim())
            .map(FactKey::Relation)
            .ok_or_else(|| unknown_fact(text))
    }
}

fn unknown_fact(text: &str) -> NameError {
    let mut candidates: Vec<&str> = Relation::ALL.iter().map(|r| r.id()).collect();
    candidates.extend(["granular:ID", "setting:ID", "status:ID", "integration:ID"]);
    NameError {
        kind: NameKind::Fact,
        query: text.to_owned(),
        context: None,
        ambiguous: false,
        candidates: names::closest(text, candidates.iter().copied())
            .map(|near| vec![format!("`{near}`")])
            .unwrap_or_default(),
        hint: Some(format!("facts are {}", candidates.join(", "))),
    }
}

impl Facts {
    /// States one fact.
    pub fn set(&mut self, key: FactKey, value: bool) {
        match key {
            FactKey::Relation(relation) => {
                self.relations.insert(relation, value);
            }
            FactKey::Label(LabelKind::Status, status) => {
                if value {
                    self.status = Some(status);
                } else {
                    self.not_statuses.insert(status);
                }
            }
            FactKey::Label(kind, id) => {
                self.labels.insert((kind, id), value);
            }
        }
    }

    /// States the user's level on another tool.
    pub fn set_level(&mut self, tool: ToolKey, level: Level) {
        self.with.insert(tool, level);
    }
}

/// Checks that every granular permission, setting, status and integration
/// the facts name is declared by the tool.
pub fn check_against(tool: &Tool, facts: &Facts) -> Result<(), NameError> {
    let mut named: Vec<(LabelKind, &str)> = facts
        .labels
        .keys()
        .map(|(kind, id)| (*kind, id.as_str()))
        .collect();
    named.extend(facts.status.iter().map(|s| (LabelKind::Status, s.as_str())));
    named.extend(
        facts
            .not_statuses
            .iter()
            .map(|s| (LabelKind::Status, s.as_str())),
    );
    match named
        .into_iter()
        .find(|(kind, id)| tool.label(*kind, id).is_none())
    {
        Some((kind, id)) => Err(undeclared(tool, kind, id, "")),
        None => Ok(()),
    }
}

/// The error for an id the tool does not declare, with the nearest declared
/// one; `prefix` is how the user wrote the tool before the id (`directory/`).
fn undeclared(tool: &Tool, kind: LabelKind, id: &str, prefix: &str) -> NameError {
    let declared: Vec<&str> = match kind {
        LabelKind::Granular => &tool.granular,
        LabelKind::Setting => &tool.settings,
        LabelKind::Status => &tool.statuses,
        LabelKind::Integration => &tool.integrations,
    }
    .iter()
    .map(|item| item.id.as_str())
    .collect();
    let candidates = match names::closest(id, declared.iter().copied()) {
        Some(near) => vec![format!("`{prefix}{near}`")],
        None => Vec::new(),
    };
    let hint = if declared.is_empty() {
        format!("tool `{}` declares no {}", tool.id, plural(kind))
    } else {
        format!(
            "tool `{}` declares {}: {}",
            tool.id,
            plural(kind),
            declared.join(", ")
        )
    };
    NameError {
        kind: NameKind::Fact,
        query: format!("{}:{prefix}{id}", kind.id()),
        context: Some(format!("for tool `{}`", tool.id)),
        ambiguous: false,
        candidates,
        hint: Some(hint),
    }
}

fn plural(kind: LabelKind) -> &'static str {
    match kind {
        LabelKind::Granular => "granular permissions",
        LabelKind::Setting => "settings",
        LabelKind::Status => "statuses",
        LabelKind::Integration => "integrations",
    }
}

impl Facts {
    /// States a granular permission: `ID` of the tool asked about, or
    /// `TOOL/ID` of another tool (`directory/create_edit_companies`,
    /// `company:directory/ID`), checked against that tool's declarations.
    pub fn set_granular(
        &mut self,
        catalog: &crate::catalog::Catalog,
        here: crate::model::Scope,
        id: &str,
        value: bool,
    ) -> Result<(), crate::catalog::CatalogError> {
        let Some((tool, id)) = id.split_once('/') else {
            self.set(FactKey::Label(LabelKind::Granular, id.to_owned()), value);
            return Ok(());
        };
        let (scope, tool) = names::split_scope(tool);
        let key = catalog.resolve_related_tool(tool, scope, here)?;
        let tool = catalog.tool(&key)?;
        if tool.label(LabelKind::Granular, id).is_none() {
            return Err(undeclared(&tool, LabelKind::Granular, id, &format!("{}/", key.id)).into());
        }
        self.granted.insert((key, id.to_owned()), value);
        Ok(())
    }
}
