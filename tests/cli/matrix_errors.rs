//! `--matrix` on broken folders: located diagnostics, exit code 2.

use crate::{permq, snapshot};

fn with_matrix(folder: &str) -> std::process::Command {
    let mut command = permq();
    command.args([
        "can", "--role", "admin", "--tool", "rfi", "--action", "edit", "--matrix",
    ]);
    command.arg(format!("tests/fixtures/{folder}"));
    command
}

#[test]
fn malformed_yaml_is_located() {
    snapshot!(with_matrix("malformed"));
}

#[test]
fn unknown_field_is_located() {
    snapshot!(with_matrix("unknown_field"));
}

#[test]
fn missing_folder_is_an_error() {
    snapshot!(with_matrix("does_not_exist"));
}

#[test]
fn permq_matrix_env_is_read() {
    let mut command = permq();
    command
        .args([
            "can", "--role", "admin", "--tool", "rfi", "--action", "edit",
        ])
        .env("PERMQ_MATRIX", "tests/fixtures/unknown_field");
    let output = command.output().expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown_field/project/rfi.yaml:10"),
        "{stderr}"
    );
}
