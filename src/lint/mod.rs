//! `permq lint`: rules that find contradictions in matrix files.
//!
//! Every rule has a stable code (`PQ` + three digits: 0xx load and shape,
//! 1xx references, 2xx contradictions, 3xx translations), a kebab-case name,
//! a severity, its documentation (printed by `permq explain`) and its check,
//! in one file under `rules/`. Rules run over the parsed files (for
//! locations) and the built matrix (for meaning). The loader runs them too,
//! so a shipped matrix that breaks a rule fails the build.

pub mod config;
pub mod logic;
pub mod report;
pub mod rules;
pub mod suppress;
pub mod visit;

use std::collections::BTreeSet;

use crate::diagnostic::{Finding, Severity};
use crate::model::build::{ParsedRules, ParsedTool};
use crate::model::{Matrix, Tool, ToolKey};

/// One lint rule.
pub struct Rule {
    /// Stable code such as `PQ101`; never reused.
    pub code: &'static str,
    /// Kebab-case name such as `undefined-footnote`.
    pub name: &'static str,
    pub severity: Severity,
    /// One line: what the rule catches.
    pub summary: &'static str,
    /// Markdown: what it catches, why it matters, an example, the fix.
    pub explanation: &'static str,
    /// The check; `None` for the rules the parser itself reports.
    pub check: Option<fn(&LintContext, &mut Vec<Finding>)>,
}

impl Rule {
    /// A finding of this rule.
    pub fn finding(&self, message: impl Into<String>) -> Finding {
        Finding::new(self.code, self.name, self.severity, message)
    }

    /// Whether the rule is about loading and references (families 0xx and
    /// 1xx): a matrix that breaks one cannot be queried reliably.
    pub fn blocks_queries(code: &str) -> bool {
        code.starts_with("PQ0") || code.starts_with("PQ1")
    }
}

/// What the rules look at: the parsed files and the matrix built from them
/// (tool `i` of the matrix is built from file `i`).
pub struct LintContext<'a> {
    pub tools: &'a [ParsedTool],
    pub rules: Option<&'a ParsedRules>,
    pub matrix: &'a Matrix,
    pub known: BTreeSet<ToolKey>,
}

impl<'a> LintContext<'a> {
    pub fn new(
        tools: &'a [ParsedTool],
        rules: Option<&'a ParsedRules>,
        matrix: &'a Matrix,
    ) -> Self {
        LintContext {
            tools,
            rules,
            matrix,
            known: crate::model::build::known_tools(tools),
        }
    }

    /// Each parsed tool with the tool built from it.
    pub fn pairs(&self) -> impl Iterator<Item = (&'a ParsedTool, &'a Tool)> {
        self.tools.iter().zip(self.matrix.tools.iter())
    }
}

/// Every rule, in code order.
pub fn registry() -> &'static [Rule] {
    rules::ALL
}

/// A rule by code (`PQ101`, `pq101`) or name (`undefined-footnote`).
pub fn rule(query: &str) -> Option<&'static Rule> {
    let query = query.trim();
    registry()
        .iter()
        .find(|rule| rule.code.eq_ignore_ascii_case(query) || rule.name == query)
}

/// Runs every rule with a check over parsed files.
pub fn check(context: &LintContext) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in registry() {
        if let Some(check) = rule.check {
            check(context, &mut findings);
        }
    }
    findings
}

/// Lints a matrix folder, or one file of it. A file inside a matrix folder
/// (`<root>/<scope>/<tool>.yaml` or `<root>/rules.yaml`) is linted with the
/// rest of its matrix, so that references resolve; only its findings are kept.
pub fn lint_path(path: &std::path::Path) -> Result<Vec<Finding>, Box<Finding>> {
    if path.is_dir() {
        return Ok(crate::load::load_dir(path)?.findings);
    }
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let in_scope_folder = parent
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| crate::model::Scope::from_id(name).is_some());
    let root = if in_scope_folder {
        parent
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."))
    } else if path.file_name().is_some_and(|name| name == "rules.yaml") {
        parent
    } else {
        let file = crate::load::read_file(path, None)?;
        return Ok(
            crate::load::load_sources(vec![file], None, false, &config::Config::default()).findings,
        );
    };
    let root = if root == std::path::Path::new(".") {
        std::env::current_dir()
            .map_err(|err| Box::new(rules::pq000_unreadable_file::RULE.finding(err.to_string())))?
    } else {
        root.to_path_buf()
    };
    let shown = crate::load::shown_path(path, Some(&root));
    let loaded = crate::load::load_dir(&root)?;
    Ok(loaded
        .findings
        .into_iter()
        .filter(|finding| finding.file.as_ref().is_some_and(|file| file.path == shown))
        .collect())
}

/// Lints one tool file given as text, with the rule set of a matrix folder
/// holding only that tool (and the company Directory, for global rules).
#[cfg(test)]
pub fn lint_tool_text(text: &str) -> Vec<Finding> {
    let file = crate::diagnostic::SourceFile::new("project/tool.yaml", text);
    let raw = match crate::load::parse::<crate::model::raw::RawTool>(&file) {
        Ok(raw) => raw,
        Err(finding) => return vec![*finding],
    };
    let tools = vec![ParsedTool { file, raw }];
    let matrix = crate::model::build::build(&tools, None);
    let context = LintContext::new(&tools, None, &matrix);
    check(&context)
}

/// Lints several files given as (path, text), `rules.yaml` among them if any.
#[cfg(test)]
pub fn lint_files(files: &[(&str, &str)]) -> Vec<Finding> {
    let mut tools = Vec::new();
    let mut rules = None;
    for (path, text) in files {
        let file = crate::diagnostic::SourceFile::new(*path, *text);
        if path.ends_with("rules.yaml") {
            rules = Some(file);
        } else {
            tools.push(file);
        }
    }
    crate::load::load_sources(tools, rules, true, &config::Config::default()).findings
}

/// The codes of findings, for tests.
#[cfg(test)]
pub fn codes(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|finding| finding.code).collect()
}
