//! The settings of one search, resolved once from the command line, the
//! environment snapshot and terminal detection. Everything downstream reads
//! only this immutable [`Config`].

use std::os::unix::ffi::OsStrExt;

use crate::cli::{Cli, ColorWhen};
use crate::env::{Env, Var};
use crate::error::Error;
use crate::pattern::{self, CaseMode, Matcher};

/// The folder searched when none is given.
pub const DEFAULT_ROOT: &[u8] = b".";

/// What to do with each match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Print it.
    Print,
    /// Delete it (`--delete`).
    Delete,
    /// Run a shell command line on it (`--exec`).
    Exec(String),
    /// Run a Python module on it (`--module`).
    Module(String),
    /// Run Python code on it (`--command`).
    Command(String),
}

/// Everything a search needs to know, decided before it starts.
#[derive(Debug, Clone)]
pub struct Config {
    /// The folders to search, as typed, in order (never empty).
    pub roots: Vec<Vec<u8>>,
    /// The compiled pattern.
    pub matcher: Matcher,
    /// Match against the whole printed path instead of the name (`-p`).
    pub full_path: bool,
    /// Paint the matched span red.
    pub color: bool,
    /// Enter folders reached through symlinks.
    pub follow_symlinks: bool,
    /// Include names that start with `.`.
    pub hidden: bool,
    /// Skip version-control files and folders.
    pub ignore_vcs: bool,
    /// What to do with each match.
    pub action: Action,
    /// The Python interpreter for `--module` and `--command`, from
    /// `FFIND_PYTHON` (absent: `python3`, else `python`, on `PATH`).
    pub python: Option<std::ffi::OsString>,
    /// Exit with status 0 whatever happens (`--return-results`).
    pub return_results: bool,
    /// How many threads read folders (at least 1).
    pub threads: usize,
}

impl Config {
    /// Resolves the command line against the environment. `stdout_is_tty`
    /// is whether standard output is a terminal.
    pub fn resolve(cli: &Cli, env: &Env, stdout_is_tty: bool) -> Result<Config, Error> {
        let case = CaseMode::from_flags(
            cli.case_sensitive || env.is_set(Var::CaseSensitive),
            cli.ignore_case || env.is_set(Var::CaseInsensitive),
        );
        let source = pattern::source_from_bytes(cli.pattern.as_bytes());
        let matcher = Matcher::regex(&source, case, cli.fuzzy || env.is_set(Var::FuzzySearch))?;
        let color = match cli.color {
            Some(ColorWhen::Always) => true,
            Some(ColorWhen::Never) => false,
            Some(ColorWhen::Auto) | None => {
                stdout_is_tty && !cli.no_color && !env.is_set(Var::NoColor) && !env.no_color()
            }
        };
        let roots = if cli.dirs.is_empty() {
            vec![DEFAULT_ROOT.to_vec()]
        } else {
            cli.dirs.iter().map(|d| d.as_bytes().to_vec()).collect()
        };
        Ok(Config {
            roots,
            matcher,
            full_path: cli.full_path || env.is_set(Var::SearchPath),
            color,
            follow_symlinks: !(cli.no_follow || env.is_set(Var::NoSymlink)),
            hidden: cli.hidden || env.is_set(Var::SearchHidden),
            ignore_vcs: cli.ignore_vcs || env.is_set(Var::IgnoreVcs),
            action: if cli.delete {
                Action::Delete
            } else if let Some(line) = &cli.exec {
                Action::Exec(line.clone())
            } else if let Some(spec) = &cli.module {
                Action::Module(spec.clone())
            } else if let Some(program) = &cli.command {
                Action::Command(program.clone())
            } else {
                Action::Print
            },
            python: env.python().cloned(),
            return_results: cli.return_results,
            threads: match cli.threads {
                Some(n) => n as usize,
                None => std::thread::available_parallelism().map_or(1, |n| n.get()),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::parse_from;

    fn resolve(args: &[&str], vars: &[(&str, &str)], tty: bool) -> Config {
        let env =
            Env::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.into()));
        let mut argv = vec!["ffind"];
        argv.extend_from_slice(args);
        let cli = parse_from(&env, argv).unwrap();
        Config::resolve(&cli, &env, tty).unwrap()
    }

    #[test]
    fn colour_needs_a_terminal_unless_forced() {
        assert!(resolve(&["x"], &[], true).color);
        assert!(!resolve(&["x"], &[], false).color);
        assert!(resolve(&["--color=always", "x"], &[], false).color);
        assert!(!resolve(&["--color=never", "x"], &[], true).color);
        assert!(!resolve(&["--nocolor", "x"], &[], true).color);
    }

    #[test]
    fn colour_variables_lose_to_always() {
        assert!(!resolve(&["x"], &[("NO_COLOR", "1")], true).color);
        assert!(!resolve(&["x"], &[("FFIND_NO_COLOR", "1")], true).color);
        assert!(resolve(&["x"], &[("FFIND_NO_COLOR", "0")], true).color);
        let forced = resolve(
            &["--color=always", "x"],
            &[("NO_COLOR", "1"), ("FFIND_NO_COLOR", "yes")],
            false,
        );
        assert!(forced.color);
    }

    #[test]
    fn the_last_colour_option_wins() {
        assert!(!resolve(&["--color=always", "--no-color", "x"], &[], true).color);
        assert!(resolve(&["--no-color", "--color=always", "x"], &[], false).color);
    }

    #[test]
    fn variables_switch_defaults_on() {
        let c = resolve(
            &["x"],
            &[("FFIND_SEARCH_HIDDEN", "1"), ("FFIND_NO_SYMLINK", "on")],
            false,
        );
        assert!(c.hidden);
        assert!(!c.follow_symlinks);
        let c = resolve(&["x"], &[("FFIND_SEARCH_HIDDEN", "0")], false);
        assert!(!c.hidden);
        assert!(c.follow_symlinks);
    }

    #[test]
    fn default_root_is_the_current_folder() {
        assert_eq!(resolve(&["x"], &[], false).roots, vec![b".".to_vec()]);
        assert_eq!(
            resolve(&["a/", "x"], &[], false).roots,
            vec![b"a/".to_vec()]
        );
    }
}
