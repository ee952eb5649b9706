//! Conditions on a cell, the facts a question states, and three-valued evaluation.
//!
//! A condition is a tree of atoms (relation facts, granular permissions,
//! settings, statuses, integrations, other tools' levels) under `all`, `any`
//! and `not`. [`Condition::partial_eval`] evaluates it in Kleene logic: a fact
//! not stated is unknown, and what cannot be decided comes back as a simplified
//! residual condition that keeps exactly the unknown facts that matter. Every
//! simplification here is an equivalence, so a residual never claims more than
//! the original condition (a wrong "yes" is a security bug).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{LabelKind, Level, ToolKey};

/// A fact about the user's relation to the item, or about the item itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Creator,
    Assignee,
    Manager,
    Distribution,
    PrivateList,
    Approver,
    FinalApprover,
    Reviewer,
    BallInCourt,
    CrewLead,
    InvoiceContact,
    SameCompany,
    Employee,
    Invited,
    ResponsibleContractor,
    Attendee,
    Signer,
    SourceAccess,
    Private,
}

impl Relation {
    pub const ALL: [Relation; 19] = [
        Relation::Creator,
        Relation::Assignee,
        Relation::Manager,
        Relation::Distribution,
        Relation::PrivateList,
        Relation::Approver,
        Relation::FinalApprover,
        Relation::Reviewer,
        Relation::BallInCourt,
        Relation::CrewLead,
        Relation::InvoiceContact,
        Relation::SameCompany,
        Relation::Employee,
        Relation::Invited,
        Relation::ResponsibleContractor,
        Relation::Attendee,
        Relation::Signer,
        Relation::SourceAccess,
        Relation::Private,
    ];

    /// The id used in matrix files, assertion files and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Relation::Creator => "creator",
            Relation::Assignee => "assignee",
            Relation::Manager => "manager",
            Relation::Distribution => "distribution",
            Relation::PrivateList => "private_list",
            Relation::Approver => "approver",
            Relation::FinalApprover => "final_approver",
            Relation::Reviewer => "reviewer",
            Relation::BallInCourt => "ball_in_court",
            Relation::CrewLead => "crew_lead",
            Relation::InvoiceContact => "invoice_contact",
            Relation::SameCompany => "same_company",
            Relation::Employee => "employee",
            Relation::Invited => "invited",
            Relation::ResponsibleContractor => "responsible_contractor",
            Relation::Attendee => "attendee",
            Relation::Signer => "signer",
            Relation::SourceAccess => "source_access",
            Relation::Private => "private",
        }
    }

    pub fn from_id(id: &str) -> Option<Relation> {
        let id = id.replace('-', "_");
        Relation::ALL.into_iter().find(|fact| fact.id() == id)
    }
}

/// A condition tree as the matrix states it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Condition {
    Fact(Relation),
    Label(LabelKind, String),
    Requires(ToolKey, Level),
    /// The user holds a granular permission of another tool.
    Granted(ToolKey, String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// A Kleene truth value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    pub fn from_bool(value: bool) -> Truth {
        if value { Truth::True } else { Truth::False }
    }

    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }

    pub fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::True, _) | (_, Truth::True) => Truth::True,
            (Truth::False, Truth::False) => Truth::False,
            _ => Truth::Unknown,
        }
    }
}

impl std::ops::Not for Truth {
    type Output = Truth;

    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

/// What a question states about the world. Anything not stated is unknown,
/// unless `closed_world` is set, in which case it is false.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub relations: BTreeMap<Relation, bool>,
    /// Granular permissions, settings and integrations stated true or false.
    pub labels: BTreeMap<(LabelKind, String), bool>,
    /// The item's status, when known.
    pub status: Option<String>,
    /// Statuses the item is known not to be in.
    pub not_statuses: BTreeSet<String>,
    /// The user's level on other tools.
    pub with: BTreeMap<ToolKey, Level>,
    /// Granular permissions of other tools, stated true or false.
    pub granted: BTreeMap<(ToolKey, String), bool>,
    pub closed_world: bool,
}

impl Facts {
    /// The truth of one atom under these facts.
    pub fn truth(&self, atom: &Condition) -> Truth {
        let stated = match atom {
            Condition::Fact(relation) => self.relations.get(relation).copied(),
            Condition::Label(LabelKind::Status, status) => match &self.status {
                Some(known) => Some(known == status),
                None if self.not_statuses.contains(status) => Some(false),
                None => None,
            },
            Condition::Label(kind, id) => self.labels.get(&(*kind, id.clone())).copied(),
            Condition::Requires(tool, level) => self.with.get(tool).map(|held| held >= level),
            Condition::Granted(tool, id) => self.granted.get(&(tool.clone(), id.clone())).copied(),
            Condition::All(_) | Condition::Any(_) | Condition::Not(_) => {
                return self.evaluate(atom);
            }
        };
        match stated {
            Some(value) => Truth::from_bool(value),
            None if self.closed_world => Truth::False,
            None => Truth::Unknown,
        }
    }

    /// Plain Kleene evaluation of a whole condition, without residual.
    pub fn evaluate(&self, condition: &Condition) -> Truth {
        match condition {
            Condition::All(parts) => parts
                .iter()
                .fold(Truth::True, |acc, part| acc.and(self.evaluate(part))),
            Condition::Any(parts) => parts
                .iter()
                .fold(Truth::False, |acc, part| acc.or(self.evaluate(part))),
            Condition::Not(inner) => !self.evaluate(inner),
            atom => self.truth(atom),
        }
    }
}

/// The outcome of evaluating a condition under partial facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    True,
    False,
    /// Undecided: holds exactly when the residual condition holds.
    Depends(Condition),
}

impl Outcome {
    pub fn truth(&self) -> Truth {
        match self {
            Outcome::True => Truth::True,
            Outcome::False => Truth::False,
            Outcome::Depends(_) => Truth::Unknown,
        }
    }
}

impl Condition {
    /// Evaluates under partial facts and simplifies what is left.
    pub fn partial_eval(&self, facts: &Facts) -> Outcome {
        match self {
            Condition::All(parts) => {
                let mut left = Vec::new();
                for part in parts {
                    match part.partial_eval(facts) {
                        Outcome::False => return Outcome::False,
                        Outcome::True => {}
                        Outcome::Depends(rest) => left.push(rest),
                    }
                }
                simplify_all(left)
            }
            Condition::Any(parts) => {
                let mut left = Vec::new();
                for part in parts {
                    match part.partial_eval(facts) {
                        Outcome::True => return Outcome::True,
                        Outcome::False => {}
                        Outcome::Depends(rest) => left.push(rest),
                    }
                }
                simplify_any(left)
            }
            Condition::Not(inner) => match inner.partial_eval(facts) {
                Outcome::True => Outcome::False,
                Outcome::False => Outcome::True,
                Outcome::Depends(rest) => Outcome::Depends(negate(rest)),
            },
            atom => match facts.truth(atom) {
                Truth::True => Outcome::True,
                Truth::False => Outcome::False,
                Truth::Unknown => Outcome::Depends(atom.clone()),
            },
        }
    }

    /// Every atom in the tree, in order of appearance.
    pub fn atoms(&self) -> Vec<&Condition> {
        let mut out = Vec::new();
        self.collect_atoms(&mut out);
        out
    }

    fn collect_atoms<'a>(&'a self, out: &mut Vec<&'a Condition>) {
        match self {
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|part| part.collect_atoms(out))
            }
            Condition::Not(inner) => inner.collect_atoms(out),
            atom => out.push(atom),
        }
    }
}

/// `not` with double negation removed.
fn negate(condition: Condition) -> Condition {
    match condition {
        Condition::Not(inner) => *inner,
        other => Condition::Not(Box::new(other)),
    }
}

fn status_of(condition: &Condition) -> Option<&str> {
    match condition {
        Condition::Label(LabelKind::Status, id) => Some(id),
        _ => None,
    }
}

/// Simplifies a conjunction of undecided parts.
fn simplify_all(parts: Vec<Condition>) -> Outcome {
    let mut flat = BTreeSet::new();
    for part in parts {
        match part {
            Condition::All(inner) => flat.extend(inner),
            other => {
                flat.insert(other);
            }
        }
    }
    // `x` and `not x` together can never hold.
    if flat.iter().any(|part| flat.contains(&negate(part.clone()))) {
        return Outcome::False;
    }
    // An item has one status: two different required statuses can never hold,
    // and a required status makes any `not <other status>` redundant.
    let required: BTreeSet<String> = flat
        .iter()
        .filter_map(status_of)
        .map(str::to_owned)
        .collect();
    if required.len() > 1 {
        return Outcome::False;
    }
    if let Some(status) = required.into_iter().next() {
        flat.retain(|part| match part {
            Condition::Not(inner) => status_of(inner).is_none_or(|other| other == status),
            _ => true,
        });
    }
    // Absorption: `a and (a or b)` is `a`.
    let snapshot = flat.clone();
    flat.retain(|part| match part {
        Condition::Any(options) => !options.iter().any(|option| snapshot.contains(option)),
        _ => true,
    });
    collapse(flat, Condition::All, Outcome::True)
}

/// Simplifies a disjunction of undecided parts.
fn simplify_any(parts: Vec<Condition>) -> Outcome {
    let mut flat = BTreeSet::new();
    for part in parts {
        match part {
            Condition::Any(inner) => flat.extend(inner),
            other => {
                flat.insert(other);
            }
        }
    }
    // `x or not x` always holds.
    if flat.iter().any(|part| flat.contains(&negate(part.clone()))) {
        return Outcome::True;
    }
    // Absorption: `a or (a and b)` is `a`.
    let snapshot = flat.clone();
    flat.retain(|part| match part {
        Condition::All(needs) => !needs.iter().any(|need| snapshot.contains(need)),
        _ => true,
    });
    collapse(flat, Condition::Any, Outcome::False)
}

fn collapse(
    parts: BTreeSet<Condition>,
    combine: fn(Vec<Condition>) -> Condition,
    empty: Outcome,
) -> Outcome {
    let mut parts: Vec<Condition> = parts.into_iter().collect();
    match parts.len() {
        0 => empty,
        1 => Outcome::Depends(parts.remove(0)),
        _ => Outcome::Depends(combine(parts)),
    }
}

impl Outcome {
    /// The disjunction of two outcomes, simplified.
    pub fn or(self, other: Outcome) -> Outcome {
        match (self, other) {
            (Outcome::True, _) | (_, Outcome::True) => Outcome::True,
            (Outcome::False, other) | (other, Outcome::False) => other,
            (Outcome::Depends(a), Outcome::Depends(b)) => simplify_any(vec![a, b]),
        }
    }
}

#[cfg(test)]
#[path = "condition/tests.rs"]
mod tests;
