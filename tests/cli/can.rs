//! `permq can`: the example question in three languages and two formats,
//! each level, status and closed world, and name errors.

use crate::{permq, snapshot};

fn edit_rfi(level: &str) -> std::process::Command {
    let mut command = permq();
    command.args(["can", "--role", level, "--tool", "rfi", "--action", "edit"]);
    command
}

#[test]
fn example_question_en() {
    snapshot!(edit_rfi("standard").arg("--creator"));
}

#[test]
fn example_question_es() {
    snapshot!(edit_rfi("estándar").args(["--creator", "--lang", "es"]));
}

#[test]
fn example_question_fr() {
    snapshot!(edit_rfi("standard").args(["--creator", "--lang", "fr"]));
}

#[test]
fn example_question_json_en() {
    snapshot!(edit_rfi("standard").args(["--creator", "--format", "json"]));
}

#[test]
fn example_question_json_es() {
    snapshot!(edit_rfi("standard").args(["--creator", "--format", "json", "--lang", "es"]));
}

#[test]
fn example_question_json_fr() {
    snapshot!(edit_rfi("standard").args(["--creator", "--format", "json", "--lang", "fr"]));
}

#[test]
fn language_from_permq_lang() {
    snapshot!(
        edit_rfi("standard")
            .arg("--creator")
            .env("PERMQ_LANG", "fr_CA.UTF-8")
    );
}

#[test]
fn with_status_draft() {
    snapshot!(edit_rfi("standard").args(["--creator", "--status", "draft"]));
}

#[test]
fn with_closed_world() {
    snapshot!(edit_rfi("standard").args(["--creator", "--closed-world"]));
}

#[test]
fn level_none() {
    snapshot!(edit_rfi("none"));
}

#[test]
fn level_read_only() {
    snapshot!(edit_rfi("read_only"));
}

#[test]
fn level_standard() {
    snapshot!(edit_rfi("standard"));
}

#[test]
fn level_admin() {
    snapshot!(edit_rfi("admin"));
}

#[test]
fn names_in_other_languages() {
    let mut command = permq();
    command.args([
        "can",
        "--role",
        "solo lectura",
        "--tool",
        "Demandes de renseignements",
        "--action",
        "Editar una RFI",
    ]);
    snapshot!(command);
}

#[test]
fn fact_stated_false() {
    snapshot!(edit_rfi("standard").args(["--not", "creator", "--fact", "manager=false"]));
}

#[test]
fn global_rule_company_directory_admin() {
    snapshot!(edit_rfi("none").args(["--with", "company:directory=admin"]));
}

#[test]
fn unknown_action_suggests() {
    let mut command = permq();
    command.args([
        "can", "--role", "standard", "--tool", "rfi", "--action", "edt",
    ]);
    snapshot!(command);
}

#[test]
fn unknown_tool_suggests() {
    let mut command = permq();
    command.args([
        "can",
        "--role",
        "admin",
        "--tool",
        "submitals",
        "--action",
        "view",
    ]);
    snapshot!(command);
}

#[test]
fn ambiguous_tool_asks_for_scope() {
    let mut command = permq();
    command.args([
        "can",
        "--role",
        "admin",
        "--tool",
        "directory",
        "--action",
        "view",
    ]);
    snapshot!(command);
}

#[test]
fn unknown_level_suggests() {
    snapshot!(edit_rfi("standart"));
}

#[test]
fn undeclared_granular_is_an_error() {
    snapshot!(edit_rfi("standard").args(["--granular", "act_as_rfi_manger"]));
}

#[test]
fn bad_flag_is_a_usage_error() {
    let output = edit_rfi("standard")
        .arg("--bogus")
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn show_a_tool_table() {
    let mut command = permq();
    command.args(["show", "--tool", "Site teams"]);
    snapshot!(command);
}

#[test]
fn show_a_tool_table_in_french() {
    let mut command = permq();
    command.args(["show", "--tool", "Équipages", "--lang", "fr"]);
    snapshot!(command);
}

#[test]
fn show_a_tool_as_json_names_every_level() {
    let output = permq()
        .args(["show", "--tool", "rfi", "--format", "json"])
        .output()
        .expect("permq runs");
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let edit = report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["action"] == "edit")
        .expect("rfi has edit");
    assert_eq!(edit["cells"]["admin"]["grant"], "allow");
    assert_eq!(edit["cells"]["none"]["grant"], "deny");
    assert_eq!(edit["cells"]["standard"]["grant"], "if");
}

#[test]
fn tools_lists_the_matrix() {
    let mut command = permq();
    command.args(["tools", "--scope", "company"]);
    snapshot!(command);
}
