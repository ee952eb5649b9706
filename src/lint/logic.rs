//! Deciding properties of conditions by enumerating every world: can it ever
//! hold, does it always hold, does one imply another.
//!
//! Atoms are grouped the way the world constrains them: an item has one
//! status, a user has one level per other tool, every other atom is a free
//! boolean. Conditions with too many atoms to enumerate are left undecided.

use std::collections::BTreeSet;

use crate::condition::{Condition, Facts, Truth};
use crate::model::{LabelKind, Level, ToolKey};

/// Enumeration stops above this many worlds.
const MAX_WORLDS: usize = 1 << 14;

/// Every world over the atoms of the given conditions, or `None` when there
/// are too many to enumerate.
pub fn worlds(conditions: &[&Condition]) -> Option<Vec<Facts>> {
    let mut booleans: BTreeSet<Condition> = BTreeSet::new();
    let mut statuses: BTreeSet<String> = BTreeSet::new();
    let mut tools: BTreeSet<ToolKey> = BTreeSet::new();
    for condition in conditions {
        for atom in condition.atoms() {
            match atom {
                Condition::Label(LabelKind::Status, id) => {
                    statuses.insert(id.clone());
                }
                Condition::Requires(tool, _) => {
                    tools.insert(tool.clone());
                }
                other => {
                    booleans.insert(other.clone());
                }
            }
        }
    }
    let status_choices = statuses.len() + 1; // each named status, or another one
    let mut count: usize = 1;
    for factor in std::iter::repeat_n(2, booleans.len())
        .chain(std::iter::once(status_choices))
        .chain(std::iter::repeat_n(Level::ALL.len(), tools.len()))
    {
        count = count.checked_mul(factor)?;
        if count > MAX_WORLDS {
            return None;
        }
    }
    let booleans: Vec<Condition> = booleans.into_iter().collect();
    let statuses: Vec<String> = statuses.into_iter().collect();
    let tools: Vec<ToolKey> = tools.into_iter().collect();
    let mut out = Vec::with_capacity(count);
    for mut index in 0..count {
        let mut facts = Facts {
            closed_world: true,
            ..Facts::default()
        };
        for atom in &booleans {
            let value = index % 2 == 1;
            index /= 2;
            match atom {
                Condition::Fact(relation) => {
                    facts.relations.insert(*relation, value);
                }
                Condition::Label(kind, id) => {
                    facts.labels.insert((*kind, id.clone()), value);
                }
                Condition::Granted(tool, id) => {
                    facts.granted.insert((tool.clone(), id.clone()), value);
                }
                _ => {}
            }
        }
        let status = index % status_choices;
        index /= status_choices;
        facts.status = Some(
            statuses
                .get(status)
                .cloned()
                .unwrap_or_else(|| String::from("\u{0}other")),
        );
        for tool in &tools {
            facts
                .with
                .insert(tool.clone(), Level::ALL[index % Level::ALL.len()]);
            index /= Level::ALL.len();
        }
        out.push(facts);
    }
    Some(out)
}

/// `Some(true)` when the condition holds in some world.
pub fn satisfiable(condition: &Condition) -> Option<bool> {
    let worlds = worlds(&[condition])?;
    Some(worlds.iter().any(|w| w.evaluate(condition) == Truth::True))
}

/// `Some(true)` when the condition holds in every world.
pub fn tautology(condition: &Condition) -> Option<bool> {
    let worlds = worlds(&[condition])?;
    Some(worlds.iter().all(|w| w.evaluate(condition) == Truth::True))
}

/// `Some(true)` when every world where `a` holds is one where `b` holds.
pub fn implies(a: &Condition, b: &Condition) -> Option<bool> {
    let worlds = worlds(&[a, b])?;
    Some(
        worlds
            .iter()
            .filter(|w| w.evaluate(a) == Truth::True)
            .all(|w| w.evaluate(b) == Truth::True),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::Relation;

    fn status(id: &str) -> Condition {
        Condition::Label(LabelKind::Status, id.to_owned())
    }

    #[test]
    fn two_statuses_at_once_never_hold() {
        let both = Condition::All(vec![status("draft"), status("open")]);
        assert_eq!(satisfiable(&both), Some(false));
        assert_eq!(satisfiable(&status("draft")), Some(true));
    }

    #[test]
    fn x_or_not_x_always_holds() {
        let creator = Condition::Fact(Relation::Creator);
        let either = Condition::Any(vec![
            creator.clone(),
            Condition::Not(Box::new(creator.clone())),
        ]);
        assert_eq!(tautology(&either), Some(true));
        assert_eq!(tautology(&creator), Some(false));
    }

    #[test]
    fn a_higher_level_on_another_tool_implies_a_lower_one() {
        let tool = ToolKey {
            scope: crate::model::Scope::Project,
            id: String::from("commitments"),
        };
        let admin = Condition::Requires(tool.clone(), Level::Admin);
        let standard = Condition::Requires(tool, Level::Standard);
        assert_eq!(implies(&admin, &standard), Some(true));
        assert_eq!(implies(&standard, &admin), Some(false));
    }
}
