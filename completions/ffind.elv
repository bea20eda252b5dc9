
use builtin;
use str;

set edit:completion:arg-completer[ffind] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ffind'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ffind'= {
            cand -t 'Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty), s (socket), p (pipe), b (block device), c (char device)'
            cand --type 'Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty), s (socket), p (pipe), b (block device), c (char device)'
            cand -e 'Only names with this extension (case-insensitive; repeat for several)'
            cand --extension 'Only names with this extension (case-insensitive; repeat for several)'
            cand -E 'Skip names matching this glob: neither printed nor entered (repeatable)'
            cand --exclude 'Skip names matching this glob: neither printed nor entered (repeatable)'
            cand -d 'Descend at most N levels (1: only the entries directly inside DIR)'
            cand --max-depth 'Descend at most N levels (1: only the entries directly inside DIR)'
            cand --min-depth 'Print only entries at least N levels deep'
            cand --exact-depth 'Print only entries exactly N levels deep (--min-depth N --max-depth N)'
            cand -S 'Only files of this size: +N at least, -N at most, N exactly (repeatable)'
            cand --size 'Only files of this size: +N at least, -N at most, N exactly (repeatable)'
            cand --changed-within 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS'
            cand --newer 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS'
            cand --changed-after 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS'
            cand --change-newer-than 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS'
            cand --changed-before 'Only entries modified before WHEN (read as for --changed-within)'
            cand --older 'Only entries modified before WHEN (read as for --changed-within)'
            cand --change-older-than 'Only entries modified before WHEN (read as for --changed-within)'
            cand -o 'Only entries owned by USER, :GROUP or USER:GROUP (names or ids; ! negates)'
            cand --owner 'Only entries owned by USER, :GROUP or USER:GROUP (names or ids; ! negates)'
            cand --and 'Names must also match PATTERN (repeatable; smart case for each)'
            cand --max-results 'Stop after N results; the walk stops too'
            cand --color 'When to colour the matched part: auto, always or never'
            cand -j 'How many threads read folders, 1 to 256 (default: the number of cores)'
            cand --threads 'How many threads read folders, 1 to 256 (default: the number of cores)'
            cand --search-path 'Search this folder (repeatable); the one argument left, if any, is the pattern'
            cand -x 'Run a shell command on each match; {} may be quoted or not'
            cand --exec 'Run a shell command on each match; {} may be quoted or not'
            cand -X 'Run a shell command once with every match, in order'
            cand --exec-batch 'Run a shell command once with every match, in order'
            cand --module 'Run a Python module on each match, as `python -m NAME ARGS`'
            cand --command 'Run Python code on each match, with the path in the variable `filename`'
            cand --no-full-path 'Match only the name (undoes -p)'
            cand --no-case-sensitive 'Undo -c: smart case again, unless -i'
            cand --no-ignore-case 'Undo -i: smart case again, unless -c'
            cand --no-fuzzy 'Undo -f: the pattern as written'
            cand --regex 'The pattern is a regular expression (the default; beats FFIND_GLOB and FFIND_FIXED_STRINGS)'
            cand --no-hidden 'Skip hidden names (undoes -H)'
            cand --no-ignore-vcs 'Do not skip version-control files and folders (undoes --ignore-vcs)'
            cand --no-gitignore 'Read no ignore files (undoes --gitignore)'
            cand -I 'Skip nothing for being ignored: undoes --gitignore and --ignore-vcs'
            cand --no-ignore 'Skip nothing for being ignored: undoes --gitignore and --ignore-vcs'
            cand -u 'Include hidden names and skip nothing for being ignored (-H -I; -uu the same)'
            cand --unrestricted 'Include hidden names and skip nothing for being ignored (-H -I; -uu the same)'
            cand -L 'Enter symlinked folders, the default (undoes --no-follow; never while deleting)'
            cand --follow 'Enter symlinked folders, the default (undoes --no-follow; never while deleting)'
            cand --one-file-system 'Do not enter folders on another file system than their parent'
            cand --mount 'Do not enter folders on another file system than their parent'
            cand --xdev 'Do not enter folders on another file system than their parent'
            cand --prune 'Print a matching folder but do not enter it'
            cand -1 'Stop after the first result (same as --max-results 1)'
            cand -q 'Print nothing: the exit status is 0 when something matches, else 1'
            cand --quiet 'Print nothing: the exit status is 0 when something matches, else 1'
            cand -0 'End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)'
            cand --print0 'End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)'
            cand --no-absolute-path 'Print paths as found (undoes -a)'
            cand --no-show-errors 'Do not report walk errors (undoes --show-errors)'
            cand --delete 'Delete each match: a file, a symlink (never its target), or an empty folder'
            cand -p 'Match the whole path, not only the name [env: FFIND_SEARCH_PATH]'
            cand --full-path 'Match the whole path, not only the name [env: FFIND_SEARCH_PATH]'
            cand --no-color 'Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]'
            cand --nocolor 'Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]'
            cand --no-follow 'Do not enter symlinked folders [env: FFIND_NO_SYMLINK]'
            cand --nosymlinks 'Do not enter symlinked folders [env: FFIND_NO_SYMLINK]'
            cand -H 'Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]'
            cand --hidden 'Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]'
            cand -c 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]'
            cand -s 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]'
            cand --case-sensitive 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]'
            cand -i 'Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]'
            cand --ignore-case 'Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]'
            cand --ignore-vcs 'Skip version-control files and folders [env: FFIND_IGNORE_VCS]'
            cand -f 'Fuzzy search: the pattern''s characters in order, anything between [env: FFIND_FUZZY_SEARCH]'
            cand --fuzzy 'Fuzzy search: the pattern''s characters in order, anything between [env: FFIND_FUZZY_SEARCH]'
            cand -g 'The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]'
            cand --glob 'The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]'
            cand -F 'The pattern is a literal string searched anywhere in the name [env: FFIND_FIXED_STRINGS]'
            cand --fixed-strings 'The pattern is a literal string searched anywhere in the name [env: FFIND_FIXED_STRINGS]'
            cand --gitignore 'Respect .gitignore, .ignore, .git/info/exclude and git''s global excludes [env: FFIND_GITIGNORE]'
            cand -a 'Print absolute paths [env: FFIND_ABSOLUTE_PATH]'
            cand --absolute-path 'Print absolute paths [env: FFIND_ABSOLUTE_PATH]'
            cand --show-errors 'Report unreadable folders, symlink loops and vanished entries [env: FFIND_SHOW_ERRORS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
    ]
    $completions[$command]
}
