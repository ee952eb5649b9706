//! PQ007 unknown-level: a cell under a level that does not exist.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::Level;
use crate::names;

pub const RULE: Rule = Rule {
    code: "PQ007",
    name: "unknown-level",
    severity: Severity::Error,
    summary: "a cell under a permission level that does not exist",
    explanation: r#"## What it catches
A key under `grants:` that is not `none`, `read_only`, `standard` or `admin`.

## Why it matters
A cell under `readonly:` or `Standard:` is never consulted: the level it was
meant for stays denied, silently.

## Example
```yaml
grants:
  readonly: allow
```

## Fix
Use one of the four level ids: `read_only: allow`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    let ids: Vec<&str> = Level::ALL.iter().map(|level| level.id()).collect();
    for parsed in context.tools {
        for cell in visit::cells(&parsed.raw) {
            if Level::from_id(&cell.level.value).is_some() {
                continue;
            }
            let mut help = String::from("levels are `none`, `read_only`, `standard` and `admin`");
            if let Some(near) = names::closest(&cell.level.value, ids.iter().copied()) {
                help = format!("did you mean `{near}`? {help}");
            }
            out.push(
                RULE.finding(format!("unknown permission level `{}`", cell.level.value))
                    .at(&parsed.file, Place::of(cell.level))
                    .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn readonly_without_underscore_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  view:\n    name: { en: View, es: Ver, fr: Voir }\n    grants: { readonly: allow, standard: allow, admin: allow }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ007"]);
    }
}
