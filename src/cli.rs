//! The `ffind` command line: [`main`] runs the program, as the binary does.
//! This module is the binary's, outside the library's semantic-versioning
//! promise; only [`main`] is public.
//!
//! Inside, the command line as clap sees it: a plain description of the
//! arguments. Nothing here decides anything; `Config::resolve` turns a
//! parsed `Cli` plus the environment into the settings of a search.
//! `help` makes the help texts and marks from this definition and the flag
//! table (`env_flags`); `parse` reads the command line as people type
//! it (`parse_from`).

use std::ffi::OsString;

use clap::{Args, Parser, ValueEnum, ValueHint};

use crate::criteria::owner::Owner;
use crate::criteria::size::SizeLimit;
use crate::criteria::time::TimeLimit;
use crate::env_flags::Switch;
use crate::template::Template;
use crate::template::format::Format;

#[cfg(test)]
mod generated;
mod help;
mod parse;
mod program;
#[cfg(test)]
mod readme_table;

pub use program::main;

#[cfg(test)]
use help::{
    ARGUMENTS, EXAMPLES, TRUTHINESS, opposite_names, switch_names, variable_description,
    visible_command,
};
pub(crate) use help::{command, parsing_command};
pub(crate) use parse::parse_from;

/// When to colour the matched part of each name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    /// Colour when standard output is a terminal and no variable forbids it.
    Auto,
    /// Always colour, whatever the terminal and the variables say.
    Always,
    /// Never colour.
    Never,
}

/// When to make printed paths terminal links (`--hyperlink`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum HyperlinkWhen {
    /// When the output is coloured.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// When to drop the `./` before paths found in the default folder
/// (`--strip-cwd-prefix`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StripWhen {
    /// Drop it unless the paths go to a program (`-0` or an action).
    Auto,
    /// Always drop it.
    Always,
    /// Keep it.
    Never,
}

/// `ffind [OPTIONS] [DIR]... [PATTERN]`: the parsed command line.
#[derive(Debug, Parser)]
#[command(
    name = "ffind",
    version,
    about = "Find files by name: a regex searched in each name, smart case, hidden files skipped.",
    long_about = "Find files by name.\n\n\
        Searches DIR (default: the current folder) for names matching PATTERN, a regular \
        expression searched anywhere in the name; without a pattern every entry the filters \
        keep is listed. A pattern in lowercase matches \
        case-insensitively; one with an uppercase letter is case-sensitive. Hidden names are \
        skipped, symlinked folders are followed (each folder at most once per route), and the \
        matched part of each name is painted red on a terminal. Results come in a fixed order: \
        in each folder the matching files, then the matching folders, each sorted by name; then \
        each folder in turn. Options may stand anywhere among the folders and the pattern; \
        after `--` nothing is an option.",
    after_help = "Use --help for examples and the environment variables.",
    override_usage = "ffind [OPTIONS] [DIR]... [PATTERN]",
    args_override_self = true,
    max_term_width = 100,
    group(
        clap::ArgGroup::new("output_form")
            .multiple(false)
            .conflicts_with("action")
    )
)]
pub(crate) struct Cli {
    /// Match the whole path, not only the name
    ///
    /// The subject is the path exactly as it is printed, so with the default
    /// folder it starts with `./`.
    #[arg(short = 'p', long = "full-path", help_heading = "Matching")]
    pub full_path: bool,

    /// Match only the name (undoes -p)
    #[arg(
        long = "no-full-path",
        hide_short_help = true,
        help_heading = "Matching"
    )]
    pub no_full_path: bool,

    /// Force case-sensitive matching; beats -i
    #[arg(
        short = 'c',
        long = "case-sensitive",
        visible_short_alias = 's',
        help_heading = "Matching"
    )]
    pub case_sensitive: bool,

    /// Undo -c: smart case again, unless -i
    #[arg(
        long = "no-case-sensitive",
        hide_short_help = true,
        help_heading = "Matching"
    )]
    pub no_case_sensitive: bool,

    /// Force case-insensitive matching
    ///
    /// If both -i and -c are set, the search is case-sensitive.
    #[arg(short = 'i', long = "ignore-case", help_heading = "Matching")]
    pub ignore_case: bool,

    /// Undo -i: smart case again, unless -c
    #[arg(
        long = "no-ignore-case",
        hide_short_help = true,
        help_heading = "Matching"
    )]
    pub no_ignore_case: bool,

    /// Fuzzy search: the pattern's characters in order, anything between
    ///
    /// `abc` becomes the regular expression `a.*?b.*?c`.
    #[arg(short = 'f', long = "fuzzy", help_heading = "Matching")]
    pub fuzzy: bool,

    /// Undo -f: the pattern as written
    #[arg(long = "no-fuzzy", hide_short_help = true, help_heading = "Matching")]
    pub no_fuzzy: bool,

    /// The pattern is a shell glob matched against the whole name
    ///
    /// With -p, against the whole printed path: `*` does not cross `/`, `**`
    /// does. `{a,b}` alternatives and `[...]` classes work; smart case
    /// applies as for regular expressions.
    #[arg(short = 'g', long = "glob", help_heading = "Matching", overrides_with_all = ["fixed_strings", "regex"])]
    pub glob: bool,

    /// The pattern is a literal string searched anywhere in the name
    #[arg(short = 'F', long = "fixed-strings", alias = "literal", help_heading = "Matching", overrides_with_all = ["glob", "regex"])]
    pub fixed_strings: bool,

    /// The pattern is a regular expression (the default; beats FFIND_GLOB and FFIND_FIXED_STRINGS)
    #[arg(long = "regex", help_heading = "Matching", overrides_with_all = ["glob", "fixed_strings"])]
    pub regex: bool,

    /// Include hidden names (starting with `.`)
    #[arg(short = 'H', long, help_heading = "Filters")]
    pub hidden: bool,

    /// Skip hidden names (undoes -H)
    #[arg(long = "no-hidden", hide_short_help = true, help_heading = "Filters")]
    pub no_hidden: bool,

    /// Skip version-control files and folders
    ///
    /// CVS RCS SCCS .git .svn .arch-ids {arch} =RELEASE-ID =meta-update
    /// =update .bzr .bzrignore .bzrtags .hg .hgignore .hgrags _darcs
    /// .cvsignore .gitignore
    #[arg(long = "ignore-vcs", help_heading = "Filters")]
    pub ignore_vcs: bool,

    /// Do not skip version-control files and folders (undoes --ignore-vcs)
    ///
    /// Not fd's `--no-ignore-vcs`, which stops reading `.gitignore` files
    /// (here: --no-gitignore).
    #[arg(
        long = "no-ignore-vcs",
        hide_short_help = true,
        help_heading = "Filters"
    )]
    pub no_ignore_vcs: bool,

    /// Respect .gitignore, .ignore, .git/info/exclude and git's global excludes
    ///
    /// As git does: inside a repository (a folder holding .git) the
    /// .gitignore files from its top down apply, also when searching from a
    /// subfolder, and a nested repository starts afresh; outside any
    /// repository .gitignore files are not read. .ignore files apply
    /// everywhere. An ignore file that is not a regular file is skipped
    /// (said with --show-errors); one larger than 16 MiB, or whose rules
    /// would take more than 128 MiB with those already held, is skipped and
    /// said (status 1).
    #[arg(long = "gitignore", help_heading = "Filters")]
    pub gitignore: bool,

    /// Read no ignore files (undoes --gitignore)
    #[arg(
        long = "no-gitignore",
        hide_short_help = true,
        help_heading = "Filters"
    )]
    pub no_gitignore: bool,

    /// Skip nothing for being ignored: undoes --gitignore and --ignore-vcs
    #[arg(short = 'I', long = "no-ignore", help_heading = "Filters")]
    pub no_ignore: bool,

    /// Include hidden names and skip nothing for being ignored (-H -I; -uu the same)
    #[arg(short = 'u', long = "unrestricted", action = clap::ArgAction::Count, help_heading = "Filters")]
    pub unrestricted: u8,

    /// Do not enter symlinked folders
    ///
    /// They are still listed, and printed when they match.
    #[arg(
        long = "no-follow",
        visible_alias = "nosymlinks",
        help_heading = "Filters"
    )]
    pub no_follow: bool,

    /// Enter symlinked folders, the default (undoes --no-follow; never while deleting)
    #[arg(
        short = 'L',
        long = "follow",
        alias = "dereference",
        help_heading = "Filters"
    )]
    pub follow: bool,

    /// Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty),
    /// s (socket), p (pipe), b (block device), c (char device)
    ///
    /// Repeat to allow several types. Symlinks are followed for every type
    /// but l unless --no-follow.
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
        alias = "maxdepth",
        value_name = "N",
        value_hint = ValueHint::Other,
        help_heading = "Filters"
    )]
    pub max_depth: Option<usize>,

    /// Print only entries at least N levels deep
    #[arg(long = "min-depth", alias = "mindepth", value_name = "N", value_hint = ValueHint::Other, help_heading = "Filters")]
    pub min_depth: Option<usize>,

    /// Print only entries exactly N levels deep (--min-depth N --max-depth N)
    #[arg(
        long = "exact-depth",
        value_name = "N",
        value_hint = ValueHint::Other,
        conflicts_with_all = ["max_depth", "min_depth"],
        help_heading = "Filters"
    )]
    pub exact_depth: Option<usize>,

    /// Only files of this size: +N at least, -N at most, N exactly (repeatable)
    ///
    /// N is followed by a unit, any case: b (bytes), k m g t (1000, 1000², …)
    /// or ki mi gi ti (1024, 1024², …), as fd reads them. Folders and other
    /// entries that are not files are left out, as in fd.
    #[arg(
        short = 'S',
        long = "size",
        value_name = "SIZE",
        value_hint = ValueHint::Other,
        allow_hyphen_values = true,
        value_parser = SizeLimit::parse,
        help_heading = "Filters"
    )]
    pub sizes: Vec<SizeLimit>,

    /// Only entries modified after WHEN: a duration back from now, a date or @SECONDS
    ///
    /// A duration as fd reads it: `10min`, `2h`, `3d` (a day is 24 hours),
    /// `2weeks`; a date `2026-01-31` or date and time `2026-01-31 10:00:00`
    /// in the local time zone, an RFC 3339 time stamp, or `@` and Unix
    /// seconds. Aliases as in fd.
    #[arg(
        long = "changed-within",
        visible_aliases = ["newer", "changed-after", "change-newer-than"],
        value_name = "WHEN",
        value_hint = ValueHint::Other,
        value_parser = TimeLimit::within,
        help_heading = "Filters"
    )]
    pub changed_within: Option<TimeLimit>,

    /// Only entries modified before WHEN (read as for --changed-within)
    #[arg(
        long = "changed-before",
        visible_aliases = ["older", "change-older-than"],
        value_name = "WHEN",
        value_hint = ValueHint::Other,
        value_parser = TimeLimit::before,
        help_heading = "Filters"
    )]
    pub changed_before: Option<TimeLimit>,

    /// Only entries owned by USER, :GROUP or USER:GROUP (names or ids; ! negates)
    ///
    /// `-o alice`, `-o :staff`, `-o 1000:!100`, `-o '!root'`. Unix only.
    #[arg(
        short = 'o',
        long = "owner",
        value_name = "USER:GROUP",
        value_hint = ValueHint::Other,
        value_parser = Owner::parse,
        help_heading = "Filters"
    )]
    pub owner: Option<Owner>,

    /// Do not enter folders on another file system than their parent
    #[arg(
        long = "one-file-system",
        visible_aliases = ["mount", "xdev"],
        help_heading = "Filters"
    )]
    pub one_file_system: bool,

    /// Print a matching folder but do not enter it
    #[arg(long = "prune", help_heading = "Filters")]
    pub prune: bool,

    /// Names must also match PATTERN (repeatable; smart case for each)
    ///
    /// Read as the main pattern is (-g, -F, -f, -i, -c apply); the part
    /// painted is the main pattern's.
    #[arg(
        long = "and",
        value_name = "PATTERN",
        value_hint = ValueHint::Other,
        allow_hyphen_values = true,
        help_heading = "Filters"
    )]
    pub and: Vec<OsString>,

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

    /// Colour each path by its file type from LS_COLORS, as ls does; the match stays red
    ///
    /// Only when colour is on. The folders in the path take the `di`
    /// colour, the name its type's (`di`, `ln`, `ex`, `pi`, `so`, `bd`, `cd`,
    /// `su`, `sg`, `tw`, `ow`, `st`, `or`, chosen as GNU ls chooses) or its
    /// extension's (`*.rs`); without LS_COLORS, dircolors' defaults.
    #[arg(long = "ls-colors", help_heading = "Output")]
    pub ls_colors: bool,

    /// Colour only the matched part (undoes --ls-colors)
    #[arg(long = "no-ls-colors", hide_short_help = true, help_heading = "Output")]
    pub no_ls_colors: bool,

    /// Print nothing: the exit status is 0 when something matches, else 1
    ///
    /// The search stops at the first match (fd's `--has-results` too).
    #[arg(
        short = 'q',
        long = "quiet",
        alias = "has-results",
        conflicts_with = "action",
        help_heading = "Output"
    )]
    pub quiet: bool,

    /// End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)
    #[arg(short = '0', long = "print0", help_heading = "Output")]
    pub print0: bool,

    /// How each match is written instead of its path alone (its own
    /// struct, so that clap builds it in a frame of its own: the one of
    /// this struct is near a 512 KiB stack's limit in debug builds).
    #[command(flatten)]
    pub forms: OutputForms,

    /// Print absolute paths
    ///
    /// Each folder to search is made absolute with symlinks and `..` resolved.
    #[arg(short = 'a', long = "absolute-path", help_heading = "Output")]
    pub absolute_path: bool,

    /// Print paths as found (undoes -a)
    #[arg(
        long = "no-absolute-path",
        alias = "relative-path",
        hide_short_help = true,
        help_heading = "Output"
    )]
    pub no_absolute_path: bool,

    /// How each match is printed: `-l`, `--hyperlink`, `--strip-cwd-prefix`
    /// (a struct of its own, so that the derived parser's frame stays small).
    #[command(flatten)]
    pub look: LookArgs,

    /// Report unreadable folders, symlink loops and vanished entries
    ///
    /// Each is printed on standard error as `ffind: PATH: reason`, and makes
    /// the exit status 1. A folder lost to a resource limit (descriptors,
    /// memory) is reported even without it.
    #[arg(long = "show-errors", help_heading = "Output")]
    pub show_errors: bool,

    /// Do not report walk errors (undoes --show-errors)
    #[arg(
        long = "no-show-errors",
        hide_short_help = true,
        help_heading = "Output"
    )]
    pub no_show_errors: bool,

    /// How many threads read folders, 1 to 256 (default: the number of cores)
    ///
    /// Given, every thread starts with the search. By default the search
    /// starts alone and starts the others once it has lasted 3 ms (or a
    /// read waited for the disk): a small tree costs no thread start.
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

    /// The pattern: the last argument that is not an option (none: every
    /// name passes, and the filters decide).
    #[arg(skip)]
    pub pattern: Option<OsString>,

    /// Search this folder (repeatable); the one argument left, if any, is
    /// the pattern
    ///
    /// fd's spelling, for listing a folder without a pattern (`ffind
    /// --search-path src -e rs`). With it, folders cannot also be given
    /// before the pattern.
    #[arg(
        long = "search-path",
        value_name = "DIR",
        value_hint = ValueHint::DirPath,
        help_heading = "Filters"
    )]
    pub search_paths: Vec<OsString>,

    /// The options as given (every argument but the folders, the pattern
    /// and `--`), for suggesting a corrected command.
    #[arg(skip)]
    pub options: Vec<OsString>,

    /// What the command line decided for each switch it mentions: the
    /// last option that sets it wins ([`crate::env_flags::OPPOSITES`]).
    #[arg(skip)]
    pub decided: Vec<(Switch, bool)>,

    /// What to do with each match instead of printing it (last, so that
    /// its help heading applies to nothing else).
    #[command(flatten)]
    pub actions: ActionArgs,
}

/// The output forms other than the path alone: exclusive with one another
/// and with the actions (the `output_form` group), listed under Output.
#[derive(Debug, Args)]
pub(crate) struct OutputForms {
    /// Write each match as TEMPLATE says (ended by a newline, or NUL with -0)
    ///
    /// fd's placeholders: `{}` the path, `{/}` its name, `{//}` its folder,
    /// `{.}` the path without extension, `{/.}` the name without extension;
    /// `{{` and `}}` are literal braces. Fields (find's -printf offers them):
    /// `{size}` in bytes, `{mtime}` the modification time (RFC 3339, UTC, to
    /// the second), `{mode}` the permission bits in octal, `{perms}` as `ls
    /// -l` shows them (`-rwxr-xr-x`), `{user}` and `{group}` (names, else
    /// ids), `{uid}` and `{gid}`, `{type}` (file, dir, symlink, socket, pipe,
    /// block-device, char-device, other), `{depth}` (1 directly inside a
    /// folder searched). Fields describe the entry itself (a symlink, not its
    /// target); one that cannot be known is written `?`. Never coloured.
    #[arg(
        long,
        value_name = "TEMPLATE",
        value_hint = ValueHint::Other,
        value_parser = Format::parse,
        group = "output_form",
        help_heading = "Output"
    )]
    pub format: Option<Format>,

    /// Write each match as a JSON object on its own line (JSON Lines)
    ///
    /// Each object holds `path` (a string, or `{"bytes": BASE64}` when the
    /// path is not UTF-8), `type` (as --format's `{type}`), `size` in bytes,
    /// `modified` (RFC 3339, UTC), `depth`, and `match`: the matched span as
    /// byte offsets into the name (into the path with -p), `null` without a
    /// pattern.
    #[arg(
        long,
        group = "output_form",
        conflicts_with = "print0",
        help_heading = "Output"
    )]
    pub json: bool,
}

/// How each printed match looks beyond colour: under Output.
#[derive(Debug, Args)]
pub(crate) struct LookArgs {
    /// List each match as `ls -l` would: mode, owner, group, size, time, path
    ///
    /// Written by ffind (fd runs `ls`): the owner and group as names (else
    /// ids), the size in bytes, the modification time as `Mon DD HH:MM`
    /// within six months, else `Mon DD  YYYY`; no link count. A symlink is
    /// described itself, not its target. Columns line up within each
    /// folder. Not with an action, --format or --json.
    #[arg(
        short = 'l',
        long = "list-details",
        group = "output_form",
        help_heading = "Output"
    )]
    pub list_details: bool,

    /// Make each path a terminal link to its file (OSC 8): auto, always or never
    ///
    /// An OSC 8 hyperlink to `file://HOST/ABSOLUTE_PATH` (as fd 10.2), bytes
    /// outside the URL's plain set percent-encoded. Alone it means `always`;
    /// `auto` links when the output would be coloured (a terminal, no
    /// colour variable, or --color=always). Without it: never.
    #[arg(
        long = "hyperlink",
        value_enum,
        value_name = "WHEN",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "always",
        help_heading = "Output"
    )]
    pub hyperlink: Option<HyperlinkWhen>,

    /// Drop the `./` of paths found in the default folder: auto, always or never
    ///
    /// Without the option the `./` stays, as in the original; alone it means
    /// `always`. `auto` drops it unless the paths go to a program (-0 or an
    /// action), as fd does. Only the printed path changes: -p still matches
    /// against the path with its `./`, and actions still receive it. A
    /// folder given on the command line keeps its spelling.
    #[arg(
        long = "strip-cwd-prefix",
        value_enum,
        value_name = "WHEN",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "always",
        help_heading = "Output"
    )]
    pub strip_cwd_prefix: Option<StripWhen>,
}

/// The actions on matches: mutually exclusive, listed under Actions.
#[derive(Debug, Args)]
#[group(id = "action", multiple = false)]
#[command(next_help_heading = "Actions")]
pub(crate) struct ActionArgs {
    /// Delete each match: a file, a symlink (never its target), or an empty folder
    ///
    /// While deleting, symlinked folders are not entered, and every removal
    /// is made relative to the folder the search opened, so nothing outside
    /// the folders searched is touched; the folders searched are never
    /// deleted. A DIR that is a symlink is not entered (DIR/ names the
    /// folder it points to), a DIR given twice is searched once, and a DIR
    /// inside another one is refused. A matched folder is removed after its
    /// contents have been searched, so it goes when all of them matched
    /// too; one still not empty is reported and kept.
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
pub(crate) enum TypeArg {
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
    /// A socket.
    #[value(name = "s", alias = "socket")]
    Socket,
    /// A named pipe (FIFO).
    #[value(name = "p", alias = "pipe")]
    Pipe,
    /// A block device.
    #[value(name = "b", alias = "block-device")]
    BlockDevice,
    /// A character device.
    #[value(name = "c", alias = "char-device")]
    CharDevice,
}

impl TypeArg {
    /// The library's kind of entry this one names.
    pub(crate) fn kind(self) -> crate::Type {
        use crate::Type;
        match self {
            TypeArg::File => Type::File,
            TypeArg::Dir => Type::Dir,
            TypeArg::Symlink => Type::Symlink,
            TypeArg::Executable => Type::Executable,
            TypeArg::Empty => Type::Empty,
            TypeArg::Socket => Type::Socket,
            TypeArg::Pipe => Type::Pipe,
            TypeArg::BlockDevice => Type::BlockDevice,
            TypeArg::CharDevice => Type::CharDevice,
        }
    }
}

impl ActionArgs {
    /// Whether no action was given (the matches are printed).
    pub fn is_none(&self) -> bool {
        !self.delete
            && self.exec.is_none()
            && self.exec_batch.is_none()
            && self.module.is_none()
            && self.command.is_none()
    }
}

impl Cli {
    /// What the command line set `switch` to, if any option sets it.
    pub fn decided(&self, switch: Switch) -> Option<bool> {
        self.decided
            .iter()
            .find(|(s, _)| *s == switch)
            .map(|(_, on)| *on)
    }

    /// Whether the command line turns `switch` on.
    pub fn given(&self, switch: Switch) -> bool {
        self.decided(switch) == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::Env;
    use crate::env_flags as flags;
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
        assert_eq!(cli.pattern.unwrap(), "x");
        let cli = parse_from(&env, ["ffind", "src", "x"]).unwrap();
        assert_eq!(cli.dirs, ["src"]);
        assert_eq!(cli.pattern.unwrap(), "x");
        let cli = parse_from(&env, ["ffind", "-e", "rs"]).unwrap();
        assert!(cli.dirs.is_empty() && cli.pattern.is_none());
        let cli = parse_from(&env, ["ffind", "--search-path", "src", "x"]).unwrap();
        assert_eq!(cli.search_paths, ["src"]);
        assert_eq!(cli.pattern.unwrap(), "x");
        assert!(parse_from(&env, ["ffind", "--search-path", "src", "a", "x"]).is_err());
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
        assert_eq!(cli.pattern.unwrap(), "foo");
        assert!(cli.ignore_case && cli.case_sensitive);
        let cli = parse(&["--", "dir", "-pat"]);
        assert_eq!(cli.dirs, ["dir"]);
        assert_eq!(cli.pattern.unwrap(), "-pat");
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
        assert_eq!(parse(&["--", "--hid"]).pattern.unwrap(), "--hid");
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
    fn the_last_option_on_a_switch_wins() {
        let cli = parse(&["-H", "--no-hidden", "x"]);
        assert_eq!(cli.decided(Switch::Hidden), Some(false));
        let cli = parse(&["--no-hidden", "-H", "x"]);
        assert_eq!(cli.decided(Switch::Hidden), Some(true));
        let cli = parse(&["--gitignore", "--ignore-vcs", "-I", "--no-hidden", "x"]);
        assert_eq!(cli.decided(Switch::Gitignore), Some(false));
        assert_eq!(cli.decided(Switch::IgnoreVcs), Some(false));
        assert_eq!(cli.decided(Switch::Hidden), Some(false));
        let cli = parse(&["--no-hidden", "-uu", "--gitignore", "x"]);
        assert_eq!(cli.decided(Switch::Hidden), Some(true));
        assert_eq!(cli.decided(Switch::Gitignore), Some(true));
        assert_eq!(cli.decided(Switch::IgnoreVcs), Some(false));
        let cli = parse(&["--no-follow", "-L", "-H", "-H", "x"]);
        assert_eq!(cli.decided(Switch::NoFollow), Some(false));
        assert_eq!(cli.decided(Switch::FullPath), None);
        assert!(parse(&["-s", "x"]).given(Switch::CaseSensitive));
    }

    #[test]
    fn every_opposite_undoes_its_switch() {
        for opposite in flags::OPPOSITES {
            let cmd = command(&Env::default());
            let arg = cmd
                .get_arguments()
                .find(|a| a.get_id() == opposite.arg_id)
                .unwrap();
            let name = format!("--{}", arg.get_long().unwrap());
            for switch in flags::switches() {
                let cli = parse(&[
                    switch_names(&cmd, switch).split(", ").last().unwrap(),
                    &name,
                    "x",
                ]);
                let want = opposite
                    .sets
                    .iter()
                    .find(|(s, _)| *s == switch)
                    .is_none_or(|(_, on)| *on);
                assert_eq!(cli.given(switch), want, "{name} after {switch:?}");
            }
        }
    }

    #[test]
    fn set_marks_only_the_options_whose_variable_is_set() {
        let env = Env::from_lookup(|name| (name == "FFIND_SEARCH_HIDDEN").then(|| "1".into()));
        let help = command(&env).term_width(200).render_help().to_string();
        assert_eq!(help.matches("[SET]").count(), 1, "{help}");
        let hidden_line = help.lines().find(|l| l.contains("--hidden")).unwrap();
        assert!(hidden_line.contains("[SET]"), "{help}");
    }
}
