//! `matrix/COVERAGE.md`: one row per tool saying how much of it is encoded,
//! how much is conditional, where it was checked and what is unverified.
//! A test keeps the file in sync with the matrix.

use std::fmt::Write as _;

use crate::model::{Grant, Matrix};

/// The coverage table of a matrix, as Markdown.
pub fn coverage_markdown(matrix: &Matrix) -> String {
    let mut text = String::from(
        "# Matrix coverage\n\n\
         Generated from the matrix by `permq coverage`; `cargo test` fails when this file is out of date.\n\
         Tools with 0 actions are known by identity only (other tools' conditions refer to them).\n\n\
         | scope | id | name | actions | conditional cells | unverified actions | source |\n\
         | --- | --- | --- | ---: | ---: | ---: | --- |\n",
    );
    let (mut actions, mut conditional, mut unverified) = (0, 0, 0);
    for tool in &matrix.tools {
        let tool_conditional = tool
            .actions
            .iter()
            .flat_map(|action| action.cells.iter())
            .filter(|cell| matches!(cell.grant, Grant::If(_)))
            .count();
        let tool_unverified = tool.actions.iter().filter(|a| a.unverified).count();
        actions += tool.actions.len();
        conditional += tool_conditional;
        unverified += tool_unverified;
        let _ = writeln!(
            text,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            tool.scope.id(),
            tool.id,
            tool.name.en,
            tool.actions.len(),
            tool_conditional,
            tool_unverified,
            tool.source
        );
    }
    let _ = writeln!(
        text,
        "| | **total** | {} tools | {actions} | {conditional} | {unverified} | |",
        matrix.tools.len()
    );
    text
}
