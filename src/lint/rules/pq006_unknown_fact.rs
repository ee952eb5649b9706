//! PQ006 unknown-fact: a condition names a fact outside the vocabulary.

use crate::condition::Relation;
use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::raw::RawCondition;
use crate::names;

pub const RULE: Rule = Rule {
    code: "PQ006",
    name: "unknown-fact",
    severity: Severity::Error,
    summary: "a condition names a fact outside the vocabulary",
    explanation: r#"## What it catches
A plain string in a condition that is not one of the relation facts
(`creator`, `assignee`, `manager`, `distribution`, `private_list`, …,
`private`; docs/conditions.md lists them all).

## Why it matters
No question can ever state an unknown fact, so the cell could never be
answered "yes" for the reason the author meant. permq reads it as a
condition that never holds (the strict reading) and reports it.

## Example
```yaml
standard: { if: createor }
```

## Fix
Use a fact of the vocabulary (`creator`), or a declared granular permission,
setting or status with `{ granular: id }`, `{ setting: id }`, `{ status: id }`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for (file, _, root) in visit::condition_roots(context) {
        for node in visit::nodes(root) {
            let RawCondition::Fact(name) = &node.value else {
                continue;
            };
            if Relation::from_id(name).is_some() {
                continue;
            }
            let help = match names::closest(name, Relation::ALL.iter().map(|r| r.id())) {
                Some(near) => format!("did you mean `{near}`? docs/conditions.md lists the facts"),
                None => String::from("docs/conditions.md lists the facts a condition may name"),
            };
            out.push(
                RULE.finding(format!("unknown condition fact `{name}`"))
                    .at(file, Place::of(node))
                    .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_misspelt_fact_is_reported_with_a_suggestion() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { standard: { if: createor }, admin: allow }\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ006"]);
        assert!(
            findings[0]
                .help
                .as_deref()
                .unwrap_or("")
                .contains("`creator`")
        );
    }
}
