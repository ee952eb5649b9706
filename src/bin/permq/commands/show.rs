//! `permq show`: one tool's actions and what each level may do.

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use permq::Level;
use permq::model::Grant;
use serde_json::json;

use super::Context;
use crate::args::{Format, ShowArgs};
use crate::exit::Exit;
use crate::output::{self, CliError};

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
        Format::Json => {
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
        Format::Text => {
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            let mut header = vec![String::from("action"), String::from("name")];
            header.extend(Level::ALL.iter().map(|level| level.name(lang).to_owned()));
            table.set_header(header);
            for action in &tool.actions {
                let mut row = vec![action.id.clone(), action.name.get(lang).to_owned()];
                if action.unverified {
                    row[1].push_str(" (unverified)");
                }
                row.extend(Level::ALL.iter().map(|&level| {
                    let cell = action.cell(level);
                    let mark = match &cell.grant {
                        Grant::Deny => String::from("—"),
                        Grant::Allow => String::from("✓"),
                        Grant::If(_) => String::from("if"),
                    };
                    if cell.notes.is_empty() {
                        mark
                    } else {
                        format!("{mark} [{}]", cell.notes.join(","))
                    }
                }));
                table.add_row(row);
            }
            format!(
                "{} ({}) — {}\n{table}\n✓ allowed · if: allowed under a condition (`permq can` says which) · — denied · [n] footnotes\n",
                tool.name.get(lang),
                tool.scope.id(),
                tool.source
            )
        }
    };
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}
