//! `permq what`: every action's answer for one level, under the same facts.
//! The dual of `who`: "what may a Standard user who created the item do here?"
//! With `--template` and no `--tool`: what the template allows on every tool.

use permq::Verdict;
use permq::i18n::{Ui, ui};
use permq::json::{ActionAnswer, TemplateReport, WhatReport};

use super::who::{trailer, verdict_cell};
use super::{Context, Question};
use crate::args::{AnswerArg, WhatArgs};
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table::{self, TableStyle};

pub fn run(context: &Context, args: WhatArgs) -> Result<Exit, CliError> {
    let keep = |verdict: &Verdict| {
        args.answer.is_empty()
            || args.answer.contains(&match verdict {
                Verdict::Yes => AnswerArg::Yes,
                Verdict::No => AnswerArg::No,
                Verdict::OnlyIf(_) => AnswerArg::OnlyIf,
            })
    };
    let role = args.role.role.as_deref();
    let report = |question: &Question| -> Result<WhatReport, CliError> {
        Ok(WhatReport::new(
            &question.tool,
            question.level(role)?,
            &question.facts,
            &question.rules,
            context.lang,
            &question.describer(context),
            keep,
        ))
    };
    let text = match &args.tool {
        Some(tool) => {
            let report = report(&Question::new(context, tool, args.scope, &args.facts)?)?;
            match args.format.table_style() {
                None => output::json(&report)?,
                Some(style) => render(&report, style, context.lang, false)?,
            }
        }
        None => {
            let Some(template) = super::load_template(context, &args.facts)? else {
                return Err(miette::MietteDiagnostic::new("no tool given")
                    .with_code("permq::tool")
                    .with_help("give --tool, or --template to ask about every tool")
                    .into());
            };
            let mut reports = Vec::new();
            for key in context.catalog.tool_keys() {
                if key.scope != template.scope {
                    continue;
                }
                let question = Question::about(context, key, &args.facts, Some(template.clone()))?;
                if !question.tool.actions.is_empty() {
                    reports.push(report(&question)?);
                }
            }
            let all = TemplateReport {
                template: template.name.clone(),
                scope: template.scope.id(),
                tools: reports,
            };
            match args.format.table_style() {
                None => output::json(&all)?,
                Some(TableStyle::Csv) => csv_of_every_tool(&all, context.lang)?,
                Some(style) => {
                    // A tool none of whose actions passes `--answer` would only be an
                    // empty table: people get the tools that have something to say.
                    let sections: Result<Vec<String>, CliError> = all
                        .tools
                        .iter()
                        .filter(|report| !report.answers.is_empty())
                        .map(|report| render(report, style, context.lang, true))
                        .collect();
                    sections?.join("\n")
                }
            }
        }
    };
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}

/// One tool's answers as a table, with its title and trailer.
fn render(
    report: &WhatReport,
    style: TableStyle,
    lang: permq::Lang,
    as_section: bool,
) -> Result<String, CliError> {
    let mut headers = table::headers(style, lang, &COLUMNS);
    if style == TableStyle::Csv {
        // Scripts read the flag from its own column instead of a mark in the name.
        headers.push(String::from("unverified"));
    }
    let rows: Vec<Vec<String>> = report
        .answers
        .iter()
        .map(|answer| answer_row(answer, style, lang))
        .collect();
    let mut text = String::new();
    if style != TableStyle::Csv {
        let title = match (style, as_section) {
            (TableStyle::Markdown, true) => "### ",
            _ => "",
        };
        text.push_str(&format!(
            "{title}{} · {}\n",
            report.tool_name, report.level_name
        ));
        if style == TableStyle::Markdown && as_section {
            text.push('\n');
        }
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
    Ok(text)
}

/// The columns of one answer, before the CSV-only `unverified` column.
const COLUMNS: [&str; 5] = ["action", "name", "answer", "condition", "notes"];

/// One action's answer as a table row: CSV gets stable ids and an
/// `unverified` column, people get words and a mark beside the name.
fn answer_row(answer: &ActionAnswer, style: TableStyle, lang: permq::Lang) -> Vec<String> {
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
}

/// Every tool in one CSV table, with the tool and its level on each row.
fn csv_of_every_tool(all: &TemplateReport, lang: permq::Lang) -> Result<String, CliError> {
    let mut headers = vec![String::from("tool"), String::from("level")];
    headers.extend(table::headers(TableStyle::Csv, lang, &COLUMNS));
    headers.push(String::from("unverified"));
    let rows: Vec<Vec<String>> = all
        .tools
        .iter()
        .flat_map(|report| {
            report.answers.iter().map(|answer| {
                let mut row = vec![report.tool.clone(), report.level.to_owned()];
                row.extend(answer_row(answer, TableStyle::Csv, lang));
                row
            })
        })
        .collect();
    table::render(TableStyle::Csv, &headers, &rows)
}
