//! From the raw, span-carrying model to the validated [`Matrix`].
//!
//! Checks what a query cannot do without: ids well formed, every footnote,
//! granular permission, setting, status, integration and tool that a cell
//! names is declared, every level and fact is known, every text has its three
//! languages. Each problem becomes a located [`Finding`]; the matrix is built
//! from what is valid so that one run reports every problem.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde_saphyr::Spanned;

use crate::condition::{Condition, Relation};
use crate::diagnostic::{Finding, Place, Severity, SourceFile};
use crate::model::raw::{RawAction, RawCell, RawCondition, RawGrant, RawRules, RawText, RawTool};
use crate::model::{
    Action, Cell, Footnote, GlobalRule, Grant, LabelKind, Labelled, Level, Matrix, Platform, Scope,
    Text, Tool, ToolKey,
};
use crate::names;

/// A parsed tool file, not yet validated.
pub struct ParsedTool {
    pub file: Arc<SourceFile>,
    pub raw: RawTool,
}

/// A parsed rules file, not yet validated.
pub struct ParsedRules {
    pub file: Arc<SourceFile>,
    pub raw: RawRules,
}

/// Validates parsed files into a matrix, reporting every problem found.
pub fn validate(tools: &[ParsedTool], rules: Option<&ParsedRules>) -> (Matrix, Vec<Finding>) {
    let mut findings = Vec::new();
    let known: BTreeSet<ToolKey> = tools
        .iter()
        .map(|parsed| ToolKey {
            scope: parsed.raw.scope.value,
            id: parsed.raw.tool.value.clone(),
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut matrix = Matrix::default();
    for parsed in tools {
        let mut check = Checker {
            file: &parsed.file,
            known: &known,
            findings: &mut findings,
        };
        let tool = check.tool(&parsed.raw);
        if !seen.insert(tool.key()) {
            check.error(
                "PQ010",
                "duplicate-tool",
                format!(
                    "tool `{}` is defined twice at {} scope",
                    tool.id,
                    tool.scope.id()
                ),
                Place::of(&parsed.raw.tool),
                "keep one file per tool and scope",
            );
            continue;
        }
        matrix.tools.push(tool);
    }
    if let Some(parsed) = rules {
        let mut check = Checker {
            file: &parsed.file,
            known: &known,
            findings: &mut findings,
        };
        matrix.rules = check.rules(&parsed.raw);
    }
    (matrix, findings)
}

struct Checker<'a> {
    file: &'a Arc<SourceFile>,
    known: &'a BTreeSet<ToolKey>,
    findings: &'a mut Vec<Finding>,
}

/// What a condition may refer to: the tool's own declarations, if any.
struct Declared<'a> {
    scope: Scope,
    tool: Option<&'a RawTool>,
}

impl Checker<'_> {
    fn error(
        &mut self,
        code: &'static str,
        rule: &'static str,
        message: String,
        place: Place,
        help: impl Into<String>,
    ) {
        self.findings.push(
            Finding::new(code, rule, Severity::Error, message)
                .at(self.file, place)
                .help(help),
        );
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) {
        let valid = !id.value.is_empty()
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            self.error(
                "PQ005",
                "invalid-id",
                format!("{what} id `{}` is not a valid id", id.value),
                Place::of(id),
                "ids use lowercase ASCII letters, digits and `_`, e.g. `act_as_rfi_manager`",
            );
        }
    }

    fn text(&mut self, text: &Spanned<RawText>, what: &str) -> Text {
        let raw = &text.value;
        let mut translation = |value: &Option<Spanned<String>>, lang: &str| match value {
            Some(value) if !value.value.trim().is_empty() => Some(value.value.clone()),
            _ => {
                self.findings.push(
                    Finding::new(
                        "PQ301",
                        "missing-translation",
                        Severity::Error,
                        format!("{what} has no `{lang}` text"),
                    )
                    .at(self.file, Place::of(text))
                    .label(format!("no `{lang}` here"))
                    .help(format!(
                        "add `{lang}: ...` beside `en: {}`",
                        raw.en.value.trim()
                    )),
                );
                None
            }
        };
        let es = translation(&raw.es, "es");
        let fr = translation(&raw.fr, "fr");
        Text {
            en: raw.en.value.clone(),
            es,
            fr,
        }
    }

    fn labelled(
        &mut self,
        entries: &[(Spanned<String>, Spanned<RawText>)],
        what: &str,
    ) -> Vec<Labelled> {
        entries
            .iter()
            .map(|(id, name)| {
                self.id(id, what);
                Labelled {
                    id: id.value.clone(),
                    name: self.text(name, &format!("{what} `{}`", id.value)),
                }
            })
            .collect()
    }

    fn tool(&mut self, raw: &RawTool) -> Tool {
        self.id(&raw.tool, "tool");
        let scope = raw.scope.value;
        let name = self.text(&raw.name, &format!("tool `{}`", raw.tool.value));
        let info = raw
            .info
            .as_ref()
            .map(|info| self.text(info, "the tool's `info`"));
        let footnotes = raw
            .footnotes
            .0
            .iter()
            .map(|(id, text)| Footnote {
                id: id.value.clone(),
                text: self.text(text, &format!("footnote `{}`", id.value)),
            })
            .collect();
        let mut tool = Tool {
            id: raw.tool.value.clone(),
            scope,
            name,
            aliases: raw.aliases.iter().map(|a| a.value.clone()).collect(),
            source: raw.source.value.clone(),
            info,
            granular: self.labelled(&raw.granular.0, "granular permission"),
            settings: self.labelled(&raw.settings.0, "setting"),
            statuses: self.labelled(&raw.statuses.0, "status"),
            integrations: self.labelled(&raw.integrations.0, "integration"),
            footnotes,
            actions: Vec::new(),
        };
        let declared = Declared {
            scope,
            tool: Some(raw),
        };
        for (id, action) in &raw.actions.0 {
            tool.actions.push(self.action(id, action, &declared));
        }
        self.unused_footnotes(raw);
        tool
    }

    fn action(&mut self, id: &Spanned<String>, raw: &RawAction, declared: &Declared) -> Action {
        self.id(id, "action");
        let name = self.text(&raw.name, &format!("action `{}`", id.value));
        let info = raw
            .info
            .as_ref()
            .map(|info| self.text(info, &format!("the `info` of action `{}`", id.value)));
        let mut platforms = Vec::new();
        for platform in &raw.platforms {
            match Platform::ALL
                .into_iter()
                .find(|known| known.id() == platform.value)
            {
                Some(known) => platforms.push(known),
                None => self.error(
                    "PQ008",
                    "unknown-platform",
                    format!("unknown platform `{}`", platform.value),
                    Place::of(platform),
                    "platforms are `web`, `ios` and `android`",
                ),
            }
        }
        let mut cells = [Cell::DENIED, Cell::DENIED, Cell::DENIED, Cell::DENIED];
        for (level_id, cell) in &raw.grants.0 {
            let Some(level) = Level::from_id(&level_id.value) else {
                let ids: Vec<&str> = Level::ALL.iter().map(|l| l.id()).collect();
                let mut help =
                    String::from("levels are `none`, `read_only`, `standard` and `admin`");
                if let Some(near) = names::closest(&level_id.value, ids.iter().copied()) {
                    help = format!("did you mean `{near}`? {help}");
                }
                self.error(
                    "PQ007",
                    "unknown-level",
                    format!("unknown permission level `{}`", level_id.value),
                    Place::of(level_id),
                    help,
                );
                continue;
            };
            cells[level.index()] = self.cell(&cell.value, declared);
        }
        Action {
            id: id.value.clone(),
            name,
            aliases: raw.aliases.iter().map(|a| a.value.clone()).collect(),
            platforms,
            unverified: raw.unverified,
            exception: raw.exception.as_ref().map(|e| e.value.clone()),
            info,
            cells,
        }
    }

    fn cell(&mut self, raw: &RawCell, declared: &Declared) -> Cell {
        for note in &raw.notes {
            let defined = declared.tool.is_some_and(|tool| {
                tool.footnotes
                    .0
                    .iter()
                    .any(|(id, _)| id.value == note.value)
            });
            if !defined {
                self.error(
                    "PQ101",
                    "undefined-footnote",
                    format!("footnote `{}` is referenced but not defined", note.value),
                    Place::of(note),
                    format!(
                        "define it under `footnotes:` as `\"{}\": {{ en: ..., es: ..., fr: ... }}`",
                        note.value
                    ),
                );
            }
        }
        let grant = match &raw.kind {
            RawGrant::Allow => Grant::Allow,
            RawGrant::Deny => Grant::Deny,
            RawGrant::If(condition) => Grant::If(self.condition(condition, declared)),
        };
        Cell {
            grant,
            notes: raw.notes.iter().map(|n| n.value.clone()).collect(),
        }
    }

    fn condition(&mut self, raw: &Spanned<RawCondition>, declared: &Declared) -> Condition {
        let place = Place::of(raw);
        match &raw.value {
            RawCondition::Fact(name) => match Relation::from_id(name) {
                Some(relation) => Condition::Fact(relation),
                None => {
                    let ids = Relation::ALL.iter().map(|r| r.id());
                    let help = match names::closest(name, ids) {
                        Some(near) => format!(
                            "did you mean `{near}`? see docs/matrix-format.md for the facts"
                        ),
                        None => String::from(
                            "see docs/matrix-format.md for the facts a condition may name",
                        ),
                    };
                    self.error(
                        "PQ006",
                        "unknown-fact",
                        format!("unknown condition fact `{name}`"),
                        place,
                        help,
                    );
                    // Unknown facts never hold: the stricter reading.
                    Condition::Any(Vec::new())
                }
            },
            RawCondition::Granular(id) => self.label(LabelKind::Granular, id, declared),
            RawCondition::Setting(id) => self.label(LabelKind::Setting, id, declared),
            RawCondition::Status(id) => self.label(LabelKind::Status, id, declared),
            RawCondition::Integration(id) => self.label(LabelKind::Integration, id, declared),
            RawCondition::Requires(requires) => {
                let id = requires.tool.value.clone();
                let scope = match &requires.scope {
                    Some(scope) => scope.value,
                    None => {
                        let here = ToolKey {
                            scope: declared.scope,
                            id: id.clone(),
                        };
                        if self.known.contains(&here) {
                            declared.scope
                        } else {
                            declared.scope.other()
                        }
                    }
                };
                let key = ToolKey { scope, id };
                if !self.known.contains(&key) {
                    let candidates: Vec<String> = self.known.iter().map(|k| k.id.clone()).collect();
                    let mut help = String::from(
                        "add the tool's file under matrix/ (at least its id and names), or fix the id",
                    );
                    if let Some(near) =
                        names::closest(&key.id, candidates.iter().map(String::as_str))
                    {
                        help = format!("did you mean `{near}`? {help}");
                    }
                    self.error(
                        "PQ104",
                        "unknown-tool",
                        match &requires.scope {
                            Some(_) => format!("`requires` names tool `{}` at {} scope, which the matrix does not have", key.id, key.scope.id()),
                            None => format!("`requires` names tool `{}`, which the matrix does not have at either scope", key.id),
                        },
                        Place::of(&requires.tool),
                        help,
                    );
                }
                Condition::Requires(key, requires.level.value)
            }
            RawCondition::All(parts) => Condition::All(
                parts
                    .iter()
                    .map(|part| self.condition(part, declared))
                    .collect(),
            ),
            RawCondition::Any(parts) => Condition::Any(
                parts
                    .iter()
                    .map(|part| self.condition(part, declared))
                    .collect(),
            ),
            RawCondition::Not(inner) => Condition::Not(Box::new(self.condition(inner, declared))),
        }
    }

    fn label(&mut self, kind: LabelKind, id: &Spanned<String>, declared: &Declared) -> Condition {
        let list = declared.tool.map(|tool| match kind {
            LabelKind::Granular => &tool.granular,
            LabelKind::Setting => &tool.settings,
            LabelKind::Status => &tool.statuses,
            LabelKind::Integration => &tool.integrations,
        });
        let ids: Vec<&str> = list
            .map(|list| list.0.iter().map(|(id, _)| id.value.as_str()).collect())
            .unwrap_or_default();
        if !ids.contains(&id.value.as_str()) {
            let section = match kind {
                LabelKind::Granular => "granular",
                LabelKind::Setting => "settings",
                LabelKind::Status => "statuses",
                LabelKind::Integration => "integrations",
            };
            let mut help = format!("declare it under `{section}:` with its en/es/fr names");
            if let Some(near) = names::closest(&id.value, ids.iter().copied()) {
                help = format!("did you mean `{near}`? or {help}");
            }
            self.error(
                "PQ103",
                "undeclared-reference",
                format!("{} `{}` is used but not declared", kind.id(), id.value),
                Place::of(id),
                help,
            );
        }
        Condition::Label(kind, id.value.clone())
    }

    fn unused_footnotes(&mut self, raw: &RawTool) {
        let used: BTreeSet<&str> = raw
            .actions
            .0
            .iter()
            .flat_map(|(_, action)| action.grants.0.iter())
            .flat_map(|(_, cell)| cell.value.notes.iter())
            .map(|note| note.value.as_str())
            .collect();
        for (id, _) in &raw.footnotes.0 {
            if !used.contains(id.value.as_str()) {
                self.findings.push(
                    Finding::new(
                        "PQ102",
                        "unused-footnote",
                        Severity::Warning,
                        format!(
                            "footnote `{}` is defined but no cell refers to it",
                            id.value
                        ),
                    )
                    .at(self.file, Place::of(id))
                    .help(format!(
                        "add `notes: [\"{}\"]` to the cells it explains, or remove it",
                        id.value
                    )),
                );
            }
        }
    }

    fn rules(&mut self, raw: &RawRules) -> Vec<GlobalRule> {
        let declared = Declared {
            scope: Scope::Company,
            tool: None,
        };
        raw.rules
            .0
            .iter()
            .map(|(id, rule)| {
                self.id(id, "rule");
                GlobalRule {
                    id: id.value.clone(),
                    name: self.text(&rule.name, &format!("rule `{}`", id.value)),
                    when: self.condition(&rule.when, &declared),
                    grants_level: rule.grants_level.value,
                }
            })
            .collect()
    }
}
