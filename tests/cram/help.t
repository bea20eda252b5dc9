`-h` is the short help: one line an option, grouped under headings, each
naming its variable. Hidden names are said to be skipped, version-control
files are not (only with --ignore-vcs); the arguments read `[DIR]... PATTERN`.

  $ COLUMNS=100 ffind -h
  Find files by name: a regex searched in each name, smart case, hidden files skipped.
  
  Usage: ffind [OPTIONS] [DIR]... [PATTERN]
  
  Arguments:
    [DIR]...   The folders to search, in order (default: the current one)
    [PATTERN]  The pattern searched for in each name (a regex unless -g or -F; none: every name)
  
  Options:
    -j, --threads <N>  How many threads read folders, 1 to 256 (default: the number of cores)
    -h, --help         Print help (see more with '--help')
    -V, --version      Print version
  
  Matching:
    -p, --full-path       Match the whole path, not only the name [env: FFIND_SEARCH_PATH]
    -c, --case-sensitive  Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE] [alias:
                          -s]
    -i, --ignore-case     Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]
    -f, --fuzzy           Fuzzy search: the pattern's characters in order, anything between [env:
                          FFIND_FUZZY_SEARCH]
    -g, --glob            The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]
    -F, --fixed-strings   The pattern is a literal string searched anywhere in the name [env:
                          FFIND_FIXED_STRINGS]
        --regex           The pattern is a regular expression (the default; beats FFIND_GLOB and
                          FFIND_FIXED_STRINGS)
  
  Filters:
    -H, --hidden                 Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]
        --ignore-vcs             Skip version-control files and folders [env: FFIND_IGNORE_VCS]
        --gitignore              Respect .gitignore, .ignore, .git/info/exclude and git's global
                                 excludes [env: FFIND_GITIGNORE]
    -I, --no-ignore              Skip nothing for being ignored: undoes --gitignore and --ignore-vcs
    -u, --unrestricted...        Include hidden names and skip nothing for being ignored (-H -I; -uu
                                 the same)
        --no-follow              Do not enter symlinked folders [env: FFIND_NO_SYMLINK] [alias:
                                 --nosymlinks]
    -L, --follow                 Enter symlinked folders, the default (undoes --no-follow; never while
                                 deleting)
    -t, --type <TYPE>            Only entries of this type: f (file), d (folder), l (symlink), x
                                 (executable), e (empty), s (socket), p (pipe), b (block device), c
                                 (char device) [possible values: f, d, l, x, e, s, p, b, c]
    -e, --extension <EXT>        Only names with this extension (case-insensitive; repeat for several)
    -E, --exclude <GLOB>         Skip names matching this glob: neither printed nor entered
                                 (repeatable)
    -d, --max-depth <N>          Descend at most N levels (1: only the entries directly inside DIR)
        --min-depth <N>          Print only entries at least N levels deep
        --exact-depth <N>        Print only entries exactly N levels deep (--min-depth N --max-depth
                                 N)
    -S, --size <SIZE>            Only files of this size: +N at least, -N at most, N exactly
                                 (repeatable)
        --changed-within <WHEN>  Only entries modified after WHEN: a duration back from now, a date or
                                 @SECONDS [aliases: --newer, --changed-after, --change-newer-than]
        --changed-before <WHEN>  Only entries modified before WHEN (read as for --changed-within)
                                 [aliases: --older, --change-older-than]
    -o, --owner <USER:GROUP>     Only entries owned by USER, :GROUP or USER:GROUP (names or ids; !
                                 negates)
        --one-file-system        Do not enter folders on another file system than their parent
                                 [aliases: --mount, --xdev]
        --prune                  Print a matching folder but do not enter it
        --and <PATTERN>          Names must also match PATTERN (repeatable; smart case for each)
    -1                           Stop after the first result (same as --max-results 1)
        --max-results <N>        Stop after N results; the walk stops too
        --search-path <DIR>      Search this folder (repeatable); the one argument left, if any, is
                                 the pattern
  
  Output:
        --color <WHEN>               When to colour the matched part: auto, always or never [possible
                                     values: auto, always, never]
        --no-color                   Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR] [alias:
                                     --nocolor]
        --ls-colors                  Colour each path by its file type from LS_COLORS, as ls does; the
                                     match stays red [env: FFIND_LS_COLORS]
    -q, --quiet                      Print nothing: the exit status is 0 when something matches, else
                                     1
    -0, --print0                     End each path with a NUL byte instead of a newline, for `xargs
                                     -0` (never coloured)
        --format <TEMPLATE>          Write each match as TEMPLATE says (ended by a newline, or NUL
                                     with -0)
        --json                       Write each match as a JSON object on its own line (JSON Lines)
    -a, --absolute-path              Print absolute paths [env: FFIND_ABSOLUTE_PATH]
    -l, --list-details               List each match as `ls -l` would: mode, owner, group, size, time,
                                     path
        --hyperlink[=<WHEN>]         Make each path a terminal link to its file (OSC 8): auto, always
                                     or never [possible values: auto, always, never]
        --strip-cwd-prefix[=<WHEN>]  Drop the `./` of paths found in the default folder: auto, always
                                     or never [possible values: auto, always, never]
        --show-errors                Report unreadable folders, symlink loops and vanished entries
                                     [env: FFIND_SHOW_ERRORS]
  
  Actions:
        --delete                Delete each match: a file, a symlink (never its target), or an empty
                                folder
    -x, --exec <COMMAND>        Run a shell command on each match; {} may be quoted or not
    -X, --exec-batch <COMMAND>  Run a shell command once with every match, in order
        --module <NAME ARGS>    Run a Python module on each match, as `python -m NAME ARGS`
        --command <PROGRAM>     Run Python code on each match, with the path in the variable
                                `filename`
  
  Use --help for examples and the environment variables.

`--help` is the long help: the details of each option, examples, the
variables and the exit status.

  $ [ "$(ffind --help | wc -l)" -gt "$(ffind -h | wc -l)" ] && echo longer
  longer
  $ ffind --help | sed -n '/^Examples:/,/^Environment:/p' | head -3
  Examples:
    ffind test1                     names containing test1, here and below
    ffind src 'py$'                 names ending in py, under src
  $ ffind --help | tail -3
  Exit status: 0 when the search ran (with or without matches; with -q only
  when something matched), 1 on an error, a failed action or (with -q) no
  match, 2 on a usage error.

  $ ffind --version
  ffind 0.1.0
  $ ffind -V
  ffind 0.1.0

The long help lists every variable, from the same table as the marks.

  $ ffind --help | sed -n '/^Environment/,/^Exit/p' | grep -Eo '^  [A-Z_]{2,} ' | xargs echo
  FFIND_SEARCH_PATH FFIND_NO_COLOR FFIND_NO_SYMLINK FFIND_SEARCH_HIDDEN FFIND_CASE_SENSITIVE FFIND_CASE_INSENSITIVE FFIND_IGNORE_VCS FFIND_FUZZY_SEARCH FFIND_GLOB FFIND_FIXED_STRINGS FFIND_GITIGNORE FFIND_ABSOLUTE_PATH FFIND_SHOW_ERRORS FFIND_LS_COLORS NO_COLOR FFIND_SORT FFIND_PYTHON LS_COLORS

The completions offer neither the hidden --return-results nor file names
after an option that takes a number; the man page reads `[DIR]... PATTERN`
and says nothing of VCS files being skipped by default.

  $ grep -l return-results $TESTDIR/../../completions/*
  [1]
  $ grep -e '-l max-depth' -e '-l min-depth' -e '-l threads' -e '-l max-results' $TESTDIR/../../completions/ffind.fish | grep -c -- '-r -f$'
  4
  $ grep -A1 '^\.SH SYNOPSIS' $TESTDIR/../../man/ffind.1
  .SH SYNOPSIS
  \fBffind\fR [OPTIONS] [\fIDIR\fR]... [\fIPATTERN\fR]
  $ grep -ci 'vcs files skipped' $TESTDIR/../../man/ffind.1 $TESTDIR/../../README.md
  */man/ffind.1:0 (glob)
  */README.md:0 (glob)
  [1]

The README names the minimum Rust version (the crate's `rust-version`),
how to install the completions and the man page, that a pip-installed
ffind may come first on PATH, and `xargs -0 -r` for pipelines.

  $ v=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' $TESTDIR/../../Cargo.toml) && grep -c "Rust $v or newer" $TESTDIR/../../README.md
  1
  $ grep -c -e 'completions/ffind.bash' -e 'man/man1' -e 'command -v ffind' -e 'xargs -0 -r' $TESTDIR/../../README.md
  4
