//! `permq lint`: check matrix files for contradictions.

use permq::Finding;
use permq::lint::report;

use super::Context;
use crate::args::{LintArgs, LintFormat};
use crate::exit::Exit;
use crate::output::{self, CliError};

pub fn run(context: &Context, args: LintArgs) -> Result<Exit, CliError> {
    let mut findings: Vec<Finding> = Vec::new();
    if args.paths.is_empty() {
        match &context.matrix_dir {
            Some(dir) => findings.extend(lint_one(dir)?),
            None => findings.extend(permq::lint_embedded()),
        }
    } else {
        for path in &args.paths {
            findings.extend(lint_one(path)?);
        }
    }
    findings.sort_by_key(Finding::sort_key);
    let (errors, warnings) = report::counts(&findings);
    let text = match args.format {
        LintFormat::Human => {
            let color = output::stdout_color(context.color);
            let mut text: String = findings.iter().map(|f| output::render(f, color)).collect();
            text.push_str(&summary(errors, warnings));
            text
        }
        LintFormat::Json => output::json(&report::json(&findings))?,
        LintFormat::Sarif => output::json(&report::sarif(&findings))?,
        LintFormat::Github => report::github(&findings),
    };
    output::print(&text)?;
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { Exit::FAILURE } else { Exit::SUCCESS })
}

/// Lints one path; a path the linter cannot read stops the run (exit 2).
fn lint_one(path: &std::path::Path) -> Result<Vec<Finding>, CliError> {
    permq::lint::lint_path(path).map_err(|finding| CliError::Findings(vec![*finding]))
}

fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if errors == 0 && warnings == 0 {
        String::from("no findings\n")
    } else {
        format!(
            "{}, {}\n",
            plural(errors, "error"),
            plural(warnings, "warning")
        )
    }
}
