//! From the raw, span-carrying model to the [`Matrix`] that queries use.
//!
//! Pure conversion, no checking: what is wrong in the files is reported by
//! the rules in [`crate::lint`], which run over the same parsed files. What
//! cannot be converted takes the strict reading: an unknown fact never holds,
//! a cell under an unknown level is left out (denied).

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::condition::{Condition, Relation};
use crate::diagnostic::SourceFile;
use crate::model::raw::{
    RawAction, RawCell, RawCondition, RawGrant, RawRequires, RawRules, RawText, RawTool,
};
use crate::model::{
    Action, Cell, Footnote, GlobalRule, Grant, LabelKind, Labelled, Level, Matrix, Platform, Scope,
    Text, Tool, ToolKey,
};

/// A parsed tool file.
pub struct ParsedTool {
    pub file: Arc<SourceFile>,
    pub raw: RawTool,
}

/// A parsed rules file.
pub struct ParsedRules {
    pub file: Arc<SourceFile>,
    pub raw: RawRules,
}

/// The tools a set of parsed files defines.
pub fn known_tools(tools: &[ParsedTool]) -> BTreeSet<ToolKey> {
    tools
        .iter()
        .map(|parsed| ToolKey {
            scope: parsed.raw.scope.value,
            id: parsed.raw.tool.value.clone(),
        })
        .collect()
}

/// The tool a `requires` names: its own `scope:`, else the referring tool's
/// scope when the tool exists there, else the other scope.
pub fn requires_target(requires: &RawRequires, here: Scope, known: &BTreeSet<ToolKey>) -> ToolKey {
    let id = requires.tool.value.clone();
    let scope = match &requires.scope {
        Some(scope) => scope.value,
        None if known.contains(&ToolKey {
            scope: here,
            id: id.clone(),
        }) =>
        {
            here
        }
        None => here.other(),
    };
    ToolKey { scope, id }
}

/// Converts parsed files into a matrix, one tool per file, in file order.
pub fn build(tools: &[ParsedTool], rules: Option<&ParsedRules>) -> Matrix {
    let known = known_tools(tools);
    Matrix {
        tools: tools
            .iter()
            .map(|parsed| tool(&parsed.raw, &known))
            .collect(),
        rules: rules
            .map(|parsed| {
                parsed
                    .raw
                    .rules
                    .0
                    .iter()
                    .map(|(id, rule)| GlobalRule {
                        id: id.value.clone(),
                        name: text(&rule.name.value),
                        when: condition(&rule.when.value, Scope::Company, &known),
                        grants_level: rule.grants_level.value,
                        scope: rule.scope.as_ref().map(|scope| scope.value),
                        except: rule
                            .except
                            .iter()
                            .map(|tool| ToolKey {
                                scope: tool.scope.value,
                                id: tool.tool.value.clone(),
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// A text; an empty or missing translation falls back to English.
pub fn text(raw: &RawText) -> Text {
    let translation = |value: &Option<serde_saphyr::Spanned<String>>| {
        value
            .as_ref()
            .map(|v| v.value.clone())
            .filter(|v| !v.trim().is_empty())
    };
    Text {
        en: raw.en.value.clone(),
        es: translation(&raw.es),
        fr: translation(&raw.fr),
    }
}

fn labelled(
    entries: &[(
        serde_saphyr::Spanned<String>,
        serde_saphyr::Spanned<RawText>,
    )],
) -> Vec<Labelled> {
    entries
        .iter()
        .map(|(id, name)| Labelled {
            id: id.value.clone(),
            name: text(&name.value),
        })
        .collect()
}

fn tool(raw: &RawTool, known: &BTreeSet<ToolKey>) -> Tool {
    let scope = raw.scope.value;
    Tool {
        id: raw.tool.value.clone(),
        scope,
        name: text(&raw.name.value),
        aliases: raw.aliases.iter().map(|a| a.value.clone()).collect(),
        source: raw.source.value.clone(),
        item: raw.item.as_ref().map(|item| text(&item.value)),
        info: raw.info.as_ref().map(|info| text(&info.value)),
        granular: labelled(&raw.granular.0),
        settings: labelled(&raw.settings.0),
        statuses: labelled(&raw.statuses.0),
        integrations: labelled(&raw.integrations.0),
        footnotes: raw
            .footnotes
            .0
            .iter()
            .map(|(id, note)| Footnote {
                id: id.value.clone(),
                text: text(&note.value),
            })
            .collect(),
        actions: raw
            .actions
            .0
            .iter()
            .map(|(id, action)| self::action(&id.value, action, scope, known))
            .collect(),
    }
}

fn action(id: &str, raw: &RawAction, scope: Scope, known: &BTreeSet<ToolKey>) -> Action {
    let mut cells = [Cell::DENIED, Cell::DENIED, Cell::DENIED, Cell::DENIED];
    for (level, raw_cell) in &raw.grants.0 {
        if let Some(level) = Level::from_id(&level.value) {
            cells[level.index()] = cell(&raw_cell.value, scope, known);
        }
    }
    Action {
        id: id.to_owned(),
        name: text(&raw.name.value),
        aliases: raw.aliases.iter().map(|a| a.value.clone()).collect(),
        platforms: raw
            .platforms
            .iter()
            .filter_map(|p| {
                Platform::ALL
                    .into_iter()
                    .find(|known| known.id() == p.value)
            })
            .collect(),
        unverified: raw.unverified,
        exception: raw.exception.as_ref().map(|e| e.value.clone()),
        info: raw.info.as_ref().map(|info| text(&info.value)),
        cells,
    }
}

fn cell(raw: &RawCell, scope: Scope, known: &BTreeSet<ToolKey>) -> Cell {
    Cell {
        grant: match &raw.kind {
            RawGrant::Allow => Grant::Allow,
            RawGrant::Deny => Grant::Deny,
            RawGrant::If(raw) => Grant::If(condition(&raw.value, scope, known)),
        },
        notes: raw.notes.iter().map(|n| n.value.clone()).collect(),
    }
}

/// Converts a condition; `scope` is the scope of the tool it belongs to.
pub fn condition(raw: &RawCondition, scope: Scope, known: &BTreeSet<ToolKey>) -> Condition {
    let label = |kind, id: &serde_saphyr::Spanned<String>| Condition::Label(kind, id.value.clone());
    let all = |parts: &[serde_saphyr::Spanned<RawCondition>]| {
        parts
            .iter()
            .map(|part| condition(&part.value, scope, known))
            .collect()
    };
    match raw {
        // An unknown fact never holds: the strict reading (lint reports it).
        RawCondition::Fact(name) => Relation::from_id(name)
            .map(Condition::Fact)
            .unwrap_or(Condition::Any(Vec::new())),
        RawCondition::Granular(id) => label(LabelKind::Granular, id),
        RawCondition::Setting(id) => label(LabelKind::Setting, id),
        RawCondition::Status(id) => label(LabelKind::Status, id),
        RawCondition::Integration(id) => label(LabelKind::Integration, id),
        RawCondition::Requires(requires) => {
            let tool = requires_target(requires, scope, known);
            let level = Condition::Requires(tool.clone(), requires.level.value);
            match &requires.granular {
                Some(granular) => Condition::All(vec![
                    level,
                    Condition::Granted(tool, granular.value.clone()),
                ]),
                None => level,
            }
        }
        RawCondition::All(parts) => Condition::All(all(parts)),
        RawCondition::Any(parts) => Condition::Any(all(parts)),
        RawCondition::Not(inner) => Condition::Not(Box::new(condition(&inner.value, scope, known))),
    }
}
