//! `permq can`: one question, one answer.

use permq::facts::FactKey;
use permq::i18n::{Ui, ui};
use permq::json::CanReport;
use permq::model::LabelKind;
use permq::names::{self, NameError, NameKind};
use permq::{Facts, Lang, Relation, Verdict};

use super::Context;
use crate::args::{CanArgs, FactArgs, Format};
use crate::exit::Exit;
use crate::output::{self, CliError, paint};

pub fn run(context: &Context, args: CanArgs) -> Result<Exit, CliError> {
    let question = super::Question::new(context, &args.tool, args.scope, &args.facts)?;
    let level = question.level(args.role.role.as_deref())?;
    let tool = &question.tool;
    let action = names::resolve_action(tool, &args.action)?;
    let answer = permq::can(
        &question.key,
        action,
        level,
        &question.facts,
        &question.rules,
    );
    let report = CanReport::new(
        tool,
        action,
        level,
        &answer,
        context.lang,
        &question.rules,
        &question.describer(context),
    );
    let text = match args.format {
        Format::Json => output::json(&report)?,
        Format::Text => render_text(&report, context.lang, output::stdout_color(context.color)),
    };
    output::print(&text)?;
    Ok(match answer.verdict {
        Verdict::Yes => Exit::Yes,
        Verdict::No => Exit::No,
        Verdict::OnlyIf(_) => Exit::OnlyIf,
    })
}

pub(super) fn build_facts(
    context: &Context,
    args: &FactArgs,
    here: permq::Scope,
) -> Result<Facts, CliError> {
    let mut facts = Facts {
        closed_world: args.closed_world,
        ..Facts::default()
    };
    let flags = [
        (Relation::Creator, args.creator),
        (Relation::Assignee, args.assignee),
        (Relation::Manager, args.manager),
        (Relation::Distribution, args.distribution),
        (Relation::PrivateList, args.private_list),
        (Relation::Approver, args.approver),
        (Relation::FinalApprover, args.final_approver),
        (Relation::Reviewer, args.reviewer),
        (Relation::BallInCourt, args.ball_in_court),
        (Relation::CrewLead, args.crew_lead),
        (Relation::InvoiceContact, args.invoice_contact),
        (Relation::SameCompany, args.same_company),
        (Relation::Employee, args.employee),
        (Relation::Invited, args.invited),
        (Relation::ResponsibleContractor, args.responsible_contractor),
        (Relation::Attendee, args.attendee),
        (Relation::Signer, args.signer),
        (Relation::SourceAccess, args.source_access),
        (Relation::Private, args.private),
    ];
    for (relation, given) in flags {
        if given {
            facts.set(FactKey::Relation(relation), true);
        }
    }
    for id in &args.granular {
        facts.set_granular(&context.catalog, here, id, true)?;
    }
    for (kind, ids) in [
        (LabelKind::Setting, &args.setting),
        (LabelKind::Integration, &args.integration),
    ] {
        for id in ids {
            facts.set(FactKey::Label(kind, id.clone()), true);
        }
    }
    if let Some(status) = &args.status {
        facts.set(FactKey::Label(LabelKind::Status, status.clone()), true);
    }
    for statement in &args.fact {
        let (key, value) = statement
            .rsplit_once('=')
            .ok_or_else(|| bad_fact(statement))?;
        let value = match value.trim() {
            "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => return Err(bad_fact(statement)),
        };
        state(context, here, &mut facts, FactKey::parse(key)?, value)?;
    }
    for key in &args.not {
        state(context, here, &mut facts, FactKey::parse(key)?, false)?;
    }
    for statement in &args.with {
        let Some((tool, level)) = statement.split_once('=') else {
            return Err(bad_with(statement));
        };
        let (scope, tool) = names::split_scope(tool);
        let key = context.catalog.resolve_related_tool(tool, scope, here)?;
        facts.set_level(key, names::resolve_level(level)?);
    }
    Ok(facts)
}

/// States a fact; a granular permission may be another tool's (`granular:TOOL/ID`).
fn state(
    context: &Context,
    here: permq::Scope,
    facts: &mut Facts,
    key: FactKey,
    value: bool,
) -> Result<(), CliError> {
    match key {
        FactKey::Label(LabelKind::Granular, id) => {
            facts.set_granular(&context.catalog, here, &id, value)?
        }
        key => facts.set(key, value),
    }
    Ok(())
}

fn bad_fact(statement: &str) -> CliError {
    NameError {
        kind: NameKind::Fact,
        query: statement.to_owned(),
        context: Some(String::from("in `--fact`")),
        ambiguous: false,
        candidates: Vec::new(),
        hint: Some(String::from("write FACT=true or FACT=false, e.g. `--fact creator=false` or `--fact granular:act_as_rfi_manager=true`")),
    }
    .into()
}

fn bad_with(statement: &str) -> CliError {
    NameError {
        kind: NameKind::Tool,
        query: statement.to_owned(),
        context: Some(String::from("in `--with`")),
        ambiguous: false,
        candidates: Vec::new(),
        hint: Some(String::from(
            "write TOOL=LEVEL, e.g. `--with commitments=admin` or `--with company:directory=admin`",
        )),
    }
    .into()
}

/// French puts a space before a colon.
fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr { " : " } else { ": " }
}

/// The answer for people: the verdict first, then what it is about, then why.
fn render_text(report: &CanReport, lang: Lang, color: bool) -> String {
    let verdict = match report.answer {
        "yes" => paint(
            ui(lang, Ui::Yes),
            anstyle::AnsiColor::Green.on_default().bold(),
            color,
        ),
        "no" => paint(
            ui(lang, Ui::No),
            anstyle::AnsiColor::Red.on_default().bold(),
            color,
        ),
        _ => paint(
            ui(lang, Ui::OnlyIf),
            anstyle::AnsiColor::Yellow.on_default().bold(),
            color,
        ),
    };
    let mut text = match &report.residual_text {
        Some(residual) => format!("{verdict} {residual}\n"),
        None => format!("{verdict}\n"),
    };
    text.push_str(&format!(
        "  {} · {} · {}\n",
        report.level_name, report.tool_name, report.action_name
    ));
    // Where the answer is not yes, show what each level gets: the question
    // behind it is often "which level should this person have?".
    if report.answer != "yes" {
        let cells: Vec<String> = report
            .levels
            .iter()
            .map(|cell| {
                let mark = match cell.grant {
                    "allow" => "✓",
                    "if" => ui(lang, Ui::IfMark),
                    _ => "—",
                };
                format!("{} {mark}", cell.level_name)
            })
            .collect();
        text.push_str(&format!(
            "  {}{}{}\n",
            ui(lang, Ui::ByLevel),
            colon(lang),
            cells.join(" · ")
        ));
    }
    for rule in &report.applied_rules {
        text.push_str(&format!(
            "  {}{}{}\n",
            ui(lang, Ui::RuleApplied),
            colon(lang),
            rule.text
        ));
    }
    text.push_str(&possible_rule_lines(&report.possible_rules, lang, "  "));
    text.push_str(&footnote_lines(&report.footnotes, lang));
    if report.unverified {
        let warning = paint(
            ui(lang, Ui::Unverified),
            anstyle::AnsiColor::Yellow.on_default(),
            color,
        );
        text.push_str(&format!("{warning}\n"));
    }
    text
}

/// "Footnotes:" and one indented line per footnote; nothing when there are none.
pub(super) fn footnote_lines(footnotes: &[permq::json::NoteText], lang: Lang) -> String {
    if footnotes.is_empty() {
        return String::new();
    }
    let mut text = format!("{}{}\n", ui(lang, Ui::Footnotes), colon(lang).trim_end());
    for note in footnotes {
        text.push_str(&format!("  [{}] {}\n", note.id, note.text));
    }
    text
}

/// "also allowed if …" for each global rule whose condition is unknown.
pub(super) fn possible_rule_lines(
    rules: &[permq::json::RuleText],
    lang: Lang,
    indent: &str,
) -> String {
    rules
        .iter()
        .map(|rule| {
            format!(
                "{indent}{} {} ({})\n",
                ui(lang, Ui::RulePossible),
                rule.when_text,
                ui(lang, Ui::GlobalRule)
            )
        })
        .collect()
}
