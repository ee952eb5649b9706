//! PQ302 level-mismatch: a translation names other permission levels than the English text.

use std::collections::BTreeSet;

use crate::diagnostic::{Finding, Place, Severity};
use crate::lint::{LintContext, Rule, visit};
use crate::model::Level;
use crate::names::normalize;

pub const RULE: Rule = Rule {
    code: "PQ302",
    name: "level-mismatch",
    severity: Severity::Error,
    summary: "a translation names other permission levels than the English text",
    explanation: r#"## What it catches
A text whose Spanish or French names a different set of permission levels
(Read Only, Standard, Admin) than its English: English says 'Standard',
French says 'Admin'.

## Why it matters
Footnotes carry the rule itself ("Users with 'Standard' permissions can only
edit their own items"). A translation that names another level tells
Spanish or French readers a different rule than English readers.

## Example
```yaml
"5":
  en: Users with 'Standard' permissions can only edit their own RFIs.
  fr: Les utilisateurs avec la permission « Admin » ne peuvent modifier que leurs propres QRT.
```

## Fix
Name the same level in every language (`« Standard »`).
"#,
    check: Some(check),
};

/// Word sequences that name a level, e.g. `["read", "only"]`.
type Phrases = &'static [&'static [&'static str]];

/// The levels a text names, by the words Procore's pages use in each language.
pub fn levels_named(text: &str, lang: &str) -> BTreeSet<Level> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(normalize)
        .collect();
    let has = |phrase: &[&str]| {
        words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
    };
    let mut found = BTreeSet::new();
    let (read_only, standard, admin): (Phrases, Phrases, Phrases) = match lang {
        "es" => (
            &[&["solo", "lectura"]],
            &[&["estandar"], &["standard"]],
            &[&["administrador"], &["admin"]],
        ),
        "fr" => (
            &[&["lecture", "seule"]],
            &[&["standard"]],
            &[&["admin"], &["administrateur"]],
        ),
        _ => (
            &[&["read", "only"], &["readonly"]],
            &[&["standard"]],
            &[&["admin"], &["administrator"]],
        ),
    };
    for (level, phrases) in [
        (Level::ReadOnly, read_only),
        (Level::Standard, standard),
        (Level::Admin, admin),
    ] {
        if phrases.iter().any(|phrase| has(phrase)) {
            found.insert(level);
        }
    }
    found
}

fn check(context: &LintContext, out: &mut Vec<Finding>) {
    for parsed in context.tools {
        for (what, text) in visit::texts(&parsed.raw) {
            let english = levels_named(&text.value.en.value, "en");
            for (lang, value) in [("es", &text.value.es), ("fr", &text.value.fr)] {
                let Some(value) = value else { continue };
                let translated = levels_named(&value.value, lang);
                if translated == english {
                    continue;
                }
                let list = |levels: &BTreeSet<Level>| {
                    if levels.is_empty() {
                        String::from("no level")
                    } else {
                        levels
                            .iter()
                            .map(|l| format!("'{}'", l.name(crate::model::Lang::En)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                };
                out.push(
                    RULE.finding(format!(
                        "the `{lang}` text of {what} names {} where English names {}",
                        list(&translated),
                        list(&english)
                    ))
                    .at(&parsed.file, Place::of(value))
                    .help("name the same permission levels in every language"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{codes, lint_tool_text};

    #[test]
    fn levels_are_recognised_in_each_language() {
        assert_eq!(
            levels_named("Users with 'Read Only' or 'Standard'", "en"),
            [Level::ReadOnly, Level::Standard].into()
        );
        assert_eq!(
            levels_named("usuarios con permisos «Solo lectura»", "es"),
            [Level::ReadOnly].into()
        );
        assert_eq!(
            levels_named("permission « Admin »", "fr"),
            [Level::Admin].into()
        );
    }

    #[test]
    fn a_french_footnote_naming_admin_for_standard_is_reported() {
        let text = "tool: rfi\nscope: project\nname: { en: RFIs, es: RFI, fr: RFI }\nsource: x\nfootnotes:\n  \"5\": { en: Only 'Standard' users., es: Solo usuarios 'Estándar'., fr: Seulement les utilisateurs « Admin ». }\nactions:\n  edit:\n    name: { en: Edit, es: Editar, fr: Modifier }\n    grants: { standard: { allow: true, notes: [\"5\"] }, admin: allow }\n";
        let findings = lint_tool_text(text);
        assert_eq!(codes(&findings), vec!["PQ302"]);
        assert_eq!(findings[0].place.map(|p| p.line), Some(6));
    }
}
