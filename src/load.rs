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

use crate::diagnostic::{Finding, Place, Severity, SourceFile};
use crate::model::raw::{RawRules, RawTool};
use crate::model::validate::{self, ParsedRules, ParsedTool};
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

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

/// Reads and validates a matrix folder.
pub fn load_dir(dir: &Path) -> Result<Loaded, Box<Finding>> {
    if !dir.is_dir() {
        return Err(Box::new(
            Finding::new(
                "PQ000",
                "unreadable-matrix",
                Severity::Error,
                format!("`{}` is not a folder", dir.display()),
            )
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
        return Err(Box::new(Finding::new(
            "PQ000",
            "unreadable-matrix",
            Severity::Error,
            format!(
                "`{}` holds {} tool files, more than the {MAX_FILES} permq reads",
                dir.display(),
                paths.len()
            ),
        )));
    }
    let rules_path = dir.join("rules.yaml");
    let rules_path = rules_path.is_file().then_some(rules_path);
    if paths.is_empty() && rules_path.is_none() {
        return Err(Box::new(Finding::new(
            "PQ000",
            "unreadable-matrix",
            Severity::Error,
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
    let mut findings = Vec::new();
    let mut files = Vec::new();
    let mut tools = Vec::new();
    for path in tool_paths {
        let file = read_file(path, root)?;
        files.push(file.clone());
        match parse::<RawTool>(&file) {
            Ok(raw) => {
                check_placement(&file, path, &raw, &mut findings);
                tools.push(ParsedTool { file, raw });
            }
            Err(finding) => findings.push(*finding),
        }
    }
    let mut rules = None;
    if let Some(path) = rules_path {
        let file = read_file(path, root)?;
        files.push(file.clone());
        match parse::<RawRules>(&file) {
            Ok(raw) => rules = Some(ParsedRules { file, raw }),
            Err(finding) => findings.push(*finding),
        }
    }
    let (matrix, more) = validate::validate(&tools, rules.as_ref());
    findings.extend(more);
    findings.sort_by_key(Finding::sort_key);
    Ok(Loaded {
        matrix,
        findings,
        files,
    })
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
    Box::new(Finding::new(
        "PQ000",
        "unreadable-matrix",
        Severity::Error,
        format!("cannot read `{}`: {err}", path.display()),
    ))
}

/// Reads one file, refusing huge or non-UTF-8 ones before any parsing.
pub fn read_file(path: &Path, root: Option<&Path>) -> Result<Arc<SourceFile>, Box<Finding>> {
    let shown = root
        .and_then(|root| path.strip_prefix(root).ok())
        .zip(root)
        .map(|(rel, root)| match root.file_name() {
            Some(name) => Path::new(name).join(rel),
            None => rel.to_path_buf(),
        })
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string();
    let size = std::fs::metadata(path)
        .map_err(|err| io_finding(path, &err))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Box::new(Finding::new(
            "PQ012",
            "file-too-large",
            Severity::Error,
            format!("`{shown}` is {size} bytes, more than the {MAX_FILE_BYTES} bytes a matrix file may have"),
        )
        .help("a tool file is a few tens of KiB; split or trim it")));
    }
    let bytes = std::fs::read(path).map_err(|err| io_finding(path, &err))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        Box::new(Finding::new(
            "PQ001",
            "invalid-yaml",
            Severity::Error,
            format!(
                "`{shown}` is not UTF-8 (invalid byte at offset {})",
                err.utf8_error().valid_up_to()
            ),
        ))
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
    let (code, rule, help) = match inner {
        YamlError::SerdeUnknownField { .. } => (
            "PQ002",
            "unknown-field",
            "remove the field or fix its spelling; docs/matrix-format.md lists the fields",
        ),
        YamlError::SerdeMissingField { .. } => (
            "PQ003",
            "missing-field",
            "add the field; docs/matrix-format.md lists the required fields",
        ),
        YamlError::SerdeInvalidType { .. }
        | YamlError::SerdeInvalidValue { .. }
        | YamlError::SerdeUnknownVariant { .. }
        | YamlError::SerdeInvalidLength { .. } => (
            "PQ004",
            "wrong-type",
            "see docs/matrix-format.md for the value this field takes",
        ),
        YamlError::DuplicateMappingKey { .. } => (
            "PQ009",
            "duplicate-key",
            "each key may appear once in a mapping; remove or rename one of them",
        ),
        YamlError::Budget { .. } => (
            "PQ012",
            "file-too-large",
            "the file exceeds permq's parsing budget; a tool file is a few tens of KiB",
        ),
        _ => ("PQ001", "invalid-yaml", "fix the YAML syntax at this place"),
    };
    let message = plain_message(inner);
    let mut finding = Finding::new(code, rule, Severity::Error, message).help(help);
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

/// A tool file must sit at `<scope>/<tool>.yaml` so that people find it.
fn check_placement(
    file: &Arc<SourceFile>,
    path: &Path,
    raw: &RawTool,
    findings: &mut Vec<Finding>,
) {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem != raw.tool.value {
        findings.push(
            Finding::new(
                "PQ011",
                "misplaced-file",
                Severity::Error,
                format!("tool `{}` is in a file named `{stem}`", raw.tool.value),
            )
            .at(file, Place::of(&raw.tool))
            .help(format!(
                "rename the file to `{}.yaml`, or fix the tool id",
                raw.tool.value
            )),
        );
    }
    if Scope::from_id(folder).is_some_and(|scope| scope != raw.scope.value) {
        findings.push(
            Finding::new(
                "PQ011",
                "misplaced-file",
                Severity::Error,
                format!(
                    "tool `{}` says `scope: {}` but sits in `{folder}/`",
                    raw.tool.value,
                    raw.scope.value.id()
                ),
            )
            .at(file, Place::of(&raw.scope))
            .help(format!(
                "move the file to `{}/`, or fix the scope",
                raw.scope.value.id()
            )),
        );
    }
}
