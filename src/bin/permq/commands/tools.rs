//! `permq tools`: the tools of the matrix, for finding names to ask about.

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use super::Context;
use crate::args::{Format, ToolsArgs};
use crate::exit::Exit;
use crate::output::{self, CliError};

pub fn run(context: &Context, args: ToolsArgs) -> Result<Exit, CliError> {
    let matrix = context.catalog.matrix()?;
    let scope = super::scope(args.scope);
    let tools: Vec<_> = matrix
        .tools
        .iter()
        .filter(|tool| scope.is_none_or(|scope| scope == tool.scope))
        .collect();
    let text = match args.format {
        Format::Json => {
            let rows: Vec<_> = tools
                .iter()
                .map(|tool| {
                    json!({
                        "tool": tool.id,
                        "scope": tool.scope.id(),
                        "name": tool.name.get(context.lang),
                        "aliases": tool.aliases,
                        "actions": tool.actions.len(),
                        "source": tool.source,
                    })
                })
                .collect();
            output::json(&rows)?
        }
        Format::Text => {
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header(["scope", "id", "name", "actions"]);
            for tool in &tools {
                table.add_row([
                    tool.scope.id().to_owned(),
                    tool.id.clone(),
                    tool.name.get(context.lang).to_owned(),
                    tool.actions.len().to_string(),
                ]);
            }
            format!("{table}\n")
        }
    };
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}
