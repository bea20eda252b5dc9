//! The settings of one search, resolved once from the command line, the
//! environment snapshot and terminal detection. Everything downstream reads
//! only this immutable [`Config`].

use crate::cli::{Cli, ColorWhen, HyperlinkWhen, StripWhen};
use crate::env::Env;
use crate::env_flags::Switch;
use crate::error::Error;
use crate::pattern::{self, CaseMode, Matcher, Syntax};
use crate::settings::{Settings, Threads, Types, exclude_set};
use crate::template::Template;
use crate::template::format::Format;

/// How long a Python interpreter has to answer `--version`, and then to
/// start the bridge (each): a healthy one takes a few tens of
/// milliseconds, a loaded machine a second or two.
pub const PYTHON_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(5);

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
    Exec(Template),
    /// Run a shell command line on all the matches at once (`--exec-batch`).
    ExecBatch(Template),
    /// Run a Python module on it (`--module`).
    Module(String),
    /// Run Python code on it (`--command`).
    Command(String),
}

/// How printed matches are written (when the action is to print them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// One path per line, as the original prints it.
    Plain,
    /// As a `--format` template says.
    Format(Format),
    /// One JSON object per line (`--json`); `with_match` when a pattern
    /// was given, so that each holds the matched span.
    Json {
        /// Whether each object holds the matched span.
        with_match: bool,
    },
}

/// Everything a search needs to know, decided before it starts: the
/// walk's settings, and the command line's own (the action, the output).
#[derive(Debug, Clone)]
pub struct Config {
    /// What the walk reads.
    pub search: Settings,
    /// Paint the matched span red.
    pub color: bool,
    /// Escape control characters and bytes that are not UTF-8 in names, so
    /// that a name cannot drive the terminal (on when standard output is a
    /// terminal and paths end in newlines).
    pub escape: bool,
    /// Escape the messages on standard error the same way (on when standard
    /// error is a terminal).
    pub escape_messages: bool,
    /// Print nothing; the exit status says whether anything matched
    /// (`--quiet`).
    pub quiet: bool,
    /// The byte after each printed path: a newline, or NUL with `-0`.
    pub terminator: u8,
    /// Colour each path by its file type with these colours
    /// (`--ls-colors`, when colour is on).
    pub type_colors: Option<lscolors::LsColors>,
    /// Write `ls -l`-like columns before each path (`-l`).
    pub list_details: bool,
    /// Wrap each printed path in an OSC 8 `file://` link (`--hyperlink`).
    pub hyperlink: bool,
    /// Print paths found in the default folder without its `./`
    /// (`--strip-cwd-prefix`); matching (`-p`) still sees it.
    pub strip_cwd_prefix: bool,
    /// What to do with each match.
    pub action: Action,
    /// How printed matches are written.
    pub output: Output,
    /// The Python interpreter for `--module` and `--command`, from
    /// `FFIND_PYTHON` (absent: `python3`, else `python`, on `PATH`).
    pub python: Option<std::ffi::OsString>,
    /// How long the interpreter has to answer `--version`, and then the
    /// bridge to greet ffind, before ffind gives up on it
    /// ([`PYTHON_TIME_LIMIT`]).
    pub python_time_limit: std::time::Duration,
    /// The bytes the environment takes in a child's argument space, which
    /// `--exec-batch` leaves free.
    pub environment_size: usize,
}

impl Config {
    /// Resolves the command line against the environment. `stdout_is_tty`
    /// and `stderr_is_tty` are whether standard output and standard error
    /// are terminals.
    pub fn resolve(
        cli: &Cli,
        env: &Env,
        stdout_is_tty: bool,
        stderr_is_tty: bool,
    ) -> Result<Config, Error> {
        // A switch is as the command line's last word on it says, or by
        // default on when a variable is set.
        let on = |switch: Switch| cli.decided(switch).unwrap_or_else(|| env.is_set(switch));
        let case = CaseMode::from_flags(on(Switch::CaseSensitive), on(Switch::IgnoreCase));
        let syntax = if cli.regex {
            Syntax::Regex
        } else if cli.given(Switch::Glob) {
            Syntax::Glob
        } else if cli.given(Switch::FixedStrings) {
            Syntax::Fixed
        } else if env.is_set(Switch::Glob) {
            Syntax::Glob
        } else if env.is_set(Switch::FixedStrings) {
            Syntax::Fixed
        } else {
            Syntax::Regex
        };
        // Bytes that are not UTF-8 are one character each, as in Python.
        // Without a pattern every name passes (the empty regex), and there
        // is no matched part to paint.
        let matcher = match &cli.pattern {
            Some(source) => {
                let source = pattern::decode(crate::sys::os_bytes(source));
                Matcher::new(&source, syntax, case, on(Switch::Fuzzy))?
            }
            None => Matcher::new("", Syntax::Regex, case, false)?,
        };
        let and = cli
            .and
            .iter()
            .map(|source| {
                let source = pattern::decode(crate::sys::os_bytes(source));
                Matcher::new(&source, syntax, case, on(Switch::Fuzzy))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let colour_wanted = !cli.quiet
            && !cli.print0
            && match cli.color {
                Some(ColorWhen::Always) => true,
                Some(ColorWhen::Never) => false,
                Some(ColorWhen::Auto) | None => stdout_is_tty && !on(Switch::NoColor),
            };
        let color = cli.pattern.is_some() && colour_wanted;
        let hyperlink = !cli.quiet
            && match cli.look.hyperlink {
                Some(HyperlinkWhen::Always) => true,
                Some(HyperlinkWhen::Auto) => colour_wanted,
                Some(HyperlinkWhen::Never) | None => false,
            };
        let folders = if cli.search_paths.is_empty() {
            &cli.dirs
        } else {
            &cli.search_paths
        };
        let mut roots: Vec<Vec<u8>> = if folders.is_empty() {
            vec![DEFAULT_ROOT.to_vec()]
        } else {
            folders
                .iter()
                .map(|d| crate::sys::os_bytes(d).to_vec())
                .collect()
        };
        let absolute_path = on(Switch::AbsolutePath);
        if absolute_path {
            let delete = cli.actions.delete;
            roots = roots.into_iter().map(|r| absolute(r, delete)).collect();
        }
        let strip_cwd_prefix = folders.is_empty()
            && !absolute_path
            && match cli.look.strip_cwd_prefix {
                Some(StripWhen::Always) => true,
                Some(StripWhen::Auto) => !cli.print0 && cli.actions.is_none(),
                Some(StripWhen::Never) | None => false,
            };
        let gitignore = on(Switch::Gitignore);
        let mut types = Types::default();
        for &t in &cli.types {
            types.allow(t.kind());
        }
        let full_path = on(Switch::FullPath);
        let threads = match cli.threads {
            Some(n) => Threads::given(n as usize),
            None => Threads::DEFAULT,
        };
        let search = Settings {
            roots,
            matcher,
            and,
            pattern_syntax: syntax,
            case_mode: case,
            fuzzy: on(Switch::Fuzzy),
            full_path,
            escape_messages: stderr_is_tty,
            // While deleting, symlinked folders are never entered: a
            // deletion must never reach outside the roots.
            follow_symlinks: !(on(Switch::NoFollow) || cli.actions.delete),
            hidden: on(Switch::Hidden),
            ignore_vcs: on(Switch::IgnoreVcs),
            gitignore,
            git_files: gitignore.then(|| env.git_files().clone()),
            types,
            extensions: cli
                .extensions
                .iter()
                .map(|e| e.trim_start_matches('.').to_ascii_lowercase().into_bytes())
                .collect(),
            excludes: exclude_set(&cli.excludes)?,
            max_depth: cli.exact_depth.or(cli.max_depth),
            min_depth: cli.exact_depth.or(cli.min_depth).unwrap_or(0),
            sizes: cli.sizes.clone(),
            times: cli
                .changed_within
                .iter()
                .chain(&cli.changed_before)
                .copied()
                .collect(),
            owner: cli.owner,
            one_file_system: cli.one_file_system,
            prune: cli.prune,
            max_results: if cli.first || cli.quiet {
                Some(1)
            } else {
                cli.max_results
            },
            show_errors: on(Switch::ShowErrors),
            delete: cli.actions.delete,
            threads,
        };
        Ok(Config {
            search,
            color,
            escape: stdout_is_tty && !cli.print0,
            escape_messages: stderr_is_tty,
            quiet: cli.quiet,
            terminator: if cli.print0 { b'\0' } else { b'\n' },
            strip_cwd_prefix,
            hyperlink,
            list_details: cli.look.list_details,
            type_colors: (colour_wanted && on(Switch::LsColors)).then(|| {
                let colors = env.ls_colors().map(|value| value.to_string_lossy());
                lscolors::LsColors::from_string(colors.as_deref().unwrap_or(""))
            }),
            action: if cli.actions.delete {
                Action::Delete
            } else if let Some(template) = &cli.actions.exec {
                Action::Exec(template.clone())
            } else if let Some(template) = &cli.actions.exec_batch {
                Action::ExecBatch(template.clone())
            } else if let Some(spec) = &cli.actions.module {
                Action::Module(spec.clone())
            } else if let Some(program) = &cli.actions.command {
                Action::Command(program.clone())
            } else {
                Action::Print
            },
            output: if let Some(format) = &cli.forms.format {
                Output::Format(format.clone())
            } else if cli.forms.json {
                Output::Json {
                    with_match: cli.pattern.is_some(),
                }
            } else {
                Output::Plain
            },
            python: env.python().cloned(),
            python_time_limit: PYTHON_TIME_LIMIT,
            environment_size: env.size(),
        })
    }
}

/// A root made absolute: canonical (symlinks and `..` resolved) when it
/// exists, else joined to the current folder (the walk then reports it).
///
/// Under `--delete`, a root typed as a symlink stays one (its folder made
/// canonical, its own name kept), so that it is refused as typed
/// ([`crate::walk::roots`]) rather than searched through.
fn absolute(root: Vec<u8>, delete: bool) -> Vec<u8> {
    let typed_link = delete
        && !crate::sys::ends_with_separator(&root)
        && std::fs::symlink_metadata(crate::sys::os_str(&root)).is_ok_and(|m| m.is_symlink());
    let path = std::path::PathBuf::from(crate::sys::os_string(root));
    if typed_link && let Some(name) = path.file_name() {
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        let parent = parent.unwrap_or(std::path::Path::new("."));
        if let Ok(parent) = std::fs::canonicalize(parent) {
            return crate::sys::os_bytes(parent.join(name).as_os_str()).to_vec();
        }
    }
    let absolute = std::fs::canonicalize(&path)
        .or_else(|_| std::path::absolute(&path))
        .unwrap_or(path);
    crate::sys::os_bytes(absolute.as_os_str()).to_vec()
}

#[cfg(test)]
impl Config {
    /// The configuration of `ffind ARGS x` with an empty environment, no
    /// terminal: the one way the unit tests build one.
    pub(crate) fn for_args(args: &[&str]) -> Config {
        let env = Env::default();
        let mut argv = vec!["ffind"];
        argv.extend_from_slice(args);
        argv.push("x");
        let cli = crate::cli::parse_from(&env, argv).expect("the test's arguments parse");
        Config::resolve(&cli, &env, false, false).expect("the test's configuration resolves")
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
        Config::resolve(&cli, &env, tty, false).unwrap()
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
        assert!(c.search.hidden);
        assert!(!c.search.follow_symlinks);
        let c = resolve(&["x"], &[("FFIND_SEARCH_HIDDEN", "0")], false);
        assert!(!c.search.hidden);
        assert!(c.search.follow_symlinks);
    }

    #[test]
    fn deleting_never_follows_symlinked_folders() {
        assert!(resolve(&["x"], &[], false).search.follow_symlinks);
        assert!(
            !resolve(&["--delete", "x"], &[], false)
                .search
                .follow_symlinks
        );
        assert!(
            !resolve(&["--delete", "x"], &[("FFIND_NO_SYMLINK", "0")], false)
                .search
                .follow_symlinks
        );
        assert!(
            !resolve(&["-L", "--delete", "x"], &[], false)
                .search
                .follow_symlinks
        );
        assert!(
            !resolve(&["--delete", "--follow", "x"], &[], false)
                .search
                .follow_symlinks
        );
        assert!(
            resolve(&["--exec", "true", "x"], &[], false)
                .search
                .follow_symlinks
        );
    }

    #[test]
    fn default_root_is_the_current_folder() {
        assert_eq!(
            resolve(&["x"], &[], false).search.roots,
            vec![b".".to_vec()]
        );
        assert_eq!(
            resolve(&["a/", "x"], &[], false).search.roots,
            vec![b"a/".to_vec()]
        );
    }
}
