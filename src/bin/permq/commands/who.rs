//! `permq who`: every level's answer to one action, under the same facts.

use permq::i18n::{Describer, Ui, ui};
use permq::json::WhoReport;
use permq::names;

use super::Context;
use crate::args::WhoArgs;
use crate::exit::Exit;
use crate::output::{self, CliError};
use crate::table::{self, TableStyle};

pub fn run(context: &Context, args: WhoArgs) -> Result<Exit, CliError> {
    let catalog = &context.catalog;
    let key = catalog.resolve_tool(&args.tool, super::scope(args.scope))?;
    let tool = catalog.tool(&key)?;
    let action = names::resolve_action(&tool, &args.action)?;
    let facts = super::can::build_facts(context, &args.facts, key.scope)?;
    permq::facts::check_against(&tool, &facts)?;
    let rules = catalog.rules()?;
    let lang = context.lang;
    let describer = Describer {
        tool: &tool,
        lang,
        catalog,
    };
    let report = WhoReport::new(&tool, action, &facts, &rules, lang, &describer);
    let Some(style) = args.format.table_style() else {
        output::print(&output::json(&report)?)?;
        return Ok(Exit::SUCCESS);
    };
    let headers = ["level", "answer", "condition", "notes"].map(String::from);
    let rows: Vec<Vec<String>> = report
        .answers
        .iter()
        .map(|answer| {
            let verdict = match (style, answer.answer) {
                // Scripts get the stable ids; people get words in their language.
                (TableStyle::Csv, id) => id.to_owned(),
                (_, "yes") => ui(lang, Ui::Yes).to_owned(),
                (_, "no") => ui(lang, Ui::No).to_owned(),
                _ => ui(lang, Ui::OnlyIf).to_owned(),
            };
            let level = match style {
                TableStyle::Csv => answer.level,
                _ => answer.level_name,
            };
            vec![
                level.to_owned(),
                verdict,
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
        text.push_str(&trailer(&report, lang));
    }
    output::print(&text)?;
    Ok(Exit::SUCCESS)
}

/// Footnotes, global rules and the unverified warning, under the table.
fn trailer(report: &WhoReport, lang: permq::Lang) -> String {
    let mut text = String::new();
    text.push_str(&super::can::possible_rule_lines(
        &report.possible_rules,
        lang,
        "",
    ));
    text.push_str(&super::can::footnote_lines(&report.footnotes, lang));
    if report.unverified {
        text.push_str(&format!("{}\n", ui(lang, Ui::Unverified)));
    }
    text
}
