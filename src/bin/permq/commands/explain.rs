//! `permq explain`: the documentation of a lint rule.

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use permq::lint;
use permq::names::{NameError, NameKind};

use crate::args::ExplainArgs;
use crate::exit::Exit;
use crate::output::{self, CliError};

pub fn run(args: ExplainArgs) -> Result<Exit, CliError> {
    let text = match &args.code {
        None => list(),
        Some(code) => {
            let rule = lint::rule(code).ok_or_else(|| unknown(code))?;
            format!(
                "{} {} ({})\n\n{}\n\n{}",
                rule.code,
                rule.name,
                rule.severity.id(),
                rule.summary,
                rule.explanation
            )
        }
    };
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}

fn list() -> String {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(["code", "name", "severity", "catches"]);
    for rule in lint::registry() {
        table.add_row([rule.code, rule.name, rule.severity.id(), rule.summary]);
    }
    format!("{table}\n")
}

fn unknown(code: &str) -> CliError {
    let candidates = lint::registry()
        .iter()
        .filter(|rule| permq::names::closest(code, [rule.code, rule.name]).is_some())
        .map(|rule| format!("`{}` ({})", rule.code, rule.name))
        .take(5)
        .collect();
    NameError {
        kind: NameKind::Rule,
        query: code.to_owned(),
        context: None,
        ambiguous: false,
        candidates,
        hint: Some(String::from(
            "`permq explain` with no code lists every rule",
        )),
    }
    .into()
}
