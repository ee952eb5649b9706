//! README's console examples are real: every `$ permq …` line in a
//! ```console block is run, and its output must be the lines printed under it.

use crate::permq;

/// (command line, expected output) for every example without a pipe or a redirection.
fn examples() -> Vec<(String, String)> {
    let readme = include_str!("../../README.md");
    let mut found = Vec::new();
    for block in readme.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        for example in block
            .split("\n$ ")
            .map(|part| part.trim_start_matches("$ "))
        {
            let (command, output) = example.split_once('\n').unwrap_or((example, ""));
            if command.starts_with("permq ") && !command.contains(['|', '>']) {
                found.push((command.to_owned(), output.trim_end().to_owned()));
            }
        }
    }
    found
}

#[test]
fn every_readme_example_prints_what_the_readme_shows() {
    let examples = examples();
    assert!(
        examples.len() >= 10,
        "only {} examples found",
        examples.len()
    );
    let mut stale = Vec::new();
    for (command, expected) in &examples {
        let words = shell_words::split(command).expect("a README command line parses");
        let output = permq().args(&words[1..]).output().expect("permq runs");
        let mut printed = String::from_utf8_lossy(&output.stdout).into_owned();
        printed.push_str(&String::from_utf8_lossy(&output.stderr));
        if printed.trim_end() != expected {
            stale.push(format!(
                "$ {command}\n--- README shows:\n{expected}\n--- permq prints:\n{}",
                printed.trim_end()
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "README examples out of date:\n{}",
        stale.join("\n\n")
    );
}
