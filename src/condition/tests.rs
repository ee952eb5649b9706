//! Three-valued truth tables, residual simplification, closed world, and
//! soundness as a property: a "yes" under partial facts stays "yes" once every
//! fact is known.

use super::*;
use proptest::prelude::*;

const T: Truth = Truth::True;
const F: Truth = Truth::False;
const U: Truth = Truth::Unknown;

fn fact(relation: Relation) -> Condition {
    Condition::Fact(relation)
}

fn status(id: &str) -> Condition {
    Condition::Label(LabelKind::Status, id.to_owned())
}

fn granular(id: &str) -> Condition {
    Condition::Label(LabelKind::Granular, id.to_owned())
}

fn not(condition: Condition) -> Condition {
    Condition::Not(Box::new(condition))
}

fn facts(known: &[(Relation, bool)]) -> Facts {
    Facts {
        relations: known.iter().copied().collect(),
        ..Facts::default()
    }
}

#[test]
fn kleene_and_or_not_truth_tables() {
    let values = [T, F, U];
    let and = [[T, F, U], [F, F, F], [U, F, U]];
    let or = [[T, T, T], [T, F, U], [T, U, U]];
    for (i, a) in values.iter().enumerate() {
        for (j, b) in values.iter().enumerate() {
            assert_eq!(a.and(*b), and[i][j], "{a:?} and {b:?}");
            assert_eq!(a.or(*b), or[i][j], "{a:?} or {b:?}");
        }
    }
    assert_eq!(!T, F);
    assert_eq!(!F, T);
    assert_eq!(!U, U);
}

#[test]
fn condition_evaluation_follows_the_tables() {
    let creator = fact(Relation::Creator);
    let assignee = fact(Relation::Assignee);
    let both = Condition::All(vec![creator.clone(), assignee.clone()]);
    let either = Condition::Any(vec![creator.clone(), assignee.clone()]);
    let cases = [
        (Some(true), Some(true), T, T),
        (Some(true), Some(false), F, T),
        (Some(true), None, U, T),
        (Some(false), None, F, U),
        (None, None, U, U),
        (Some(false), Some(false), F, F),
    ];
    for (c, a, all, any) in cases {
        let mut known = Vec::new();
        if let Some(c) = c {
            known.push((Relation::Creator, c));
        }
        if let Some(a) = a {
            known.push((Relation::Assignee, a));
        }
        let facts = facts(&known);
        assert_eq!(facts.evaluate(&both), all, "all with {c:?} {a:?}");
        assert_eq!(facts.evaluate(&either), any, "any with {c:?} {a:?}");
        assert_eq!(both.partial_eval(&facts).truth(), all);
        assert_eq!(either.partial_eval(&facts).truth(), any);
        assert_eq!(facts.evaluate(&not(either.clone())), !any);
    }
}

#[test]
fn residual_keeps_only_the_unknown_facts_that_matter() {
    // (creator and draft) or (granular and (creator or manager)), with creator known true.
    let condition = Condition::Any(vec![
        Condition::All(vec![fact(Relation::Creator), status("draft")]),
        Condition::All(vec![
            granular("act_as_rfi_manager"),
            Condition::Any(vec![fact(Relation::Creator), fact(Relation::Manager)]),
        ]),
    ]);
    let outcome = condition.partial_eval(&facts(&[(Relation::Creator, true)]));
    assert_eq!(
        outcome,
        Outcome::Depends(Condition::Any(vec![
            granular("act_as_rfi_manager"),
            status("draft")
        ]))
    );
    let outcome = condition.partial_eval(&facts(&[(Relation::Creator, false)]));
    assert_eq!(
        outcome,
        Outcome::Depends(Condition::All(vec![
            fact(Relation::Manager),
            granular("act_as_rfi_manager")
        ]))
    );
}

#[test]
fn simplification_removes_double_negation_duplicates_and_absorbed_parts() {
    let creator = fact(Relation::Creator);
    let manager = fact(Relation::Manager);
    let none = Facts::default();
    assert_eq!(
        not(not(creator.clone())).partial_eval(&none),
        Outcome::Depends(creator.clone())
    );
    assert_eq!(
        Condition::All(vec![creator.clone(), creator.clone()]).partial_eval(&none),
        Outcome::Depends(creator.clone())
    );
    // a and (a or b) = a ; a or (a and b) = a
    assert_eq!(
        Condition::All(vec![
            creator.clone(),
            Condition::Any(vec![creator.clone(), manager.clone()])
        ])
        .partial_eval(&none),
        Outcome::Depends(creator.clone())
    );
    assert_eq!(
        Condition::Any(vec![
            creator.clone(),
            Condition::All(vec![creator.clone(), manager.clone()])
        ])
        .partial_eval(&none),
        Outcome::Depends(creator.clone())
    );
    // nested all/any flatten
    assert_eq!(
        Condition::All(vec![creator.clone(), Condition::All(vec![manager.clone()])])
            .partial_eval(&none),
        Outcome::Depends(Condition::All(vec![creator.clone(), manager.clone()]))
    );
}

#[test]
fn contradictions_and_tautologies_are_decided() {
    let creator = fact(Relation::Creator);
    let none = Facts::default();
    assert_eq!(
        Condition::All(vec![creator.clone(), not(creator.clone())]).partial_eval(&none),
        Outcome::False
    );
    assert_eq!(
        Condition::Any(vec![creator.clone(), not(creator.clone())]).partial_eval(&none),
        Outcome::True
    );
    // an item has one status
    assert_eq!(
        Condition::All(vec![status("draft"), status("open")]).partial_eval(&none),
        Outcome::False
    );
    assert_eq!(
        Condition::All(vec![status("draft"), not(status("open"))]).partial_eval(&none),
        Outcome::Depends(status("draft"))
    );
}

#[test]
fn a_known_status_decides_every_status_atom() {
    let known = Facts {
        status: Some(String::from("draft")),
        ..Facts::default()
    };
    assert_eq!(status("draft").partial_eval(&known), Outcome::True);
    assert_eq!(status("open").partial_eval(&known), Outcome::False);
    let excluded = Facts {
        not_statuses: [String::from("draft")].into(),
        ..Facts::default()
    };
    assert_eq!(status("draft").partial_eval(&excluded), Outcome::False);
    assert_eq!(
        status("open").partial_eval(&excluded),
        Outcome::Depends(status("open"))
    );
}

#[test]
fn closed_world_makes_unknown_facts_false() {
    let condition = Condition::Any(vec![fact(Relation::Creator), not(fact(Relation::Manager))]);
    let closed = Facts {
        closed_world: true,
        ..Facts::default()
    };
    // creator is false, manager is false, so `not manager` holds.
    assert_eq!(condition.partial_eval(&closed), Outcome::True);
    assert_eq!(
        fact(Relation::Creator).partial_eval(&closed),
        Outcome::False
    );
    let requires = Condition::Requires(
        ToolKey {
            scope: crate::model::Scope::Project,
            id: String::from("commitments"),
        },
        Level::Standard,
    );
    assert_eq!(requires.partial_eval(&closed), Outcome::False);
}

#[test]
fn requires_compares_levels() {
    let key = ToolKey {
        scope: crate::model::Scope::Project,
        id: String::from("commitments"),
    };
    let condition = Condition::Requires(key.clone(), Level::Standard);
    for (held, expected) in [
        (Level::None, Outcome::False),
        (Level::ReadOnly, Outcome::False),
        (Level::Standard, Outcome::True),
        (Level::Admin, Outcome::True),
    ] {
        let facts = Facts {
            with: [(key.clone(), held)].into(),
            ..Facts::default()
        };
        assert_eq!(condition.partial_eval(&facts), expected, "holding {held:?}");
    }
}

// ---- property tests ----

const ATOMS: [Relation; 4] = [
    Relation::Creator,
    Relation::Assignee,
    Relation::Manager,
    Relation::Private,
];
const STATUSES: [&str; 3] = ["draft", "open", "closed"];

fn atom() -> impl Strategy<Value = Condition> {
    prop_oneof![
        (0..ATOMS.len()).prop_map(|i| fact(ATOMS[i])),
        (0..STATUSES.len()).prop_map(|i| status(STATUSES[i])),
        Just(granular("g")),
    ]
}

fn condition() -> impl Strategy<Value = Condition> {
    atom().prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Condition::All),
            prop::collection::vec(inner.clone(), 0..4).prop_map(Condition::Any),
            inner.prop_map(|c| Condition::Not(Box::new(c))),
        ]
    })
}

/// A partial assignment: each relation true, false or unknown; status known or not.
fn partial_facts() -> impl Strategy<Value = Facts> {
    (
        prop::collection::vec(prop::option::of(any::<bool>()), ATOMS.len()),
        prop::option::of(0..STATUSES.len()),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(relations, status, granted)| {
            let mut facts = Facts::default();
            for (relation, value) in ATOMS.iter().zip(relations) {
                if let Some(value) = value {
                    facts.relations.insert(*relation, value);
                }
            }
            facts.status = status.map(|i| STATUSES[i].to_owned());
            if let Some(granted) = granted {
                facts
                    .labels
                    .insert((LabelKind::Granular, String::from("g")), granted);
            }
            facts
        })
}

/// A full assignment that agrees with `partial`, filling unknowns from `fill`.
fn complete(partial: &Facts, fill: &(Vec<bool>, usize, bool)) -> Facts {
    let mut full = partial.clone();
    for (relation, value) in ATOMS.iter().zip(&fill.0) {
        full.relations.entry(*relation).or_insert(*value);
    }
    if full.status.is_none() {
        full.status = Some(STATUSES[fill.1].to_owned());
    }
    full.labels
        .entry((LabelKind::Granular, String::from("g")))
        .or_insert(fill.2);
    full
}

fn fill() -> impl Strategy<Value = (Vec<bool>, usize, bool)> {
    (
        prop::collection::vec(any::<bool>(), ATOMS.len()),
        0..STATUSES.len(),
        any::<bool>(),
    )
}

proptest! {
    #[test]
    fn a_partial_answer_never_contradicts_a_complete_one(
        condition in condition(),
        partial in partial_facts(),
        fill in fill(),
    ) {
        let full = complete(&partial, &fill);
        let complete_truth = full.evaluate(&condition);
        prop_assert_ne!(complete_truth, Truth::Unknown);
        match condition.partial_eval(&partial) {
            Outcome::True => prop_assert_eq!(complete_truth, Truth::True),
            Outcome::False => prop_assert_eq!(complete_truth, Truth::False),
            // The residual is equivalent to the condition under the completion.
            Outcome::Depends(residual) => prop_assert_eq!(full.evaluate(&residual), complete_truth),
        }
    }

    #[test]
    fn partial_eval_agrees_with_plain_kleene_when_it_decides(
        condition in condition(),
        partial in partial_facts(),
    ) {
        let kleene = partial.evaluate(&condition);
        let outcome = condition.partial_eval(&partial);
        // Simplification may decide more than plain Kleene (x or not x),
        // never the opposite way.
        if kleene != Truth::Unknown {
            prop_assert_eq!(outcome.truth(), kleene);
        }
    }

    #[test]
    fn closed_world_always_decides(condition in condition(), partial in partial_facts()) {
        let closed = Facts { closed_world: true, ..partial };
        prop_assert_ne!(condition.partial_eval(&closed).truth(), Truth::Unknown);
    }
}
