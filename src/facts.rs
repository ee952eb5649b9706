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
    for (kind, id) in named {
        if tool.label(kind, id).is_some() {
            continue;
        }
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
            Some(near) => vec![format!("`{near}`")],
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
        return Err(NameError {
            kind: NameKind::Fact,
            query: format!("{}:{id}", kind.id()),
            context: Some(format!("for tool `{}`", tool.id)),
            ambiguous: false,
            candidates,
            hint: Some(hint),
        });
    }
    Ok(())
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
    ) -> Result<(), NameError> {
        let Some((tool, id)) = id.split_once('/') else {
            self.set(FactKey::Label(LabelKind::Granular, id.to_owned()), value);
            return Ok(());
        };
        let (scope, tool) = crate::assertions::split_scope(tool);
        let key = catalog.resolve_related_tool(tool, scope, here)?;
        let declared: Vec<String> = catalog
            .tool(&key)
            .map(|tool| tool.granular.iter().map(|g| g.id.clone()).collect())
            .unwrap_or_default();
        if !declared.iter().any(|known| known == id) {
            return Err(NameError {
                kind: NameKind::Fact,
                query: format!("granular:{}/{id}", key.id),
                context: Some(format!("for tool `{}`", key.id)),
                ambiguous: false,
                candidates: names::closest(id, declared.iter().map(String::as_str))
                    .map(|near| vec![format!("`{}/{near}`", key.id)])
                    .unwrap_or_default(),
                hint: Some(format!(
                    "tool `{}` declares granular permissions: {}",
                    key.id,
                    if declared.is_empty() {
                        String::from("none")
                    } else {
                        declared.join(", ")
                    }
                )),
            });
        }
        self.granted.insert((key, id.to_owned()), value);
        Ok(())
    }
}
