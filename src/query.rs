//! `can`: may a user at a level do an action of a tool, given what is known?
//!
//! Pure: takes a tool, an action, a level, the facts and the global rules,
//! and returns a three-valued [`Answer`]. No I/O, no rendering.

use crate::condition::{Facts, Outcome};
use crate::model::{Action, GlobalRule, Grant, Level, ToolKey};

/// The verdict of a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Yes,
    No,
    /// Allowed exactly when the residual condition holds.
    OnlyIf(crate::condition::Condition),
}

impl Verdict {
    pub fn id(&self) -> &'static str {
        match self {
            Verdict::Yes => "yes",
            Verdict::No => "no",
            Verdict::OnlyIf(_) => "only_if",
        }
    }
}

/// The answer to a question, with what explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub verdict: Verdict,
    /// Footnote ids of the cells that bear on the answer, in order, without repeats.
    pub footnotes: Vec<String>,
    /// Global rules that applied because their condition is known to hold.
    pub applied_rules: Vec<String>,
    /// Global rules that would apply if their (unknown) condition held.
    pub possible_rules: Vec<String>,
    /// The action's cells could not all be checked against an official page.
    pub unverified: bool,
}

/// The outcome of one level's cell under the facts.
pub fn cell_outcome(action: &Action, level: Level, facts: &Facts) -> Outcome {
    match &action.cell(level).grant {
        Grant::Deny => Outcome::False,
        Grant::Allow => Outcome::True,
        Grant::If(condition) => condition.partial_eval(facts),
    }
}

/// Answers whether `level` may do `action` of `tool`, under `facts` and the
/// global rules that speak of that tool.
///
/// A global rule (e.g. company Directory Admin gives Admin everywhere) adds
/// the cell of its level when its condition is known to hold; when its
/// condition is unknown it is reported as possible, not assumed.
pub fn can(
    tool: &ToolKey,
    action: &Action,
    level: Level,
    facts: &Facts,
    rules: &[GlobalRule],
) -> Answer {
    let mut outcome = cell_outcome(action, level, facts);
    let mut footnotes = action.cell(level).notes.clone();
    let mut applied_rules = Vec::new();
    let mut possible_rules = Vec::new();
    // Each rule's condition, evaluated once.
    let rules: Vec<(&GlobalRule, Outcome)> = rules
        .iter()
        .filter(|rule| rule.applies_to(tool) && rule.grants_level > level)
        .map(|rule| (rule, rule.when.partial_eval(facts)))
        .collect();
    // Rules known to hold first, so that a rule is only offered as possible
    // when the answer is still open after every rule that does hold.
    for (rule, when) in &rules {
        if *when == Outcome::True {
            applied_rules.push(rule.id.clone());
            outcome = outcome.or(cell_outcome(action, rule.grants_level, facts));
            footnotes.extend(action.cell(rule.grants_level).notes.iter().cloned());
        }
    }
    for (rule, when) in &rules {
        if matches!(when, Outcome::Depends(_))
            && outcome != Outcome::True
            && cell_outcome(action, rule.grants_level, facts) != Outcome::False
        {
            possible_rules.push(rule.id.clone());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    footnotes.retain(|note| seen.insert(note.clone()));
    let verdict = match outcome {
        Outcome::True => Verdict::Yes,
        Outcome::False => Verdict::No,
        Outcome::Depends(residual) => Verdict::OnlyIf(residual),
    };
    Answer {
        verdict,
        footnotes,
        applied_rules,
        possible_rules,
        unverified: action.unverified,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::{Condition, Relation};
    use crate::model::{Cell, LabelKind, Scope, Text, ToolKey};
    use proptest::prelude::*;

    fn directory() -> ToolKey {
        ToolKey {
            scope: Scope::Company,
            id: String::from("directory"),
        }
    }

    fn rule() -> GlobalRule {
        GlobalRule {
            id: String::from("company_directory_admin"),
            name: Text::default(),
            when: Condition::Requires(directory(), Level::Admin),
            grants_level: Level::Admin,
            scope: None,
            except: Vec::new(),
        }
    }

    fn rfi() -> ToolKey {
        ToolKey {
            scope: Scope::Project,
            id: String::from("rfi"),
        }
    }

    fn company_tool() -> ToolKey {
        ToolKey {
            scope: Scope::Company,
            id: String::from("cost_catalog"),
        }
    }

    fn action(cells: [Grant; 4]) -> Action {
        Action {
            id: String::from("edit"),
            name: Text::default(),
            aliases: Vec::new(),
            platforms: Vec::new(),
            unverified: false,
            exception: None,
            info: None,
            cells: cells.map(|grant| Cell {
                grant,
                notes: Vec::new(),
            }),
        }
    }

    fn grant() -> impl Strategy<Value = Grant> {
        let atom = prop_oneof![
            Just(Condition::Fact(Relation::Creator)),
            Just(Condition::Fact(Relation::Manager)),
            Just(Condition::Label(LabelKind::Granular, String::from("g"))),
            Just(Condition::Label(LabelKind::Status, String::from("draft"))),
        ];
        let condition = atom.prop_recursive(3, 12, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 1..3).prop_map(Condition::All),
                prop::collection::vec(inner.clone(), 1..3).prop_map(Condition::Any),
                inner.prop_map(|c| Condition::Not(Box::new(c))),
            ]
        });
        prop_oneof![
            Just(Grant::Deny),
            Just(Grant::Allow),
            condition.prop_map(Grant::If)
        ]
    }

    fn facts() -> impl Strategy<Value = Facts> {
        (
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
            prop::option::of(prop::sample::select(vec![
                Level::None,
                Level::Standard,
                Level::Admin,
            ])),
            any::<bool>(),
        )
            .prop_map(|(creator, manager, granted, directory_level, closed)| {
                let mut facts = Facts {
                    closed_world: closed,
                    ..Facts::default()
                };
                if let Some(value) = creator {
                    facts.relations.insert(Relation::Creator, value);
                }
                if let Some(value) = manager {
                    facts.relations.insert(Relation::Manager, value);
                }
                if let Some(value) = granted {
                    facts
                        .labels
                        .insert((LabelKind::Granular, String::from("g")), value);
                }
                if let Some(level) = directory_level {
                    facts.with.insert(directory(), level);
                }
                facts
            })
    }

    proptest! {
        /// A denied cell never answers yes, unless a global rule is known to apply.
        #[test]
        fn a_denied_cell_never_answers_yes(
            cells in [grant(), grant(), grant(), grant()],
            level in prop::sample::select(Level::ALL.to_vec()),
            facts in facts(),
        ) {
            let mut cells = cells;
            cells[level.index()] = Grant::Deny;
            let action = action(cells);
            let answer = can(&rfi(), &action, level, &facts, &[rule()]);
            if answer.verdict == Verdict::Yes {
                prop_assert!(!answer.applied_rules.is_empty());
                prop_assert_eq!(facts.with.get(&directory()), Some(&Level::Admin));
            }
            let without_rules = can(&rfi(), &action, level, &facts, &[]);
            prop_assert_ne!(without_rules.verdict, Verdict::Yes);
        }

        /// An unknown fact never turns into a yes: with every unknown fact
        /// then stated either way, a yes stays a yes.
        #[test]
        fn a_yes_survives_learning_more(
            cells in [grant(), grant(), grant(), grant()],
            level in prop::sample::select(Level::ALL.to_vec()),
            partial in facts(),
            creator in any::<bool>(),
            manager in any::<bool>(),
            granted in any::<bool>(),
        ) {
            let action = action(cells);
            // Open world: closed world decides unknown facts as false by request.
            let partial = Facts { closed_world: false, ..partial };
            let mut full = partial.clone();
            full.relations.entry(Relation::Creator).or_insert(creator);
            full.relations.entry(Relation::Manager).or_insert(manager);
            full.labels.entry((LabelKind::Granular, String::from("g"))).or_insert(granted);
            full.with.entry(directory()).or_insert(Level::None);
            full.status.get_or_insert_with(|| String::from("open"));
            if can(&rfi(), &action, level, &partial, &[rule()]).verdict == Verdict::Yes {
                prop_assert_eq!(can(&rfi(), &action, level, &full, &[rule()]).verdict, Verdict::Yes);
            }
        }
    }

    #[test]
    fn a_global_rule_with_an_unknown_condition_is_possible_not_applied() {
        let action = action([Grant::Deny, Grant::Deny, Grant::Deny, Grant::Allow]);
        let answer = can(
            &rfi(),
            &action,
            Level::Standard,
            &Facts::default(),
            &[rule()],
        );
        assert_eq!(answer.verdict, Verdict::No);
        assert_eq!(
            answer.possible_rules,
            vec![String::from("company_directory_admin")]
        );
        assert!(answer.applied_rules.is_empty());
    }

    #[test]
    fn a_scoped_rule_speaks_only_of_its_scope() {
        let project_directory = ToolKey {
            scope: Scope::Project,
            id: String::from("directory"),
        };
        let scoped = GlobalRule {
            id: String::from("project_directory_admin"),
            when: Condition::Requires(project_directory.clone(), Level::Admin),
            scope: Some(Scope::Project),
            ..rule()
        };
        let action = action([Grant::Deny, Grant::Deny, Grant::Deny, Grant::Allow]);
        let mut facts = Facts::default();
        facts.with.insert(project_directory, Level::Admin);
        let rules = [scoped];
        let on_project = can(&rfi(), &action, Level::None, &facts, &rules);
        assert_eq!(on_project.verdict, Verdict::Yes);
        assert_eq!(on_project.applied_rules, ["project_directory_admin"]);
        let on_company = can(&company_tool(), &action, Level::None, &facts, &rules);
        assert_eq!(on_company.verdict, Verdict::No);
        assert!(on_company.applied_rules.is_empty() && on_company.possible_rules.is_empty());
    }

    #[test]
    fn a_rule_that_holds_silences_the_rules_that_might() {
        let project_directory = ToolKey {
            scope: Scope::Project,
            id: String::from("directory"),
        };
        let holds = GlobalRule {
            id: String::from("project_directory_admin"),
            when: Condition::Requires(project_directory.clone(), Level::Admin),
            ..rule()
        };
        let action = action([Grant::Deny, Grant::Deny, Grant::Deny, Grant::Allow]);
        let mut facts = Facts::default();
        facts.with.insert(project_directory, Level::Admin);
        // The unknown company rule comes first; it must not be offered once the answer is yes.
        let answer = can(&rfi(), &action, Level::None, &facts, &[rule(), holds]);
        assert_eq!(answer.verdict, Verdict::Yes);
        assert!(
            answer.possible_rules.is_empty(),
            "{:?}",
            answer.possible_rules
        );
    }

    #[test]
    fn a_rule_does_not_speak_of_the_tools_it_excepts() {
        let excepting = GlobalRule {
            except: vec![rfi()],
            ..rule()
        };
        let action = action([Grant::Deny, Grant::Deny, Grant::Deny, Grant::Allow]);
        let mut facts = Facts::default();
        facts.with.insert(directory(), Level::Admin);
        let rules = [excepting];
        assert_eq!(
            can(&rfi(), &action, Level::None, &facts, &rules).verdict,
            Verdict::No
        );
        assert_eq!(
            can(&company_tool(), &action, Level::None, &facts, &rules).verdict,
            Verdict::Yes
        );
    }
}
