//! PQ203 unsatisfiable-condition: a condition (or part of one) that can never hold.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, logic, visit};
use crate::model::build;
use crate::model::raw::RawCondition;

pub const RULE: Rule = Rule {
    code: "PQ203",
    name: "unsatisfiable-condition",
    severity: Severity::Error,
    summary: "a condition, or a part of one, that can never hold",
    explanation: r#"## What it catches
A cell condition or one of its parts that no situation satisfies: `x` and
`not x` together, two different statuses at once (an item has one status),
an empty `any: []`.

## Why it matters
A cell whose condition never holds is a denied cell dressed up as a
conditional one; a dead branch of an `any` is a rule of the page that is
silently lost. Either way the answer is not what the author meant.

## Example
```yaml
standard: { if: { all: [ { status: draft }, { status: open } ] } }
```

## Fix
Say what the page says: probably `any:` (draft or open) instead of `all:`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let scope = parsed.raw.scope.value;
        for cell in visit::cells(&parsed.raw) {
            let Some(root) = visit::cell_condition(&cell.cell.value) else {
                continue;
            };
            // Report the outermost part that never holds, once per cell.
            // (An unknown fact is PQ006's, not a contradiction.)
            let dead = visit::nodes(root).into_iter().find(|node| {
                !matches!(node.value, RawCondition::Fact(_))
                    && logic::satisfiable(&build::condition(&node.value, scope, &context.known))
                        == Some(false)
            });
            if let Some(node) = dead {
                let whole = std::ptr::eq(node, root);
                let what = if whole {
                    "the condition"
                } else {
                    "a part of the condition"
                };
                out.push(
                    RULE.finding(format!(
                        "{what} of the `{}` cell of `{}` can never hold",
                        cell.level.value, cell.action.value
                    ))
                    .at(&parsed.file, Place::of(node))
                    .label("never holds")
                    .help("an item has one status, and `x` with `not x` never holds: did you mean `any:`?"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    const HEAD: &str = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nstatuses:\n  draft: { en: Draft, es: Borrador, fr: Brouillon }\n  open: { en: Open, es: Abierta, fr: Ouverte }\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n";

    #[test]
    fn two_statuses_at_once_are_reported() {
        let text = format!(
            "{HEAD}    grants: {{ standard: {{ if: {{ all: [ {{ status: draft }}, {{ status: open }} ] }} }}, admin: allow }}\n"
        );
        assert_eq!(codes(&lint_tool_text(&text)), vec!["PQ203"]);
    }

    #[test]
    fn a_dead_branch_of_any_is_reported() {
        let text = format!(
            "{HEAD}    grants: {{ standard: {{ if: {{ any: [ creator, {{ all: [manager, {{ not: manager }}] }} ] }} }}, admin: allow }}\n"
        );
        let findings = lint_tool_text(&text);
        assert_eq!(codes(&findings), vec!["PQ203"]);
        assert!(findings[0].message.starts_with("a part"));
    }
}
