//! `permq test`: check assertion files against the matrix.

use std::path::{Path, PathBuf};

use permq::assertions;
use permq::load;

use super::Context;
use crate::args::TestArgs;
use crate::exit::Exit;
use crate::output::{self, CliError};

pub fn run(context: &Context, args: TestArgs) -> Result<Exit, CliError> {
    let files = assertion_files(&args.paths)?;
    let mut passed = 0usize;
    let mut failed = 0usize;
    let mut text = String::new();
    for path in files {
        let file = load::read_file(&path, None).map_err(|f| CliError::Findings(vec![*f]))?;
        let parsed = assertions::parse(&file).map_err(|f| CliError::Findings(vec![*f]))?;
        for result in assertions::run(&file.path, &parsed, &context.catalog) {
            match result.failure {
                None => passed += 1,
                Some(failure) => {
                    failed += 1;
                    text.push_str(&format!(
                        "FAIL {}: {}\n     {failure}\n",
                        result.file, result.name
                    ));
                }
            }
        }
    }
    text.push_str(&format!("{passed} passed, {failed} failed\n"));
    output::print(&text)?;
    Ok(if failed == 0 {
        Exit::SUCCESS
    } else {
        Exit::FAILURE
    })
}

/// The files named, with folders expanded to their `.yaml` files, sorted.
fn assertion_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|err| io_error(path, err))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension()
                        .is_some_and(|ext| ext == "yaml" || ext == "yml")
                })
                .collect();
            found.sort();
            files.extend(found);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            return Err(io_error(
                path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
    }
    Ok(files)
}

fn io_error(path: &Path, err: std::io::Error) -> CliError {
    CliError::Findings(vec![permq::Finding::new(
        "PQ000",
        "unreadable-file",
        permq::Severity::Error,
        format!("cannot read `{}`: {err}", path.display()),
    )])
}
