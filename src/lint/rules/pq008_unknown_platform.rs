//! PQ008 unknown-platform: a platform other than web, ios, android.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule};
use crate::model::Platform;

pub const RULE: Rule = Rule {
    code: "PQ008",
    name: "unknown-platform",
    severity: Severity::Error,
    summary: "a platform other than `web`, `ios` or `android`",
    explanation: r#"## What it catches
An entry of an action's `platforms:` list that is not `web`, `ios` or `android`.

## Why it matters
Reports filter actions by platform; an unknown one drops the action from
every platform's list.

## Example
```yaml
platforms: [web, iphone]
```

## Fix
Use `web`, `ios` and `android`: `platforms: [web, ios]`.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        for (_, action) in &parsed.raw.actions.0 {
            for platform in &action.platforms {
                if Platform::ALL
                    .iter()
                    .all(|known| known.id() != platform.value)
                {
                    out.push(
                        RULE.finding(format!("unknown platform `{}`", platform.value))
                            .at(&parsed.file, Place::of(platform))
                            .help("platforms are `web`, `ios` and `android`"),
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
    fn iphone_is_not_a_platform() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nactions:\n  view:\n    name: { en: View, es: Ver, fr: Voir }\n    platforms: [web, iphone]\n    grants: { admin: allow }\n";
        assert_eq!(codes(&lint_tool_text(text)), vec!["PQ008"]);
    }
}
