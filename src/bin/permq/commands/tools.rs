//! `permq tools`: the tools of the matrix, for finding names to ask about.

use serde_json::json;

use super::Context;
use crate::args::ToolsArgs;
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table;

pub fn run(context: &Context, args: ToolsArgs) -> Result<Exit, CliError> {
    let matrix = context.catalog.matrix()?;
    let scope = super::scope(args.scope);
    let tools: Vec<_> = matrix
        .tools
        .iter()
        .filter(|tool| scope.is_none_or(|scope| scope == tool.scope))
        .collect();
    let Some(style) = args.format.table_style() else {
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
        output::print(&output::json(&rows)?)?;
        return Ok(Exit::SUCCESS);
    };
    let headers = ["scope", "id", "name", "actions"].map(String::from);
    let rows: Vec<Vec<String>> = tools
        .iter()
        .map(|tool| {
            vec![
                tool.scope.id().to_owned(),
                tool.id.clone(),
                tool.name.get(context.lang).to_owned(),
                tool.actions.len().to_string(),
            ]
        })
        .collect();
    output::print(&table::render(style, &headers, &rows)?)?;
    Ok(Exit::SUCCESS)
}
