//! What changed between two matrices: tools and actions added or removed,
//! and cells whose grant or condition changed, each classified as widening
//! (someone may now do more), narrowing, or equivalent. A widening is what a
//! reviewer of a matrix change must look at first.

use serde::Serialize;

use crate::condition::Condition;
use crate::lint::logic;
use crate::model::{Action, Cell, Grant, Level, Matrix, Tool};

/// One difference between the old and the new matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'m> {
    pub tool: &'m Tool,
    pub action: Option<&'m Action>,
    pub kind: ChangeKind<'m>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ChangeKind<'m> {
    ToolAdded,
    ToolRemoved,
    ActionAdded,
    ActionRemoved,
    /// The action's `unverified` flag was cleared (true) or set (false).
    Verification {
        verified: bool,
    },
    Cell {
        /// The tool as it was: its other names may have changed too.
        old_tool: &'m Tool,
        level: Level,
        old: &'m Cell,
        new: &'m Cell,
        effect: Effect,
    },
}

/// How a changed cell moves the line between allowed and denied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Every world the old cell allowed is still allowed, and more are.
    Widens,
    /// Every world the new cell allows was allowed before, and fewer are.
    Narrows,
    /// The same worlds are allowed (reordered condition, footnotes changed).
    Same,
    /// Some worlds gained, others lost, or too large to decide.
    Mixed,
}

impl Effect {
    pub fn id(self) -> &'static str {
        match self {
            Effect::Widens => "widens",
            Effect::Narrows => "narrows",
            Effect::Same => "same",
            Effect::Mixed => "mixed",
        }
    }
}

/// Every difference, tool by tool in the new matrix's order, removed tools last.
pub fn diff<'m>(old: &'m Matrix, new: &'m Matrix) -> Vec<Change<'m>> {
    let mut changes = Vec::new();
    for new_tool in &new.tools {
        let Some(old_tool) = old.tool(&new_tool.key()) else {
            changes.push(Change {
                tool: new_tool,
                action: None,
                kind: ChangeKind::ToolAdded,
            });
            continue;
        };
        diff_tool(old_tool, new_tool, &mut changes);
    }
    for old_tool in &old.tools {
        if new.tool(&old_tool.key()).is_none() {
            changes.push(Change {
                tool: old_tool,
                action: None,
                kind: ChangeKind::ToolRemoved,
            });
        }
    }
    changes
}

fn diff_tool<'m>(old: &'m Tool, new: &'m Tool, changes: &mut Vec<Change<'m>>) {
    for new_action in &new.actions {
        let Some(old_action) = old.actions.iter().find(|a| a.id == new_action.id) else {
            changes.push(Change {
                tool: new,
                action: Some(new_action),
                kind: ChangeKind::ActionAdded,
            });
            continue;
        };
        if old_action.unverified != new_action.unverified {
            changes.push(Change {
                tool: new,
                action: Some(new_action),
                kind: ChangeKind::Verification {
                    verified: !new_action.unverified,
                },
            });
        }
        for &level in &Level::ALL {
            let (old_cell, new_cell) = (old_action.cell(level), new_action.cell(level));
            if old_cell != new_cell {
                changes.push(Change {
                    tool: new,
                    action: Some(new_action),
                    kind: ChangeKind::Cell {
                        old_tool: old,
                        level,
                        old: old_cell,
                        new: new_cell,
                        effect: effect(&old_cell.grant, &new_cell.grant),
                    },
                });
            }
        }
    }
    for old_action in &old.actions {
        if !new.actions.iter().any(|a| a.id == old_action.id) {
            changes.push(Change {
                tool: old,
                action: Some(old_action),
                kind: ChangeKind::ActionRemoved,
            });
        }
    }
}

/// Compares what two grants allow, world by world.
pub fn effect(old: &Grant, new: &Grant) -> Effect {
    match (old, new) {
        (Grant::Deny, Grant::Deny) | (Grant::Allow, Grant::Allow) => Effect::Same,
        (Grant::Deny, _) | (_, Grant::Allow) => Effect::Widens,
        (Grant::Allow, _) | (_, Grant::Deny) => Effect::Narrows,
        (Grant::If(old), Grant::If(new)) => compare(old, new),
    }
}

fn compare(old: &Condition, new: &Condition) -> Effect {
    match (logic::implies(old, new), logic::implies(new, old)) {
        (Some(true), Some(true)) => Effect::Same,
        (Some(true), Some(false)) => Effect::Widens,
        (Some(false), Some(true)) => Effect::Narrows,
        _ => Effect::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::Relation;
    use crate::model::LabelKind;

    fn creator() -> Condition {
        Condition::Fact(Relation::Creator)
    }

    fn draft() -> Condition {
        Condition::Label(LabelKind::Status, String::from("draft"))
    }

    #[test]
    fn plain_grants_compare_by_order() {
        assert_eq!(effect(&Grant::Deny, &Grant::Allow), Effect::Widens);
        assert_eq!(effect(&Grant::Deny, &Grant::If(creator())), Effect::Widens);
        assert_eq!(effect(&Grant::If(creator()), &Grant::Allow), Effect::Widens);
        assert_eq!(
            effect(&Grant::Allow, &Grant::If(creator())),
            Effect::Narrows
        );
        assert_eq!(effect(&Grant::If(creator()), &Grant::Deny), Effect::Narrows);
        assert_eq!(effect(&Grant::Allow, &Grant::Allow), Effect::Same);
    }

    #[test]
    fn conditions_compare_by_the_worlds_they_allow() {
        let both = Condition::All(vec![creator(), draft()]);
        let either = Condition::Any(vec![creator(), draft()]);
        let swapped = Condition::All(vec![draft(), creator()]);
        let manager = Condition::Fact(Relation::Manager);
        let if_ = |c: &Condition| Grant::If(c.clone());
        assert_eq!(effect(&if_(&both), &if_(&creator())), Effect::Widens);
        assert_eq!(effect(&if_(&either), &if_(&creator())), Effect::Narrows);
        assert_eq!(effect(&if_(&both), &if_(&swapped)), Effect::Same);
        assert_eq!(effect(&if_(&creator()), &if_(&manager)), Effect::Mixed);
    }
}
