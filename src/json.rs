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

/// One level's answer in `permq who`.
#[derive(Clone, Debug, Serialize)]
pub struct LevelAnswer {
    pub level: &'static str,
    pub level_name: &'static str,
    pub answer: &'static str,
    pub residual: Option<Value>,
    pub residual_text: Option<String>,
    /// Footnote ids that bear on this level's answer.
    pub notes: Vec<String>,
    /// Ids of global rules applied to this level's answer.
    pub applied_rules: Vec<String>,
}

/// Everything `permq who` reports: every level's answer to one action under
/// the same facts. Same stability promise as [`CanReport`].
#[derive(Clone, Debug, Serialize)]
pub struct WhoReport {
    pub tool: String,
    pub scope: &'static str,
    pub action: String,
    pub lang: &'static str,
    pub tool_name: String,
    pub action_name: String,
    pub unverified: bool,
    pub source: String,
    /// Lowest level first.
    pub answers: Vec<LevelAnswer>,
    /// Every footnote any answer refers to, in first-use order.
    pub footnotes: Vec<NoteText>,
    /// Global rules that could change some answer if their condition held.
    pub possible_rules: Vec<RuleText>,
}

impl WhoReport {
    pub fn new(
        tool: &Tool,
        action: &Action,
        facts: &crate::Facts,
        rules: &[crate::model::GlobalRule],
        lang: Lang,
        describer: &Describer,
    ) -> WhoReport {
        let reports: Vec<CanReport> = Level::ALL
            .iter()
            .map(|&level| {
                let answer = crate::query::can(&tool.key(), action, level, facts, rules);
                CanReport::new(tool, action, level, &answer, lang, rules, describer)
            })
            .collect();
        let mut footnotes: Vec<NoteText> = Vec::new();
        let mut possible_rules: Vec<RuleText> = Vec::new();
        for report in &reports {
            gather(report, &mut footnotes, &mut possible_rules);
        }
        let answers = reports
            .into_iter()
            .map(|report| LevelAnswer {
                level: report.level,
                level_name: report.level_name,
                answer: report.answer,
                residual: report.residual,
                residual_text: report.residual_text,
                notes: report.footnotes.into_iter().map(|note| note.id).collect(),
                applied_rules: report
                    .applied_rules
                    .into_iter()
                    .map(|rule| rule.id)
                    .collect(),
            })
            .collect();
        WhoReport {
            tool: tool.id.clone(),
            scope: tool.scope.id(),
            action: action.id.clone(),
            lang: lang.id(),
            tool_name: tool.name.get(lang).to_owned(),
            action_name: action.name.get(lang).to_owned(),
            unverified: action.unverified,
            source: tool.source.clone(),
            answers,
            footnotes,
            possible_rules,
        }
    }
}

/// One action's answer for the level asked about, in `permq what`.
#[derive(Clone, Debug, Serialize)]
pub struct ActionAnswer {
    pub action: String,
    pub action_name: String,
    /// `"yes"`, `"no"` or `"only_if"`.
    pub answer: &'static str,
    pub residual: Option<Value>,
    pub residual_text: Option<String>,
    /// Ids of the footnotes behind this answer (texts in the report's `footnotes`).
    pub notes: Vec<String>,
    /// Ids of the global rules that decided this answer.
    pub applied_rules: Vec<String>,
    pub unverified: bool,
}

/// Everything `permq what` reports: every action's answer for one level under
/// the same facts (the dual of [`WhoReport`]). Same stability promise as
/// [`CanReport`].
#[derive(Clone, Debug, Serialize)]
pub struct WhatReport {
    pub tool: String,
    pub scope: &'static str,
    pub level: &'static str,
    pub lang: &'static str,
    pub tool_name: String,
    pub level_name: &'static str,
    pub source: String,
    /// In the matrix file's order.
    pub answers: Vec<ActionAnswer>,
    /// Every footnote any listed answer refers to, in first-use order.
    pub footnotes: Vec<NoteText>,
    /// Global rules that could change some listed answer if their condition held.
    pub possible_rules: Vec<RuleText>,
}

impl WhatReport {
    /// `keep` chooses which answers are listed (e.g. only the yeses); footnotes
    /// and rules are gathered from the listed answers only.
    pub fn new(
        tool: &Tool,
        level: Level,
        facts: &crate::Facts,
        rules: &[crate::model::GlobalRule],
        lang: Lang,
        describer: &Describer,
        keep: impl Fn(&Verdict) -> bool,
    ) -> WhatReport {
        let mut footnotes: Vec<NoteText> = Vec::new();
        let mut possible_rules: Vec<RuleText> = Vec::new();
        let mut answers = Vec::new();
        for action in &tool.actions {
            let answer = crate::query::can(&tool.key(), action, level, facts, rules);
            if !keep(&answer.verdict) {
                continue;
            }
            let report = CanReport::new(tool, action, level, &answer, lang, rules, describer);
            gather(&report, &mut footnotes, &mut possible_rules);
            answers.push(ActionAnswer {
                action: report.action,
                action_name: report.action_name,
                answer: report.answer,
                residual: report.residual,
                residual_text: report.residual_text,
                notes: report.footnotes.into_iter().map(|note| note.id).collect(),
                applied_rules: report
                    .applied_rules
                    .into_iter()
                    .map(|rule| rule.id)
                    .collect(),
                unverified: report.unverified,
            });
        }
        WhatReport {
            tool: tool.id.clone(),
            scope: tool.scope.id(),
            level: level.id(),
            lang: lang.id(),
            tool_name: tool.name.get(lang).to_owned(),
            level_name: level.name(lang),
            source: tool.source.clone(),
            answers,
            footnotes,
            possible_rules,
        }
    }
}

/// Adds a report's footnotes and possible rules to a summary's, once each, in
/// first-use order.
fn gather(report: &CanReport, footnotes: &mut Vec<NoteText>, possible_rules: &mut Vec<RuleText>) {
    for note in &report.footnotes {
        if !footnotes.contains(note) {
            footnotes.push(note.clone());
        }
    }
    for rule in &report.possible_rules {
        if !possible_rules.contains(rule) {
            possible_rules.push(rule.clone());
        }
    }
}

/// `permq what --template FILE` without `--tool`: the template's answers on
/// every tool of its scope that has actions, each at the template's level.
#[derive(Clone, Debug, Serialize)]
pub struct TemplateReport {
    pub template: String,
    pub scope: &'static str,
    pub tools: Vec<WhatReport>,
}
