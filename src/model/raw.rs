//! The matrix as written in YAML, with the source location of every value a
//! diagnostic may point at. Mirrors the file format one to one; checks only
//! shape (unknown fields, wrong types). Meaning is checked by [`super::validate`].

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::model::{Level, Scope};

/// A YAML mapping kept in file order, with the location of each key.
#[derive(Debug)]
pub struct SpannedMap<V>(pub Vec<(Spanned<String>, V)>);

impl<V> Default for SpannedMap<V> {
    fn default() -> Self {
        SpannedMap(Vec::new())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SpannedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = SpannedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(SpannedMap(entries))
            }
        }
        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// A text in en/es/fr. Only English is required by the shape; a missing
/// translation is a lint finding, not a load error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub en: Spanned<String>,
    #[serde(default)]
    pub es: Option<Spanned<String>>,
    #[serde(default)]
    pub fr: Option<Spanned<String>>,
}

/// One tool file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTool {
    pub tool: Spanned<String>,
    pub scope: Spanned<Scope>,
    pub name: Spanned<RawText>,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub item: Option<Spanned<RawText>>,
    #[serde(default)]
    pub info: Option<Spanned<RawText>>,
    #[serde(default)]
    pub granular: SpannedMap<Spanned<RawText>>,
    #[serde(default)]
    pub settings: SpannedMap<Spanned<RawText>>,
    #[serde(default)]
    pub statuses: SpannedMap<Spanned<RawText>>,
    #[serde(default)]
    pub integrations: SpannedMap<Spanned<RawText>>,
    #[serde(default)]
    pub footnotes: SpannedMap<Spanned<RawText>>,
    pub actions: SpannedMap<RawAction>,
}

/// One action of a tool.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    pub name: Spanned<RawText>,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    #[serde(default)]
    pub platforms: Vec<Spanned<String>>,
    #[serde(default)]
    pub unverified: bool,
    #[serde(default)]
    pub exception: Option<Spanned<String>>,
    #[serde(default)]
    pub info: Option<Spanned<RawText>>,
    pub grants: SpannedMap<Spanned<RawCell>>,
}

/// One cell: `allow`, `deny`, or a map with `if`/`allow`/`deny` and `notes`.
#[derive(Debug)]
pub struct RawCell {
    pub kind: RawGrant,
    pub notes: Vec<Spanned<String>>,
}

#[derive(Debug)]
pub enum RawGrant {
    Allow,
    Deny,
    If(Box<Spanned<RawCondition>>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCellMap {
    #[serde(default, rename = "if")]
    condition: Option<Spanned<RawCondition>>,
    #[serde(default)]
    allow: Option<bool>,
    #[serde(default)]
    deny: Option<bool>,
    #[serde(default)]
    notes: Vec<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawCell {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CellVisitor;
        impl<'de> Visitor<'de> for CellVisitor {
            type Value = RawCell;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`allow`, `deny`, or a map with `if`, `allow` or `deny`, and `notes`")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<RawCell, E> {
                let kind = match value {
                    "allow" => RawGrant::Allow,
                    "deny" => RawGrant::Deny,
                    other => {
                        return Err(E::invalid_value(de::Unexpected::Str(other), &self));
                    }
                };
                Ok(RawCell {
                    kind,
                    notes: Vec::new(),
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawCell, A::Error> {
                let raw = RawCellMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let kind = match (raw.condition, raw.allow, raw.deny) {
                    (Some(condition), None, None) => RawGrant::If(Box::new(condition)),
                    (None, Some(true), None) => RawGrant::Allow,
                    (None, None, Some(true)) => RawGrant::Deny,
                    _ => {
                        return Err(de::Error::custom(
                            "a cell map needs exactly one of `if: <condition>`, `allow: true` or `deny: true`",
                        ));
                    }
                };
                Ok(RawCell {
                    kind,
                    notes: raw.notes,
                })
            }
        }
        deserializer.deserialize_any(CellVisitor)
    }
}

/// A condition as written: a fact name, or a one-key map.
#[derive(Debug)]
pub enum RawCondition {
    Fact(String),
    Granular(Spanned<String>),
    Setting(Spanned<String>),
    Status(Spanned<String>),
    Integration(Spanned<String>),
    Requires(RawRequires),
    All(Vec<Spanned<RawCondition>>),
    Any(Vec<Spanned<RawCondition>>),
    Not(Box<Spanned<RawCondition>>),
}

/// `requires: { tool, level, scope }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequires {
    pub tool: Spanned<String>,
    pub level: Spanned<Level>,
    #[serde(default)]
    pub scope: Option<Spanned<Scope>>,
    /// A granular permission of that tool the user must also hold.
    #[serde(default)]
    pub granular: Option<Spanned<String>>,
}

const CONDITION_KEYS: &[&str] = &[
    "all",
    "any",
    "not",
    "granular",
    "setting",
    "status",
    "integration",
    "requires",
];

impl<'de> Deserialize<'de> for RawCondition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ConditionVisitor;
        impl<'de> Visitor<'de> for ConditionVisitor {
            type Value = RawCondition;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a fact name such as `creator`, or a map with one key such as `all`, `any`, `not`, `granular`, `status`, `requires`")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<RawCondition, E> {
                Ok(RawCondition::Fact(value.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<RawCondition, A::Error> {
                Err(de::Error::custom(
                    "a list is not a condition: wrap it in `all: [...]` or `any: [...]`",
                ))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawCondition, A::Error> {
                let Some(key) = map.next_key::<String>()? else {
                    return Err(de::Error::custom("an empty map is not a condition"));
                };
                let condition = match key.as_str() {
                    "all" => RawCondition::All(map.next_value()?),
                    "any" => RawCondition::Any(map.next_value()?),
                    "not" => RawCondition::Not(Box::new(map.next_value()?)),
                    "granular" => RawCondition::Granular(map.next_value()?),
                    "setting" => RawCondition::Setting(map.next_value()?),
                    "status" => RawCondition::Status(map.next_value()?),
                    "integration" => RawCondition::Integration(map.next_value()?),
                    "requires" => RawCondition::Requires(map.next_value()?),
                    other => return Err(de::Error::unknown_field(other, CONDITION_KEYS)),
                };
                if map.next_key::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(
                        "a condition map has exactly one key: combine conditions with `all: [...]` or `any: [...]`",
                    ));
                }
                Ok(condition)
            }
        }
        deserializer.deserialize_any(ConditionVisitor)
    }
}

/// `matrix/rules.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    pub rules: SpannedMap<RawRule>,
}

/// One global rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub name: Spanned<RawText>,
    pub when: Spanned<RawCondition>,
    pub grants_level: Spanned<Level>,
    /// Only tools of this scope (every tool when left out).
    #[serde(default)]
    pub scope: Option<Spanned<Scope>>,
    /// Tools the rule does not speak of, though they are in its scope.
    #[serde(default)]
    pub except: Vec<RawToolRef>,
}

/// `{ tool: id, scope: company|project }`: one tool, named exactly.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawToolRef {
    pub tool: Spanned<String>,
    pub scope: Spanned<Scope>,
}
