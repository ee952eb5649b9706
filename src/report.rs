//! Flat views of the matrix for reports and spreadsheets: one row per action
//! and level, with the condition both structured and in words.
//!
//! Field names are a stable interface (`permq report --format json|csv`):
//! add fields, never rename or remove them.

use serde::Serialize;
use serde_json::Value;

use crate::i18n::Describer;
use crate::json::condition_json;
use crate::model::{Grant, Lang, Level, Tool};

/// One level's cell of one action.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CellRow {
    pub scope: &'static str,
    pub tool: String,
    pub tool_name: String,
    pub action: String,
    pub action_name: String,
    pub level: &'static str,
    pub level_name: &'static str,
    /// `"allow"`, `"deny"` or `"if"`.
    pub grant: &'static str,
    /// The condition of an `"if"` cell, in the shape of the matrix format.
    pub condition: Option<Value>,
    /// The same condition in words, in the chosen language.
    pub condition_text: Option<String>,
    /// Footnote ids of the cell.
    pub notes: Vec<String>,
    pub unverified: bool,
}

/// Every cell of a tool, action by action, lowest level first.
pub fn cell_rows(tool: &Tool, describer: &Describer, lang: Lang) -> Vec<CellRow> {
    let mut rows = Vec::with_capacity(tool.actions.len() * Level::ALL.len());
    for action in &tool.actions {
        for &level in &Level::ALL {
            let cell = action.cell(level);
            let (grant, condition, condition_text) = match &cell.grant {
                Grant::Deny => ("deny", None, None),
                Grant::Allow => ("allow", None, None),
                Grant::If(condition) => (
                    "if",
                    Some(condition_json(condition)),
                    Some(describer.describe(condition)),
                ),
            };
            rows.push(CellRow {
                scope: tool.scope.id(),
                tool: tool.id.clone(),
                tool_name: tool.name.get(lang).to_owned(),
                action: action.id.clone(),
                action_name: action.name.get(lang).to_owned(),
                level: level.id(),
                level_name: level.name(lang),
                grant,
                condition,
                condition_text,
                notes: cell.notes.clone(),
                unverified: action.unverified,
            });
        }
    }
    rows
}
