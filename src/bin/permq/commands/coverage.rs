//! `permq coverage`: the coverage table of the matrix, as Markdown.

use super::Context;
use crate::exit::Exit;
use crate::output::{self, CliError};

pub fn run(context: &Context) -> Result<Exit, CliError> {
    let matrix = context.catalog.matrix()?;
    output::print(&permq::coverage::coverage_markdown(&matrix))?;
    Ok(Exit::SUCCESS)
}
