//! `permq diff`: what a change to the matrix changes for users.

use permq::Catalog;
use permq::diff::{Change, ChangeKind, Effect, diff};
use permq::i18n::Describer;
use permq::model::{Cell, Grant, Tool};
use serde_json::{Value, json};

use super::Context;
use crate::args::{DiffArgs, ReportFormat};
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table::{self, TableStyle};

pub fn run(context: &Context, args: DiffArgs) -> Result<Exit, CliError> {
    let load = |dir: &std::path::Path| -> Result<Catalog, CliError> {
        Ok(Catalog::from_dir(dir).map_err(CliError::Findings)?.0)
    };
    let old_catalog = load(&args.old)?;
    let loaded_new;
    let new_catalog = match &args.new {
        Some(dir) => {
            loaded_new = load(dir)?;
            &loaded_new
        }
        None => &context.catalog,
    };
    let (old, new) = (old_catalog.matrix()?, new_catalog.matrix()?);
    let changes = diff(&old, &new);
    let lang = context.lang;
    // A cell is described with the catalog it comes from: another tool's name
    // may differ between the two.
    let words = |catalog: &Catalog, tool: &Tool, cell: &Cell| -> String {
        let describer = Describer {
            tool,
            lang,
            catalog,
        };
        cell_words(cell, &describer)
    };
    let text = match args.format {
        ReportFormat::Json => {
            let rows: Vec<Value> = changes
                .iter()
                .map(|change| {
                    let mut row = json!({
                        "change": kind_id(&change.kind),
                        "scope": change.tool.scope.id(),
                        "tool": change.tool.id,
                        "action": change.action.map(|action| &action.id),
                    });
                    if let ChangeKind::Cell {
                        old_tool,
                        level,
                        old,
                        new,
                        effect,
                    } = &change.kind
                    {
                        row["level"] = json!(level.id());
                        row["effect"] = json!(effect);
                        row["old"] = cell_json(old, words(&old_catalog, old_tool, old));
                        row["new"] = cell_json(new, words(new_catalog, change.tool, new));
                    }
                    row
                })
                .collect();
            output::json(&rows)?
        }
        format => {
            let style = format.table_style().unwrap_or(TableStyle::Text);
            let headers = [
                "change", "scope", "tool", "action", "level", "effect", "old", "new",
            ]
            .map(String::from);
            let rows: Vec<Vec<String>> = changes
                .iter()
                .map(|change| {
                    let mut row = vec![
                        kind_id(&change.kind).to_owned(),
                        change.tool.scope.id().to_owned(),
                        change.tool.id.clone(),
                        change
                            .action
                            .map(|action| action.id.clone())
                            .unwrap_or_default(),
                    ];
                    match &change.kind {
                        ChangeKind::Cell {
                            old_tool,
                            level,
                            old,
                            new,
                            effect,
                        } => row.extend([
                            level.id().to_owned(),
                            effect.id().to_owned(),
                            words(&old_catalog, old_tool, old),
                            words(new_catalog, change.tool, new),
                        ]),
                        _ => {
                            row.extend([String::new(), String::new(), String::new(), String::new()])
                        }
                    }
                    row
                })
                .collect();
            if changes.is_empty() && style != TableStyle::Csv {
                String::from("no differences\n")
            } else {
                let mut text = table::render(style, &headers, &rows)?;
                if style == TableStyle::Markdown {
                    text.push('\n'); // a paragraph of its own, not a table row
                }
                if style != TableStyle::Csv {
                    text.push_str(&summary(&changes));
                }
                text
            }
        }
    };
    output::print(&text)?;
    Ok(if args.exit_code && !changes.is_empty() {
        Exit::No
    } else {
        Exit::SUCCESS
    })
}

fn kind_id(kind: &ChangeKind) -> &'static str {
    match kind {
        ChangeKind::ToolAdded => "tool_added",
        ChangeKind::ToolRemoved => "tool_removed",
        ChangeKind::ActionAdded => "action_added",
        ChangeKind::ActionRemoved => "action_removed",
        ChangeKind::Verification { verified: true } => "verified",
        ChangeKind::Verification { verified: false } => "unverified",
        ChangeKind::Cell { .. } => "cell_changed",
    }
}

/// "allow", "deny" or "if <condition>", with the cell's footnotes.
fn cell_words(cell: &Cell, describer: &Describer) -> String {
    let grant = match &cell.grant {
        Grant::Deny => String::from("deny"),
        Grant::Allow => String::from("allow"),
        Grant::If(condition) => format!("if {}", describer.describe(condition)),
    };
    if cell.notes.is_empty() {
        grant
    } else {
        format!("{grant} [{}]", cell.notes.join(","))
    }
}

fn cell_json(cell: &Cell, text: String) -> Value {
    let (grant, condition) = match &cell.grant {
        Grant::Deny => ("deny", Value::Null),
        Grant::Allow => ("allow", Value::Null),
        Grant::If(condition) => ("if", permq::json::condition_json(condition)),
    };
    json!({ "grant": grant, "condition": condition, "text": text, "notes": cell.notes })
}

/// One line under the table: how many changes of each kind; widenings first.
fn summary(changes: &[Change]) -> String {
    let count = |wanted: Effect| {
        changes
            .iter()
            .filter(
                |change| matches!(change.kind, ChangeKind::Cell { effect, .. } if effect == wanted),
            )
            .count()
    };
    let structural = changes
        .iter()
        .filter(|change| {
            !matches!(
                change.kind,
                ChangeKind::Cell { .. } | ChangeKind::Verification { .. }
            )
        })
        .count();
    let verification = changes
        .iter()
        .filter(|change| matches!(change.kind, ChangeKind::Verification { .. }))
        .count();
    format!(
        "{} changes · cells: {} widen, {} narrow, {} mixed, {} same · tools or actions added or removed: {} · verification flags: {}\n",
        changes.len(),
        count(Effect::Widens),
        count(Effect::Narrows),
        count(Effect::Mixed),
        count(Effect::Same),
        structural,
        verification
    )
}
