//! The validated permission matrix: tools, actions, cells and global rules.
//!
//! This is the form every query and report works on. It is built from YAML by
//! [`crate::load`] (through the span-carrying [`raw`] model and [`validate`]),
//! or decoded from the build-time blob embedded in the binary. It owns no I/O.

pub mod build;
pub mod raw;

use serde::{Deserialize, Serialize};

use crate::condition::Condition;

/// A permission level, ordered from least to most rights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    ReadOnly,
    Standard,
    Admin,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 4] = [Level::None, Level::ReadOnly, Level::Standard, Level::Admin];

    /// The id used in matrix files and JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::ReadOnly => "read_only",
            Level::Standard => "standard",
            Level::Admin => "admin",
        }
    }

    /// Parses a level id as written in matrix files.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.id() == id)
    }

    /// The position of the level in [`Level::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where a tool lives in Procore.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Company,
    Project,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Company, Scope::Project];

    pub fn id(self) -> &'static str {
        match self {
            Scope::Company => "company",
            Scope::Project => "project",
        }
    }

    pub fn from_id(id: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.id() == id)
    }

    /// The other scope: a cross-tool reference falls back to it.
    pub fn other(self) -> Scope {
        match self {
            Scope::Company => Scope::Project,
            Scope::Project => Scope::Company,
        }
    }
}

/// A language permq speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    En,
    Es,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Fr];

    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// Reads a language from a locale string such as `fr_CA.UTF-8` or `es`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let prefix: String = locale.chars().take(2).collect::<String>().to_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.id() == prefix)
    }
}

/// A text in the three languages. A missing translation falls back to English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub es: Option<String>,
    pub fr: Option<String>,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => self.es.as_deref().unwrap_or(&self.en),
            Lang::Fr => self.fr.as_deref().unwrap_or(&self.en),
        }
    }

    /// Every translation that is present.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.en.as_str())
            .chain(self.es.as_deref())
            .chain(self.fr.as_deref())
    }
}

/// A tool named by scope and id, as conditions and `--with` refer to it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ToolKey {
    pub scope: Scope,
    pub id: String,
}

impl std::fmt::Display for ToolKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.scope.id(), self.id)
    }
}

/// Something with an id and a name: a granular permission, a setting, a status, an integration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labelled {
    pub id: String,
    pub name: Text,
}

/// A footnote, keyed by the number or symbol the official page gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    pub id: String,
    pub text: Text,
}

/// Where an action can be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Web,
    Ios,
    Android,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Web, Platform::Ios, Platform::Android];

    pub fn id(self) -> &'static str {
        match self {
            Platform::Web => "web",
            Platform::Ios => "ios",
            Platform::Android => "android",
        }
    }
}

/// What one level may do for one action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grant {
    Deny,
    Allow,
    If(Condition),
}

/// One cell of the matrix: the grant and the footnotes that explain it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub grant: Grant,
    pub notes: Vec<String>,
}

impl Cell {
    pub const DENIED: Cell = Cell {
        grant: Grant::Deny,
        notes: Vec::new(),
    };
}

/// One row of a tool's table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    pub name: Text,
    pub aliases: Vec<String>,
    pub platforms: Vec<Platform>,
    pub unverified: bool,
    pub exception: Option<String>,
    pub info: Option<Text>,
    /// One cell per level, indexed by [`Level::index`].
    pub cells: [Cell; 4],
}

impl Action {
    pub fn cell(&self, level: Level) -> &Cell {
        &self.cells[level.index()]
    }
}

/// One Procore tool at one scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    pub id: String,
    pub scope: Scope,
    pub name: Text,
    pub aliases: Vec<String>,
    pub source: String,
    /// The item the tool's conditions are about, with its article ("the RFI").
    pub item: Option<Text>,
    pub info: Option<Text>,
    pub granular: Vec<Labelled>,
    pub settings: Vec<Labelled>,
    pub statuses: Vec<Labelled>,
    pub integrations: Vec<Labelled>,
    pub footnotes: Vec<Footnote>,
    pub actions: Vec<Action>,
}

impl Tool {
    pub fn key(&self) -> ToolKey {
        ToolKey {
            scope: self.scope,
            id: self.id.clone(),
        }
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|action| action.id == id)
    }

    pub fn footnote(&self, id: &str) -> Option<&Footnote> {
        self.footnotes.iter().find(|note| note.id == id)
    }

    /// The label of a granular permission, setting, status or integration.
    pub fn label(&self, kind: LabelKind, id: &str) -> Option<&Text> {
        let list = match kind {
            LabelKind::Granular => &self.granular,
            LabelKind::Setting => &self.settings,
            LabelKind::Status => &self.statuses,
            LabelKind::Integration => &self.integrations,
        };
        list.iter()
            .find(|item| item.id == id)
            .map(|item| &item.name)
    }
}

/// The four kinds of declared ids a condition may name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelKind {
    Granular,
    Setting,
    Status,
    Integration,
}

impl LabelKind {
    pub fn id(self) -> &'static str {
        match self {
            LabelKind::Granular => "granular",
            LabelKind::Setting => "setting",
            LabelKind::Status => "status",
            LabelKind::Integration => "integration",
        }
    }
}

/// A rule of the data that spans tools, e.g. Admin on the company Directory
/// grants Admin on every tool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlobalRule {
    pub id: String,
    pub name: Text,
    pub when: Condition,
    pub grants_level: Level,
    /// Only tools of this scope; every tool when `None`.
    pub scope: Option<Scope>,
    /// Tools of that scope the rule does not speak of.
    pub except: Vec<ToolKey>,
}

impl GlobalRule {
    /// Whether the rule speaks of this tool.
    pub fn applies_to(&self, tool: &ToolKey) -> bool {
        self.scope.is_none_or(|only| only == tool.scope) && !self.except.contains(tool)
    }
}

/// A whole matrix: every tool and the global rules.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Matrix {
    pub tools: Vec<Tool>,
    pub rules: Vec<GlobalRule>,
}

impl Matrix {
    pub fn tool(&self, key: &ToolKey) -> Option<&Tool> {
        self.tools
            .iter()
            .find(|tool| tool.scope == key.scope && tool.id == key.id)
    }
}

impl Level {
    /// The level's name as Procore's pages write it in each language.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Level::None, Lang::En) => "None",
            (Level::None, Lang::Es) => "Ninguno",
            (Level::None, Lang::Fr) => "Aucun",
            (Level::ReadOnly, Lang::En) => "Read Only",
            (Level::ReadOnly, Lang::Es) => "Solo lectura",
            (Level::ReadOnly, Lang::Fr) => "Lecture seule",
            (Level::Standard, Lang::En) => "Standard",
            (Level::Standard, Lang::Es) => "Estándar",
            (Level::Standard, Lang::Fr) => "Standard",
            (Level::Admin, Lang::En) => "Admin",
            (Level::Admin, Lang::Es) => "Administrador",
            (Level::Admin, Lang::Fr) => "Admin",
        }
    }

    /// Other spellings people type for the level.
    pub fn synonyms(self) -> &'static [&'static str] {
        match self {
            Level::None => &["no access", "sin acceso", "aucun accès", "ninguna"],
            Level::ReadOnly => &[
                "readonly",
                "read",
                "ro",
                "lectura",
                "lecture",
                "sólo lectura",
            ],
            Level::Standard => &["std", "estandar"],
            Level::Admin => &["administrator", "administrateur", "administración"],
        }
    }
}
