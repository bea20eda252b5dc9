//! The README's table of environment variables agrees with the one table
//! ffind is built from ([`crate::env_flags::VARIABLES`]): the same variables,
//! in the same order, each naming the option it switches on.

use crate::cli;
use crate::env::Env;
use crate::env_flags::VARIABLES;

/// The rows of the README's variable table: the variable, what it does
/// and what undoes it.
fn readme_rows() -> Vec<(String, String, String)> {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("### Environment variables")
        .nth(1)
        .expect("the README has an environment section");
    section
        .lines()
        .skip_while(|line| !line.starts_with("| variable"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').collect();
            (
                cells[0].trim().trim_matches('`').to_owned(),
                cells[1].trim().to_owned(),
                cells.get(2).map_or("", |c| c.trim()).to_owned(),
            )
        })
        .collect()
}

#[test]
fn readme_variable_table_matches_the_flag_table() {
    let rows = readme_rows();
    let names: Vec<&str> = rows.iter().map(|(name, _, _)| name.as_str()).collect();
    let want: Vec<&str> = VARIABLES.iter().map(|var| var.name).collect();
    assert_eq!(names, want, "the README lists other variables");
    let cmd = cli::command(&Env::default());
    let quoted = |names: String| {
        names
            .split(", ")
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (var, (name, meaning, undo)) in VARIABLES.iter().zip(&rows) {
        if let Some(switch) = var.switch {
            let options = quoted(cli::switch_names(&cmd, switch));
            assert!(
                meaning.starts_with(&options),
                "README: {name} should read {options}, reads {meaning}"
            );
            let opposites = cli::opposite_names(&cmd, switch);
            if !opposites.is_empty() {
                let opposites = quoted(opposites);
                assert_eq!(undo, &opposites, "README: what undoes {name}");
            }
        } else {
            assert!(
                !meaning.starts_with("`-"),
                "README: {name} switches no option, reads {meaning}"
            );
        }
    }
}
