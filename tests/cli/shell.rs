//! Shell completions and the manual page, generated from the argument definitions.

use crate::permq;

#[test]
fn bash_completions_are_valid_bash_and_know_every_command() {
    let output = permq()
        .args(["completions", "bash"])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(0));
    let script = String::from_utf8(output.stdout).expect("utf-8");
    for command in [
        "can", "who", "show", "report", "diff", "lint", "explain", "test",
    ] {
        assert!(script.contains(command), "completions lack `{command}`");
    }
    // `bash -n` parses without running: a broken script fails here.
    let path = std::env::temp_dir().join(format!("permq-completions-{}.bash", std::process::id()));
    std::fs::write(&path, &script).expect("temp file");
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .status();
    let _ = std::fs::remove_file(&path);
    if let Ok(status) = check {
        assert!(status.success(), "bash -n rejects the completion script");
    }
}

#[test]
fn unknown_shell_is_a_usage_error() {
    let output = permq()
        .args(["completions", "tcsh"])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn manpage_is_roff_for_section_one() {
    let output = permq().arg("manpage").output().expect("permq runs");
    assert_eq!(output.status.code(), Some(0));
    let page = String::from_utf8(output.stdout).expect("utf-8");
    assert!(page.contains(".TH permq 1"), "{page}");
    assert!(page.contains("who"), "the manual lists the subcommands");
}
