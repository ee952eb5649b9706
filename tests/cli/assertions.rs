//! The shipped matrix against its assertion files: one test per tool, and a
//! check that every encoded tool has a file.

use std::path::Path;

use permq::Catalog;
use permq::assertions;
use permq::load;

fn run_file(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/assertions")
        .join(format!("{name}.yaml"));
    let file = load::read_file(&path, None).unwrap_or_else(|f| panic!("{}", f.message));
    let parsed =
        assertions::parse(&file).unwrap_or_else(|f| panic!("{}: {}", f.location(), f.message));
    assert!(parsed.cases.len() >= 5, "{name}: fewer than five cases");
    let failures: Vec<String> = assertions::run(&file.path, &parsed, &Catalog::embedded())
        .into_iter()
        .filter_map(|result| result.failure.map(|f| format!("{}: {f}", result.name)))
        .collect();
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

/// The assertion file of a tool: `<id>.yaml`, or `<id>_<scope>.yaml` for a
/// tool whose id exists at both scopes (Directory).
fn assertion_file_name(tool: &permq::Tool, matrix: &permq::Matrix) -> String {
    let shared = matrix
        .tools
        .iter()
        .any(|other| other.id == tool.id && other.scope != tool.scope);
    if shared {
        format!("{}_{}", tool.id, tool.scope.id())
    } else {
        tool.id.clone()
    }
}

macro_rules! tool_assertions {
    ($($tool:ident),* $(,)?) => {
        $( #[test] fn $tool() { run_file(stringify!($tool)); } )*
        const TOOLS_WITH_ASSERTIONS: &[&str] = &[$(stringify!($tool)),*];
    };
}

tool_assertions!(
    action_plans,
    admin_company,
    admin_project,
    bid_board,
    bidding,
    budget,
    change_events,
    change_orders,
    client_contracts,
    commitments,
    conversations,
    coordination_issues,
    correspondence,
    cost_catalog,
    crews,
    daily_log,
    direct_costs,
    directory_company,
    directory_project,
    documents_company,
    documents_project,
    drawings,
    emails,
    equipment,
    erp_integrations,
    estimating,
    forms,
    funding,
    home,
    incidents,
    inspections_company,
    inspections_project,
    instructions,
    invoicing,
    meetings,
    models,
    observations,
    payments,
    permissions,
    photos,
    planroom,
    portfolio,
    prequalification_portal,
    prequalifications,
    prime_contracts,
    programs,
    punch_list,
    reports_company,
    reports_project,
    rfi,
    schedule_company,
    schedule_project,
    specifications,
    submittals,
    tasks,
    timecard,
    timesheets_company,
    timesheets_project,
    tm_tickets,
    transmittals,
    workforce_planning,
);

#[test]
fn every_encoded_tool_has_an_assertion_file() {
    let matrix = Catalog::embedded()
        .matrix()
        .expect("embedded matrix decodes")
        .into_owned();
    for tool in matrix.tools.iter().filter(|tool| !tool.actions.is_empty()) {
        let name = assertion_file_name(tool, &matrix);
        assert!(
            TOOLS_WITH_ASSERTIONS.contains(&name.as_str()),
            "tool `{}` has actions but no `{name}` in tool_assertions! (tests/cli/assertions.rs)",
            tool.id
        );
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/assertions")
            .join(format!("{name}.yaml"));
        assert!(
            file.is_file(),
            "tool `{}` has no {}",
            tool.id,
            file.display()
        );
    }
}

#[test]
fn permq_test_reports_a_summary_and_fails_on_a_wrong_expectation() {
    let dir = std::env::temp_dir().join(format!("permq-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("wrong.yaml");
    std::fs::write(
        &file,
        "tool: rfi\ncases:\n  - name: admin may not edit (wrong on purpose)\n    role: admin\n    action: edit\n    expect: no\n  - name: admin may edit\n    role: admin\n    action: edit\n    expect: yes\n",
    )
    .expect("write");
    let output = crate::permq()
        .arg("test")
        .arg(&file)
        .output()
        .expect("permq runs");
    std::fs::remove_dir_all(&dir).ok();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("1 passed, 1 failed"), "{stdout}");
    assert!(stdout.contains("expected no, found yes"), "{stdout}");
}

#[test]
fn every_conditional_action_has_a_case() {
    let matrix = Catalog::embedded()
        .matrix()
        .expect("embedded matrix decodes")
        .into_owned();
    let mut missing = Vec::new();
    for tool in matrix.tools.iter().filter(|tool| !tool.actions.is_empty()) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/assertions")
            .join(format!("{}.yaml", assertion_file_name(tool, &matrix)));
        let file = load::read_file(&path, None).unwrap_or_else(|f| panic!("{}", f.message));
        let parsed = assertions::parse(&file).unwrap_or_else(|f| panic!("{}", f.message));
        let covered: std::collections::BTreeSet<&str> = parsed
            .cases
            .iter()
            .filter_map(|case| permq::names::resolve_action(tool, &case.action).ok())
            .map(|action| action.id.as_str())
            .collect();
        for action in &tool.actions {
            let conditional = action
                .cells
                .iter()
                .any(|cell| matches!(cell.grant, permq::model::Grant::If(_)));
            if conditional && !covered.contains(action.id.as_str()) {
                missing.push(format!("{}: {}", tool.id, action.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "conditional actions without a case:\n{}",
        missing.join("\n")
    );
}

#[test]
fn coverage_file_is_in_sync_with_the_matrix() {
    let matrix = Catalog::embedded()
        .matrix()
        .expect("embedded matrix decodes")
        .into_owned();
    let expected = permq::coverage::coverage_markdown(&matrix);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("matrix/COVERAGE.md");
    if std::env::var_os("PERMQ_UPDATE_COVERAGE").is_some() {
        std::fs::write(&path, &expected).expect("write COVERAGE.md");
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "matrix/COVERAGE.md is out of date: run `cargo run -- coverage > matrix/COVERAGE.md` \
         (or PERMQ_UPDATE_COVERAGE=1 cargo test)"
    );
}
