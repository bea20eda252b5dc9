//! The command line as clap sees it: a plain description of the arguments.
//!
//! Nothing here decides anything; [`crate::config::Config::resolve`] turns a
//! parsed [`Cli`] plus the environment into the settings of a search.

use std::ffi::OsString;

use clap::{
    Arg, ArgAction, ArgMatches, Args, CommandFactory, FromArgMatches, Parser, ValueEnum, ValueHint,
};

use crate::env::Env;
use crate::flags::{self, Switch, VARIABLES};

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

    /// How many threads read folders (default: the number of cores)
    #[arg(short = 'j', long = "threads", value_name = "N", value_hint = ValueHint::Other, value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,

    /// For testing: print as usual and exit with status 0 (the hidden
    /// `--return-results`, added by [`command`] outside the completions).
    #[arg(skip)]
    pub return_results: bool,

    /// The folders to search, then the pattern ([`ARGUMENTS`] in the help).
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
    #[arg(long)]
    pub delete: bool,

    /// Run a shell command on each match
    ///
    /// Each `{}` in COMMAND is replaced by the path, shell-quoted; without
    /// `{}` the quoted path is appended after a space. The line runs through
    /// `/bin/sh -c`. The exit status is 1 if any run fails.
    #[arg(long = "exec", value_name = "COMMAND", value_hint = ValueHint::CommandString)]
    pub exec: Option<String>,

    /// Run a Python module on each match, as `python -m NAME ARGS`
    ///
    /// `{}` in ARGS is replaced by the path; with no ARGS the path is the only
    /// argument. One interpreter (FFIND_PYTHON, else python3, else python)
    /// runs every match. The exit status is 1 if any run fails.
    #[arg(long = "module", value_name = "NAME ARGS", value_hint = ValueHint::Other)]
    pub module: Option<String>,

    /// Run Python code on each match, with the path in the variable `filename`
    ///
    /// An exception is printed (its message) and makes the exit status 1;
    /// `sys.exit(N)` ends ffind with status N.
    #[arg(long = "command", value_name = "PROGRAM", value_hint = ValueHint::Other)]
    pub command: Option<String>,
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

/// The examples of the long help (and the man page): a command and what it
/// does.
pub const EXAMPLES: [(&str, &str); 10] = [
    ("ffind test1", "names containing test1, here and below"),
    ("ffind src 'py$'", "names ending in py, under src"),
    ("ffind -g '*.rs'", "names matching a shell glob"),
    (
        "ffind -p 'src/.*test'",
        "whole printed paths matching a regex",
    ),
    ("ffind --hidden config", "include hidden files and folders"),
    (
        "ffind -t f -e rs -d 2 main",
        "files ending in .rs, at most 2 levels deep",
    ),
    (
        "ffind --exec 'wc -l {}' 'py$'",
        "run a command on each match",
    ),
    ("ffind --delete 'pyc$'", "delete compiled Python files"),
    (
        "ffind -0 log | xargs -0 -r rm",
        "pipe any name safely (-r: nothing to do when nothing matched)",
    ),
    ("ffind --no-color txt > list", "plain output for scripts"),
];

/// The positional arguments, as the help lists them (one positional in
/// clap, split by [`parse_from`]).
pub const ARGUMENTS: [(&str, &str); 2] = [
    (
        "[DIR]...",
        "The folders to search, in order (default: the current one)",
    ),
    (
        "PATTERN",
        "The pattern searched for in each name (a regular expression unless -g or -F)",
    ),
];

/// The truthiness rule, as the help and the man page state it.
pub const TRUTHINESS: &str =
    "A variable counts as set when it is not empty and not 0, false, no or off (any case).";

/// The exit statuses, as the help states them.
const EXIT_STATUS: &str = "\
Exit status: 0 when the search ran (with or without matches), 1 on an error
or a failed action, 2 on a usage error.";

/// The long options of ffind 1.6.1, preferred when a prefix fits several of
/// ours (`--ign` meant `--ignore-vcs` there, before `--ignore-case` existed).
const ORIGINAL_LONGS: [&str; 11] = [
    "help",
    "nocolor",
    "nosymlinks",
    "hidden",
    "delete",
    "exec",
    "module",
    "command",
    "ignore-vcs",
    "return-results",
    "version",
];

/// The names of `switch`'s option as the documentation writes them
/// (`-p, --full-path`), from the clap definition.
pub fn switch_names(cmd: &clap::Command, switch: Switch) -> String {
    let arg = cmd
        .get_arguments()
        .find(|arg| arg.get_id() == switch.arg_id())
        .expect("every switch is an argument");
    let mut names: Vec<String> = arg
        .get_short()
        .map(|s| format!("-{s}"))
        .into_iter()
        .collect();
    names.extend(arg.get_long().map(|l| format!("--{l}")));
    names.extend(
        arg.get_visible_aliases()
            .into_iter()
            .flatten()
            .map(|a| format!("--{a}")),
    );
    names.join(", ")
}

/// What one variable does, for the help and the man page: the option it
/// switches on, then its note.
pub fn variable_meaning(cmd: &clap::Command, var: &flags::Variable) -> String {
    match (var.switch, var.note) {
        (Some(switch), "") => format!("as {}", switch_names(cmd, switch)),
        (Some(switch), note) => format!("as {} ({note})", switch_names(cmd, switch)),
        (None, note) => note.to_owned(),
    }
}

/// The long help's closing text: examples, the variables, exit status.
fn after_long_help(cmd: &clap::Command) -> String {
    let mut text = String::from("Examples:\n");
    for (command, meaning) in EXAMPLES {
        text.push_str(&format!("  {command:<31} {meaning}\n"));
    }
    text.push_str(&format!(
        "\nEnvironment (each sets a default; an option whose variable is set shows [SET]):\n  \
         {TRUTHINESS}\n"
    ));
    for var in &VARIABLES {
        text.push_str(&term(var.name, &variable_meaning(cmd, var)));
    }
    text.push('\n');
    text.push_str(EXIT_STATUS);
    text
}

/// A term and its meaning as one entry of a list, the meaning wrapped to
/// fit 80 columns beside the term.
fn term(term: &str, meaning: &str) -> String {
    const INDENT: usize = 26;
    let mut out = format!("  {term:<23} ");
    let mut column = INDENT;
    for (i, word) in meaning.split(' ').enumerate() {
        if i > 0 && column + 1 + word.len() > 79 {
            out.push('\n');
            out.push_str(&" ".repeat(INDENT));
            column = INDENT;
        } else if i > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += word.len();
    }
    out.push('\n');
    out
}

/// The "Arguments:" section of the help.
fn arguments_help() -> String {
    let mut text = String::from("Arguments:");
    for (name, meaning) in ARGUMENTS {
        text.push_str(&format!("\n  {name:<9} {meaning}"));
    }
    text
}

/// The clap command without the hidden `--return-results` (for the
/// completions, which would offer it): the options, the `[env: …]` mark of
/// each switch, and `[SET]` on each switch whose variable is set in `env`.
pub fn visible_command(env: &Env) -> clap::Command {
    let cmd = flags::switches().fold(Cli::command(), |cmd, switch| {
        let names: Vec<&str> = switch.variables().map(|var| var.name).collect();
        let mut mark = format!("[env: {}]", names.join(", "));
        if env.is_set(switch) {
            mark.push_str(" [SET]");
        }
        cmd.mut_arg(switch.arg_id(), |arg| append_to_help(arg, &mark))
    });
    let long_help = after_long_help(&cmd);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{}\n\n{{all-args}}{{after-help}}",
        arguments_help()
    );
    cmd.after_long_help(long_help).help_template(template)
}

/// The clap command ffind parses with: [`visible_command`] plus the hidden
/// `--return-results`.
pub fn command(env: &Env) -> clap::Command {
    visible_command(env).arg(
        Arg::new("return_results")
            .long("return-results")
            .action(ArgAction::SetTrue)
            .hide(true)
            .help("For testing: print as usual and exit with status 0"),
    )
}

/// `arg` with ` MARK` after the first line of its short and long help.
fn append_to_help(arg: Arg, mark: &str) -> Arg {
    let short = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let long = arg
        .get_long_help()
        .map(|h| h.to_string())
        .unwrap_or_else(|| short.clone());
    let marked = format!("{short} {mark}");
    let long = match long.strip_prefix(&short) {
        Some(rest) => format!("{marked}{rest}"),
        None => format!("{long} {mark}"),
    };
    arg.help(marked).long_help(long)
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

/// Expands an unambiguous prefix of a long option to the option (`--hid`
/// to `--hidden`), as Python's argparse did; a prefix of several options
/// is taken for the one ffind 1.6.1 had, if exactly one, and is otherwise
/// an error naming the options it fits. Everything after `--` is left
/// alone; what fits nothing is left for clap to report.
fn expand_prefixes(
    cmd: &mut clap::Command,
    args: Vec<OsString>,
) -> Result<Vec<OsString>, clap::Error> {
    let longs: Vec<(&str, &str)> = cmd
        .get_arguments()
        .flat_map(|arg| {
            let id = arg.get_id().as_str();
            arg.get_long()
                .into_iter()
                .chain(arg.get_all_aliases().into_iter().flatten())
                .map(move |long| (long, id))
        })
        .chain([("help", "help"), ("version", "version")])
        .collect();
    let mut out = Vec::with_capacity(args.len());
    let mut rest = args.into_iter();
    for arg in rest.by_ref() {
        let Some(text) = arg.to_str().and_then(|t| t.strip_prefix("--")) else {
            out.push(arg);
            continue;
        };
        if text.is_empty() {
            out.push(arg);
            break;
        }
        let (name, value) = match text.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (text, None),
        };
        let fits: Vec<(&str, &str)> = longs
            .iter()
            .copied()
            .filter(|(long, _)| long.starts_with(name))
            .collect();
        let exact = fits.iter().any(|(long, _)| *long == name);
        let same_option = fits.windows(2).all(|w| w[0].1 == w[1].1);
        let original: Vec<&str> = fits
            .iter()
            .map(|(long, _)| *long)
            .filter(|long| ORIGINAL_LONGS.contains(long))
            .collect();
        let chosen = if exact || fits.is_empty() {
            None
        } else if same_option {
            Some(fits[0].0)
        } else if let [one] = original[..] {
            Some(one)
        } else {
            let names: Vec<String> = fits.iter().map(|(long, _)| format!("--{long}")).collect();
            return Err(cmd.error(
                clap::error::ErrorKind::UnknownArgument,
                format!("'--{name}' fits several options: {}", names.join(", ")),
            ));
        };
        match chosen {
            Some(long) => {
                let mut full = format!("--{long}");
                if let Some(value) = value {
                    full.push('=');
                    full.push_str(value);
                }
                out.push(full.into());
            }
            None => out.push(arg),
        }
    }
    out.extend(rest);
    Ok(out)
}

/// The arguments of `args` (the program name first, already parsed by
/// `cmd`) that are options or their values: not the folders, the pattern
/// or `--`.
fn options_of(cmd: &clap::Command, args: &[OsString]) -> Vec<OsString> {
    let takes_value = |arg: &Arg| arg.get_action().takes_values();
    let long_takes_value = |name: &str| {
        cmd.get_arguments().any(|arg| {
            takes_value(arg)
                && (arg.get_long() == Some(name)
                    || arg
                        .get_all_aliases()
                        .into_iter()
                        .flatten()
                        .any(|a| a == name))
        })
    };
    let short_takes_value = |c: char| {
        cmd.get_arguments()
            .any(|arg| arg.get_short() == Some(c) && takes_value(arg))
    };
    let mut options = Vec::new();
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy();
        if text == "--" {
            break;
        }
        let value_follows = if let Some(long) = text.strip_prefix("--") {
            !long.contains('=') && long_takes_value(long)
        } else if let Some(shorts) = text.strip_prefix('-').filter(|s| !s.is_empty()) {
            // In a cluster (`-it`), the first short that takes a value takes
            // the rest of the word, or the next word when nothing is left.
            shorts
                .char_indices()
                .find(|(_, c)| short_takes_value(*c))
                .is_some_and(|(at, c)| at + c.len_utf8() == shorts.len())
        } else {
            continue;
        };
        options.push(arg.clone());
        if value_follows && let Some(value) = rest.next() {
            options.push(value.clone());
        }
    }
    options
}

/// Parses `args` (the program name first) against [`command`]: options may
/// stand anywhere, `--` ends them, long options may be shortened; the last
/// argument that is not an option is the pattern, those before it folders.
pub fn parse_from<I, T>(env: &Env, args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut cmd = command(env);
    let args = expand_prefixes(&mut cmd, args.into_iter().map(Into::into).collect())?;
    let matches: ArgMatches = cmd.try_get_matches_from_mut(args.clone())?;
    let mut cli = Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut cmd))?;
    cli.return_results = matches.get_flag("return_results");
    cli.options = options_of(&cmd, &args);
    cli.pattern = cli.args.pop().ok_or_else(|| {
        cmd.error(
            clap::error::ErrorKind::MissingRequiredArgument,
            "the following required arguments were not provided:\n  PATTERN",
        )
    })?;
    cli.dirs = std::mem::take(&mut cli.args);
    Ok(cli)
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
