//! Command-line arguments (clap derive). No behaviour here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::exit::EXIT_CODES_HELP;

/// Who may do what in Procore: answers from a permission matrix kept as YAML.
#[derive(Debug, Parser)]
#[command(name = "permq", version, about, after_help = EXIT_CODES_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Read the matrix from this folder instead of the one built into permq
    #[arg(long, global = true, env = "PERMQ_MATRIX", value_name = "DIR")]
    pub matrix: Option<PathBuf>,
    /// Language of answers and footnotes [default: from PERMQ_LANG, then LANG, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// May a user at a level do an action? Answers yes, no, or "only if …"
    #[command(after_help = EXIT_CODES_HELP)]
    Can(Box<CanArgs>),
    /// Check assertion files (expected answers) against the matrix
    Test(TestArgs),
    /// List the tools of the matrix
    Tools(ToolsArgs),
    /// Show one tool's actions and what each level may do
    Show(ShowArgs),
    /// Who may do an action? Every level's answer under the facts given
    Who(Box<WhoArgs>),
    /// What may a level do in a tool? Every action's answer under the facts given
    What(Box<WhatArgs>),
    /// Every cell of the matrix, one row per action and level, for spreadsheets and scripts
    Report(ReportArgs),
    /// What changed between two matrix folders: tools, actions, and cells that widen or narrow
    #[command(after_help = DIFF_EXIT_HELP)]
    Diff(DiffArgs),
    /// Print the matrix coverage table (matrix/COVERAGE.md) as Markdown
    Coverage,
    /// Check matrix files for contradictions (default: the embedded matrix, or --matrix)
    #[command(after_help = LINT_EXIT_HELP)]
    Lint(LintArgs),
    /// Explain a lint rule: what it catches, why, an example and the fix
    Explain(ExplainArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `permq manpage > permq.1`
    Manpage,
    /// Print the JSON Schema of a matrix file, for editors (yaml-language-server)
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file: a tool file, or matrix/rules.yaml
    #[arg(value_enum, default_value_t = SchemaKind::Tool)]
    pub file: SchemaKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// matrix/<scope>/<tool>.yaml
    Tool,
    /// matrix/rules.yaml
    Rules,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Es,
    Fr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Output of the commands that print tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table for the terminal
    Text,
    Json,
    /// RFC 4180 CSV with a header row
    Csv,
    /// A GitHub-flavoured Markdown table
    #[value(alias = "md")]
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ScopeArg {
    Company,
    Project,
}

#[derive(Debug, Args)]
pub struct CanArgs {
    #[command(flatten)]
    pub role: RoleArg,
    /// Tool: id, alias, or name in en/es/fr ("RFIs", "Demandes de renseignements")
    #[arg(long, short = 't', value_name = "TOOL")]
    pub tool: String,
    /// Action: id, alias, or name in en/es/fr ("edit", "Edit an RFI", "Editar una RFI")
    #[arg(long, short = 'a', value_name = "ACTION")]
    pub action: String,
    /// Scope of the tool, for tools that exist at both levels
    #[arg(long, value_enum)]
    pub scope: Option<ScopeArg>,
    #[command(flatten)]
    pub facts: FactArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Facts about the user and the item. A fact not given is unknown.
#[derive(Debug, Args)]
#[command(next_help_heading = "Facts (a fact not given is unknown)")]
pub struct FactArgs {
    /// You created the item
    #[arg(long)]
    pub creator: bool,
    /// You are an assignee of the item
    #[arg(long)]
    pub assignee: bool,
    /// You are the item's manager (RFI manager, submittal manager…)
    #[arg(long)]
    pub manager: bool,
    /// You are on the item's distribution list
    #[arg(long)]
    pub distribution: bool,
    /// You are on the item's private list
    #[arg(long)]
    pub private_list: bool,
    /// You are an approver of the item
    #[arg(long)]
    pub approver: bool,
    /// You are the item's final approver
    #[arg(long)]
    pub final_approver: bool,
    /// You are a reviewer of the item
    #[arg(long)]
    pub reviewer: bool,
    /// The ball is in your court
    #[arg(long)]
    pub ball_in_court: bool,
    /// You lead the crew
    #[arg(long)]
    pub crew_lead: bool,
    /// You are an invoice contact
    #[arg(long)]
    pub invoice_contact: bool,
    /// You belong to the same company as the item's creator
    #[arg(long)]
    pub same_company: bool,
    /// You are an employee of the account's company
    #[arg(long)]
    pub employee: bool,
    /// You were invited (bid, meeting…)
    #[arg(long)]
    pub invited: bool,
    /// You belong to the item's responsible contractor
    #[arg(long)]
    pub responsible_contractor: bool,
    /// You are an attendee
    #[arg(long)]
    pub attendee: bool,
    /// You are a signer
    #[arg(long)]
    pub signer: bool,
    /// You have access to the source: the project, item or data it is copied or drawn from
    #[arg(long)]
    pub source_access: bool,
    /// The item is marked Private
    #[arg(long)]
    pub private: bool,
    /// You hold this granular permission (repeatable); TOOL/ID names another tool's
    #[arg(long, value_name = "ID")]
    pub granular: Vec<String>,
    /// This setting is on (repeatable)
    #[arg(long, value_name = "ID")]
    pub setting: Vec<String>,
    /// The item's status
    #[arg(long, value_name = "ID")]
    pub status: Option<String>,
    /// This integration is in use (repeatable)
    #[arg(long, value_name = "ID")]
    pub integration: Vec<String>,
    /// Your level on another tool, e.g. commitments=admin or company:directory=admin (repeatable)
    #[arg(long = "with", value_name = "TOOL=LEVEL")]
    pub with: Vec<String>,
    /// State a fact true or false: creator=false, granular:ID=true, status:draft=false (repeatable)
    #[arg(long, value_name = "FACT=BOOL")]
    pub fact: Vec<String>,
    /// State a fact false: --not creator, --not setting:ID (repeatable)
    #[arg(long = "not", value_name = "FACT")]
    pub not: Vec<String>,
    /// Treat every fact not given as false
    #[arg(long)]
    pub closed_world: bool,
    /// A permissions template (YAML): its level on each tool and the granular permissions it
    /// grants become facts (a tool it leaves out is 'None'); it also gives the role when
    /// --role is left out. See README, "Permission templates"
    #[arg(long, value_name = "FILE")]
    pub template: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Assertion files, or folders of them
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
}

/// Exit codes of `permq lint`.
const LINT_EXIT_HELP: &str = "\
Exit codes:
  0  no errors (and no warnings with --deny-warnings)
  1  errors found (or warnings with --deny-warnings)
  2  the linter could not run (unreadable path, invalid permq.toml)";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// Diagnostics with source snippets
    Human,
    Json,
    /// SARIF 2.1.0, for code scanning
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Matrix folders or files [default: the embedded matrix, or --matrix]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Exit codes of `permq diff`.
const DIFF_EXIT_HELP: &str = "\
Exit codes:
  0  compared (with --exit-code: no differences)
  1  with --exit-code: the matrices differ
  2  a matrix could not be read";

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The matrix folder before the change
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The matrix folder after the change [default: the embedded matrix, or --matrix]
    #[arg(value_name = "NEW")]
    pub new: Option<PathBuf>,
    /// Exit 1 when the matrices differ, like `git diff --exit-code`
    #[arg(long)]
    pub exit_code: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule code or name, e.g. PQ101 or undefined-footnote [default: list every rule]
    #[arg(value_name = "CODE")]
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Tool: id, alias, or name in en/es/fr
    #[arg(long, short = 't', value_name = "TOOL")]
    pub tool: String,
    /// Scope of the tool, for tools that exist at both levels
    #[arg(long, value_enum)]
    pub scope: Option<ScopeArg>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct ToolsArgs {
    /// Only tools of this scope
    #[arg(long, value_enum)]
    pub scope: Option<ScopeArg>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct WhoArgs {
    /// Tool: id, alias, or name in en/es/fr
    #[arg(long, short = 't', value_name = "TOOL")]
    pub tool: String,
    /// Action: id, alias, or name in en/es/fr
    #[arg(long, short = 'a', value_name = "ACTION")]
    pub action: String,
    /// Scope of the tool, for tools that exist at both levels
    #[arg(long, value_enum)]
    pub scope: Option<ScopeArg>,
    #[command(flatten)]
    pub facts: FactArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// The level a question is about, for `can` and `what`.
#[derive(Debug, Args)]
pub struct RoleArg {
    /// Permission level on the tool: none, read_only, standard, admin (or a name in en/es/fr)
    /// [default: the --template's level on the tool]
    #[arg(
        long,
        short = 'r',
        value_name = "LEVEL",
        required_unless_present = "template"
    )]
    pub role: Option<String>,
}

#[derive(Debug, Args)]
pub struct WhatArgs {
    #[command(flatten)]
    pub role: RoleArg,
    /// Tool: id, alias, or name in en/es/fr [default with --template: every tool of its scope]
    #[arg(
        long,
        short = 't',
        value_name = "TOOL",
        required_unless_present = "template"
    )]
    pub tool: Option<String>,
    /// Scope of the tool, for tools that exist at both levels
    #[arg(long, value_enum)]
    pub scope: Option<ScopeArg>,
    /// List only the actions with this answer (repeatable) [default: every action]
    #[arg(long, value_enum, value_name = "ANSWER")]
    pub answer: Vec<AnswerArg>,
    #[command(flatten)]
    pub facts: FactArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// An answer of `can`, as a filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnswerArg {
    Yes,
    No,
    OnlyIf,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only these tools (repeatable): id, alias, or name in en/es/fr [default: every tool]
    #[arg(long, short = 't', value_name = "TOOL")]
    pub tool: Vec<String>,
    /// Only tools of this scope
    #[arg(long, value_enum)]
    pub scope: Option<ScopeArg>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}
