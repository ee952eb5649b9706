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

/// Every condition written in the matrix, as (file, scope of its tool, root):
/// each cell's `if:` and each global rule's `when:` (scoped as company).
pub fn condition_roots<'a>(
    context: &'a crate::lint::LintContext<'a>,
) -> Vec<(
    &'a std::sync::Arc<crate::diagnostic::SourceFile>,
    crate::model::Scope,
    &'a Spanned<RawCondition>,
)> {
    let mut roots = Vec::new();
    for parsed in context.tools {
        for cell in cells(&parsed.raw) {
            if let Some(root) = cell_condition(&cell.cell.value) {
                roots.push((&parsed.file, parsed.raw.scope.value, root));
            }
        }
    }
    if let Some(rules) = context.rules {
        for (_, rule) in &rules.raw.rules.0 {
            roots.push((&rules.file, crate::model::Scope::Company, &rule.when));
        }
    }
    roots
}

/// A part of a cell's condition that a rule points at.
pub struct CellPart<'a> {
    pub file: &'a std::sync::Arc<crate::diagnostic::SourceFile>,
    pub cell: CellRef<'a>,
    pub node: &'a Spanned<RawCondition>,
    /// The part is the cell's whole condition.
    pub whole: bool,
}

impl CellPart<'_> {
    /// "the condition" or "a part of the condition", for messages.
    pub fn what(&self) -> &'static str {
        if self.whole {
            "the condition"
        } else {
            "a part of the condition"
        }
    }
}

/// For every cell, the outermost part of its condition (relation facts left
/// out: an unknown one is PQ006's) for which `test` holds.
pub fn first_part_where<'a>(
    context: &'a crate::lint::LintContext<'a>,
    test: impl Fn(&crate::condition::Condition) -> bool,
) -> Vec<CellPart<'a>> {
    let mut out = Vec::new();
    for parsed in context.tools {
        let scope = parsed.raw.scope.value;
        for cell in cells(&parsed.raw) {
            let Some(root) = cell_condition(&cell.cell.value) else {
                continue;
            };
            let found = nodes(root).into_iter().find(|node| {
                !matches!(node.value, RawCondition::Fact(_))
                    && test(&crate::model::build::condition(
                        &node.value,
                        scope,
                        &context.known,
                    ))
            });
            if let Some(node) = found {
                out.push(CellPart {
                    file: &parsed.file,
                    whole: std::ptr::eq(node, root),
                    cell,
                    node,
                });
            }
        }
    }
    out
}
