//! A snapshot of the environment variables ffind reads.
//!
//! The snapshot is taken once, in `main`, and handed to the help builder and
//! to [`crate::config::Config::resolve`]; nothing else reads the process
//! environment.

use std::ffi::OsString;

/// A boolean default that an `FFIND_*` variable can switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Var {
    /// `FFIND_SEARCH_PATH`: match the whole path (`-p`).
    SearchPath,
    /// `FFIND_NO_COLOR`: never colour (`--nocolor`).
    NoColor,
    /// `FFIND_NO_SYMLINK`: do not enter symlinked folders (`--nosymlinks`).
    NoSymlink,
    /// `FFIND_SEARCH_HIDDEN`: include hidden names (`--hidden`).
    SearchHidden,
    /// `FFIND_CASE_SENSITIVE`: force case-sensitive matching (`-c`).
    CaseSensitive,
    /// `FFIND_CASE_INSENSITIVE`: force case-insensitive matching (`-i`).
    CaseInsensitive,
    /// `FFIND_IGNORE_VCS`: skip version-control files and folders.
    IgnoreVcs,
    /// `FFIND_FUZZY_SEARCH`: fuzzy matching (`-f`).
    FuzzySearch,
    /// `FFIND_SORT`: accepted for compatibility; output is always sorted.
    Sort,
    /// `FFIND_GLOB`: the pattern is a glob (`-g`).
    Glob,
    /// `FFIND_FIXED_STRINGS`: the pattern is a literal string (`-F`).
    FixedStrings,
    /// `FFIND_GITIGNORE`: respect ignore files (`--gitignore`).
    Gitignore,
    /// `FFIND_ABSOLUTE_PATH`: print absolute paths (`-a`).
    AbsolutePath,
    /// `FFIND_SHOW_ERRORS`: report walk errors (`--show-errors`).
    ShowErrors,
}

impl Var {
    /// Every variable, in the order the documentation lists them.
    pub const ALL: [Var; 14] = [
        Var::SearchPath,
        Var::NoColor,
        Var::NoSymlink,
        Var::SearchHidden,
        Var::CaseSensitive,
        Var::CaseInsensitive,
        Var::IgnoreVcs,
        Var::FuzzySearch,
        Var::Sort,
        Var::Glob,
        Var::FixedStrings,
        Var::Gitignore,
        Var::AbsolutePath,
        Var::ShowErrors,
    ];

    /// The variable's name in the environment.
    pub fn name(self) -> &'static str {
        match self {
            Var::SearchPath => "FFIND_SEARCH_PATH",
            Var::NoColor => "FFIND_NO_COLOR",
            Var::NoSymlink => "FFIND_NO_SYMLINK",
            Var::SearchHidden => "FFIND_SEARCH_HIDDEN",
            Var::CaseSensitive => "FFIND_CASE_SENSITIVE",
            Var::CaseInsensitive => "FFIND_CASE_INSENSITIVE",
            Var::IgnoreVcs => "FFIND_IGNORE_VCS",
            Var::FuzzySearch => "FFIND_FUZZY_SEARCH",
            Var::Sort => "FFIND_SORT",
            Var::Glob => "FFIND_GLOB",
            Var::FixedStrings => "FFIND_FIXED_STRINGS",
            Var::Gitignore => "FFIND_GITIGNORE",
            Var::AbsolutePath => "FFIND_ABSOLUTE_PATH",
            Var::ShowErrors => "FFIND_SHOW_ERRORS",
        }
    }

    /// What setting the variable does, for the documentation.
    pub fn description(self) -> &'static str {
        match self {
            Var::SearchPath => "Match the whole printed path, as -p/--full-path.",
            Var::NoColor => "Never colour, as --no-color.",
            Var::NoSymlink => "Do not enter symlinked folders, as --no-follow.",
            Var::SearchHidden => "Include hidden names, as --hidden.",
            Var::CaseSensitive => "Force case-sensitive matching, as -c.",
            Var::CaseInsensitive => "Force case-insensitive matching, as -i.",
            Var::IgnoreVcs => "Skip version-control files and folders, as --ignore-vcs.",
            Var::FuzzySearch => "Fuzzy search, as -f.",
            Var::Sort => {
                "Accepted for compatibility with ffind 1.6.1; the output is always sorted."
            }
            Var::Glob => "Read the pattern as a glob, as -g.",
            Var::FixedStrings => "Read the pattern as a literal string, as -F.",
            Var::Gitignore => "Respect ignore files, as --gitignore.",
            Var::AbsolutePath => "Print absolute paths, as -a.",
            Var::ShowErrors => "Report walk errors, as --show-errors.",
        }
    }
}

/// The values of the variables ffind cares about, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    set: Vec<Var>,
    no_color: bool,
    python: Option<OsString>,
}

impl Env {
    /// Reads the process environment.
    pub fn from_process() -> Env {
        Env::from_lookup(|name| std::env::var_os(name))
    }

    /// Builds a snapshot from any lookup function (used by tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<OsString>) -> Env {
        let set = Var::ALL
            .into_iter()
            .filter(|var| lookup(var.name()).is_some_and(|value| is_truthy(&value)))
            .collect();
        // no-color.org: present and not empty disables colour.
        let no_color = lookup("NO_COLOR").is_some_and(|value| !value.is_empty());
        let python = lookup("FFIND_PYTHON").filter(|value| !value.is_empty());
        Env {
            set,
            no_color,
            python,
        }
    }

    /// Whether `var` is set to a true value.
    pub fn is_set(&self, var: Var) -> bool {
        self.set.contains(&var)
    }

    /// Whether the `NO_COLOR` convention asks for no colour.
    pub fn no_color(&self) -> bool {
        self.no_color
    }

    /// The Python interpreter named by `FFIND_PYTHON`, if any.
    pub fn python(&self) -> Option<&OsString> {
        self.python.as_ref()
    }
}

/// The port's truthiness rule: a variable counts as set when it is not
/// empty and not `0`, `false`, `no` or `off` in any letter case.
pub fn is_truthy(value: &std::ffi::OsStr) -> bool {
    if value.is_empty() {
        return false;
    }
    let Some(text) = value.to_str() else {
        return true;
    };
    !["0", "false", "no", "off"]
        .iter()
        .any(|falsy| text.eq_ignore_ascii_case(falsy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn truthiness_follows_the_port_rule() {
        for value in ["1", "yes", "true", "on", "anything", " 0", "n"] {
            assert!(is_truthy(OsStr::new(value)), "{value:?} should be set");
        }
        for value in ["", "0", "false", "FALSE", "No", "oFF"] {
            assert!(!is_truthy(OsStr::new(value)), "{value:?} should be unset");
        }
    }

    #[test]
    fn snapshot_reads_only_truthy_variables() {
        let env = Env::from_lookup(|name| match name {
            "FFIND_SEARCH_PATH" => Some("1".into()),
            "FFIND_NO_COLOR" => Some("off".into()),
            "NO_COLOR" => Some("".into()),
            _ => None,
        });
        assert!(env.is_set(Var::SearchPath));
        assert!(!env.is_set(Var::NoColor));
        assert!(!env.no_color());
    }
}
