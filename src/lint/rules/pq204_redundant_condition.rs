//! PQ204 redundant-condition: a condition that always holds, or an `any`
//! branch already allowed by another branch of the same cell.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, logic, visit};
use crate::model::build;
use crate::model::raw::RawCondition;

pub const RULE: Rule = Rule {
    code: "PQ204",
    name: "redundant-condition",
    severity: Severity::Warning,
    summary: "a condition that always holds, or an `any` branch another branch of the cell already allows",
    explanation: r#"## What it catches
A cell condition, or a part of it, that holds in every situation (`any:
[creator, { not: creator }]`, an empty `all: []`); and a branch of an `any`
that is already allowed by another branch of the same cell (`any: [creator,
{ all: [creator, manager] }]`: the second branch adds nothing).

## Why it matters
The cell reads as conditional but is allowed outright; a reader (and
`permq can`) shows a condition that decides nothing, and the real
restriction the page states is probably missing.

## Example
```yaml
standard: { if: { any: [ creator, { not: creator } ] } }
```

## Fix
Write `allow` if the page shows a plain check, or encode the restriction the
footnote states; remove a branch that another branch already covers (or fix
it, if it was meant to allow something more).
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    covered_branches(context, out);
    for part in visit::first_part_where(context, |condition| {
        logic::tautology(condition) == Some(true)
    }) {
        out.push(
            RULE.finding(format!(
                "{} of the `{}` cell of `{}` always holds",
                part.what(),
                part.cell.level.value,
                part.cell.action.value
            ))
            .at(part.file, Place::of(part.node))
            .label("always holds")
            .help("write `allow` if the page shows a plain check, or encode the restriction it states"),
        );
    }
}

/// Branches of an `any` that imply another branch of the same `any`.
fn covered_branches(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let scope = parsed.raw.scope.value;
        for cell in visit::cells(&parsed.raw) {
            let Some(root) = visit::cell_condition(&cell.cell.value) else {
                continue;
            };
            'cell: for node in visit::nodes(root) {
                let RawCondition::Any(branches) = &node.value else {
                    continue;
                };
                let built: Vec<_> = branches
                    .iter()
                    .map(|b| build::condition(&b.value, scope, &context.known))
                    .collect();
                for (i, branch) in built.iter().enumerate() {
                    for (j, other) in built.iter().enumerate() {
                        // Identical branches: report the later one only.
                        let later_duplicate = branch == other && i > j;
                        if i == j || (branch == other && !later_duplicate) {
                            continue;
                        }
                        // A branch that never holds is PQ203's, not a covered one.
                        if logic::satisfiable(branch) == Some(true)
                            && logic::implies(branch, other) == Some(true)
                        {
                            out.push(
                                RULE.finding(format!(
                                    "a branch of the `{}` cell of `{}` is already allowed by another branch",
                                    cell.level.value, cell.action.value
                                ))
                                .at(&parsed.file, Place::of(&branches[i]))
                                .label("covered by another branch")
                                .help("remove this branch, or fix it if it was meant to allow more"),
                            );
                            continue 'cell;
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn x_or_not_x_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { standard: { if: { any: [creator, { not: creator }] } }, admin: allow }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ204"]);
    }

    #[test]
    fn a_branch_covered_by_another_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { standard: { if: { any: [creator, { all: [creator, manager] }] } }, admin: allow }\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ204"]);
        assert!(
            findings[0]
                .message
                .contains("already allowed by another branch")
        );
    }
}
