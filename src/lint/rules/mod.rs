//! The rules, one file each. Adding a rule: a new file here and one line in [`ALL`].

use super::Rule;

pub mod pq000_unreadable_file;
pub mod pq001_invalid_yaml;
pub mod pq002_unknown_field;
pub mod pq003_missing_field;
pub mod pq004_wrong_type;
pub mod pq005_invalid_id;
pub mod pq006_unknown_fact;
pub mod pq007_unknown_level;
pub mod pq008_unknown_platform;
pub mod pq009_duplicate_key;
pub mod pq010_duplicate_tool;
pub mod pq011_misplaced_file;
pub mod pq012_file_too_large;
pub mod pq013_suppression_without_reason;
pub mod pq014_duplicate_name;
pub mod pq015_invalid_config;
pub mod pq101_undefined_footnote;
pub mod pq102_unused_footnote;
pub mod pq103_undeclared_reference;
pub mod pq104_unknown_tool;
pub mod pq105_requires_cycle;
pub mod pq201_non_monotonic;
pub mod pq202_stricter_higher_level;
pub mod pq203_unsatisfiable_condition;
pub mod pq204_redundant_condition;
pub mod pq205_global_rule_violation;
pub mod pq206_granular_outside_range;
pub mod pq301_missing_translation;
pub mod pq302_level_mismatch;

/// Every rule, in code order.
pub static ALL: &[Rule] = &[
    pq000_unreadable_file::RULE,
    pq001_invalid_yaml::RULE,
    pq002_unknown_field::RULE,
    pq003_missing_field::RULE,
    pq004_wrong_type::RULE,
    pq005_invalid_id::RULE,
    pq006_unknown_fact::RULE,
    pq007_unknown_level::RULE,
    pq008_unknown_platform::RULE,
    pq009_duplicate_key::RULE,
    pq010_duplicate_tool::RULE,
    pq011_misplaced_file::RULE,
    pq012_file_too_large::RULE,
    pq013_suppression_without_reason::RULE,
    pq014_duplicate_name::RULE,
    pq015_invalid_config::RULE,
    pq101_undefined_footnote::RULE,
    pq102_unused_footnote::RULE,
    pq103_undeclared_reference::RULE,
    pq104_unknown_tool::RULE,
    pq105_requires_cycle::RULE,
    pq201_non_monotonic::RULE,
    pq202_stricter_higher_level::RULE,
    pq203_unsatisfiable_condition::RULE,
    pq204_redundant_condition::RULE,
    pq205_global_rule_violation::RULE,
    pq206_granular_outside_range::RULE,
    pq301_missing_translation::RULE,
    pq302_level_mismatch::RULE,
];

#[cfg(test)]
mod tests {
    use super::ALL;

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        let codes: Vec<&str> = ALL.iter().map(|rule| rule.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted);
        for rule in ALL {
            assert!(
                rule.code.len() == 5 && rule.code.starts_with("PQ"),
                "{}",
                rule.code
            );
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                rule.name
            );
            for section in [
                "## What it catches",
                "## Why it matters",
                "## Example",
                "## Fix",
            ] {
                assert!(
                    rule.explanation.contains(section),
                    "{} lacks {section}",
                    rule.code
                );
            }
        }
    }
}
