//! permq's integration tests: the CLI pinned by insta snapshots, and the
//! shipped matrix checked against its assertion files.

mod assertions;
mod can;
mod lint;
mod matrix_errors;
mod readme;
mod reports;
mod schema;
mod shell;
mod template;

use std::process::Command;

/// `permq` with a clean, fixed environment: no colour, English, embedded matrix.
pub fn permq() -> Command {
    let mut command = Command::new(insta_cmd::get_cargo_bin("permq"));
    command
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env("COLUMNS", "100")
        .env_remove("PERMQ_LANG")
        .env_remove("PERMQ_MATRIX")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Snapshot settings shared by every CLI test: snapshots live in `snapshots/`.
#[macro_export]
macro_rules! snapshot {
    ($cmd:expr) => {{
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta_cmd::assert_cmd_snapshot!($cmd));
    }};
}
