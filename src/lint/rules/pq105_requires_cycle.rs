//! PQ105 requires-cycle: a tool's cell requires a level on that same tool.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::ToolKey;
use crate::model::build::requires_target;
use crate::model::raw::RawCondition;

pub const RULE: Rule = Rule {
    code: "PQ105",
    name: "requires-cycle",
    severity: Severity::Error,
    summary: "a cell requires a level on its own tool (a requirement that loops back)",
    explanation: r#"## What it catches
A `requires` that names the tool it is written in: the Standard cell of
`rfi` saying "requires Admin on rfi".

## Why it matters
The user's level on the tool *is* the column the cell sits in. Requiring
another level on the same tool either never holds (a higher level: the cell
is dead) or always holds (a lower one: the condition is noise), and the
answer would depend on `--with rfi=...` contradicting `--role`.

Requirements between different tools are not cycles in this sense: Procore
has mutual ones (Change Events ↔ Commitments), since a user's levels on
different tools are independent.

## Example
```yaml
# project/rfi.yaml
standard: { if: { requires: { tool: rfi, level: admin } } }
```

## Fix
Move the grant to the level it needs (`admin: allow`), or name the other
tool that was meant.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let here = ToolKey {
            scope: parsed.raw.scope.value,
            id: parsed.raw.tool.value.clone(),
        };
        for cell in visit::cells(&parsed.raw) {
            let Some(root) = visit::cell_condition(&cell.cell.value) else {
                continue;
            };
            for node in visit::nodes(root) {
                let RawCondition::Requires(requires) = &node.value else {
                    continue;
                };
                if requires_target(requires, here.scope, &context.known) == here {
                    out.push(
                        RULE.finding(format!(
                            "the `{}` cell of `{}` requires a level on `{}` itself",
                            cell.level.value, cell.action.value, here.id
                        ))
                        .at(&parsed.file, Place::of(&requires.tool))
                        .help("grant the action at the level it needs instead, or name the other tool"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn a_requirement_on_the_same_tool_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { admin: { if: { requires: { tool: rfi, level: admin } } } }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ105"]);
    }
}
