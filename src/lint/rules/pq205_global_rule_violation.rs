//! PQ205 global-rule-violation: an action denied at the level a global rule grants everywhere.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule};
use crate::model::Grant;

pub const RULE: Rule = Rule {
    code: "PQ205",
    name: "global-rule-violation",
    severity: Severity::Error,
    summary: "an action denied at the level a global rule grants on every tool",
    explanation: r#"## What it catches
With a global rule in `rules.yaml` such as "Admin on the company Directory
grants Admin on every tool", an action whose `admin` cell is denied (or left
out) and that has no `exception:`. A rule with `scope:` speaks only of the
tools of that scope, and not of the tools listed in its `except:`.

## Why it matters
The global rule promises that company administrators can do everything an
Admin can; an action no Admin can do contradicts it, so one of the two is
wrong. Procore has such actions (an action no level can do in a
configuration), and those must say so.

## Example
```yaml
  delete:
    name: { en: Delete an RFI, es: ..., fr: ... }
    grants:
      standard: { if: creator }
```

## Fix
Add the missing `admin:` cell, or add `exception: "<why no Admin may do it>"`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for rule in &context.matrix.rules {
        for (parsed, tool) in context
            .pairs()
            .filter(|(_, tool)| rule.applies_to(&tool.key()))
        {
            for (index, action) in tool.actions.iter().enumerate() {
                if action.exception.is_some() || action.cell(rule.grants_level).grant != Grant::Deny
                {
                    continue;
                }
                let (id, _) = &parsed.raw.actions.0[index];
                out.push(
                    RULE.finding(format!(
                        "`{}` is denied to `{}`, but global rule `{}` grants `{}` on every tool",
                        action.id,
                        rule.grants_level.id(),
                        rule.id,
                        rule.grants_level.id()
                    ))
                    .at(&parsed.file, Place::of(id))
                    .help(format!(
                        "add the `{}` cell, or `exception: \"<why>\"` to the action",
                        rule.grants_level.id()
                    )),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_files};

    const DIRECTORY: &str =
        "tool: directory\nscope: company\nname: { en: D, es: D, fr: D }\nsource: x\nactions: {}\n";
    const RULES: &str = "rules:\n  admin_everywhere:\n    name: { en: A, es: A, fr: A }\n    when: { requires: { tool: directory, scope: company, level: admin } }\n    grants_level: admin\n";
    const HEAD: &str = "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions:\n  delete:\n    name: { en: D, es: D, fr: D }\n";

    #[test]
    fn an_action_no_admin_may_do_is_reported() {
        let tool = format!("{HEAD}    grants: {{ none: deny }}\n");
        let files = [
            ("m/company/directory.yaml", DIRECTORY),
            ("m/rules.yaml", RULES),
            ("m/project/t.yaml", tool.as_str()),
        ];
        assert_eq!(codes(&lint_files(&files)), vec!["PQ205"]);
    }

    #[test]
    fn an_exception_explains_it() {
        let tool =
            format!("{HEAD}    exception: done in another tool\n    grants: {{ none: deny }}\n");
        let files = [
            ("m/company/directory.yaml", DIRECTORY),
            ("m/rules.yaml", RULES),
            ("m/project/t.yaml", tool.as_str()),
        ];
        assert!(lint_files(&files).is_empty());
    }
}
