//! `permq who`: every level's answer to one action, under the same facts.

use permq::Lang;
use permq::i18n::{Ui, ui};
use permq::json::{NoteText, RuleText, WhoReport};
use permq::names;

use super::Context;
use crate::args::WhoArgs;
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table::{self, TableStyle};

pub fn run(context: &Context, args: WhoArgs) -> Result<Exit, CliError> {
    let question = super::Question::new(context, &args.tool, args.scope, &args.facts)?;
    let tool = &question.tool;
    let action = names::resolve_action(tool, &args.action)?;
    let lang = context.lang;
    let report = WhoReport::new(
        tool,
        action,
        &question.facts,
        &question.rules,
        lang,
        &question.describer(context),
    );
    let Some(style) = args.format.table_style() else {
        output::print(&output::json(&report)?)?;
        return Ok(Exit::SUCCESS);
    };
    let headers = table::headers(style, lang, &["level", "answer", "condition", "notes"]);
    let rows: Vec<Vec<String>> = report
        .answers
        .iter()
        .map(|answer| {
            let level = match style {
                TableStyle::Csv => answer.level,
                _ => answer.level_name,
            };
            vec![
                level.to_owned(),
                verdict_cell(style, answer.answer, lang),
                answer.residual_text.clone().unwrap_or_default(),
                answer.notes.join(" "),
            ]
        })
        .collect();
    let mut text = String::new();
    if style != TableStyle::Csv {
        text.push_str(&format!("{} · {}\n", report.tool_name, report.action_name));
    }
    text.push_str(&table::render(style, &headers, &rows)?);
    if style != TableStyle::Csv {
        text.push_str(&trailer(
            &report.possible_rules,
            &report.footnotes,
            report.unverified.then_some(Ui::Unverified),
            lang,
        ));
    }
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}

/// An answer in a table cell: the stable id for scripts (CSV), words in the
/// reader's language otherwise.
pub(super) fn verdict_cell(style: TableStyle, answer: &str, lang: Lang) -> String {
    match (style, answer) {
        (TableStyle::Csv, id) => id.to_owned(),
        (_, "yes") => ui(lang, Ui::Yes).to_owned(),
        (_, "no") => ui(lang, Ui::No).to_owned(),
        _ => ui(lang, Ui::OnlyIf).to_owned(),
    }
}

/// Global rules, footnotes and a warning (about unverified cells), under a table.
pub(super) fn trailer(
    possible_rules: &[RuleText],
    footnotes: &[NoteText],
    warning: Option<Ui>,
    lang: Lang,
) -> String {
    let mut text = String::new();
    text.push_str(&super::can::possible_rule_lines(possible_rules, lang, ""));
    text.push_str(&super::can::footnote_lines(footnotes, lang));
    if let Some(warning) = warning {
        text.push_str(&format!("{}\n", ui(lang, warning)));
    }
    text
}
