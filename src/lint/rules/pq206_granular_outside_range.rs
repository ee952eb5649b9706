//! PQ206 granular-outside-range: a granular permission on `none` or `admin`.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::raw::RawCondition;

pub const RULE: Rule = Rule {
    code: "PQ206",
    name: "granular-outside-range",
    severity: Severity::Error,
    summary: "a granular permission used in the `none` or `admin` cell",
    explanation: r#"## What it catches
`{ granular: id }` in a cell of level `none` or `admin`.

## Why it matters
In Procore, granular permissions widen a Read Only or Standard permission
template; a user with None has no template to widen, and an Admin already
has every right of the tool. A granular condition there is a misplaced cell
(often the badge was read from the wrong column).

## Example
```yaml
admin: { if: { granular: act_as_rfi_manager } }
```

## Fix
Move the condition to `read_only` or `standard`, and give `admin` what the
page shows (usually `allow`). If the permission belongs to another tool,
express it as `requires` on that tool.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        for cell in visit::cells(&parsed.raw) {
            if !matches!(cell.level.value.as_str(), "none" | "admin") {
                continue;
            }
            let Some(root) = visit::cell_condition(&cell.cell.value) else {
                continue;
            };
            for node in visit::nodes(root) {
                if let RawCondition::Granular(id) = &node.value {
                    out.push(
                        RULE.finding(format!(
                            "granular permission `{}` is used in the `{}` cell of `{}`",
                            id.value, cell.level.value, cell.action.value
                        ))
                        .at(&parsed.file, Place::of(id))
                        .help("granular permissions widen `read_only` and `standard` only"),
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
    fn granular_on_admin_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\ngranular:\n  g: { en: G, es: G, fr: G }\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { admin: { if: { granular: g } } }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ206"]);
    }
}
