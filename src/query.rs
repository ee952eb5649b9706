//! `can`: may a user at a level do an action of a tool, given what is known?
//!
//! Pure: takes a tool, an action, a level, the facts and the global rules,
//! and returns a three-valued [`Answer`]. No I/O, no rendering.

use crate::condition::{Facts, Outcome};
use crate::model::{Action, GlobalRule, Grant, Level};

/// The verdict of a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Yes,
    No,
    /// Allowed exactly when the residual condition holds.
    OnlyIf(crate::condition::Condition),
}

impl Verdict {
    pub fn id(&self) -> &'static str {
        match self {
            Verdict::Yes => "yes",
            Verdict::No => "no",
            Verdict::OnlyIf(_) => "only_if",
        }
    }
}

/// The answer to a question, with what explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub verdict: Verdict,
    /// Footnote ids of the cells that bear on the answer, in order, without repeats.
    pub footnotes: Vec<String>,
    /// Global rules that applied because their condition is known to hold.
    pub applied_rules: Vec<String>,
    /// Global rules that would apply if their (unknown) condition held.
    pub possible_rules: Vec<String>,
    /// The action's cells could not all be checked against an official page.
    pub unverified: bool,
}

/// The outcome of one level's cell under the facts.
pub fn cell_outcome(action: &Action, level: Level, facts: &Facts) -> Outcome {
    match &action.cell(level).grant {
        Grant::Deny => Outcome::False,
        Grant::Allow => Outcome::True,
        Grant::If(condition) => condition.partial_eval(facts),
    }
}

/// Answers whether `level` may do `action`, under `facts` and the global rules.
///
/// A global rule (e.g. company Directory Admin gives Admin everywhere) adds
/// the cell of its level when its condition is known to hold; when its
/// condition is unknown it is reported as possible, not assumed.
pub fn can(action: &Action, level: Level, facts: &Facts, rules: &[GlobalRule]) -> Answer {
    let mut outcome = cell_outcome(action, level, facts);
    let mut footnotes = action.cell(level).notes.clone();
    let mut applied_rules = Vec::new();
    let mut possible_rules = Vec::new();
    for rule in rules.iter().filter(|rule| rule.grants_level > level) {
        match rule.when.partial_eval(facts) {
            Outcome::True => {
                applied_rules.push(rule.id.clone());
                outcome = outcome.or(cell_outcome(action, rule.grants_level, facts));
                footnotes.extend(action.cell(rule.grants_level).notes.iter().cloned());
            }
            Outcome::False => {}
            Outcome::Depends(_) => {
                if outcome != Outcome::True
                    && cell_outcome(action, rule.grants_level, facts) != Outcome::False
                {
                    possible_rules.push(rule.id.clone());
                }
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    footnotes.retain(|note| seen.insert(note.clone()));
    let verdict = match outcome {
        Outcome::True => Verdict::Yes,
        Outcome::False => Verdict::No,
        Outcome::Depends(residual) => Verdict::OnlyIf(residual),
    };
    Answer {
        verdict,
        footnotes,
        applied_rules,
        possible_rules,
        unverified: action.unverified,
    }
}
