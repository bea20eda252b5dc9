complete -c ffind -s t -l type -d 'Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty), s (socket), p (pipe), b (block device), c (char device)' -r -f -a "f\t'A regular file'
d\t'A folder'
l\t'A symbolic link'
x\t'An executable file'
e\t'An empty file or folder'
s\t'A socket'
p\t'A named pipe (FIFO)'
b\t'A block device'
c\t'A character device'"
complete -c ffind -s e -l extension -d 'Only names with this extension (case-insensitive; repeat for several)' -r -f
complete -c ffind -s E -l exclude -d 'Skip names matching this glob: neither printed nor entered (repeatable)' -r -f
complete -c ffind -s d -l max-depth -d 'Descend at most N levels (1: only the entries directly inside DIR)' -r -f
complete -c ffind -l min-depth -d 'Print only entries at least N levels deep' -r -f
complete -c ffind -l exact-depth -d 'Print only entries exactly N levels deep (--min-depth N --max-depth N)' -r -f
complete -c ffind -s S -l size -d 'Only files of this size: +N at least, -N at most, N exactly (repeatable)' -r -f
complete -c ffind -l changed-within -l newer -l changed-after -l change-newer-than -d 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS' -r -f
complete -c ffind -l changed-before -l older -l change-older-than -d 'Only entries modified before WHEN (read as for --changed-within)' -r -f
complete -c ffind -s o -l owner -d 'Only entries owned by USER, :GROUP or USER:GROUP (names or ids; ! negates)' -r -f
complete -c ffind -l and -d 'Names must also match PATTERN (repeatable; smart case for each)' -r -f
complete -c ffind -l max-results -d 'Stop after N results; the walk stops too' -r -f
complete -c ffind -l color -d 'When to colour the matched part: auto, always or never' -r -f -a "auto\t'Colour when standard output is a terminal and no variable forbids it'
always\t'Always colour, whatever the terminal and the variables say'
never\t'Never colour'"
complete -c ffind -l format -d 'Write each match as TEMPLATE says (ended by a newline, or NUL with -0)' -r -f
complete -c ffind -l hyperlink -d 'Make each path a terminal link to its file (OSC 8): auto, always or never' -r -f -a "auto\t'When the output is coloured'
always\t'Always'
never\t'Never'"
complete -c ffind -l strip-cwd-prefix -d 'Drop the `./` of paths found in the default folder: auto, always or never' -r -f -a "auto\t'Drop it unless the paths go to a program (`-0` or an action)'
always\t'Always drop it'
never\t'Keep it'"
complete -c ffind -s j -l threads -d 'How many threads read folders, 1 to 256 (default: the number of cores)' -r -f
complete -c ffind -l search-path -d 'Search this folder (repeatable); the one argument left, if any, is the pattern' -r -f -a "(__fish_complete_directories)"
complete -c ffind -s x -l exec -d 'Run a shell command on each match; {} may be quoted or not' -r -f -a "(__fish_complete_command)"
complete -c ffind -s X -l exec-batch -d 'Run a shell command once with every match, in order' -r -f -a "(__fish_complete_command)"
complete -c ffind -l module -d 'Run a Python module on each match, as `python -m NAME ARGS`' -r -f
complete -c ffind -l command -d 'Run Python code on each match, with the path in the variable `filename`' -r -f
complete -c ffind -l no-full-path -d 'Match only the name (undoes -p)'
complete -c ffind -l no-case-sensitive -d 'Undo -c: smart case again, unless -i'
complete -c ffind -l no-ignore-case -d 'Undo -i: smart case again, unless -c'
complete -c ffind -l no-fuzzy -d 'Undo -f: the pattern as written'
complete -c ffind -l regex -d 'The pattern is a regular expression (the default; beats FFIND_GLOB and FFIND_FIXED_STRINGS)'
complete -c ffind -l no-hidden -d 'Skip hidden names (undoes -H)'
complete -c ffind -l no-ignore-vcs -d 'Do not skip version-control files and folders (undoes --ignore-vcs)'
complete -c ffind -l no-gitignore -d 'Read no ignore files (undoes --gitignore)'
complete -c ffind -s I -l no-ignore -d 'Skip nothing for being ignored: undoes --gitignore and --ignore-vcs'
complete -c ffind -s u -l unrestricted -d 'Include hidden names and skip nothing for being ignored (-H -I; -uu the same)'
complete -c ffind -s L -l follow -d 'Enter symlinked folders, the default (undoes --no-follow; never while deleting)'
complete -c ffind -l one-file-system -l mount -l xdev -d 'Do not enter folders on another file system than their parent'
complete -c ffind -l prune -d 'Print a matching folder but do not enter it'
complete -c ffind -s 1 -d 'Stop after the first result (same as --max-results 1)'
complete -c ffind -l no-ls-colors -d 'Colour only the matched part (undoes --ls-colors)'
complete -c ffind -s q -l quiet -d 'Print nothing: the exit status is 0 when something matches, else 1'
complete -c ffind -s 0 -l print0 -d 'End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)'
complete -c ffind -l json -d 'Write each match as a JSON object on its own line (JSON Lines)'
complete -c ffind -l no-absolute-path -d 'Print paths as found (undoes -a)'
complete -c ffind -s l -l list-details -d 'List each match as `ls -l` would: mode, owner, group, size, time, path'
complete -c ffind -l no-show-errors -d 'Do not report walk errors (undoes --show-errors)'
complete -c ffind -l delete -d 'Delete each match: a file, a symlink (never its target), or an empty folder'
complete -c ffind -s p -l full-path -d 'Match the whole path, not only the name [env: FFIND_SEARCH_PATH]'
complete -c ffind -l no-color -l nocolor -d 'Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]'
complete -c ffind -l no-follow -l nosymlinks -d 'Do not enter symlinked folders [env: FFIND_NO_SYMLINK]'
complete -c ffind -s H -l hidden -d 'Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]'
complete -c ffind -s c -s s -l case-sensitive -d 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]'
complete -c ffind -s i -l ignore-case -d 'Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]'
complete -c ffind -l ignore-vcs -d 'Skip version-control files and folders [env: FFIND_IGNORE_VCS]'
complete -c ffind -s f -l fuzzy -d 'Fuzzy search: the pattern\'s characters in order, anything between [env: FFIND_FUZZY_SEARCH]'
complete -c ffind -s g -l glob -d 'The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]'
complete -c ffind -s F -l fixed-strings -d 'The pattern is a literal string searched anywhere in the name [env: FFIND_FIXED_STRINGS]'
complete -c ffind -l gitignore -d 'Respect .gitignore, .ignore, .git/info/exclude and git\'s global excludes [env: FFIND_GITIGNORE]'
complete -c ffind -s a -l absolute-path -d 'Print absolute paths [env: FFIND_ABSOLUTE_PATH]'
complete -c ffind -l show-errors -d 'Report unreadable folders, symlink loops and vanished entries [env: FFIND_SHOW_ERRORS]'
complete -c ffind -l ls-colors -d 'Colour each path by its file type from LS_COLORS, as ls does; the match stays red [env: FFIND_LS_COLORS]'
complete -c ffind -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ffind -s V -l version -d 'Print version'
