//! JSON Schemas of the matrix files, for editors (yaml-language-server and
//! the like) to complete and check a tool file while it is being written.
//!
//! The types here describe the file format for schemars; they are never
//! deserialised. The loader ([`crate::model::raw`]) stays the authority: a
//! test checks that every shipped file validates against these schemas, and
//! the lists of facts, levels, scopes and platforms come from the model
//! itself, so they cannot drift.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use crate::condition::Relation;
use crate::model::{Level, Platform, Scope};

/// The schema of a tool file (`matrix/<scope>/<tool>.yaml`).
pub fn tool_file() -> Value {
    without_null(schemars::schema_for!(ToolFile))
}

/// The schema of the global rules file (`matrix/rules.yaml`).
pub fn rules_file() -> Value {
    without_null(schemars::schema_for!(RulesFile))
}

/// An optional field may be left out, but not written as `null` (the loader
/// refuses `aliases: null`): drops the `null` that schemars allows for
/// `Option` fields.
fn without_null(schema: Schema) -> Value {
    fn strip(value: &mut Value) {
        let Value::Object(map) = value else {
            if let Value::Array(items) = value {
                items.iter_mut().for_each(strip);
            }
            return;
        };
        if let Some(Value::Array(types)) = map.get_mut("type") {
            types.retain(|kind| kind != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                map.insert("type".into(), only);
            }
        }
        if let Some(Value::Array(branches)) = map.get_mut("anyOf") {
            branches.retain(|branch| branch != &json!({ "type": "null" }));
            if let [Value::Object(only)] = branches.as_slice() {
                let only = only.clone();
                map.remove("anyOf");
                map.extend(only);
            }
        }
        map.values_mut().for_each(strip);
    }
    let mut value = schema.to_value();
    strip(&mut value);
    value
}

/// A permq tool file: one Procore tool, its actions, and which permission
/// level may do each one.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "permq tool file")]
#[allow(dead_code)]
struct ToolFile {
    /// Tool id: lowercase letters, digits and `_`; unique within its scope.
    #[schemars(regex(pattern = r"^[a-z0-9_]+$"))]
    tool: String,
    scope: ScopeId,
    /// The tool's name as on Procore's pages.
    name: Text,
    /// Other names the tool is asked by (matched like names, ignoring case and accents).
    aliases: Option<Vec<String>>,
    /// Address of the official Procore page every cell was checked against.
    source: String,
    /// What conditions are about, with its article ("the RFI").
    item: Option<Text>,
    /// Notes that carry no access rule.
    info: Option<Text>,
    /// Granular permissions the tool declares: id -> names.
    granular: Option<BTreeMap<String, Text>>,
    /// Configuration settings the conditions name: id -> names.
    settings: Option<BTreeMap<String, Text>>,
    /// Item statuses the conditions name: id -> names.
    statuses: Option<BTreeMap<String, Text>>,
    /// Integrations the conditions name: id -> names.
    integrations: Option<BTreeMap<String, Text>>,
    /// Footnotes, keyed by the page's number or symbol.
    footnotes: Option<BTreeMap<String, Text>>,
    /// The tool's actions: id -> action.
    actions: BTreeMap<String, Action>,
}

/// One action of a tool.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Action {
    /// The action's name as on Procore's pages.
    name: Text,
    aliases: Option<Vec<String>>,
    /// Where the action can be taken.
    platforms: Option<Vec<PlatformId>>,
    /// Some cell could not be read from an official page (permq warns).
    unverified: Option<bool>,
    /// Why a higher level has fewer rights than a lower one here.
    exception: Option<String>,
    /// Notes that carry no access rule.
    info: Option<Text>,
    /// Each level's cell; a level left out is denied.
    grants: Grants,
}

/// Each level's cell; a level left out is denied.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Grants {
    none: Option<Cell>,
    read_only: Option<Cell>,
    standard: Option<Cell>,
    admin: Option<Cell>,
}

/// A text in English, Spanish and French (English required; a missing
/// translation is a lint finding).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Text {
    en: String,
    es: Option<String>,
    fr: Option<String>,
}

/// `matrix/rules.yaml`: rules that hold across tools.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "permq global rules file")]
#[allow(dead_code)]
struct RulesFile {
    /// Rule id -> rule.
    rules: BTreeMap<String, Rule>,
}

/// A global rule: when its condition holds, the user has at least
/// `grants_level` on every tool.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Rule {
    name: Text,
    when: Condition,
    grants_level: LevelId,
    /// Only tools of this scope (every tool when left out).
    scope: Option<ScopeId>,
    /// Tools the rule does not speak of.
    except: Option<Vec<ToolRef>>,
}

/// One tool, named exactly.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ToolRef {
    tool: String,
    scope: ScopeId,
}

/// A condition: a fact about the user and the item, a declared label, another
/// tool's level, or a combination.
#[derive(JsonSchema)]
#[schemars(untagged, deny_unknown_fields)]
#[allow(dead_code)]
enum Condition {
    Fact(FactId),
    /// The user holds this granular permission of the tool.
    Granular {
        granular: String,
    },
    /// This configuration setting is on.
    Setting {
        setting: String,
    },
    /// The item is in this status.
    Status {
        status: String,
    },
    /// The account uses this integration.
    Integration {
        integration: String,
    },
    /// The user holds at least a level on another tool.
    Requires {
        requires: Requires,
    },
    /// Every part holds.
    All {
        all: Vec<Condition>,
    },
    /// At least one part holds.
    Any {
        any: Vec<Condition>,
    },
    /// The part does not hold.
    Not {
        not: Box<Condition>,
    },
}

/// At least `level` on another tool (and, optionally, one of its granular
/// permissions).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Requires {
    tool: String,
    level: LevelId,
    /// The other tool's scope, when it exists at both.
    scope: Option<ScopeId>,
    /// A granular permission of that tool the user must also hold.
    granular: Option<String>,
}

/// A cell: `allow`, `deny`, or a map with exactly one of `if`, `allow`,
/// `deny`, and optional `notes` (footnote ids).
struct Cell;

impl JsonSchema for Cell {
    fn schema_name() -> Cow<'static, str> {
        "Cell".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let condition = generator.subschema_for::<Condition>();
        json_schema!({
            "description": "`allow`, `deny`, or `{ if: <condition>, notes: [...] }`",
            "anyOf": [
                { "enum": ["allow", "deny"] },
                {
                    "type": "object",
                    "properties": {
                        "if": condition,
                        "allow": { "const": true },
                        "deny": { "const": true },
                        "notes": {
                            "description": "Ids of the footnotes that explain the cell",
                            "type": "array",
                            "items": { "type": "string" }
                        }
                    },
                    "additionalProperties": false,
                    "oneOf": [
                        { "required": ["if"] },
                        { "required": ["allow"] },
                        { "required": ["deny"] }
                    ]
                }
            ]
        })
    }
}

/// A string enum of the model's ids, named for the schema, so the lists of
/// facts, levels, scopes and platforms come from the model itself.
macro_rules! id_schema {
    ($type:ident, $name:literal, $description:literal, $ids:expr) => {
        struct $type;

        impl JsonSchema for $type {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let ids: Vec<&'static str> = $ids;
                json_schema!({ "description": $description, "type": "string", "enum": ids })
            }
        }
    };
}

id_schema!(
    FactId,
    "Fact",
    "A relation of the user to the item (see docs/conditions.md)",
    Relation::ALL.iter().map(|relation| relation.id()).collect()
);
id_schema!(
    LevelId,
    "Level",
    "A permission level",
    Level::ALL.iter().map(|level| level.id()).collect()
);
id_schema!(
    ScopeId,
    "Scope",
    "Where the tool lives",
    Scope::ALL.iter().map(|scope| scope.id()).collect()
);
id_schema!(
    PlatformId,
    "Platform",
    "A Procore application",
    Platform::ALL.iter().map(|platform| platform.id()).collect()
);
