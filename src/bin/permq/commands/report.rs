//! `permq report`: every cell of the matrix (or of some tools), one row per
//! action and level, for spreadsheets and scripts.

use permq::i18n::Describer;
use permq::report::{CellRow, cell_rows};

use super::Context;
use crate::args::ReportArgs;
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table;

pub fn run(context: &Context, args: ReportArgs) -> Result<Exit, CliError> {
    let catalog = &context.catalog;
    let scope = super::scope(args.scope);
    let keys = if args.tool.is_empty() {
        catalog
            .matrix()?
            .tools
            .iter()
            .filter(|tool| scope.is_none_or(|scope| scope == tool.scope))
            .map(|tool| tool.key())
            .collect::<Vec<_>>()
    } else {
        args.tool
            .iter()
            .map(|name| catalog.resolve_tool(name, scope))
            .collect::<Result<Vec<_>, _>>()?
    };
    let mut rows: Vec<CellRow> = Vec::new();
    for key in &keys {
        let tool = catalog.tool(key)?;
        let describer = Describer {
            tool: &tool,
            lang: context.lang,
            catalog,
        };
        rows.extend(cell_rows(&tool, &describer, context.lang));
    }
    let Some(style) = args.format.table_style() else {
        output::print(&output::json(&rows)?)?;
        return Ok(Exit::SUCCESS);
    };
    let headers = [
        "scope",
        "tool",
        "action",
        "action_name",
        "level",
        "grant",
        "condition",
        "notes",
        "unverified",
    ]
    .map(String::from);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            vec![
                row.scope.to_owned(),
                row.tool.clone(),
                row.action.clone(),
                row.action_name.clone(),
                row.level.to_owned(),
                row.grant.to_owned(),
                row.condition_text.clone().unwrap_or_default(),
                row.notes.join(" "),
                row.unverified.to_string(),
            ]
        })
        .collect();
    output::print(&table::render(style, &headers, &cells)?)?;
    Ok(Exit::SUCCESS)
}
