//! One module per subcommand, and what they share: the catalog and the language.

mod can;
mod coverage;
mod test;
mod tools;

use permq::{Catalog, Lang};

use crate::args::{Cli, ColorArg, Command, LangArg, ScopeArg};
use crate::exit::Exit;
use crate::output::CliError;

/// What every command gets: where tools come from and how to speak.
pub struct Context {
    pub catalog: Catalog,
    pub lang: Lang,
    pub color: ColorArg,
}

pub fn run(cli: Cli) -> Result<Exit, CliError> {
    let catalog = match &cli.global.matrix {
        Some(dir) => Catalog::from_dir(dir).map_err(CliError::Findings)?.0,
        None => Catalog::embedded(),
    };
    let context = Context {
        catalog,
        lang: language(cli.global.lang),
        color: cli.global.color,
    };
    match cli.command {
        Command::Can(args) => can::run(&context, *args),
        Command::Test(args) => test::run(&context, args),
        Command::Tools(args) => tools::run(&context, args),
        Command::Coverage => coverage::run(&context),
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

pub fn scope(arg: Option<ScopeArg>) -> Option<permq::Scope> {
    arg.map(|scope| match scope {
        ScopeArg::Company => permq::Scope::Company,
        ScopeArg::Project => permq::Scope::Project,
    })
}
