//! `permq what`: every action's answer for one level, under the same facts.
//! The dual of `who`: "what may a Standard user who created the item do here?"

use permq::Verdict;
use permq::i18n::{Ui, ui};
use permq::json::WhatReport;

use super::Context;
use super::who::{trailer, verdict_cell};
use crate::args::{AnswerArg, WhatArgs};
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table::{self, TableStyle};

pub fn run(context: &Context, args: WhatArgs) -> Result<Exit, CliError> {
    let question = super::Question::new(context, &args.tool, args.scope, &args.facts)?;
    let level = question.level(args.role.role.as_deref())?;
    let lang = context.lang;
    let keep = |verdict: &Verdict| {
        args.answer.is_empty()
            || args.answer.contains(&match verdict {
                Verdict::Yes => AnswerArg::Yes,
                Verdict::No => AnswerArg::No,
                Verdict::OnlyIf(_) => AnswerArg::OnlyIf,
            })
    };
    let report = WhatReport::new(
        &question.tool,
        level,
        &question.facts,
        &question.rules,
        lang,
        &question.describer(context),
        keep,
    );
    let Some(style) = args.format.table_style() else {
        output::print(&output::json(&report)?)?;
        return Ok(Exit::SUCCESS);
    };
    let mut headers = ["action", "name", "answer", "condition", "notes"]
        .map(String::from)
        .to_vec();
    if style == TableStyle::Csv {
        // Scripts read the flag from its own column instead of a mark in the name.
        headers.push(String::from("unverified"));
    }
    let rows: Vec<Vec<String>> = report
        .answers
        .iter()
        .map(|answer| {
            let mut name = answer.action_name.clone();
            if answer.unverified && style != TableStyle::Csv {
                name.push(' ');
                name.push_str(ui(lang, Ui::UnverifiedMark));
            }
            let mut row = vec![
                answer.action.clone(),
                name,
                verdict_cell(style, answer.answer, lang),
                answer.residual_text.clone().unwrap_or_default(),
                answer.notes.join(" "),
            ];
            if style == TableStyle::Csv {
                row.push(answer.unverified.to_string());
            }
            row
        })
        .collect();
    let mut text = String::new();
    if style != TableStyle::Csv {
        text.push_str(&format!("{} · {}\n", report.tool_name, report.level_name));
    }
    text.push_str(&table::render(style, &headers, &rows)?);
    if style != TableStyle::Csv {
        let any_unverified = report.answers.iter().any(|answer| answer.unverified);
        text.push_str(&trailer(
            &report.possible_rules,
            &report.footnotes,
            any_unverified.then_some(Ui::UnverifiedSome),
            lang,
        ));
    }
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}
