//! `permq show`: one tool's actions and what each level may do.

use permq::Level;
use permq::i18n::{Ui, scope_name, ui};
use permq::model::{Grant, Tool};
use serde_json::json;

use super::Context;
use crate::args::{ReportFormat, ShowArgs};
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table::{self, TableStyle};

pub fn run(context: &Context, args: ShowArgs) -> Result<Exit, CliError> {
    let catalog = &context.catalog;
    let key = catalog.resolve_tool(&args.tool, super::scope(args.scope))?;
    let tool = catalog.tool(&key)?;
    let lang = context.lang;
    let describer = permq::i18n::Describer {
        tool: &tool,
        lang,
        catalog,
    };
    let text = match args.format {
        ReportFormat::Json => {
            let actions: Vec<_> = tool
                .actions
                .iter()
                .map(|action| {
                    let cells: serde_json::Map<String, serde_json::Value> = Level::ALL
                        .iter()
                        .map(|&level| {
                            let cell = action.cell(level);
                            let value = match &cell.grant {
                                Grant::Deny => json!({ "grant": "deny", "notes": cell.notes }),
                                Grant::Allow => json!({ "grant": "allow", "notes": cell.notes }),
                                Grant::If(condition) => json!({
                                    "grant": "if",
                                    "condition": permq::json::condition_json(condition),
                                    "condition_text": describer.describe(condition),
                                    "notes": cell.notes,
                                }),
                            };
                            (level.id().to_owned(), value)
                        })
                        .collect();
                    json!({
                        "action": action.id,
                        "name": action.name.get(lang),
                        "unverified": action.unverified,
                        "cells": cells,
                    })
                })
                .collect();
            let report = json!({
                "tool": tool.id,
                "scope": tool.scope.id(),
                "name": tool.name.get(lang),
                "source": tool.source,
                "actions": actions,
            });
            output::json(&report)?
        }
        ReportFormat::Text => {
            let table = table::render(
                TableStyle::Text,
                &headers(lang),
                &rows(&tool, lang, |cell| mark(cell, ui(lang, Ui::IfMark))),
            )?;
            format!(
                "{} ({}) — {}\n{table}{}\n",
                tool.name.get(lang),
                scope_name(lang, tool.scope),
                tool.source,
                ui(lang, Ui::Legend)
            )
        }
        ReportFormat::Markdown => {
            // For documents: the condition is written out, and the footnotes follow.
            let table = table::render(
                TableStyle::Markdown,
                &headers(lang),
                &rows(&tool, lang, |cell| match &cell.grant {
                    Grant::If(condition) => mark(
                        cell,
                        &format!("{} {}", ui(lang, Ui::IfMark), describer.describe(condition)),
                    ),
                    _ => mark(cell, ""),
                }),
            )?;
            let mut text = format!(
                "## {} ({})\n\nSource: <{}>\n\n{table}",
                tool.name.get(lang),
                scope_name(lang, tool.scope),
                tool.source
            );
            if !tool.footnotes.is_empty() {
                text.push('\n');
                for note in &tool.footnotes {
                    text.push_str(&format!("- **[{}]** {}\n", note.id, note.text.get(lang)));
                }
            }
            text
        }
        ReportFormat::Csv => {
            // For scripts: stable ids and grant words, one column per level.
            let mut headers = vec![String::from("action"), String::from("name")];
            headers.extend(Level::ALL.iter().map(|level| level.id().to_owned()));
            headers.push(String::from("unverified"));
            let rows: Vec<Vec<String>> =
                tool.actions
                    .iter()
                    .map(|action| {
                        let mut row = vec![action.id.clone(), action.name.get(lang).to_owned()];
                        row.extend(Level::ALL.iter().map(
                            |&level| match &action.cell(level).grant {
                                Grant::Deny => String::from("deny"),
                                Grant::Allow => String::from("allow"),
                                Grant::If(condition) => {
                                    format!("if: {}", describer.describe(condition))
                                }
                            },
                        ));
                        row.push(action.unverified.to_string());
                        row
                    })
                    .collect();
            table::render(TableStyle::Csv, &headers, &rows)?
        }
    };
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}

fn headers(lang: permq::Lang) -> Vec<String> {
    let mut header = table::headers(TableStyle::Text, lang, &["action", "name"]);
    header.extend(Level::ALL.iter().map(|level| level.name(lang).to_owned()));
    header
}

/// One row per action: id, name (flagged when unverified), then each level's cell.
fn rows(
    tool: &Tool,
    lang: permq::Lang,
    conditional: impl Fn(&permq::model::Cell) -> String,
) -> Vec<Vec<String>> {
    tool.actions
        .iter()
        .map(|action| {
            let mut row = vec![action.id.clone(), action.name.get(lang).to_owned()];
            if action.unverified {
                row[1].push(' ');
                row[1].push_str(ui(lang, Ui::UnverifiedMark));
            }
            row.extend(Level::ALL.iter().map(|&level| {
                let cell = action.cell(level);
                match cell.grant {
                    Grant::If(_) => conditional(cell),
                    _ => mark(cell, ""),
                }
            }));
            row
        })
        .collect()
}

/// ✓ / — / the conditional text, with the cell's footnotes.
fn mark(cell: &permq::model::Cell, conditional: &str) -> String {
    let mark = match &cell.grant {
        Grant::Deny => "—",
        Grant::Allow => "✓",
        Grant::If(_) => conditional,
    };
    if cell.notes.is_empty() {
        mark.to_owned()
    } else {
        format!("{mark} [{}]", cell.notes.join(","))
    }
}
