//! The shipped matrix, compiled in by `build.rs`.
//!
//! Tools are postcard blobs decoded on demand; names are a sorted static
//! table searched by binary search. Nothing here runs at start-up.

use crate::model::{GlobalRule, Lang, Scope, Tool};

/// One shipped tool: enough to resolve and name it without decoding it.
pub(crate) struct EmbeddedTool {
    pub id: &'static str,
    pub scope: Scope,
    /// The tool's name in en, es, fr.
    pub names: [&'static str; 3],
    pub blob: &'static [u8],
}

impl EmbeddedTool {
    pub fn name(&self, lang: Lang) -> &'static str {
        self.names[lang as usize]
    }

    pub fn decode(&self) -> Result<Tool, postcard::Error> {
        postcard::from_bytes(self.blob)
    }
}

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Indices of the tools that answer to a normalized key.
pub(crate) fn tools_with_key(key: &str) -> impl Iterator<Item = usize> {
    let start = TOOL_KEYS.partition_point(|(k, _)| *k < key);
    TOOL_KEYS[start..]
        .iter()
        .take_while(move |(k, _)| *k == key)
        .map(|(_, index)| *index as usize)
}

pub(crate) fn rules() -> Result<Vec<GlobalRule>, postcard::Error> {
    postcard::from_bytes(RULES)
}

/// Lints the shipped matrix, from the YAML sources compiled into the binary
/// (queries never parse them; linting does, on purpose).
pub fn lint_embedded() -> Vec<crate::diagnostic::Finding> {
    let mut tools = Vec::new();
    let mut rules = None;
    for (path, text) in SOURCES {
        let file = crate::diagnostic::SourceFile::new(*path, *text);
        if path.ends_with("rules.yaml") {
            rules = Some(file);
        } else {
            tools.push(file);
        }
    }
    crate::load::load_sources(tools, rules, true, &crate::lint::config::Config::default()).findings
}
