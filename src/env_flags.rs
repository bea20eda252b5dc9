//! The one table of the settings an environment variable can switch on,
//! and of every variable ffind reads.
//!
//! Each [`Switch`] is a boolean option (`-p`, `--hidden`, …); each entry of
//! [`VARIABLES`] names a variable, how its value is read and the switch it
//! turns on by default. Everything else is made from this table: the
//! variables [`crate::env::Env`] reads, the `[env: …]` and `[SET]` marks and
//! the environment section of the help ([`crate::cli::command`]), the
//! resolution in [`crate::config::Config::resolve`], the man page's
//! ENVIRONMENT section; a test checks the README's table against it.
//! [`OPPOSITES`] names the options that turn switches off again, so that
//! every default a variable sets can be undone on the command line.

/// A boolean option that a variable can switch on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Switch {
    /// `-p`, `--full-path`.
    FullPath,
    /// `--no-color`.
    NoColor,
    /// `--no-follow`.
    NoFollow,
    /// `--hidden`.
    Hidden,
    /// `-c`, `--case-sensitive`.
    CaseSensitive,
    /// `-i`, `--ignore-case`.
    IgnoreCase,
    /// `--ignore-vcs`.
    IgnoreVcs,
    /// `-f`, `--fuzzy`.
    Fuzzy,
    /// `-g`, `--glob`.
    Glob,
    /// `-F`, `--fixed-strings`.
    FixedStrings,
    /// `--gitignore`.
    Gitignore,
    /// `-a`, `--absolute-path`.
    AbsolutePath,
    /// `--show-errors`.
    ShowErrors,
    /// `--ls-colors`.
    LsColors,
}

impl Switch {
    /// The id of the switch's argument in the clap definition
    /// ([`crate::cli::Cli`]'s field name).
    pub fn arg_id(self) -> &'static str {
        match self {
            Switch::FullPath => "full_path",
            Switch::NoColor => "no_color",
            Switch::NoFollow => "no_follow",
            Switch::Hidden => "hidden",
            Switch::CaseSensitive => "case_sensitive",
            Switch::IgnoreCase => "ignore_case",
            Switch::IgnoreVcs => "ignore_vcs",
            Switch::Fuzzy => "fuzzy",
            Switch::Glob => "glob",
            Switch::FixedStrings => "fixed_strings",
            Switch::Gitignore => "gitignore",
            Switch::AbsolutePath => "absolute_path",
            Switch::ShowErrors => "show_errors",
            Switch::LsColors => "ls_colors",
        }
    }

    /// The variables that switch it on.
    pub fn variables(self) -> impl Iterator<Item = &'static Variable> {
        VARIABLES.iter().filter(move |var| var.switch == Some(self))
    }
}

/// How a variable's value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Set when not empty and not `0`, `false`, `no` or `off` (any case).
    Truthy,
    /// Set when not empty (the no-color.org convention).
    NotEmpty,
    /// A value, used as it is (empty counts as absent).
    Value,
}

/// One environment variable ffind reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variable {
    /// Its name.
    pub name: &'static str,
    /// How its value is read.
    pub reading: Reading,
    /// The option it switches on by default, if any.
    pub switch: Option<Switch>,
    /// What it does beyond switching its option on (for a variable without
    /// a switch: all it does), for the documentation; may be empty.
    pub note: &'static str,
}

/// Every variable ffind reads, in the order the documentation lists them.
pub const VARIABLES: [Variable; 18] = [
    truthy("FFIND_SEARCH_PATH", Switch::FullPath, ""),
    truthy(
        "FFIND_NO_COLOR",
        Switch::NoColor,
        "--color=always undoes it",
    ),
    truthy("FFIND_NO_SYMLINK", Switch::NoFollow, ""),
    truthy("FFIND_SEARCH_HIDDEN", Switch::Hidden, ""),
    truthy("FFIND_CASE_SENSITIVE", Switch::CaseSensitive, ""),
    truthy("FFIND_CASE_INSENSITIVE", Switch::IgnoreCase, ""),
    truthy("FFIND_IGNORE_VCS", Switch::IgnoreVcs, ""),
    truthy("FFIND_FUZZY_SEARCH", Switch::Fuzzy, ""),
    truthy("FFIND_GLOB", Switch::Glob, ""),
    truthy("FFIND_FIXED_STRINGS", Switch::FixedStrings, ""),
    truthy("FFIND_GITIGNORE", Switch::Gitignore, ""),
    truthy("FFIND_ABSOLUTE_PATH", Switch::AbsolutePath, ""),
    truthy("FFIND_SHOW_ERRORS", Switch::ShowErrors, ""),
    truthy("FFIND_LS_COLORS", Switch::LsColors, ""),
    Variable {
        name: "NO_COLOR",
        reading: Reading::NotEmpty,
        switch: Some(Switch::NoColor),
        note: "when not empty, see no-color.org; --color=always beats it",
    },
    Variable {
        name: "FFIND_SORT",
        reading: Reading::Truthy,
        switch: None,
        note: "accepted, changes nothing: the output is always sorted",
    },
    Variable {
        name: "FFIND_PYTHON",
        reading: Reading::Value,
        switch: None,
        note: "the Python interpreter for --module and --command (default: python3, else python)",
    },
    Variable {
        name: "LS_COLORS",
        reading: Reading::Value,
        switch: None,
        note: "the colours of --ls-colors, as ls reads them (default: dircolors' own)",
    },
];

/// A variable read by the truthiness rule that switches `switch` on.
const fn truthy(name: &'static str, switch: Switch, note: &'static str) -> Variable {
    Variable {
        name,
        reading: Reading::Truthy,
        switch: Some(switch),
        note,
    }
}

/// An option that sets switches, most often one switch's opposite
/// (`--no-hidden`): for each switch the last option on the command line
/// that sets it decides, and a switch that none sets takes its default
/// from the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opposite {
    /// The id of its argument in the clap definition.
    pub arg_id: &'static str,
    /// What it sets each switch to.
    pub sets: &'static [(Switch, bool)],
}

/// The options that undo switches (each switch's own option sets it on).
/// `--no-color` is undone by `--color=always` instead, which also beats
/// `NO_COLOR` ([`crate::config::Config::resolve`]).
pub const OPPOSITES: [Opposite; 14] = [
    undo("no_full_path", &[(Switch::FullPath, false)]),
    undo("follow", &[(Switch::NoFollow, false)]),
    undo("no_hidden", &[(Switch::Hidden, false)]),
    undo("no_case_sensitive", &[(Switch::CaseSensitive, false)]),
    undo("no_ignore_case", &[(Switch::IgnoreCase, false)]),
    undo("no_ignore_vcs", &[(Switch::IgnoreVcs, false)]),
    undo("no_fuzzy", &[(Switch::Fuzzy, false)]),
    undo(
        "regex",
        &[(Switch::Glob, false), (Switch::FixedStrings, false)],
    ),
    undo("no_gitignore", &[(Switch::Gitignore, false)]),
    undo(
        "no_ignore",
        &[(Switch::Gitignore, false), (Switch::IgnoreVcs, false)],
    ),
    undo(
        "unrestricted",
        &[
            (Switch::Hidden, true),
            (Switch::Gitignore, false),
            (Switch::IgnoreVcs, false),
        ],
    ),
    undo("no_absolute_path", &[(Switch::AbsolutePath, false)]),
    undo("no_show_errors", &[(Switch::ShowErrors, false)]),
    undo("no_ls_colors", &[(Switch::LsColors, false)]),
];

/// An [`Opposite`] entry.
const fn undo(arg_id: &'static str, sets: &'static [(Switch, bool)]) -> Opposite {
    Opposite { arg_id, sets }
}

impl Switch {
    /// The options that turn it off.
    pub fn undone_by(self) -> impl Iterator<Item = &'static Opposite> {
        OPPOSITES
            .iter()
            .filter(move |o| o.sets.contains(&(self, false)))
    }
}

/// The switches, each once, in the order of [`VARIABLES`].
pub fn switches() -> impl Iterator<Item = Switch> {
    VARIABLES.iter().enumerate().filter_map(|(i, var)| {
        let switch = var.switch?;
        VARIABLES[..i]
            .iter()
            .all(|earlier| earlier.switch != Some(switch))
            .then_some(switch)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_switch_has_a_variable_and_names_are_unique() {
        assert_eq!(switches().count(), 14);
        for switch in switches() {
            let undone = switch.undone_by().next().is_some();
            assert!(
                undone || switch == Switch::NoColor,
                "{switch:?} has no opposite"
            );
        }
        for (i, var) in VARIABLES.iter().enumerate() {
            assert!(
                VARIABLES[..i].iter().all(|v| v.name != var.name),
                "{} twice",
                var.name
            );
        }
        assert_eq!(
            Switch::NoColor
                .variables()
                .map(|v| v.name)
                .collect::<Vec<_>>(),
            ["FFIND_NO_COLOR", "NO_COLOR"]
        );
    }
}
