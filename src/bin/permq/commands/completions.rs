//! `permq completions`, `permq manpage` and `permq schema`: generated from
//! the definitions (clap_complete, clap_mangen, schemars), so they never drift.

use clap::CommandFactory;

use crate::args::{Cli, CompletionsArgs, SchemaArgs, SchemaKind};
use crate::exit::Exit;
use crate::output::{self, CliError};

pub fn completions(args: CompletionsArgs) -> Result<Exit, CliError> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "permq", &mut script);
    output::print(&String::from_utf8_lossy(&script))?;
    Ok(Exit::SUCCESS)
}

pub fn manpage() -> Result<Exit, CliError> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(CliError::Io)?;
    output::print(&String::from_utf8_lossy(&page))?;
    Ok(Exit::SUCCESS)
}

pub fn schema(args: SchemaArgs) -> Result<Exit, CliError> {
    let schema = match args.file {
        SchemaKind::Tool => permq::schema::tool_file(),
        SchemaKind::Rules => permq::schema::rules_file(),
    };
    output::print(&output::json(&schema)?)?;
    Ok(Exit::SUCCESS)
}
