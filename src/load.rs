//! Files to raw model: the only module that knows serde-saphyr.
//!
//! Reads a matrix folder (`company/*.yaml`, `project/*.yaml`, `rules.yaml`),
//! parses each file under input budgets with duplicate keys refused, turns
//! every parse failure into a located [`Finding`], and hands the parsed files
//! to [`crate::model::validate`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, DuplicateKeyPolicy, Error as YamlError, Options};

use crate::diagnostic::{Finding, Place, SourceFile};
use crate::lint::rules::{
    pq000_unreadable_file, pq001_invalid_yaml, pq002_unknown_field, pq003_missing_field,
    pq004_wrong_type, pq009_duplicate_key, pq011_misplaced_file, pq012_file_too_large,
};
use crate::lint::{self, LintContext, config::Config};
use crate::model::build::{self, ParsedRules, ParsedTool};
use crate::model::raw::{RawRules, RawTool};
use crate::model::{Matrix, Scope};

/// The largest matrix file read; a real tool file is a few tens of KiB.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// The most tool files one matrix folder may hold.
pub const MAX_FILES: usize = 2_000;

/// A matrix read from files, with every finding made while reading it.
pub struct Loaded {
    pub matrix: Matrix,
    pub findings: Vec<Finding>,
    pub files: Vec<Arc<SourceFile>>,
}

/// Reads and validates a matrix folder.
pub fn load_dir(dir: &Path) -> Result<Loaded, Box<Finding>> {
    if !dir.is_dir() {
        return Err(Box::new(
            pq000_unreadable_file::RULE
                .finding(format!("`{}` is not a folder", dir.display()))
                .help("point --matrix (or PERMQ_MATRIX) at a folder holding company/ and project/"),
        ));
    }
    let mut paths = Vec::new();
    for scope in Scope::ALL {
        let folder = dir.join(scope.id());
        if folder.is_dir() {
            paths.extend(yaml_files(&folder)?);
        }
    }
    if paths.len() > MAX_FILES {
        return Err(Box::new(pq000_unreadable_file::RULE.finding(format!(
            "`{}` holds {} tool files, more than the {MAX_FILES} permq reads",
            dir.display(),
            paths.len()
        ))));
    }
    let rules_path = dir.join("rules.yaml");
    let rules_path = rules_path.is_file().then_some(rules_path);
    if paths.is_empty() && rules_path.is_none() {
        return Err(Box::new(pq000_unreadable_file::RULE.finding(
            format!("`{}` holds no matrix files", dir.display()),
        )
        .help("a matrix folder holds company/<tool>.yaml, project/<tool>.yaml and optionally rules.yaml")));
    }
    load_files(&paths, rules_path.as_deref(), Some(dir))
}

/// Reads and validates the given tool files and rules file.
///
/// When `root` is given, each tool file must sit at `<root>/<scope>/<tool>.yaml`.
pub fn load_files(
    tool_paths: &[PathBuf],
    rules_path: Option<&Path>,
    root: Option<&Path>,
) -> Result<Loaded, Box<Finding>> {
    let tools = tool_paths
        .iter()
        .map(|path| read_file(path, root))
        .collect::<Result<Vec<_>, _>>()?;
    let rules = rules_path.map(|path| read_file(path, root)).transpose()?;
    let config = match root {
        Some(root) => Config::read(root)?,
        None => Config::default(),
    };
    Ok(load_sources(tools, rules, root.is_some(), &config))
}

/// Parses, builds and lints files already in memory (the embedded sources
/// of the shipped matrix go through here too). With `placed`, each tool
/// file's path must be `<scope>/<tool>.yaml`.
pub fn load_sources(
    tool_files: Vec<Arc<SourceFile>>,
    rules_file: Option<Arc<SourceFile>>,
    placed: bool,
    config: &Config,
) -> Loaded {
    let mut findings = Vec::new();
    let mut tools = Vec::new();
    for file in &tool_files {
        match parse::<RawTool>(file) {
            Ok(raw) => {
                let parsed = ParsedTool {
                    file: file.clone(),
                    raw,
                };
                if placed {
                    pq011_misplaced_file::check_path(&parsed, Path::new(&file.path), &mut findings);
                }
                tools.push(parsed);
            }
            Err(finding) => findings.push(*finding),
        }
    }
    let rules = rules_file
        .as_ref()
        .and_then(|file| match parse::<RawRules>(file) {
            Ok(raw) => Some(ParsedRules {
                file: file.clone(),
                raw,
            }),
            Err(finding) => {
                findings.push(*finding);
                None
            }
        });
    let matrix = build::build(&tools, rules.as_ref());
    findings.extend(lint::check(&LintContext::new(
        &tools,
        rules.as_ref(),
        &matrix,
    )));
    let mut files = tool_files;
    files.extend(rules_file);
    let mut findings = lint::suppress::apply(findings, &files);
    findings.retain(|finding| !config.allows(finding));
    findings.sort_by_key(Finding::sort_key);
    Loaded {
        matrix,
        findings,
        files,
    }
}

fn yaml_files(folder: &Path) -> Result<Vec<PathBuf>, Box<Finding>> {
    let entries = std::fs::read_dir(folder).map_err(|err| io_finding(folder, &err))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|err| io_finding(folder, &err))?.path();
        let is_yaml = path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml");
        if is_yaml && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

fn io_finding(path: &Path, err: &std::io::Error) -> Box<Finding> {
    Box::new(
        pq000_unreadable_file::RULE.finding(format!("cannot read `{}`: {err}", path.display())),
    )
}

/// How a file is named in findings: relative to the matrix folder, starting
/// with the folder's own name (`matrix/project/rfi.yaml`).
pub fn shown_path(path: &Path, root: Option<&Path>) -> String {
    root.and_then(|root| {
        let rel = path.strip_prefix(root).ok()?;
        Some(match root.file_name() {
            Some(name) => Path::new(name).join(rel),
            None => rel.to_path_buf(),
        })
    })
    .unwrap_or_else(|| path.to_path_buf())
    .display()
    .to_string()
}

/// Reads one file, refusing huge or non-UTF-8 ones before any parsing.
pub fn read_file(path: &Path, root: Option<&Path>) -> Result<Arc<SourceFile>, Box<Finding>> {
    let shown = shown_path(path, root);
    let size = std::fs::metadata(path)
        .map_err(|err| io_finding(path, &err))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Box::new(pq012_file_too_large::RULE.finding(format!("`{shown}` is {size} bytes, more than the {MAX_FILE_BYTES} bytes a matrix file may have"),
        )
        .help("a tool file is a few tens of KiB; split or trim it")));
    }
    let bytes = std::fs::read(path).map_err(|err| io_finding(path, &err))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        Box::new(pq000_unreadable_file::RULE.finding(format!(
            "`{shown}` is not UTF-8 (invalid byte at offset {})",
            err.utf8_error().valid_up_to()
        )))
    })?;
    Ok(SourceFile::new(shown, text))
}

/// The budgets every matrix file is parsed under: far above any real tool
/// file, far below what would hurt the machine.
fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_reader_input_bytes = Some(MAX_FILE_BYTES as usize);
    budget.max_events = 200_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 48;
    budget.max_documents = 1;
    budget.max_nodes = 100_000;
    budget.max_total_scalar_bytes = MAX_FILE_BYTES as usize;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.duplicate_keys = DuplicateKeyPolicy::Error;
    options
}

/// Parses one file into a raw model, or a located finding.
pub fn parse<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<T, Box<Finding>> {
    serde_saphyr::from_str_with_options(&file.text, options())
        .map_err(|err| Box::new(yaml_finding(file, &err)))
}

/// Turns a serde-saphyr error into a finding with a stable code.
fn yaml_finding(file: &Arc<SourceFile>, err: &YamlError) -> Finding {
    let inner = err.without_snippet();
    let (rule, help) = match inner {
        YamlError::SerdeUnknownField { .. } => (
            &pq002_unknown_field::RULE,
            "remove the field or fix its spelling; docs/matrix-format.md lists the fields",
        ),
        YamlError::SerdeMissingField { .. } => (
            &pq003_missing_field::RULE,
            "add the field; docs/matrix-format.md lists the required fields",
        ),
        YamlError::SerdeInvalidType { .. }
        | YamlError::Unexpected { .. }
        | YamlError::SerdeInvalidValue { .. }
        | YamlError::SerdeUnknownVariant { .. }
        | YamlError::SerdeInvalidLength { .. } => (
            &pq004_wrong_type::RULE,
            "see docs/matrix-format.md for the value this field takes",
        ),
        YamlError::DuplicateMappingKey { .. } => (
            &pq009_duplicate_key::RULE,
            "each key may appear once in a mapping; remove or rename one of them",
        ),
        YamlError::Budget { .. } => (
            &pq012_file_too_large::RULE,
            "the file exceeds permq's parsing budget; a tool file is a few tens of KiB",
        ),
        _ => (
            &pq001_invalid_yaml::RULE,
            "fix the YAML syntax at this place",
        ),
    };
    let message = plain_message(inner);
    let mut finding = rule.finding(message).help(help);
    finding = match err.location() {
        Some(location) if location.line() > 0 => {
            let mut place = Place::at(&file.text, location.line(), location.column());
            if let Some(offset) = location.span().byte_offset() {
                place.offset = offset as usize;
                place.len = location.span().byte_len().unwrap_or(0) as usize;
            }
            finding.at(file, place)
        }
        _ => finding.in_file(file),
    };
    finding
}

/// The error's message alone: no snippet, no location suffix, lower case first letter.
fn plain_message(err: &YamlError) -> String {
    let mut options = serde_saphyr::RenderOptions::default();
    options.snippets = serde_saphyr::SnippetMode::Off;
    let text = err.render_with_options(options);
    let first = text.lines().next().unwrap_or_default();
    let trimmed = match first.rfind(" at line ") {
        Some(index) => &first[..index],
        None => first,
    };
    trimmed.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TOOL: &str = include_str!("../tests/fixtures/many_faults/project/t.yaml");

    fn load(text: &str) -> Loaded {
        let file = SourceFile::new("m/project/t.yaml", text);
        load_sources(vec![file], None, true, &Config::default())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Hostile input never panics the loader or the linter: any text,
        /// and any cut or splice of a real tool file, yields findings.
        #[test]
        fn arbitrary_text_never_panics(text in "[ -~\\n\\t{}\\[\\]:,&*!|>#'\"-]{0,400}") {
            let _ = load(&text);
        }

        #[test]
        fn a_mangled_tool_file_never_panics(cut in 0..TOOL.len(), splice in "[ -~\\n]{0,12}", at in 0..TOOL.len()) {
            let mut text: String = TOOL.chars().take(cut).collect();
            let at = at.min(text.len());
            let at = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            text.insert_str(at, &splice);
            let _ = load(&text);
        }
    }

    #[test]
    fn a_valid_file_loads_without_findings() {
        let text = "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions:\n  view:\n    name: { en: V, es: V, fr: V }\n    grants: { read_only: allow, standard: allow, admin: allow }\n";
        let loaded = load(text);
        assert!(loaded.findings.is_empty(), "{:?}", loaded.findings);
        assert_eq!(loaded.matrix.tools[0].actions.len(), 1);
    }
}
