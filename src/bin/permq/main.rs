//! The `permq` binary: parses arguments, runs one command, maps the result to an exit code.

mod args;
mod commands;
mod exit;
mod output;
mod table;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let color = cli.global.color;
    let exit = match commands::run(cli) {
        Ok(exit) => exit,
        Err(error) => {
            output::report(&error, output::stderr_color(color));
            exit::Exit::Usage
        }
    };
    ExitCode::from(exit.code())
}
