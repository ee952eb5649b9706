//! Writing to the terminal: stdout that survives a closed pipe, colour only
//! on a terminal (NO_COLOR honoured), diagnostics rendered by miette.

use std::io::{IsTerminal, Write};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

use crate::args::ColorArg;

/// Why a command stopped early. Every variant ends with exit code 2.
#[derive(Debug)]
pub enum CliError {
    /// A diagnostic to render (unknown name, unreadable file…).
    Diagnostic(Box<dyn Diagnostic + Send + Sync>),
    /// Findings about matrix or assertion files.
    Findings(Vec<permq::Finding>),
    /// stdout was closed before everything was written.
    BrokenPipe,
    /// Any other write failure.
    Io(std::io::Error),
}

impl<D: Diagnostic + Send + Sync + 'static> From<D> for CliError {
    fn from(diagnostic: D) -> Self {
        CliError::Diagnostic(Box::new(diagnostic))
    }
}

/// Whether to colour output written to a stream.
pub fn use_color(choice: ColorArg, stream_is_terminal: bool) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        }
    }
}

pub fn stdout_color(choice: ColorArg) -> bool {
    use_color(choice, std::io::stdout().is_terminal())
}

pub fn stderr_color(choice: ColorArg) -> bool {
    use_color(choice, std::io::stderr().is_terminal())
}

/// Writes text to stdout; a closed pipe becomes [`CliError::BrokenPipe`].
pub fn print(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::BrokenPipe => CliError::BrokenPipe,
            _ => CliError::Io(err),
        })
}

/// Pretty JSON with a final newline, as every `--format json` prints it.
pub fn json<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| CliError::Io(std::io::Error::other(e)))?;
    text.push('\n');
    Ok(text)
}

/// Renders a diagnostic as miette does, with or without colour.
pub fn render(diagnostic: &dyn Diagnostic, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    let mut text = String::new();
    if handler.render_report(&mut text, diagnostic).is_err() {
        text = format!("error: {diagnostic}\n");
    }
    text
}

/// Reports an error on stderr. Write errors are ignored: stderr is the last resort.
pub fn report(error: &CliError, color: bool) {
    let text = match error {
        CliError::Diagnostic(diagnostic) => render(diagnostic.as_ref(), color),
        CliError::Findings(findings) => findings
            .iter()
            .map(|finding| render(finding, color))
            .collect(),
        CliError::BrokenPipe => {
            String::from("permq: output closed before the answer was written (broken pipe)\n")
        }
        CliError::Io(err) => format!("permq: cannot write output: {err}\n"),
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Wraps text in an ANSI style when colour is on.
pub fn paint(text: &str, style: anstyle::Style, color: bool) -> String {
    if color {
        format!("{style}{text}{style:#}")
    } else {
        text.to_owned()
    }
}
