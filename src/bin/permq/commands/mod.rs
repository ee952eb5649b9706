//! One module per subcommand, and what they share: the catalog and the language.

mod can;
mod completions;
mod coverage;
mod diff;
mod explain;
mod lint;
mod report;
mod show;
mod test;
mod tools;
mod what;
mod who;

use permq::{Catalog, Lang};

use crate::args::{Cli, ColorArg, Command, LangArg, ScopeArg};
use crate::exit::Exit;
use crate::output::CliError;

/// What every command gets: where tools come from and how to speak.
pub struct Context {
    pub catalog: Catalog,
    /// The `--matrix` folder, when one was given.
    pub matrix_dir: Option<std::path::PathBuf>,
    pub lang: Lang,
    pub color: ColorArg,
}

pub fn run(cli: Cli) -> Result<Exit, CliError> {
    let matrix_dir = cli.global.matrix.clone();
    let context = |catalog| Context {
        catalog,
        matrix_dir: matrix_dir.clone(),
        lang: language(cli.global.lang),
        color: cli.global.color,
    };
    // The matrix a question is asked of: embedded, or `--matrix` loaded now.
    let queried = || -> Result<Context, CliError> {
        let catalog = match &matrix_dir {
            Some(dir) => Catalog::from_dir(dir).map_err(CliError::Findings)?.0,
            None => Catalog::embedded(),
        };
        Ok(context(catalog))
    };
    match cli.command {
        Command::Can(args) => can::run(&queried()?, *args),
        Command::Test(args) => test::run(&queried()?, args),
        Command::Tools(args) => tools::run(&queried()?, args),
        Command::Show(args) => show::run(&queried()?, args),
        Command::Who(args) => who::run(&queried()?, *args),
        Command::What(args) => what::run(&queried()?, *args),
        Command::Report(args) => report::run(&queried()?, args),
        Command::Diff(args) => diff::run(&queried()?, args),
        Command::Coverage => coverage::run(&queried()?),
        // lint reads its paths itself, so that a broken matrix is reported, not refused.
        Command::Lint(args) => lint::run(&context(Catalog::embedded()), args),
        Command::Explain(args) => explain::run(args),
        Command::Completions(args) => completions::completions(args),
        Command::Manpage => completions::manpage(),
        Command::Schema(args) => completions::schema(args),
    }
}

/// `--lang`, else PERMQ_LANG, else LANG, else English.
fn language(arg: Option<LangArg>) -> Lang {
    if let Some(arg) = arg {
        return match arg {
            LangArg::En => Lang::En,
            LangArg::Es => Lang::Es,
            LangArg::Fr => Lang::Fr,
        };
    }
    ["PERMQ_LANG", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find_map(|value| Lang::from_locale(&value))
        .unwrap_or(Lang::En)
}

/// What a question is asked of: the tool, the facts given (checked against
/// what the tool declares, a `--template`'s included) and the global rules.
pub struct Question<'a> {
    pub key: permq::ToolKey,
    pub tool: std::borrow::Cow<'a, permq::model::Tool>,
    pub facts: permq::Facts,
    pub rules: std::borrow::Cow<'a, [permq::model::GlobalRule]>,
    pub template: Option<permq::template::Template>,
}

impl<'a> Question<'a> {
    pub fn new(
        context: &'a Context,
        tool: &str,
        scope_arg: Option<ScopeArg>,
        facts: &crate::args::FactArgs,
    ) -> Result<Question<'a>, CliError> {
        let key = context.catalog.resolve_tool(tool, scope(scope_arg))?;
        let template = load_template(context, facts)?;
        Question::about(context, key, facts, template)
    }

    /// A question about a tool already resolved, with a template already read.
    pub fn about(
        context: &'a Context,
        key: permq::ToolKey,
        facts: &crate::args::FactArgs,
        template: Option<permq::template::Template>,
    ) -> Result<Question<'a>, CliError> {
        let catalog = &context.catalog;
        let tool = catalog.tool(&key)?;
        let mut stated = can::build_facts(context, facts, key.scope)?;
        if let Some(template) = &template {
            template.apply(&key, &mut stated);
        }
        permq::facts::check_against(&tool, &stated)?;
        let rules = catalog.rules()?;
        Ok(Question {
            key,
            tool,
            facts: stated,
            rules,
            template,
        })
    }

    /// The level asked about: `--role`, else the template's level on the tool.
    pub fn level(&self, role: Option<&str>) -> Result<permq::Level, CliError> {
        if let Some(role) = role {
            return Ok(permq::names::resolve_level(role)?);
        }
        let template = self.template.as_ref();
        match template.and_then(|template| template.level(&self.key)) {
            Some(level) => Ok(level),
            None => {
                let what = match template {
                    Some(template) => format!(
                        "template `{}` is a {} template: it gives no level on the {}-level tool `{}`",
                        template.name,
                        template.scope.id(),
                        self.key.scope.id(),
                        self.key.id
                    ),
                    None => String::from("no permission level given"),
                };
                Err(miette::MietteDiagnostic::new(what)
                    .with_code("permq::role")
                    .with_help("give the level with --role")
                    .into())
            }
        }
    }

    /// Puts conditions of this tool into words.
    pub fn describer(&'a self, context: &'a Context) -> permq::i18n::Describer<'a> {
        permq::i18n::Describer {
            tool: &self.tool,
            lang: context.lang,
            catalog: &context.catalog,
        }
    }
}

/// Reads `--template`, when given.
pub fn load_template(
    context: &Context,
    facts: &crate::args::FactArgs,
) -> Result<Option<permq::template::Template>, CliError> {
    facts
        .template
        .as_deref()
        .map(|path| {
            permq::template::Template::load(path, &context.catalog)
                .map_err(|finding| CliError::Findings(vec![*finding]))
        })
        .transpose()
}

pub fn scope(arg: Option<ScopeArg>) -> Option<permq::Scope> {
    arg.map(|scope| match scope {
        ScopeArg::Company => permq::Scope::Company,
        ScopeArg::Project => permq::Scope::Project,
    })
}
