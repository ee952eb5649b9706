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

fn temp_matrix(name: &str, tool_text: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("permq-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("project")).expect("temp dir");
    std::fs::write(dir.join("project/t.yaml"), tool_text).expect("write");
    dir
}

fn can_with(dir: &std::path::Path) -> std::process::Output {
    let output = permq()
        .args([
            "can", "--role", "admin", "--tool", "t", "--action", "view", "--matrix",
        ])
        .arg(dir)
        .output()
        .expect("permq runs");
    std::fs::remove_dir_all(dir).ok();
    output
}

#[test]
fn a_huge_file_is_refused_before_parsing() {
    let mut text = b"tool: t\n".to_vec();
    text.extend(std::iter::repeat_n(b'#', 3 * 1024 * 1024));
    let output = can_with(&temp_matrix("huge", &text));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("PQ012"), "{stderr}");
}

#[test]
fn a_hostile_alias_file_is_refused() {
    let mut text = String::from("tool: t\naliases:\n");
    for i in 0..1_100 {
        text.push_str(&format!("  - &a{i} x\n"));
    }
    let output = can_with(&temp_matrix("aliases", text.as_bytes()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("PQ012") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_an_error() {
    let output = can_with(&temp_matrix("latin1", b"tool: t\nname: { en: \xe9 }\n"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not UTF-8"), "{stderr}");
}

#[test]
fn a_closed_pipe_is_an_error_not_a_panic() {
    // 400 unused footnotes: far more output than a pipe buffer holds.
    let mut text = String::from(
        "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions: {}\nfootnotes:\n",
    );
    for i in 0..400 {
        text.push_str(&format!(
            "  \"{i}\": {{ en: Note {i}., es: Nota {i}., fr: Note {i}. }}\n"
        ));
    }
    let dir = temp_matrix("pipe", text.as_bytes());
    let mut child = permq()
        .arg("lint")
        .arg(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("permq starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("permq ends");
    std::fs::remove_dir_all(&dir).ok();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("broken pipe") && !stderr.contains("panicked"),
        "{stderr}"
    );
}
