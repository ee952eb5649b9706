//! PQ103 undeclared-reference: a granular permission, setting, status or
//! integration used in a condition but not declared by the tool.

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::build::requires_target;
use crate::model::raw::{RawCondition, RawText, SpannedMap};
use crate::names;

pub const RULE: Rule = Rule {
    code: "PQ103",
    name: "undeclared-reference",
    severity: Severity::Error,
    summary: "a granular permission, setting, status or integration used but not declared",
    explanation: r#"## What it catches
`{ granular: id }`, `{ setting: id }`, `{ status: id }` or
`{ integration: id }` in a condition when the tool does not declare `id`
under `granular:`, `settings:`, `statuses:` or `integrations:`; and
`{ requires: { tool: other, level: ..., granular: id } }` when tool `other`
does not declare `id`. Global rules
may not use them at all (they belong to no tool).

## Why it matters
Declarations give the names permq shows ("you hold 'Act as RFI Manager'")
and the ids `--granular`/`--status` accept. A misspelt id is a condition no
question can ever satisfy.

## Example
```yaml
granular:
  act_as_rfi_manager: { en: Act as RFI Manager, es: ..., fr: ... }
actions:
  edit:
    grants:
      read_only: { if: { granular: act_as_rfi_manger } }
```

## Fix
Fix the id, or declare it with its en/es/fr names.
"#,
    check: Some(check),
};

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        let raw = &parsed.raw;
        for cell in visit::cells(raw) {
            let Some(root) = visit::cell_condition(&cell.cell.value) else {
                continue;
            };
            for node in visit::nodes(root) {
                if let RawCondition::Requires(requires) = &node.value {
                    let Some(granular) = &requires.granular else {
                        continue;
                    };
                    let target = requires_target(requires, raw.scope.value, &context.known);
                    // A missing tool is PQ104's finding.
                    let Some(other) = context.tools.iter().find(|t| {
                        t.raw.tool.value == target.id && t.raw.scope.value == target.scope
                    }) else {
                        continue;
                    };
                    if let Some(finding) = undeclared(
                        &format!("granular permission of `{}`", target.id),
                        &format!("granular` of `{}", other.file.path),
                        &other.raw.granular,
                        &granular.value,
                    ) {
                        out.push(finding.at(&parsed.file, Place::of(granular)));
                    }
                    continue;
                }
                let (kind, section, declared, id) = match &node.value {
                    RawCondition::Granular(id) => {
                        ("granular permission", "granular", &raw.granular, id)
                    }
                    RawCondition::Setting(id) => ("setting", "settings", &raw.settings, id),
                    RawCondition::Status(id) => ("status", "statuses", &raw.statuses, id),
                    RawCondition::Integration(id) => {
                        ("integration", "integrations", &raw.integrations, id)
                    }
                    _ => continue,
                };
                if let Some(finding) = undeclared(kind, section, declared, &id.value) {
                    out.push(finding.at(&parsed.file, Place::of(id)));
                }
            }
        }
    }
    if let Some(rules) = context.rules {
        for (_, rule) in &rules.raw.rules.0 {
            for node in visit::nodes(&rule.when) {
                let id = match &node.value {
                    RawCondition::Granular(id)
                    | RawCondition::Setting(id)
                    | RawCondition::Status(id)
                    | RawCondition::Integration(id) => id,
                    _ => continue,
                };
                out.push(
                    RULE.finding(format!(
                        "global rule uses `{}`, which no global rule can declare",
                        id.value
                    ))
                    .at(&rules.file, Place::of(id))
                    .help("global rules may use relation facts and `requires` only"),
                );
            }
        }
    }
}

fn undeclared(
    kind: &str,
    section: &str,
    declared: &SpannedMap<serde_saphyr::Spanned<RawText>>,
    id: &str,
) -> Option<Finding> {
    let ids: Vec<&str> = declared.0.iter().map(|(id, _)| id.value.as_str()).collect();
    if ids.contains(&id) {
        return None;
    }
    let mut help = format!("declare it under `{section}:` with its en/es/fr names");
    if let Some(near) = names::closest(id, ids.iter().copied()) {
        help = format!("did you mean `{near}`? or {help}");
    }
    Some(
        RULE.finding(format!("{kind} `{id}` is used but not declared"))
            .help(help),
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::{codes, lint_files, lint_tool_text};

    #[test]
    fn a_misspelt_granular_is_reported_with_a_suggestion() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\ngranular:\n  act_as_rfi_manager: { en: A, es: A, fr: A }\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { read_only: { if: { granular: act_as_rfi_manger } }, standard: allow, admin: allow }\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ103"]);
        assert!(
            findings[0]
                .help
                .as_deref()
                .unwrap_or("")
                .contains("act_as_rfi_manager")
        );
    }

    const DIRECTORY: &str = "tool: directory\nscope: project\nname: { en: D, es: D, fr: D }\nsource: x\ngranular:\n  create_contacts: { en: Create Contacts, es: Crear contactos, fr: Créer des contacts }\nactions: {}\n";
    const HEAD: &str = "tool: t\nscope: project\nname: { en: T, es: T, fr: T }\nsource: x\nactions:\n  add:\n    name: { en: A, es: A, fr: A }\n";

    #[test]
    fn another_tools_declared_granular_is_accepted() {
        let tool = format!(
            "{HEAD}    grants: {{ standard: {{ if: {{ requires: {{ tool: directory, level: read_only, granular: create_contacts }} }} }}, admin: {{ if: {{ requires: {{ tool: directory, level: read_only, granular: create_contacts }} }} }} }}\n"
        );
        assert!(
            lint_files(&[
                ("m/project/directory.yaml", DIRECTORY),
                ("m/project/t.yaml", &tool)
            ])
            .is_empty()
        );
    }

    #[test]
    fn another_tools_undeclared_granular_is_reported() {
        let tool = format!(
            "{HEAD}    grants: {{ admin: {{ if: {{ requires: {{ tool: directory, level: read_only, granular: create_contact }} }} }} }}\n"
        );
        let findings = lint_files(&[
            ("m/project/directory.yaml", DIRECTORY),
            ("m/project/t.yaml", &tool),
        ]);
        assert_eq!(codes(&findings), vec!["PQ103"]);
        assert!(
            findings[0]
                .help
                .as_deref()
                .unwrap_or("")
                .contains("create_contacts")
        );
    }
}
