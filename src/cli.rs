//! The command line as clap sees it: a plain description of the arguments.
//!
//! Nothing here decides anything; [`crate::config::Config::resolve`] turns a
//! parsed [`Cli`] plus the environment into the settings of a search.
//! `help` makes the help texts and marks from this definition and the flag
//! table ([`crate::flags`]); `parse` reads the command line as people type
//! it ([`parse_from`]).

use std::ffi::OsString;

use clap::{Args, Parser, ValueEnum, ValueHint};

use crate::flags::Switch;
use crate::output::Template;

mod help;
mod parse;

pub use help::{
    ARGUMENTS, EXAMPLES, TRUTHINESS, command, switch_names, variable_description, variable_meaning,
    visible_command,
};
pub use parse::parse_from;

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
    about = "Find files by name: a regex searched in each name, smart case, hidden files skipped.",
    long_about = "Find files by name.\n\n\
        Searches DIR (default: the current folder) for names matching PATTERN, a regular \
        expression searched anywhere in the name. A pattern in lowercase matches \
        case-insensitively; one with an uppercase letter is case-sensitive. Hidden names are \
        skipped, symlinked folders are followed (each folder at most once per route), and the \
        matched part of each name is painted red on a terminal. Results come in a fixed order: \
        in each folder the matching files, then the matching folders, each sorted by name; then \
        each folder in turn. Options may stand anywhere among the folders and the pattern; \
        after `--` nothing is an option.",
    after_help = "Use --help for examples and the environment variables.",
    override_usage = "ffind [OPTIONS] [DIR]... PATTERN",
    max_term_width = 100
)]
pub struct Cli {
    /// Match the whole path, not only the name
    ///
    /// The subject is the path exactly as it is printed, so with the default
    /// folder it starts with `./`.
    #[arg(short = 'p', long = "full-path", help_heading = "Matching")]
    pub full_path: bool,

    /// Force case-sensitive matching; beats -i
    #[arg(short = 'c', long = "case-sensitive", help_heading = "Matching")]
    pub case_sensitive: bool,

    /// Force case-insensitive matching
    ///
    /// If both -i and -c are set, the search is case-sensitive.
    #[arg(short = 'i', long = "ignore-case", help_heading = "Matching")]
    pub ignore_case: bool,

    /// Fuzzy search: the pattern's characters in order, anything between
    ///
    /// `abc` becomes the regular expression `a.*?b.*?c`.
    #[arg(short = 'f', long = "fuzzy", help_heading = "Matching")]
    pub fuzzy: bool,

    /// The pattern is a shell glob matched against the whole name
    ///
    /// With -p, against the whole printed path: `*` does not cross `/`, `**`
    /// does. `{a,b}` alternatives and `[...]` classes work; smart case
    /// applies as for regular expressions.
    #[arg(short = 'g', long = "glob", help_heading = "Matching", overrides_with_all = ["fixed_strings", "regex"])]
    pub glob: bool,

    /// The pattern is a literal string searched anywhere in the name
    #[arg(short = 'F', long = "fixed-strings", help_heading = "Matching", overrides_with_all = ["glob", "regex"])]
    pub fixed_strings: bool,

    /// The pattern is a regular expression (the default; beats FFIND_GLOB and FFIND_FIXED_STRINGS)
    #[arg(long = "regex", help_heading = "Matching", overrides_with_all = ["glob", "fixed_strings"])]
    pub regex: bool,

    /// Include hidden names (starting with `.`)
    #[arg(short = 'H', long, help_heading = "Filters")]
    pub hidden: bool,

    /// Skip version-control files and folders
    ///
    /// CVS RCS SCCS .git .svn .arch-ids {arch} =RELEASE-ID =meta-update
    /// =update .bzr .bzrignore .bzrtags .hg .hgignore .hgrags _darcs
    /// .cvsignore .gitignore
    #[arg(long = "ignore-vcs", help_heading = "Filters")]
    pub ignore_vcs: bool,

    /// Respect .gitignore, .ignore, .git/info/exclude and git's global excludes
    ///
    /// As git does: inside a repository (a folder holding .git) the
    /// .gitignore files from its top down apply, also when searching from a
    /// subfolder, and a nested repository starts afresh; outside any
    /// repository .gitignore files are not read. .ignore files apply
    /// everywhere. An ignore file that is not a regular file or is larger
    /// than 16 MiB is skipped (said with --show-errors).
    #[arg(long = "gitignore", help_heading = "Filters")]
    pub gitignore: bool,

    /// Do not enter symlinked folders
    ///
    /// They are still listed, and printed when they match.
    #[arg(
        long = "no-follow",
        visible_alias = "nosymlinks",
        help_heading = "Filters"
    )]
    pub no_follow: bool,

    /// Accepted for fd users: symlinked folders are followed by default
    #[arg(short = 'L', help_heading = "Filters")]
    pub follow: bool,

    /// Accepted for fd users: ignore files are read only with --gitignore
    #[arg(short = 'I', help_heading = "Filters")]
    pub no_ignore: bool,

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
        value_hint = ValueHint::Other,
        help_heading = "Filters"
    )]
    pub extensions: Vec<String>,

    /// Skip names matching this glob: neither printed nor entered (repeatable)
    #[arg(
        short = 'E',
        long = "exclude",
        value_name = "GLOB",
        value_hint = ValueHint::Other,
        help_heading = "Filters"
    )]
    pub excludes: Vec<String>,

    /// Descend at most N levels (1: only the entries directly inside DIR)
    #[arg(
        short = 'd',
        long = "max-depth",
        value_name = "N",
        value_hint = ValueHint::Other,
        help_heading = "Filters"
    )]
    pub max_depth: Option<usize>,

    /// Print only entries at least N levels deep
    #[arg(long = "min-depth", value_name = "N", value_hint = ValueHint::Other, help_heading = "Filters")]
    pub min_depth: Option<usize>,

    /// Stop after the first result (same as --max-results 1)
    #[arg(short = '1', help_heading = "Filters", conflicts_with = "max_results")]
    pub first: bool,

    /// Stop after N results; the walk stops too
    #[arg(long = "max-results", value_name = "N", value_hint = ValueHint::Other, help_heading = "Filters")]
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

    /// Do not colour the output
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

    /// Print absolute paths
    ///
    /// Each folder to search is made absolute with symlinks and `..` resolved.
    #[arg(short = 'a', long = "absolute-path", help_heading = "Output")]
    pub absolute_path: bool,

    /// Report unreadable folders, symlink loops and vanished entries
    ///
    /// Each is printed on standard error as `ffind: PATH: reason`, and makes
    /// the exit status 1.
    #[arg(long = "show-errors", help_heading = "Output")]
    pub show_errors: bool,

    /// How many threads read folders, 1 to 256 (default: the number of cores)
    ///
    /// Threads that the system will not start are done without: the search
    /// goes on with those that did (said with --show-errors).
    #[arg(short = 'j', long = "threads", value_name = "N", value_hint = ValueHint::Other, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub threads: Option<u32>,

    /// For testing: print as usual and exit with status 0 (the hidden
    /// `--return-results`, added by [`command`] outside the completions).
    #[arg(skip)]
    pub return_results: bool,

    /// The folders to search (default: the current one), then the pattern
    #[arg(
        id = "args",
        value_name = "DIR",
        value_hint = ValueHint::AnyPath,
        hide_short_help = true,
        hide_long_help = true
    )]
    args: Vec<OsString>,

    /// The folders to search, as typed, in order (empty: the current one).
    #[arg(skip)]
    pub dirs: Vec<OsString>,

    /// The pattern: the last argument that is not an option.
    #[arg(skip)]
    pub pattern: OsString,

    /// The options as given (every argument but the folders, the pattern
    /// and `--`), for suggesting a corrected command.
    #[arg(skip)]
    pub options: Vec<OsString>,

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
    /// COMMAND runs through `/bin/sh -c` (on Windows `cmd.exe /C`) once per
    /// match, in order. In it `{}` stands for the path, `{/}` its name, `{//}`
    /// its folder, `{.}` the path without extension, `{/.}` the name without
    /// extension; without any, the path is appended. A placeholder may stand
    /// bare, inside '…' or inside "…": the line refers to the path, which is
    /// passed as a separate argument, so the command receives exactly the
    /// path, never code (a placeholder where the shell would evaluate it,
    /// as in `eval` or `$(( ))`, is refused). The exit status is 1 if any
    /// run fails.
    #[arg(
        short = 'x',
        long = "exec",
        value_name = "COMMAND",
        value_hint = ValueHint::CommandString,
        value_parser = Template::exec
    )]
    pub exec: Option<Template>,

    /// Run a shell command once with every match, in order
    ///
    /// Like --exec, but the word holding the placeholders is repeated for each
    /// match (`-X 'ls -l {}'` runs `ls -l a b …`); the matches are split
    /// into several runs only where they would pass the system's limits (a
    /// value too long for one argument is reported and left out).
    /// Nothing runs when nothing matches. The exit status is 1 if any run
    /// fails.
    #[arg(
        short = 'X',
        long = "exec-batch",
        value_name = "COMMAND",
        value_hint = ValueHint::CommandString,
        value_parser = Template::batch
    )]
    pub exec_batch: Option<Template>,

    /// Run a Python module on each match, as `python -m NAME ARGS`
    ///
    /// `{}` in ARGS is replaced by the path; with no ARGS the path is the only
    /// argument. One Python 3 interpreter (FFIND_PYTHON, else python3, else python)
    /// runs every match. The exit status is 1 if any run fails.
    #[arg(
        long = "module",
        value_name = "NAME ARGS",
        value_hint = ValueHint::Other,
        value_parser = not_blank
    )]
    pub module: Option<String>,

    /// Run Python code on each match, with the path in the variable `filename`
    ///
    /// An exception is printed (its message) and makes the exit status 1;
    /// `sys.exit(N)` ends ffind with status N.
    #[arg(
        long = "command",
        value_name = "PROGRAM",
        value_hint = ValueHint::Other,
        value_parser = not_blank
    )]
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

impl Cli {
    /// Whether `switch`'s option was given on the command line.
    pub fn given(&self, switch: Switch) -> bool {
        match switch {
            Switch::FullPath => self.full_path,
            Switch::NoColor => self.no_color,
            Switch::NoFollow => self.no_follow,
            Switch::Hidden => self.hidden,
            Switch::CaseSensitive => self.case_sensitive,
            Switch::IgnoreCase => self.ignore_case,
            Switch::IgnoreVcs => self.ignore_vcs,
            Switch::Fuzzy => self.fuzzy,
            Switch::Glob => self.glob,
            Switch::FixedStrings => self.fixed_strings,
            Switch::Gitignore => self.gitignore,
            Switch::AbsolutePath => self.absolute_path,
            Switch::ShowErrors => self.show_errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::Env;
    use crate::flags;
    use clap::CommandFactory;

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

    fn parse(args: &[&str]) -> Cli {
        let mut argv = vec!["ffind"];
        argv.extend_from_slice(args);
        parse_from(&Env::default(), argv).unwrap()
    }

    #[test]
    fn options_stand_anywhere_and_double_dash_ends_them() {
        let cli = parse(&["src", "-i", "foo", "-c"]);
        assert_eq!(cli.dirs, ["src"]);
        assert_eq!(cli.pattern, "foo");
        assert!(cli.ignore_case && cli.case_sensitive);
        let cli = parse(&["--", "dir", "-pat"]);
        assert_eq!(cli.dirs, ["dir"]);
        assert_eq!(cli.pattern, "-pat");
        assert!(!cli.full_path);
    }

    #[test]
    fn long_prefixes_expand_preferring_the_originals_options() {
        assert!(parse(&["--hid", "x"]).hidden);
        assert!(parse(&["--noc", "x"]).no_color);
        assert!(parse(&["--nos", "x"]).no_follow);
        assert!(parse(&["--ign", "x"]).ignore_vcs);
        assert!(parse(&["--ignore-c", "x"]).ignore_case);
        assert_eq!(parse(&["--col=never", "x"]).color, Some(ColorWhen::Never));
        assert!(parse(&["--return", "x"]).return_results);
        assert!(parse_from(&Env::default(), ["ffind", "--no", "x"]).is_err());
        assert_eq!(parse(&["--", "--hid"]).pattern, "--hid");
    }

    #[test]
    fn every_switch_is_read_from_its_own_argument() {
        for switch in flags::switches() {
            let cmd = command(&Env::default());
            let names = switch_names(&cmd, switch);
            let first = names.split(", ").last().unwrap();
            let cli = parse(&[first, "x"]);
            for other in flags::switches() {
                assert_eq!(cli.given(other), other == switch, "{first} and {other:?}");
            }
        }
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
