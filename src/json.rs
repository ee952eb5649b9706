//! The JSON contract of `permq can --format json`, and the JSON form of a
//! condition (the same shape as in matrix files).
//!
//! Field names here are a stable interface for scripts and CI: add fields,
//! never rename or remove them.

use serde::Serialize;
use serde_json::{Value, json};

use crate::condition::Condition;
use crate::i18n::Describer;
use crate::model::{Action, LabelKind, Lang, Level, Tool};
use crate::query::{Answer, Verdict};

/// A condition as JSON, in the shape of the matrix format.
pub fn condition_json(condition: &Condition) -> Value {
    match condition {
        Condition::Fact(relation) => Value::String(relation.id().to_owned()),
        Condition::Label(kind, id) => {
            let key = match kind {
                LabelKind::Granular => "granular",
                LabelKind::Setting => "setting",
                LabelKind::Status => "status",
                LabelKind::Integration => "integration",
            };
            json!({ key: id })
        }
        Condition::Requires(tool, level) => json!({
            "requires": { "tool": tool.id, "scope": tool.scope.id(), "level": level.id() }
        }),
        Condition::Granted(tool, id) => json!({
            "granted": { "tool": tool.id, "scope": tool.scope.id(), "granular": id }
        }),
        Condition::All(parts) => {
            json!({ "all": parts.iter().map(condition_json).collect::<Vec<_>>() })
        }
        Condition::Any(parts) => {
            json!({ "any": parts.iter().map(condition_json).collect::<Vec<_>>() })
        }
        Condition::Not(inner) => json!({ "not": condition_json(inner) }),
    }
}

/// A footnote in the chosen language.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct NoteText {
    pub id: String,
    pub text: String,
}

/// A global rule in the chosen language.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct RuleText {
    pub id: String,
    pub text: String,
    /// The rule's condition in words.
    pub when_text: String,
}

/// One level's cell of the action asked about, for comparing levels.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct LevelCell {
    pub level: &'static str,
    pub level_name: &'static str,
    /// `"allow"`, `"deny"` or `"if"`.
    pub grant: &'static str,
}

/// Everything `permq can` reports, in one language. Text output is rendered
/// from this too, so both formats always agree.
#[derive(Clone, Debug, Serialize)]
pub struct CanReport {
    pub answer: &'static str,
    pub tool: String,
    pub scope: &'static str,
    pub action: String,
    pub level: &'static str,
    pub residual: Option<Value>,
    pub residual_text: Option<String>,
    pub footnotes: Vec<NoteText>,
    pub lang: &'static str,
    pub tool_name: String,
    pub action_name: String,
    pub level_name: &'static str,
    pub applied_rules: Vec<RuleText>,
    pub possible_rules: Vec<RuleText>,
    pub unverified: bool,
    pub source: String,
    /// Every level's cell of the action, lowest first.
    pub levels: Vec<LevelCell>,
}

impl CanReport {
    pub fn new(
        tool: &Tool,
        action: &Action,
        level: Level,
        answer: &Answer,
        lang: Lang,
        rules: &[crate::model::GlobalRule],
        describer: &Describer,
    ) -> CanReport {
        let (residual, residual_text) = match &answer.verdict {
            Verdict::OnlyIf(condition) => (
                Some(condition_json(condition)),
                Some(describer.describe(condition)),
            ),
            _ => (None, None),
        };
        let footnotes = answer
            .footnotes
            .iter()
            .filter_map(|id| tool.footnote(id))
            .map(|note| NoteText {
                id: note.id.clone(),
                text: note.text.get(lang).to_owned(),
            })
            .collect();
        let rule_texts = |ids: &[String]| {
            ids.iter()
                .filter_map(|id| rules.iter().find(|rule| &rule.id == id))
                .map(|rule| RuleText {
                    id: rule.id.clone(),
                    text: rule.name.get(lang).to_owned(),
                    when_text: describer.describe(&rule.when),
                })
                .collect()
        };
        CanReport {
            answer: answer.verdict.id(),
            tool: tool.id.clone(),
            scope: tool.scope.id(),
            action: action.id.clone(),
            level: level.id(),
            residual,
            residual_text,
            footnotes,
            lang: lang.id(),
            tool_name: tool.name.get(lang).to_owned(),
            action_name: action.name.get(lang).to_owned(),
            level_name: level.name(lang),
            applied_rules: rule_texts(&answer.applied_rules),
            possible_rules: rule_texts(&answer.possible_rules),
            unverified: answer.unverified,
            levels: Level::ALL
                .iter()
                .map(|&level| LevelCell {
                    level: level.id(),
                    level_name: level.name(lang),
                    grant: match action.cell(level).grant {
                        crate::model::Grant::Deny => "deny",
                        crate::model::Grant::Allow => "allow",
                        crate::model::Grant::If(_) => "if",
                    },
                })
                .collect(),
            source: tool.source.clone(),
        }
    }
}
