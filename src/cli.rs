//! The command line as clap sees it: a plain description of the arguments.
//!
//! Nothing here decides anything; [`crate::config::Config::resolve`] turns a
//! parsed [`Cli`] plus the environment into the settings of a search.

use std::ffi::OsString;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, ValueEnum};

use crate::env::{Env, Var};

/// When to colour the matched part of each name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when standard output is a terminal and no variable forbids it.
    Auto,
    /// Always colour, whatever the terminal and the variables say.
    Always,
    /// Never colour.
    Never,
}

/// `ffind [OPTIONS] [DIR] PATTERN`: the parsed command line.
#[derive(Debug, Parser)]
#[command(
    name = "ffind",
    version,
    about = "Find files by name: a regex searched in each name, smart case, hidden and VCS files skipped.",
    long_about = "Find files by name.\n\n\
        Searches DIR (default: the current folder) for names matching PATTERN, a regular \
        expression searched anywhere in the name. A pattern in lowercase matches \
        case-insensitively; one with an uppercase letter is case-sensitive. Hidden names are \
        skipped, symlinked folders are followed (each folder at most once per route), and the \
        matched part of each name is painted red on a terminal. Results come in a fixed order: \
        in each folder the matching files, then the matching folders, each sorted by name; then \
        each folder in turn.",
    after_help = "Use --help for examples and the environment variables.",
    after_long_help = AFTER_LONG_HELP,
    allow_missing_positional = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Match the whole path, not only the name [env: FFIND_SEARCH_PATH]
    ///
    /// The subject is the path exactly as it is printed, so with the default
    /// folder it starts with `./`.
    #[arg(short = 'p', long = "full-path")]
    pub full_path: bool,

    /// Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]
    #[arg(long = "no-color", visible_alias = "nocolor", overrides_with = "color")]
    pub no_color: bool,

    /// When to colour the matched part: auto, always or never
    ///
    /// `auto` colours only on a terminal and only when neither FFIND_NO_COLOR
    /// nor NO_COLOR is set; `always` beats every variable.
    #[arg(long, value_enum, value_name = "WHEN", overrides_with = "no_color")]
    pub color: Option<ColorWhen>,

    /// Do not enter symlinked folders [env: FFIND_NO_SYMLINK]
    ///
    /// They are still listed, and printed when they match.
    #[arg(long = "no-follow", visible_alias = "nosymlinks")]
    pub no_follow: bool,

    /// Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]
    #[arg(long)]
    pub hidden: bool,

    /// Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]
    #[arg(short = 'c', long = "case-sensitive")]
    pub case_sensitive: bool,

    /// Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]
    ///
    /// If both -i and -c are set, the search is case-sensitive.
    #[arg(short = 'i', long = "ignore-case")]
    pub ignore_case: bool,

    /// Skip version-control files and folders [env: FFIND_IGNORE_VCS]
    ///
    /// CVS RCS SCCS .git .svn .arch-ids {arch} =RELEASE-ID =meta-update
    /// =update .bzr .bzrignore .bzrtags .hg .hgignore .hgrags _darcs
    /// .cvsignore .gitignore
    #[arg(long = "ignore-vcs")]
    pub ignore_vcs: bool,

    /// Fuzzy search: the pattern's characters in order, anything between [env: FFIND_FUZZY_SEARCH]
    ///
    /// `abc` becomes the regular expression `a.*?b.*?c`.
    #[arg(short = 'f', long = "fuzzy")]
    pub fuzzy: bool,

    /// Delete each match: a file, a symlink (never its target), or an empty folder
    #[arg(long, group = "action", help_heading = "Actions")]
    pub delete: bool,

    /// Run a shell command on each match
    ///
    /// Each `{}` in COMMAND is replaced by the path, shell-quoted; without
    /// `{}` the quoted path is appended after a space. The line runs through
    /// `/bin/sh -c`. The exit status is 1 if any run fails.
    #[arg(
        long = "exec",
        value_name = "COMMAND",
        group = "action",
        help_heading = "Actions"
    )]
    pub exec: Option<String>,

    /// Run a Python module on each match, as `python -m NAME ARGS`
    ///
    /// `{}` in ARGS is replaced by the path; with no ARGS the path is the only
    /// argument. One interpreter (FFIND_PYTHON, else python3, else python)
    /// runs every match. The exit status is 1 if any run fails.
    #[arg(
        long = "module",
        value_name = "NAME ARGS",
        group = "action",
        help_heading = "Actions"
    )]
    pub module: Option<String>,

    /// Run Python code on each match, with the path in the variable `filename`
    ///
    /// An exception is printed (its message) and makes the exit status 1;
    /// `sys.exit(N)` ends ffind with status N.
    #[arg(
        long = "command",
        value_name = "PROGRAM",
        group = "action",
        help_heading = "Actions"
    )]
    pub command: Option<String>,

    /// How many threads read folders (default: the number of cores)
    #[arg(short = 'j', long = "threads", value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,

    /// For testing: print as usual and exit with status 0.
    #[arg(long = "return-results", hide = true)]
    pub return_results: bool,

    /// The folders to search, in order (default: the current one)
    #[arg(value_name = "DIR")]
    pub dirs: Vec<OsString>,

    /// The regular expression searched for in each name
    #[arg(value_name = "PATTERN", required = true)]
    pub pattern: OsString,
}

const AFTER_LONG_HELP: &str = "\
Examples:
  ffind test1                 names containing test1, in this folder and below
  ffind src 'py$'             names ending in py, under src
  ffind -p second             whole paths containing second
  ffind --hidden config       include hidden files and folders

Environment:
  A variable counts as set when it is not empty and not 0, false, no or off.
  FFIND_SEARCH_PATH, FFIND_NO_COLOR, FFIND_NO_SYMLINK, FFIND_SEARCH_HIDDEN,
  FFIND_CASE_SENSITIVE, FFIND_CASE_INSENSITIVE, FFIND_IGNORE_VCS and
  FFIND_FUZZY_SEARCH set the option that names them; FFIND_SORT is accepted
  and changes nothing (the output is always sorted); NO_COLOR disables colour.
  An option whose variable is set shows [SET] at the end of its help.

Exit status: 0 when the search ran (with or without matches), 1 on an error,
2 on a usage error.";

/// The argument ids whose default an environment variable switches on.
const ARG_VARS: [(&str, Var); 8] = [
    ("full_path", Var::SearchPath),
    ("no_color", Var::NoColor),
    ("no_follow", Var::NoSymlink),
    ("hidden", Var::SearchHidden),
    ("case_sensitive", Var::CaseSensitive),
    ("ignore_case", Var::CaseInsensitive),
    ("ignore_vcs", Var::IgnoreVcs),
    ("fuzzy", Var::FuzzySearch),
];

/// The clap command, with `[SET]` appended to the help of every option
/// whose environment variable is set.
pub fn command(env: &Env) -> clap::Command {
    ARG_VARS
        .iter()
        .filter(|(_, var)| env.is_set(*var))
        .fold(Cli::command(), |cmd, (id, _)| {
            cmd.mut_arg(*id, |arg| {
                let short = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                let long = arg
                    .get_long_help()
                    .map(|h| h.to_string())
                    .unwrap_or_else(|| short.clone());
                let marked = format!("{short} [SET]");
                let long = match long.strip_prefix(&short) {
                    Some(rest) => format!("{marked}{rest}"),
                    None => format!("{long} [SET]"),
                };
                arg.help(marked).long_help(long)
            })
        })
}

/// Parses `args` (the program name first) against [`command`].
pub fn parse_from<I, T>(env: &Env, args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut cmd = command(env);
    let matches: ArgMatches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut cmd))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn one_positional_is_the_pattern_and_two_are_dir_then_pattern() {
        let env = Env::default();
        let cli = parse_from(&env, ["ffind", "x"]).unwrap();
        assert!(cli.dirs.is_empty());
        assert_eq!(cli.pattern, "x");
        let cli = parse_from(&env, ["ffind", "src", "x"]).unwrap();
        assert_eq!(cli.dirs, ["src"]);
        assert_eq!(cli.pattern, "x");
    }

    #[test]
    fn set_marks_only_the_options_whose_variable_is_set() {
        let env = Env::from_lookup(|name| (name == "FFIND_SEARCH_HIDDEN").then(|| "1".into()));
        let help = command(&env).render_help().to_string();
        assert_eq!(help.matches("[SET]").count(), 1, "{help}");
        let hidden_line = help.lines().find(|l| l.contains("--hidden")).unwrap();
        assert!(hidden_line.contains("[SET]"), "{help}");
    }
}
