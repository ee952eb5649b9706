//! Validates the shipped `matrix/` and compiles it into the binary.
//!
//! A broken shipped matrix fails the build with the same located diagnostics
//! `permq` prints at run time. Each tool becomes a postcard blob that is
//! decoded only when a question names it, and every name a tool answers to
//! becomes a sorted static table, so start-up does no work at all and never
//! sees YAML.

#![allow(dead_code)]

#[path = "src/condition.rs"]
mod condition;
#[path = "src/diagnostic.rs"]
mod diagnostic;
#[path = "src/lint/mod.rs"]
mod lint;
#[path = "src/load.rs"]
mod load;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/names.rs"]
mod names;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    for watched in [
        "matrix",
        "src/condition.rs",
        "src/diagnostic.rs",
        "src/lint",
        "src/load.rs",
        "src/model",
        "src/names.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    // PERMQ_EMBED_MATRIX builds a binary around another matrix folder, e.g.
    // a company's own edited copy.
    println!("cargo:rerun-if-env-changed=PERMQ_EMBED_MATRIX");
    let source = std::env::var_os("PERMQ_EMBED_MATRIX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("matrix"));
    println!("cargo:rerun-if-changed={}", source.display());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let loaded = match load::load_dir(&source) {
        Ok(loaded) => loaded,
        Err(finding) => fail(&[*finding]),
    };
    // Load and reference errors make the matrix unusable: they fail the build.
    // Contradictions and translations are `permq lint`'s (CI runs it).
    let errors: Vec<_> = loaded
        .findings
        .iter()
        .filter(|f| f.is_error() && lint::Rule::blocks_queries(f.code))
        .cloned()
        .collect();
    if !errors.is_empty() {
        fail(&errors);
    }
    for finding in &loaded.findings {
        println!(
            "cargo:warning={}: {} {}: {}",
            finding.location(),
            finding.severity.id(),
            finding.code,
            finding.message
        );
    }
    std::fs::write(
        out_dir.join("embedded.rs"),
        generate(&loaded.matrix, &loaded.files, &out_dir),
    )
    .expect("OUT_DIR is writable");
}

/// Prints every finding as permq would and stops the build.
fn fail(findings: &[diagnostic::Finding]) -> ! {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    let mut text = String::new();
    for finding in findings {
        let _ = handler.render_report(&mut text, finding);
    }
    eprintln!("the shipped matrix is invalid:\n{text}");
    std::process::exit(1);
}

fn generate(
    matrix: &model::Matrix,
    files: &[std::sync::Arc<diagnostic::SourceFile>],
    out_dir: &Path,
) -> String {
    let mut code = String::new();
    code.push_str("pub(crate) static TOOLS: &[EmbeddedTool] = &[\n");
    let mut keys: Vec<(String, usize)> = Vec::new();
    for (index, tool) in matrix.tools.iter().enumerate() {
        let blob = postcard::to_allocvec(tool).expect("a tool always encodes");
        let file = out_dir.join(format!("tool-{}-{}.bin", tool.scope.id(), tool.id));
        std::fs::write(&file, blob).expect("OUT_DIR is writable");
        let scope = match tool.scope {
            model::Scope::Company => "Scope::Company",
            model::Scope::Project => "Scope::Project",
        };
        let _ = writeln!(
            code,
            "    EmbeddedTool {{ id: {:?}, scope: {scope}, names: [{:?}, {:?}, {:?}], blob: include_bytes!({:?}) }},",
            tool.id,
            tool.name.en,
            tool.name.get(model::Lang::Es),
            tool.name.get(model::Lang::Fr),
            file.display().to_string(),
        );
        keys.extend(names::tool_keys(tool).into_iter().map(|key| (key, index)));
    }
    code.push_str("];\n\n");
    keys.sort();
    code.push_str("pub(crate) static TOOL_KEYS: &[(&str, u16)] = &[\n");
    for (key, index) in &keys {
        let _ = writeln!(code, "    ({key:?}, {index}),");
    }
    code.push_str("];\n\n");
    // The YAML sources themselves, for `permq lint` with no path (queries never parse them).
    code.push_str("pub(crate) static SOURCES: &[(&str, &str)] = &[\n");
    for file in files {
        let _ = writeln!(code, "    ({:?}, {:?}),", file.path, file.text);
    }
    code.push_str("];\n\n");
    let rules = postcard::to_allocvec(&matrix.rules).expect("rules always encode");
    let rules_file = out_dir.join("rules.bin");
    std::fs::write(&rules_file, rules).expect("OUT_DIR is writable");
    let _ = writeln!(
        code,
        "pub(crate) static RULES: &[u8] = include_bytes!({:?});",
        rules_file.display().to_string()
    );
    code
}
