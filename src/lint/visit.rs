//! Walking the parsed files: every text, every cell, every condition node,
//! with the spans the rules point at.

use serde_saphyr::Spanned;

use crate::model::raw::{RawCell, RawCondition, RawGrant, RawText, RawTool};

/// Every text of a tool file with a description for messages.
pub fn texts(tool: &RawTool) -> Vec<(String, &Spanned<RawText>)> {
    let mut out = vec![(format!("tool `{}`", tool.tool.value), &tool.name)];
    if let Some(item) = &tool.item {
        out.push((String::from("the tool's `item`"), item));
    }
    if let Some(info) = &tool.info {
        out.push((String::from("the tool's `info`"), info));
    }
    for (section, entries) in [
        ("granular permission", &tool.granular),
        ("setting", &tool.settings),
        ("status", &tool.statuses),
        ("integration", &tool.integrations),
        ("footnote", &tool.footnotes),
    ] {
        for (id, text) in &entries.0 {
            out.push((format!("{section} `{}`", id.value), text));
        }
    }
    for (id, action) in &tool.actions.0 {
        out.push((format!("action `{}`", id.value), &action.name));
        if let Some(info) = &action.info {
            out.push((format!("the `info` of action `{}`", id.value), info));
        }
    }
    out
}

/// One cell of a parsed tool: the action id, the level key as written, the cell.
pub struct CellRef<'a> {
    pub action: &'a Spanned<String>,
    pub action_index: usize,
    pub level: &'a Spanned<String>,
    pub cell: &'a Spanned<RawCell>,
}

/// Every cell of a tool file, in file order.
pub fn cells(tool: &RawTool) -> Vec<CellRef<'_>> {
    let mut out = Vec::new();
    for (action_index, (action, raw)) in tool.actions.0.iter().enumerate() {
        for (level, cell) in &raw.grants.0 {
            out.push(CellRef {
                action,
                action_index,
                level,
                cell,
            });
        }
    }
    out
}

/// The top condition of a cell, if it has one.
pub fn cell_condition(cell: &RawCell) -> Option<&Spanned<RawCondition>> {
    match &cell.kind {
        RawGrant::If(condition) => Some(condition),
        _ => None,
    }
}

/// Every node of a condition tree, outermost first.
pub fn nodes(root: &Spanned<RawCondition>) -> Vec<&Spanned<RawCondition>> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        out.push(node);
        match &node.value {
            RawCondition::All(parts) | RawCondition::Any(parts) => {
                stack.extend(parts.iter().rev());
            }
            RawCondition::Not(inner) => stack.push(inner),
            _ => {}
        }
    }
    out
}

/// Where to point for one level's cell of an action: the level key if the
/// cell is written, else the action id.
pub fn level_place(
    tool: &RawTool,
    action_index: usize,
    level: crate::model::Level,
) -> Option<crate::diagnostic::Place> {
    let (id, action) = tool.actions.0.get(action_index)?;
    let place = action
        .grants
        .0
        .iter()
        .find(|(key, _)| key.value == level.id())
        .map(|(key, _)| crate::diagnostic::Place::of(key))
        .unwrap_or_else(|| crate::diagnostic::Place::of(id));
    Some(place)
}
