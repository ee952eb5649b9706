//! Findings for programs: JSON, SARIF 2.1.0 and GitHub workflow commands.
//! (People get miette's rendering, done by the binary.)

use serde_json::{Value, json};

use crate::diagnostic::{Finding, Severity};
use crate::lint::registry;

/// Counts of errors and warnings.
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    (errors, findings.len() - errors)
}

fn finding_json(finding: &Finding) -> Value {
    json!({
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.id(),
        "message": finding.message,
        "file": finding.file.as_ref().map(|f| f.path.clone()),
        "line": finding.place.map(|p| p.line),
        "column": finding.place.map(|p| p.column),
        "label": finding.label,
        "help": finding.help,
    })
}

/// `{ "findings": [...], "errors": n, "warnings": n }`.
pub fn json(findings: &[Finding]) -> Value {
    let (errors, warnings) = counts(findings);
    json!({
        "findings": findings.iter().map(finding_json).collect::<Vec<_>>(),
        "errors": errors,
        "warnings": warnings,
    })
}

/// A SARIF 2.1.0 log, for code-scanning uploads.
pub fn sarif(findings: &[Finding]) -> Value {
    let rules: Vec<Value> = registry()
        .iter()
        .map(|rule| {
            json!({
                "id": rule.code,
                "name": rule.name,
                "shortDescription": { "text": rule.summary },
                "fullDescription": { "text": rule.summary },
                "help": { "text": rule.explanation, "markdown": rule.explanation },
                "defaultConfiguration": { "level": level(rule.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|finding| {
            let mut result = json!({
                "ruleId": finding.code,
                "level": level(finding.severity),
                "message": { "text": match &finding.help {
                    Some(help) => format!("{} ({help})", finding.message),
                    None => finding.message.clone(),
                } },
            });
            if let Some(file) = &finding.file {
                let mut region = json!({});
                if let Some(place) = finding.place {
                    region = json!({ "startLine": place.line, "startColumn": place.column });
                }
                result["locations"] = json!([{
                    "physicalLocation": {
                        "artifactLocation": { "uri": file.path },
                        "region": region,
                    }
                }]);
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "permq",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/permq/permq",
                "rules": rules,
            } },
            "results": results,
        }],
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// GitHub Actions workflow commands: one `::error`/`::warning` line per finding.
pub fn github(findings: &[Finding]) -> String {
    let mut out = String::new();
    for finding in findings {
        let mut properties = Vec::new();
        if let Some(file) = &finding.file {
            properties.push(format!("file={}", escape_property(&file.path)));
        }
        if let Some(place) = finding.place {
            properties.push(format!("line={}", place.line));
            properties.push(format!("col={}", place.column));
        }
        properties.push(format!(
            "title={}",
            escape_property(&format!("{} {}", finding.code, finding.rule))
        ));
        let mut message = finding.message.clone();
        if let Some(help) = &finding.help {
            message = format!("{message}\nhelp: {help}");
        }
        out.push_str(&format!(
            "::{} {}::{}\n",
            finding.severity.id(),
            properties.join(","),
            escape_data(&message)
        ));
    }
    out
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_commands_escape_newlines_and_separators() {
        let finding = crate::lint::rules::pq101_undefined_footnote::RULE
            .finding("a: b, c\nd")
            .help("x");
        let line = github(&[finding]);
        assert_eq!(
            line,
            "::error title=PQ101 undefined-footnote::a: b, c%0Ad%0Ahelp: x\n"
        );
    }
}
