//! `--template`: a permissions template's levels and granular permissions as
//! facts, and as the role when `--role` is left out.

use crate::{permq, snapshot};

const SUBCONTRACTOR: &str = "examples/templates/subcontractor.yaml";

/// Asks with the example template, as JSON.
fn templated(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut all = vec![args[0], "--template", SUBCONTRACTOR, "--format", "json"];
    all.extend(&args[1..]);
    json(&all)
}

fn json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let output = permq().args(args).output().expect("permq runs");
    let value = serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
    (output.status.code(), value)
}

#[test]
fn a_template_gives_the_role_and_states_its_granular_permissions() {
    let mut command = permq();
    command.args([
        "can",
        "--template",
        SUBCONTRACTOR,
        "-t",
        "rfi",
        "-a",
        "edit",
        "--creator",
    ]);
    snapshot!(command);
}

#[test]
fn the_role_comes_from_the_template_and_left_out_tools_are_none() {
    let (code, rfi) = templated(&["what", "-t", "rfi"]);
    assert_eq!(code, Some(0));
    assert_eq!(rfi["level"], "standard");
    let (_, budget) = templated(&["what", "-t", "budget"]);
    assert_eq!(budget["level"], "none");
    let answers = budget["answers"].as_array().expect("answers");
    assert!(answers.iter().all(|answer| answer["answer"] == "no"));
}

#[test]
fn a_template_answers_requirements_on_other_tools() {
    // Change Events is 'None' in the template: creating one from an RFI needs 'Standard' there.
    let (code, report) = templated(&["can", "-t", "rfi", "-a", "create_change_event"]);
    assert_eq!(code, Some(1));
    assert_eq!(report["answer"], "no");
    // Without the template the same question is open.
    let (code, _) = json(&[
        "can",
        "-r",
        "standard",
        "-t",
        "rfi",
        "-a",
        "create_change_event",
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(3));
}

#[test]
fn the_command_line_wins_over_the_template() {
    // --role overrides the template's level on the tool.
    let (_, report) = templated(&["can", "-r", "admin", "-t", "rfi", "-a", "delete"]);
    assert_eq!(report["level"], "admin");
    assert_eq!(report["answer"], "yes");
    // A granular permission given on the command line beats the template's silence.
    let (_, report) = templated(&[
        "can",
        "-t",
        "rfi",
        "-a",
        "edit_any",
        "--granular",
        "act_as_rfi_manager",
        "--creator",
    ]);
    assert_eq!(report["answer"], "yes");
    let (_, report) = templated(&["can", "-t", "rfi", "-a", "edit_any", "--creator"]);
    assert_eq!(report["answer"], "no");
}

#[test]
fn who_takes_a_template_for_the_facts_on_other_tools() {
    let (code, report) = templated(&["who", "-t", "rfi", "-a", "create_change_event"]);
    assert_eq!(code, Some(0));
    let answers = report["answers"].as_array().expect("answers");
    assert!(answers.iter().all(|answer| answer["answer"] == "no"));
}

#[test]
fn a_company_tool_needs_a_role_with_a_project_template() {
    let output = permq()
        .args([
            "can",
            "--template",
            SUBCONTRACTOR,
            "-t",
            "cost_catalog",
            "-a",
            "anything",
        ])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn role_or_template_is_required() {
    let output = permq()
        .args(["can", "-t", "rfi", "-a", "edit"])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--role"));
}

#[test]
fn a_template_naming_an_unknown_tool_is_located() {
    let mut command = permq();
    command.args([
        "can",
        "--template",
        "tests/fixtures/templates/unknown_tool.yaml",
        "-t",
        "rfi",
        "-a",
        "edit",
    ]);
    snapshot!(command);
}

#[test]
fn a_template_granting_an_unknown_granular_permission_lists_the_declared_ones() {
    let mut command = permq();
    command.args([
        "can",
        "--template",
        "tests/fixtures/templates/unknown_granular.yaml",
        "-t",
        "rfi",
        "-a",
        "edit",
    ]);
    snapshot!(command);
}

#[test]
fn a_template_with_an_unknown_field_is_refused() {
    let output = permq()
        .args([
            "can",
            "--template",
            "tests/fixtures/templates/unknown_field.yaml",
            "-t",
            "rfi",
            "-a",
            "edit",
        ])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown field `level`"), "{stderr}");
    assert!(stderr.contains("unknown_field.yaml:2:1"), "{stderr}");
}

#[test]
fn what_without_a_tool_audits_every_tool_of_the_template() {
    let (code, report) = json(&["what", "--template", SUBCONTRACTOR, "--format", "json"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["template"], "Subcontractor");
    let tools = report["tools"].as_array().expect("tools");
    let level_of = |id: &str| {
        tools
            .iter()
            .find(|tool| tool["tool"] == id)
            .map(|tool| tool["level"].clone())
    };
    assert_eq!(level_of("rfi"), Some("standard".into()));
    assert_eq!(level_of("photos"), Some("read_only".into()));
    assert_eq!(level_of("budget"), Some("none".into()));
    assert!(tools.iter().all(|tool| tool["scope"] == "project"));
    // Every project tool with actions is there, each with every action.
    let listed = permq()
        .args(["tools", "--format", "json"])
        .output()
        .expect("permq runs");
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    let encoded: Vec<&serde_json::Value> = listed
        .as_array()
        .expect("tools")
        .iter()
        .filter(|tool| tool["scope"] == "project" && tool["actions"].as_u64() > Some(0))
        .collect();
    assert_eq!(tools.len(), encoded.len());
    for tool in encoded {
        let found = tools
            .iter()
            .find(|report| report["tool"] == tool["tool"])
            .expect("every encoded tool");
        assert_eq!(
            found["answers"].as_array().map(Vec::len) as Option<usize>,
            tool["actions"].as_u64().map(|n| n as usize)
        );
    }
}

#[test]
fn what_without_a_tool_as_csv_has_one_row_per_tool_and_action() {
    let output = permq()
        .args([
            "what",
            "--template",
            SUBCONTRACTOR,
            "--answer",
            "yes",
            "--format",
            "csv",
        ])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(0));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    assert_eq!(
        reader
            .headers()
            .expect("headers")
            .iter()
            .collect::<Vec<_>>(),
        [
            "tool",
            "level",
            "action",
            "name",
            "answer",
            "condition",
            "notes",
            "unverified"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|row| row.expect("row")).collect();
    assert!(rows.iter().all(|row| &row[4] == "yes"));
    assert!(
        rows.iter()
            .any(|row| &row[0] == "rfi" && &row[2] == "create_draft")
    );
    assert!(
        rows.iter()
            .filter(|row| &row[0] == "rfi")
            .all(|row| &row[1] == "standard")
    );
    assert!(
        !rows.iter().any(|row| &row[0] == "budget"),
        "Budget is left out of the template ('None'): nothing there is allowed"
    );
}

#[test]
fn what_needs_a_tool_without_a_template() {
    let output = permq()
        .args(["what", "-r", "standard"])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--tool"));
}

#[test]
fn a_filtered_audit_for_people_leaves_out_tools_with_nothing_to_show() {
    let output = permq()
        .args([
            "what",
            "--template",
            SUBCONTRACTOR,
            "--answer",
            "yes",
            "--format",
            "markdown",
        ])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    // Budget is 'None' in the template: nothing there is allowed, so no section.
    assert!(!text.contains("### Budget"), "{text}");
    assert!(text.contains("### RFIs · Standard"), "{text}");
    assert!(text.contains("| create_draft "), "{text}");
}
