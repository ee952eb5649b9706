//! PQ104 unknown-tool: `requires` names a tool the matrix does not have.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::ToolKey;
use crate::model::build::requires_target;
use crate::model::raw::RawCondition;
use crate::names;

pub const RULE: Rule = Rule {
    code: "PQ104",
    name: "unknown-tool",
    severity: Severity::Error,
    summary: "`requires` names a tool (or tool and scope) the matrix does not have",
    explanation: r#"## What it catches
`{ requires: { tool: id, level: ... } }` where no file of the matrix defines
tool `id` (at the given `scope:`, or at either scope when none is given).

## Why it matters
A requirement on a missing tool can never be checked: `--with` cannot name
it, so the cell can never be answered "yes" for the reason the page gives.

## Example
```yaml
standard: { if: { requires: { tool: comitments, level: standard } } }
```

## Fix
Fix the id, or add the tool's file under `matrix/` (at least its id, scope,
names and source, with `actions: {}`).
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    let ids: Vec<&str> = context.known.iter().map(|key| key.id.as_str()).collect();
    for (file, scope, root) in visit::condition_roots(context) {
        for node in visit::nodes(root) {
            let RawCondition::Requires(requires) = &node.value else {
                continue;
            };
            let target = requires_target(requires, scope, &context.known);
            if context.known.contains(&target) {
                continue;
            }
            let message = match &requires.scope {
                Some(_) => format!(
                    "`requires` names tool `{}` at {} scope, which the matrix does not have",
                    target.id,
                    target.scope.id()
                ),
                None => format!(
                    "`requires` names tool `{}`, which the matrix does not have at either scope",
                    target.id
                ),
            };
            let mut help = String::from(
                "add the tool's file under matrix/ (at least its id and names), or fix the id",
            );
            if let Some(near) = names::closest(&target.id, ids.iter().copied()) {
                help = format!("did you mean `{near}`? {help}");
            }
            out.push(
                RULE.finding(message)
                    .at(file, Place::of(&requires.tool))
                    .help(help),
            );
        }
    }
    // A global rule's `except:` must name tools that exist, or it excepts nothing.
    let Some(parsed) = context.rules else {
        return;
    };
    for (_, rule) in &parsed.raw.rules.0 {
        for except in &rule.except {
            let target = ToolKey {
                scope: except.scope.value,
                id: except.tool.value.clone(),
            };
            if !context.known.contains(&target) {
                out.push(
                    RULE.finding(format!(
                        "`except` names tool `{}` at {} scope, which the matrix does not have",
                        target.id,
                        target.scope.id()
                    ))
                    .at(&parsed.file, Place::of(&except.tool))
                    .help("fix the id or the scope; `permq tools` lists every tool"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_requirement_on_a_missing_tool_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { admin: { if: { requires: { tool: comitments, level: admin } } } }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ104"]);
    }

    #[test]
    fn a_rule_excepting_a_missing_tool_is_reported() {
        let directory = "tool: directory\nscope: company\nname: { en: D, es: D, fr: D }\nsource: x\nactions: {}\n";
        let rules = "rules:\n  admin_everywhere:\n    name: { en: A, es: A, fr: A }\n    when: { requires: { tool: directory, scope: company, level: admin } }\n    grants_level: admin\n    except: [ { tool: permisions, scope: company } ]\n";
        let findings = crate::lint::lint_files(&[
            ("m/company/directory.yaml", directory),
            ("m/rules.yaml", rules),
        ]);
        assert_eq!(codes(&findings), vec!["PQ104"]);
    }
}
