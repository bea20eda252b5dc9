//! The command line as clap sees it: a plain description of the arguments.
//!
//! Nothing here decides anything; [`crate::config::Config::resolve`] turns a
//! parsed [`Cli`] plus the environment into the settings of a search.

use std::ffi::OsString;

use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, ValueEnum};

use crate::env::{Env, Var};
use crate::output::template::Template;

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
    #[arg(short = 'p', long = "full-path", help_heading = "Matching")]
    pub full_path: bool,

    /// Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]
    #[arg(short = 'c', long = "case-sensitive", help_heading = "Matching")]
    pub case_sensitive: bool,

    /// Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]
    ///
    /// If both -i and -c are set, the search is case-sensitive.
    #[arg(short = 'i', long = "ignore-case", help_heading = "Matching")]
    pub ignore_case: bool,

    /// Fuzzy search: the pattern's characters in order, anything between [env: FFIND_FUZZY_SEARCH]
    ///
    /// `abc` becomes the regular expression `a.*?b.*?c`.
    #[arg(short = 'f', long = "fuzzy", help_heading = "Matching")]
    pub fuzzy: bool,

    /// The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]
    ///
    /// With -p, against the whole printed path: `*` does not cross `/`, `**`
    /// does. `{a,b}` alternatives and `[...]` classes work; smart case
    /// applies as for regular expressions.
    #[arg(short = 'g', long = "glob", help_heading = "Matching", overrides_with_all = ["fixed_strings", "regex"])]
    pub glob: bool,

    /// The pattern is a literal string searched anywhere in the name [env: FFIND_FIXED_STRINGS]
    #[arg(short = 'F', long = "fixed-strings", help_heading = "Matching", overrides_with_all = ["glob", "regex"])]
    pub fixed_strings: bool,

    /// The pattern is a regular expression (the default; beats FFIND_GLOB and FFIND_FIXED_STRINGS)
    #[arg(long = "regex", help_heading = "Matching", overrides_with_all = ["glob", "fixed_strings"])]
    pub regex: bool,

    /// Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]
    #[arg(long, help_heading = "Filters")]
    pub hidden: bool,

    /// Skip version-control files and folders [env: FFIND_IGNORE_VCS]
    ///
    /// CVS RCS SCCS .git .svn .arch-ids {arch} =RELEASE-ID =meta-update
    /// =update .bzr .bzrignore .bzrtags .hg .hgignore .hgrags _darcs
    /// .cvsignore .gitignore
    #[arg(long = "ignore-vcs", help_heading = "Filters")]
    pub ignore_vcs: bool,

    /// Respect .gitignore, .ignore, .git/info/exclude and git's global excludes [env: FFIND_GITIGNORE]
    #[arg(long = "gitignore", help_heading = "Filters")]
    pub gitignore: bool,

    /// Do not enter symlinked folders [env: FFIND_NO_SYMLINK]
    ///
    /// They are still listed, and printed when they match.
    #[arg(
        long = "no-follow",
        visible_alias = "nosymlinks",
        help_heading = "Filters"
    )]
    pub no_follow: bool,

    /// Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty)
    ///
    /// Repeat to allow several types. Symlinks are followed for f, d, x and e
    /// unless --no-follow.
    #[arg(
        short = 't',
        long = "type",
        value_name = "TYPE",
        value_enum,
        help_heading = "Filters"
    )]
    pub types: Vec<TypeArg>,

    /// Only names with this extension (case-insensitive; repeat for several)
    #[arg(
        short = 'e',
        long = "extension",
        value_name = "EXT",
        help_heading = "Filters"
    )]
    pub extensions: Vec<String>,

    /// Skip names matching this glob: neither printed nor entered (repeatable)
    #[arg(
        short = 'E',
        long = "exclude",
        value_name = "GLOB",
        help_heading = "Filters"
    )]
    pub excludes: Vec<String>,

    /// Descend at most N levels (1: only the entries directly inside DIR)
    #[arg(
        short = 'd',
        long = "max-depth",
        value_name = "N",
        help_heading = "Filters"
    )]
    pub max_depth: Option<usize>,

    /// Print only entries at least N levels deep
    #[arg(long = "min-depth", value_name = "N", help_heading = "Filters")]
    pub min_depth: Option<usize>,

    /// Stop after the first result (same as --max-results 1)
    #[arg(short = '1', help_heading = "Filters", conflicts_with = "max_results")]
    pub first: bool,

    /// Stop after N results; the walk stops too
    #[arg(long = "max-results", value_name = "N", help_heading = "Filters")]
    pub max_results: Option<usize>,

    /// When to colour the matched part: auto, always or never
    ///
    /// `auto` colours only on a terminal and only when neither FFIND_NO_COLOR
    /// nor NO_COLOR is set; `always` beats every variable.
    #[arg(
        long,
        value_enum,
        value_name = "WHEN",
        overrides_with = "no_color",
        help_heading = "Output"
    )]
    pub color: Option<ColorWhen>,

    /// Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]
    #[arg(
        long = "no-color",
        visible_alias = "nocolor",
        overrides_with = "color",
        help_heading = "Output"
    )]
    pub no_color: bool,

    /// End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)
    #[arg(short = '0', long = "print0", help_heading = "Output")]
    pub print0: bool,

    /// Print absolute paths [env: FFIND_ABSOLUTE_PATH]
    ///
    /// Each folder to search is made absolute with symlinks and `..` resolved.
    #[arg(short = 'a', long = "absolute-path", help_heading = "Output")]
    pub absolute_path: bool,

    /// Report unreadable folders, symlink loops and vanished entries [env: FFIND_SHOW_ERRORS]
    ///
    /// Each is printed on standard error as `ffind: PATH: reason`, and makes
    /// the exit status 1.
    #[arg(long = "show-errors", help_heading = "Output")]
    pub show_errors: bool,

    /// How many threads read folders (default: the number of cores)
    #[arg(short = 'j', long = "threads", value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,

    /// For testing: print as usual and exit with status 0.
    #[arg(long = "return-results", hide = true)]
    pub return_results: bool,

    /// The folders to search, in order (default: the current one)
    #[arg(value_name = "DIR")]
    pub dirs: Vec<OsString>,

    /// The pattern searched for in each name (a regular expression unless -g or -F)
    #[arg(value_name = "PATTERN", required = true)]
    pub pattern: OsString,

    /// What to do with each match instead of printing it (last, so that
    /// its help heading applies to nothing else).
    #[command(flatten)]
    pub actions: ActionArgs,
}

/// The actions on matches: mutually exclusive, listed under Actions.
#[derive(Debug, Args)]
#[group(id = "action", multiple = false)]
#[command(next_help_heading = "Actions")]
pub struct ActionArgs {
    /// Delete each match: a file, a symlink (never its target), or an empty folder
    ///
    /// While deleting, symlinked folders are not entered, and every removal
    /// is made relative to the folder the search opened, so nothing outside
    /// the folders searched is touched; the folders searched are never
    /// deleted. A matched folder is removed after its contents have been
    /// searched, so it goes when all of them matched too; one still not
    /// empty is reported and kept.
    #[arg(long)]
    pub delete: bool,

    /// Run a shell command on each match; {} may be quoted or not
    ///
    /// COMMAND runs through `/bin/sh -c` once per match, in order. In it
    /// `{}` stands for the path, `{/}` its name, `{//}` its folder, `{.}` the
    /// path without extension, `{/.}` the name without extension; without any,
    /// the path is appended. A placeholder may stand bare, inside '…' or inside
    /// "…": it is quoted for where it stands, so the command receives exactly
    /// the path, never code. The exit status is 1 if any run fails.
    #[arg(short = 'x', long = "exec", value_name = "COMMAND", value_parser = Template::exec)]
    pub exec: Option<Template>,

    /// Run a shell command once with every match, in order
    ///
    /// Like --exec, but the word holding the placeholders is repeated for each
    /// match (`-X 'ls -l {}'` runs `ls -l 'a' 'b' …`); the matches are split
    /// into several runs only where a line would pass the system's limit.
    /// Nothing runs when nothing matches. The exit status is 1 if any run
    /// fails.
    #[arg(short = 'X', long = "exec-batch", value_name = "COMMAND", value_parser = Template::batch)]
    pub exec_batch: Option<Template>,

    /// Run a Python module on each match, as `python -m NAME ARGS`
    ///
    /// `{}` in ARGS is replaced by the path; with no ARGS the path is the only
    /// argument. One Python 3 interpreter (FFIND_PYTHON, else python3, else python)
    /// runs every match. The exit status is 1 if any run fails.
    #[arg(long = "module", value_name = "NAME ARGS", value_parser = not_blank)]
    pub module: Option<String>,

    /// Run Python code on each match, with the path in the variable `filename`
    ///
    /// An exception is printed (its message) and makes the exit status 1;
    /// `sys.exit(N)` ends ffind with status N.
    #[arg(long = "command", value_name = "PROGRAM", value_parser = not_blank)]
    pub command: Option<String>,
}

/// An action's argument: anything but empty or blank.
fn not_blank(value: &str) -> Result<String, String> {
    if value.trim().is_empty() {
        Err("it is empty".to_owned())
    } else {
        Ok(value.to_owned())
    }
}

/// An entry type for `--type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    /// A regular file.
    #[value(name = "f", alias = "file")]
    File,
    /// A folder.
    #[value(name = "d", alias = "dir", alias = "directory")]
    Dir,
    /// A symbolic link.
    #[value(name = "l", alias = "symlink")]
    Symlink,
    /// An executable file.
    #[value(name = "x", alias = "executable")]
    Executable,
    /// An empty file or folder.
    #[value(name = "e", alias = "empty")]
    Empty,
}

const AFTER_LONG_HELP: &str = "\
Examples:
  ffind test1                     names containing test1, here and below
  ffind src 'py$'                 names ending in py, under src
  ffind -g '*.rs'                 names matching a shell glob
  ffind -p 'src/.*test'           whole printed paths matching a regex
  ffind --hidden config           include hidden files and folders
  ffind -t f -e rs -d 2 main      files ending in .rs, at most 2 levels deep
  ffind --exec 'wc -l {}' 'py$'   run a command on each match
  ffind -X 'wc -l' 'py$'          run it once with all the matches
  ffind --delete 'pyc$'           delete compiled Python files
  ffind -0 log | xargs -0 rm      pipe any name safely
  ffind --no-color txt > list     plain output for scripts

Environment:
  A variable counts as set when it is not empty and not 0, false, no or off.
  FFIND_SEARCH_PATH (-p), FFIND_NO_COLOR (--no-color), FFIND_NO_SYMLINK
  (--no-follow), FFIND_SEARCH_HIDDEN (--hidden), FFIND_CASE_SENSITIVE (-c),
  FFIND_CASE_INSENSITIVE (-i), FFIND_IGNORE_VCS (--ignore-vcs),
  FFIND_FUZZY_SEARCH (-f), FFIND_GLOB (-g), FFIND_FIXED_STRINGS (-F),
  FFIND_GITIGNORE (--gitignore), FFIND_ABSOLUTE_PATH (-a) and
  FFIND_SHOW_ERRORS (--show-errors) switch their option on by default.
  FFIND_SORT is accepted and changes nothing (the output is always sorted).
  FFIND_PYTHON names the interpreter for --module and --command.
  NO_COLOR (not empty) disables colour. An option whose variable is set
  shows [SET] in this help.

Exit status: 0 when the search ran (with or without matches), 1 on an error
or a failed action, 2 on a usage error.";

/// The argument ids whose default an environment variable switches on.
const ARG_VARS: [(&str, Var); 13] = [
    ("full_path", Var::SearchPath),
    ("glob", Var::Glob),
    ("fixed_strings", Var::FixedStrings),
    ("gitignore", Var::Gitignore),
    ("absolute_path", Var::AbsolutePath),
    ("show_errors", Var::ShowErrors),
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
