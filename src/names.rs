//! Resolving what a user types to a tool, an action or a level.
//!
//! Names match by id, alias, or name in any of en/es/fr, ignoring case,
//! accents and punctuation. A miss or a tie is an error that lists the
//! closest candidates ("did you mean").

use std::fmt;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::{Action, Lang, Level, Tool};

/// The form names are compared in: no accents, no case, no punctuation or spaces.
pub fn normalize(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// How close two normalized names are, from 0 to 1.
fn similarity(query: &str, key: &str) -> f64 {
    if query.is_empty() || key.is_empty() {
        return 0.0;
    }
    let mut score = strsim::jaro_winkler(query, key);
    if key.contains(query) || query.contains(key) {
        score = score.max(0.9);
    }
    score
}

const SUGGESTION_THRESHOLD: f64 = 0.75;

/// The candidate closest to `query`, if any is close enough to suggest.
pub fn closest<'a>(query: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let query = normalize(query);
    candidates
        .into_iter()
        .map(|candidate| (similarity(&query, &normalize(candidate)), candidate))
        .filter(|(score, _)| *score >= SUGGESTION_THRESHOLD)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// Something a name can resolve to, with the keys it answers to.
pub struct Candidate<T> {
    pub value: T,
    /// What to show in a suggestion, e.g. "`edit` (Edit an RFI)".
    pub display: String,
    /// Normalized keys: id, aliases, names in every language.
    pub keys: Vec<String>,
}

/// What kind of thing was looked up, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Tool,
    Action,
    Level,
    Fact,
    Rule,
}

impl NameKind {
    fn noun(self) -> &'static str {
        match self {
            NameKind::Tool => "tool",
            NameKind::Action => "action",
            NameKind::Level => "permission level",
            NameKind::Fact => "fact",
            NameKind::Rule => "lint rule",
        }
    }
}

/// A name that matched nothing, or more than one thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameError {
    pub kind: NameKind,
    pub query: String,
    /// Where the name was looked up, e.g. "in tool `rfi`".
    pub context: Option<String>,
    pub ambiguous: bool,
    pub candidates: Vec<String>,
    /// Extra advice, e.g. how to pick a scope.
    pub hint: Option<String>,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let adjective = if self.ambiguous {
            "ambiguous"
        } else {
            "unknown"
        };
        write!(f, "{adjective} {} `{}`", self.kind.noun(), self.query)?;
        if let Some(context) = &self.context {
            write!(f, " {context}")?;
        }
        Ok(())
    }
}

impl std::error::Error for NameError {}

impl miette::Diagnostic for NameError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("permq::name"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let mut help = String::new();
        if !self.candidates.is_empty() {
            let lead = if self.ambiguous {
                "it matches"
            } else {
                "did you mean"
            };
            help = format!("{lead}: {}", self.candidates.join(", "));
        }
        if let Some(hint) = &self.hint {
            if !help.is_empty() {
                help.push('\n');
            }
            help.push_str(hint);
        }
        (!help.is_empty()).then(|| Box::new(help) as Box<dyn fmt::Display>)
    }
}

/// Resolves `query` among `candidates`: an exact key match wins; several
/// matches are ambiguous; no match lists the nearest candidates.
pub fn resolve<T: Clone>(
    kind: NameKind,
    query: &str,
    candidates: &[Candidate<T>],
    context: Option<String>,
) -> Result<T, NameError> {
    let key = normalize(query);
    let matches: Vec<&Candidate<T>> = candidates
        .iter()
        .filter(|candidate| !key.is_empty() && candidate.keys.contains(&key))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.value.clone()),
        [] => Err(NameError {
            kind,
            query: query.to_owned(),
            context,
            ambiguous: false,
            candidates: nearest(&key, candidates),
            hint: None,
        }),
        many => Err(NameError {
            kind,
            query: query.to_owned(),
            context,
            ambiguous: true,
            candidates: many.iter().map(|c| c.display.clone()).collect(),
            hint: None,
        }),
    }
}

/// Up to five candidates closest to a normalized query, best first.
fn nearest<T>(key: &str, candidates: &[Candidate<T>]) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = candidates
        .iter()
        .map(|candidate| {
            let best = candidate
                .keys
                .iter()
                .map(|k| similarity(key, k))
                .fold(0.0, f64::max);
            (best, candidate.display.as_str())
        })
        .filter(|(score, _)| *score >= SUGGESTION_THRESHOLD)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(5)
        .map(|(_, d)| d.to_owned())
        .collect()
}

fn keys<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys: Vec<String> = texts.into_iter().map(normalize).collect();
    keys.sort();
    keys.dedup();
    keys.retain(|k| !k.is_empty());
    keys
}

/// The keys a tool answers to.
pub fn tool_keys(tool: &Tool) -> Vec<String> {
    keys(
        std::iter::once(tool.id.as_str())
            .chain(tool.aliases.iter().map(String::as_str))
            .chain(tool.name.all()),
    )
}

/// The keys an action answers to.
pub fn action_keys(action: &Action) -> Vec<String> {
    keys(
        std::iter::once(action.id.as_str())
            .chain(action.aliases.iter().map(String::as_str))
            .chain(action.name.all()),
    )
}

/// Resolves an action of a tool.
pub fn resolve_action<'a>(tool: &'a Tool, query: &str) -> Result<&'a Action, NameError> {
    let candidates: Vec<Candidate<usize>> = tool
        .actions
        .iter()
        .enumerate()
        .map(|(index, action)| Candidate {
            value: index,
            display: format!("`{}` ({})", action.id, action.name.en),
            keys: action_keys(action),
        })
        .collect();
    let context = Some(format!("in tool `{}`", tool.id));
    resolve(NameKind::Action, query, &candidates, context).map(|index| &tool.actions[index])
}

/// Resolves a permission level by id or name in any language.
pub fn resolve_level(query: &str) -> Result<Level, NameError> {
    let candidates: Vec<Candidate<Level>> = Level::ALL
        .into_iter()
        .map(|level| Candidate {
            value: level,
            display: format!("`{}` ({})", level.id(), level.name(Lang::En)),
            keys: keys(
                std::iter::once(level.id())
                    .chain(Lang::ALL.into_iter().map(|lang| level.name(lang)))
                    .chain(level.synonyms().iter().copied()),
            ),
        })
        .collect();
    resolve(NameKind::Level, query, &candidates, None)
}

/// Splits an optional `company:` or `project:` prefix off a tool name.
pub fn split_scope(tool: &str) -> (Option<crate::model::Scope>, &str) {
    match tool.split_once(':') {
        Some((scope, rest)) => match crate::model::Scope::from_id(scope.trim()) {
            Some(scope) => (Some(scope), rest.trim()),
            None => (None, tool),
        },
        None => (None, tool),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_ignores_case_accents_and_punctuation() {
        assert_eq!(
            normalize("Demandes de renseignements"),
            "demandesderenseignements"
        );
        assert_eq!(normalize("Sólo  Lectura!"), "sololectura");
        assert_eq!(normalize("read_only"), "readonly");
        assert_eq!(normalize("Estándar"), "estandar");
    }

    #[test]
    fn levels_resolve_in_every_language() {
        assert_eq!(resolve_level("solo lectura"), Ok(Level::ReadOnly));
        assert_eq!(resolve_level("Lecture seule"), Ok(Level::ReadOnly));
        assert_eq!(resolve_level("ESTÁNDAR"), Ok(Level::Standard));
        assert_eq!(resolve_level("Administrador"), Ok(Level::Admin));
        assert_eq!(resolve_level("aucun"), Ok(Level::None));
        assert_eq!(resolve_level("read-only"), Ok(Level::ReadOnly));
    }

    #[test]
    fn an_unknown_level_suggests_the_nearest() {
        let err = resolve_level("standart").unwrap_err();
        assert!(!err.ambiguous);
        assert_eq!(
            err.candidates.first().map(String::as_str),
            Some("`standard` (Standard)")
        );
    }

    #[test]
    fn closest_finds_a_misspelt_fact() {
        assert_eq!(
            closest("createor", ["creator", "assignee"]),
            Some("creator")
        );
        assert_eq!(closest("zzz", ["creator", "assignee"]), None);
    }
}
