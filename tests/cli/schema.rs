//! `permq schema`: the JSON Schemas of matrix files agree with the loader on
//! every shipped file, refuse what the loader refuses, and are kept in
//! `docs/schema/` for editors.

use std::path::Path;

use crate::permq;

fn schema(kind: &str) -> serde_json::Value {
    let output = permq().args(["schema", kind]).output().expect("permq runs");
    assert_eq!(output.status.code(), Some(0));
    serde_json::from_slice(&output.stdout).expect("the schema is JSON")
}

fn yaml(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("readable");
    serde_saphyr::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn errors(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
    validator
        .iter_errors(&yaml(path))
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

#[test]
fn every_shipped_tool_file_validates() {
    let validator = jsonschema::validator_for(&schema("tool")).expect("a valid schema");
    let mut checked = 0;
    for scope in ["company", "project"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("matrix")
            .join(scope);
        for entry in std::fs::read_dir(dir).expect("matrix folder") {
            let path = entry.expect("entry").path();
            let found = errors(&validator, &path);
            assert!(
                found.is_empty(),
                "{}:\n{}",
                path.display(),
                found.join("\n")
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} files checked");
}

#[test]
fn the_rules_file_validates() {
    let validator = jsonschema::validator_for(&schema("rules")).expect("a valid schema");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("matrix/rules.yaml");
    let found = errors(&validator, &path);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_schema_refuses_what_the_loader_refuses() {
    let validator = jsonschema::validator_for(&schema("tool")).expect("a valid schema");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let found = errors(&validator, &root.join("unknown_field/project/rfi.yaml"));
    assert!(
        found.iter().any(|error| error.contains("permisions")),
        "{found:?}"
    );
    let cell = |grant: &str| {
        let text = format!(
            "tool: t\nscope: project\nname: {{ en: T }}\nsource: s\nactions:\n  a:\n    name: {{ en: A }}\n    grants:\n      standard: {grant}\n"
        );
        let value: serde_json::Value = serde_saphyr::from_str(&text).expect("yaml");
        validator.is_valid(&value)
    };
    assert!(cell("allow"));
    assert!(cell("{ if: creator, notes: ['1'] }"));
    assert!(cell("{ if: { all: [creator, { status: draft }] } }"));
    assert!(!cell("maybe"), "only allow or deny as a word");
    assert!(!cell("{ if: creater }"), "an unknown fact");
    assert!(
        !cell("{ if: { granular: x, status: y } }"),
        "two keys in one condition"
    );
    assert!(
        !cell("{ if: creator, allow: true }"),
        "if and allow together"
    );
    assert!(!cell("{ notes: ['1'] }"), "a cell with no grant");
}

#[test]
fn docs_schema_files_are_up_to_date() {
    for kind in ["tool", "rules"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/schema")
            .join(format!("{kind}.schema.json"));
        let shipped: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default())
                .unwrap_or_default();
        assert_eq!(
            shipped,
            schema(kind),
            "{} is stale: run `permq schema {kind} > {}`",
            path.display(),
            path.display()
        );
    }
}
