//! Reports for people and scripts: `who`, `report`, and the CSV and Markdown
//! forms of `show` and `tools`.

use crate::{permq, snapshot};

fn run(args: &[&str]) -> std::process::Output {
    permq().args(args).output().expect("permq runs")
}

#[test]
fn who_answers_every_level() {
    let mut command = permq();
    command.args([
        "who",
        "--tool",
        "crews",
        "--action",
        "add_worker",
        "--crew-lead",
    ]);
    snapshot!(command);
}

#[test]
fn who_in_french() {
    let mut command = permq();
    command.args([
        "who",
        "-t",
        "Équipages",
        "-a",
        "Modifier une équipe",
        "--lang",
        "fr",
    ]);
    snapshot!(command);
}

#[test]
fn who_as_csv_uses_stable_ids() {
    let mut command = permq();
    command.args(["who", "-t", "crews", "-a", "edit", "--format", "csv"]);
    snapshot!(command);
}

#[test]
fn who_as_json_agrees_with_can() {
    let output = run(&[
        "who",
        "-t",
        "rfi",
        "-a",
        "edit",
        "--creator",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let answers = report["answers"].as_array().expect("answers");
    let levels: Vec<&str> = answers
        .iter()
        .map(|a| a["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels, ["none", "read_only", "standard", "admin"]);
    for answer in answers {
        let level = answer["level"].as_str().unwrap();
        let can = run(&[
            "can",
            "-r",
            level,
            "-t",
            "rfi",
            "-a",
            "edit",
            "--creator",
            "--format",
            "json",
        ]);
        let can: serde_json::Value = serde_json::from_slice(&can.stdout).expect("json");
        assert_eq!(answer["answer"], can["answer"], "level {level}");
        assert_eq!(answer["residual"], can["residual"], "level {level}");
    }
}

#[test]
fn who_refuses_an_unknown_action() {
    let output = run(&["who", "-t", "crews", "-a", "fly"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("fly"));
}

#[test]
fn show_as_markdown_writes_conditions_and_footnotes() {
    let mut command = permq();
    command.args(["show", "--tool", "crews", "--format", "markdown"]);
    snapshot!(command);
}

#[test]
fn show_as_csv() {
    let mut command = permq();
    command.args(["show", "--tool", "crews", "--format", "csv"]);
    snapshot!(command);
}

#[test]
fn tools_as_csv() {
    let mut command = permq();
    command.args(["tools", "--scope", "company", "--format", "csv"]);
    snapshot!(command);
}

#[test]
fn report_of_one_tool_as_csv() {
    let mut command = permq();
    command.args(["report", "--tool", "crews", "--format", "csv"]);
    snapshot!(command);
}

#[test]
fn report_csv_has_one_row_per_action_and_level() {
    let tools = run(&["tools", "--format", "json"]);
    let tools: serde_json::Value = serde_json::from_slice(&tools.stdout).expect("json");
    let actions: u64 = tools
        .as_array()
        .expect("tools")
        .iter()
        .map(|tool| tool["actions"].as_u64().unwrap())
        .sum();
    let output = run(&["report", "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let headers = reader.headers().expect("header row").clone();
    assert_eq!(&headers[5], "grant");
    let mut rows = 0;
    for record in reader.records() {
        let record = record.expect("a well-formed CSV record");
        assert!(["allow", "deny", "if"].contains(&&record[5]), "{record:?}");
        // An `if` cell always says its condition; the others never do.
        assert_eq!(record[5] == *"if", !record[6].is_empty(), "{record:?}");
        rows += 1;
    }
    assert_eq!(rows, actions * 4);
}

#[test]
fn report_as_json_keeps_the_structured_condition() {
    let output = run(&["report", "-t", "crews", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let edit_standard = rows
        .as_array()
        .expect("rows")
        .iter()
        .find(|row| row["action"] == "edit" && row["level"] == "standard")
        .expect("crews edit standard");
    assert_eq!(edit_standard["grant"], "if");
    assert_eq!(edit_standard["condition"], "crew_lead");
    assert_eq!(edit_standard["notes"], serde_json::json!(["B"]));
}

#[test]
fn report_refuses_an_unknown_tool() {
    let output = run(&["report", "--tool", "crewz"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("crews"));
}

const OLD: &str = "tests/fixtures/diff/old";
const NEW: &str = "tests/fixtures/diff/new";

#[test]
fn diff_classifies_each_changed_cell() {
    let mut command = permq();
    command.args(["diff", OLD, NEW]);
    snapshot!(command);
}

#[test]
fn diff_as_json_says_widens_for_a_looser_condition() {
    let output = run(&["diff", OLD, NEW, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let changes: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let edit = changes
        .as_array()
        .expect("changes")
        .iter()
        .find(|change| change["action"] == "edit")
        .expect("edit changed");
    assert_eq!(edit["effect"], "widens");
    assert_eq!(edit["old"]["condition"]["all"][0], "creator");
    assert_eq!(edit["new"]["condition"], "creator");
}

#[test]
fn diff_exit_code_reports_differences() {
    assert_eq!(
        run(&["diff", OLD, NEW, "--exit-code"]).status.code(),
        Some(1)
    );
    let same = run(&["diff", OLD, OLD, "--exit-code"]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&same.stdout), "no differences\n");
}

#[test]
fn diff_of_the_shipped_matrix_against_itself_is_empty() {
    // NEW defaults to the embedded matrix, built from the same folder.
    let output = run(&["diff", "matrix", "--exit-code", "--format", "csv"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn diff_refuses_a_broken_folder() {
    let output = run(&["diff", "tests/fixtures/malformed", NEW]);
    assert_eq!(output.status.code(), Some(2));
}
