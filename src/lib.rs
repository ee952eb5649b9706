//! permq: who may do what in Procore, from a permission matrix kept as YAML.
//!
//! Data flows one way: files ([`load`]) → raw model with spans
//! ([`model::raw`]) → validated [`Matrix`] ([`model::validate`]) → questions
//! ([`query::can`]) and reports. The shipped matrix is validated and compiled
//! in at build time ([`Catalog::embedded`]); `--matrix DIR` goes through the
//! same loader at run time. This crate has no terminal or CLI code.

pub mod assertions;
pub mod catalog;
pub mod condition;
pub mod coverage;
pub mod diagnostic;
pub mod diff;
mod embedded;
pub mod facts;
pub mod i18n;
pub mod json;
pub mod lint;
pub mod load;
pub mod model;
pub mod names;
pub mod query;
pub mod report;
pub mod schema;
pub mod template;

pub use catalog::{Catalog, CatalogError};
pub use condition::{Condition, Facts, Outcome, Relation, Truth};
pub use diagnostic::{Finding, Severity};
pub use embedded::lint_embedded;
pub use model::{Action, Lang, Level, Matrix, Scope, Tool, ToolKey};
pub use query::{Answer, Verdict, can};
