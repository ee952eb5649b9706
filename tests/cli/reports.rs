//! Reports for people and scripts: `who`, `what`, `report`, and the CSV and
//! Markdown forms of `show` and `tools`.

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
fn what_lists_every_action_for_one_level() {
    let mut command = permq();
    command.args(["what", "--role", "standard", "--tool", "crews"]);
    snapshot!(command);
}

#[test]
fn what_in_spanish_keeps_only_the_yeses() {
    let mut command = permq();
    command.args([
        "what",
        "-r",
        "estándar",
        "-t",
        "crews",
        "--crew-lead",
        "--answer",
        "yes",
        "--lang",
        "es",
    ]);
    snapshot!(command);
}

#[test]
fn what_as_csv_flags_unverified_actions_in_a_column() {
    let output = run(&["what", "-r", "standard", "-t", "rfi", "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "action",
            "name",
            "answer",
            "condition",
            "notes",
            "unverified"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let show = run(&["show", "-t", "rfi", "--format", "csv"]);
    let actions = String::from_utf8_lossy(&show.stdout).lines().count() - 1;
    assert_eq!(rows.len(), actions, "one row per action of the tool");
    for row in &rows {
        assert!(["yes", "no", "only_if"].contains(&&row[2]), "{row:?}");
        assert_eq!(row[2] == *"only_if", !row[3].is_empty(), "{row:?}");
        assert!(!row[1].contains("(unverified)"), "{row:?}");
    }
    assert!(rows.iter().any(|row| &row[5] == "true"));
}

#[test]
fn what_as_json_agrees_with_can_for_every_action() {
    let facts = ["--creator", "--assignee"];
    let mut args = vec![
        "what",
        "-r",
        "standard",
        "-t",
        "punch_list",
        "--format",
        "json",
    ];
    args.extend(facts);
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(report["level"], "standard");
    let answers = report["answers"].as_array().expect("answers");
    assert!(answers.len() > 10);
    for answer in answers {
        let action = answer["action"].as_str().unwrap();
        let mut args = vec![
            "can",
            "-r",
            "standard",
            "-t",
            "punch_list",
            "-a",
            action,
            "--format",
            "json",
        ];
        args.extend(facts);
        let can: serde_json::Value = serde_json::from_slice(&run(&args).stdout).expect("json");
        assert_eq!(answer["answer"], can["answer"], "action {action}");
        assert_eq!(answer["residual"], can["residual"], "action {action}");
        assert_eq!(answer["unverified"], can["unverified"], "action {action}");
    }
}

#[test]
fn what_filters_by_answer() {
    let only = |answer: &str| {
        let output = run(&[
            "what",
            "-r",
            "read_only",
            "-t",
            "rfi",
            "--answer",
            answer,
            "--format",
            "json",
        ]);
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
        report["answers"].as_array().expect("answers").clone()
    };
    let (yes, no, only_if) = (only("yes"), only("no"), only("only-if"));
    assert!(yes.iter().all(|a| a["answer"] == "yes"));
    assert!(no.iter().all(|a| a["answer"] == "no"));
    assert!(only_if.iter().all(|a| a["answer"] == "only_if"));
    let all = run(&["what", "-r", "read_only", "-t", "rfi", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).expect("json");
    let total = all["answers"].as_array().expect("answers").len();
    assert_eq!(yes.len() + no.len() + only_if.len(), total);
    assert!(!yes.is_empty() && !no.is_empty() && !only_if.is_empty());
}

#[test]
fn what_refuses_an_unknown_level() {
    let output = run(&["what", "-r", "superuser", "-t", "crews"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("superuser"));
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
