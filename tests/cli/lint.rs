//! `permq lint` and `permq explain`: one fixture per rule (the smallest
//! matrix that triggers it and nothing else), snapshots of the human and JSON
//! output, every rule explained, and the shipped matrix clean.

use std::path::Path;
use std::process::Output;

use crate::permq;

fn fixture(code: &str) -> String {
    format!("tests/fixtures/lint/{code}")
}

/// Exit code, stdout and stderr, as one text for a snapshot.
fn transcript(output: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

fn lint(args: &[&str]) -> Output {
    permq().arg("lint").args(args).output().expect("permq runs")
}

/// The rules that stop the linter itself (exit 2) rather than report a finding.
const STOPS_THE_LINTER: &[&str] = &["PQ000", "PQ015"];

#[test]
fn every_rule_has_a_fixture_that_triggers_it_alone() {
    for rule in permq::lint::registry() {
        let dir = fixture(rule.code);
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(&dir).is_dir(),
            "rule {} has no fixture folder {dir}",
            rule.code
        );
        let human = lint(&[&dir]);
        let json = lint(&[&dir, "--format", "json"]);
        snapshot(&format!("lint_{}_human", rule.code), &transcript(&human));
        snapshot(&format!("lint_{}_json", rule.code), &transcript(&json));
        if STOPS_THE_LINTER.contains(&rule.code) {
            assert_eq!(json.status.code(), Some(2), "{}", rule.code);
            assert!(
                String::from_utf8_lossy(&json.stderr).contains(rule.code),
                "{}",
                rule.code
            );
            continue;
        }
        let report: serde_json::Value =
            serde_json::from_slice(&json.stdout).unwrap_or_else(|e| panic!("{}: {e}", rule.code));
        let codes: Vec<&str> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["code"].as_str().expect("code"))
            .collect();
        assert!(
            !codes.is_empty(),
            "{}'s fixture triggers nothing",
            rule.code
        );
        assert!(
            codes.iter().all(|c| *c == rule.code),
            "{}'s fixture also triggers {codes:?}",
            rule.code
        );
        let expected_exit = if rule.severity == permq::Severity::Error {
            1
        } else {
            0
        };
        assert_eq!(json.status.code(), Some(expected_exit), "{}", rule.code);
    }
}

#[test]
fn every_rule_is_explained() {
    for rule in permq::lint::registry() {
        let output = permq()
            .args(["explain", rule.code])
            .output()
            .expect("permq runs");
        assert_eq!(output.status.code(), Some(0));
        snapshot(&format!("explain_{}", rule.code), &transcript(&output));
        let by_name = permq()
            .args(["explain", rule.name])
            .output()
            .expect("permq runs");
        assert_eq!(by_name.stdout, output.stdout, "{} by name", rule.code);
    }
}

#[test]
fn explain_lists_every_rule_and_refuses_an_unknown_code() {
    snapshot(
        "explain_list",
        &transcript(&permq().arg("explain").output().expect("runs")),
    );
    let unknown = permq().args(["explain", "PQ999"]).output().expect("runs");
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn the_shipped_matrix_lints_clean() {
    let output = lint(&["--deny-warnings"]);
    assert_eq!(output.status.code(), Some(0), "{}", transcript(&output));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "no findings\n");
    let folder = lint(&["matrix", "--deny-warnings"]);
    assert_eq!(folder.status.code(), Some(0), "{}", transcript(&folder));
}

#[test]
fn one_file_with_many_faults_reports_all_of_them() {
    let output = lint(&["tests/fixtures/many_faults", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let mut codes: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code"))
        .collect();
    codes.sort();
    codes.dedup();
    for code in [
        "PQ006", "PQ008", "PQ014", "PQ101", "PQ102", "PQ103", "PQ104", "PQ201", "PQ203", "PQ206",
        "PQ301",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    let lines: Vec<u64> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["line"].as_u64().unwrap_or(0))
        .collect();
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "sorted by line: {lines:?}"
    );
    snapshot(
        "lint_many_faults_human",
        &transcript(&lint(&["tests/fixtures/many_faults"])),
    );
}

#[test]
fn sarif_and_github_formats() {
    let sarif = lint(&[&fixture("PQ101"), "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).expect("sarif is json");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["results"][0]["ruleId"], "PQ101");
    assert_eq!(
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        8
    );
    let github = lint(&[&fixture("PQ101"), "--format", "github"]);
    snapshot("lint_github", &transcript(&github));
}

#[test]
fn a_suppression_with_a_reason_silences_the_finding() {
    let output = lint(&["tests/fixtures/suppressed", "--deny-warnings"]);
    assert_eq!(output.status.code(), Some(0), "{}", transcript(&output));
}

#[test]
fn deny_warnings_fails_on_a_warning() {
    assert_eq!(lint(&[&fixture("PQ102")]).status.code(), Some(0));
    assert_eq!(
        lint(&[&fixture("PQ102"), "--deny-warnings"]).status.code(),
        Some(1)
    );
}

#[test]
fn permq_toml_skips_a_rule() {
    let dir = std::env::temp_dir().join(format!("permq-toml-{}", std::process::id()));
    let project = dir.join("project");
    std::fs::create_dir_all(&project).expect("temp dir");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint/PQ102/project/t.yaml"),
        project.join("t.yaml"),
    )
    .expect("copy");
    std::fs::write(
        dir.join("permq.toml"),
        "[lint]\nallow = [\"unused-footnote\"]\n",
    )
    .expect("write");
    let output = lint(&[dir.to_str().expect("utf-8 path"), "--deny-warnings"]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(0), "{}", transcript(&output));
}

#[test]
fn a_single_file_is_linted_with_its_matrix() {
    let output = lint(&["matrix/project/rfi.yaml", "--deny-warnings"]);
    assert_eq!(output.status.code(), Some(0), "{}", transcript(&output));
    let fixture = lint(&[
        "tests/fixtures/lint/PQ101/project/t.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(fixture.status.code(), Some(1));
}
