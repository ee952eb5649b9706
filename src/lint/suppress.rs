//! Deliberate findings: `# permq: allow PQ201 reason…` on the line of the
//! finding (or the line above) silences it; a suppression without a reason
//! is itself a warning.

use std::sync::Arc;

use crate::diagnostic::{Finding, Place, SourceFile};
use crate::lint::rules;

/// One `# permq: allow …` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub line: u64,
    pub column: u64,
    /// Codes or rule names.
    pub rules: Vec<String>,
    pub reason: String,
}

const MARKER: &str = "permq: allow";

/// The suppressions written in a file.
pub fn suppressions(text: &str) -> Vec<Suppression> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let Some(hash) = line.find('#') else { continue };
        let comment = line[hash + 1..].trim_start();
        let Some(rest) = comment.strip_prefix(MARKER) else {
            continue;
        };
        let mut words = rest.split_whitespace().peekable();
        let mut rules = Vec::new();
        while let Some(word) = words.peek() {
            let word = word.trim_end_matches(',');
            if crate::lint::rule(word).is_some() {
                rules.push(word.to_owned());
                words.next();
            } else {
                break;
            }
        }
        let reason = words.collect::<Vec<_>>().join(" ");
        out.push(Suppression {
            line: index as u64 + 1,
            column: line[..hash].chars().count() as u64 + 1,
            rules,
            reason,
        });
    }
    out
}

fn matches(suppression: &Suppression, finding: &Finding) -> bool {
    suppression
        .rules
        .iter()
        .any(|rule| rule.eq_ignore_ascii_case(finding.code) || rule == finding.rule)
}

/// Drops the findings a suppression covers and adds a warning for each
/// suppression with no reason or no rule.
pub fn apply(findings: Vec<Finding>, files: &[Arc<SourceFile>]) -> Vec<Finding> {
    let mut kept = Vec::new();
    let per_file: Vec<(&Arc<SourceFile>, Vec<Suppression>)> = files
        .iter()
        .map(|file| (file, suppressions(&file.text)))
        .collect();
    for finding in findings {
        let suppressed = match (&finding.file, &finding.place) {
            (Some(file), Some(place)) => per_file
                .iter()
                .filter(|(f, _)| f.path == file.path)
                .flat_map(|(_, list)| list.iter())
                .any(|s| {
                    (s.line == place.line || s.line + 1 == place.line) && matches(s, &finding)
                }),
            _ => false,
        };
        if !suppressed {
            kept.push(finding);
        }
    }
    for (file, list) in &per_file {
        for suppression in list {
            if suppression.rules.is_empty() || suppression.reason.trim().is_empty() {
                let place = Place::at(&file.text, suppression.line, suppression.column);
                kept.push(
                    rules::pq013_suppression_without_reason::RULE
                        .finding(if suppression.rules.is_empty() {
                            String::from("`permq: allow` names no rule")
                        } else {
                            format!(
                                "suppression of {} gives no reason",
                                suppression.rules.join(", ")
                            )
                        })
                        .at(file, place)
                        .help("write `# permq: allow PQ201 <why this finding is deliberate>`"),
                );
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_names_and_reason() {
        let text = "a: 1\n  b: 2 # permq: allow PQ201, unused-footnote the page shows it so\n";
        let found = suppressions(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        assert_eq!(found[0].rules, vec!["PQ201", "unused-footnote"]);
        assert_eq!(found[0].reason, "the page shows it so");
    }

    #[test]
    fn a_plain_comment_is_not_a_suppression() {
        assert!(suppressions("a: 1 # just a note\n").is_empty());
    }
}
