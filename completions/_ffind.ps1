
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ffind' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ffind'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ffind' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty), s (socket), p (pipe), b (block device), c (char device)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only entries of this type: f (file), d (folder), l (symlink), x (executable), e (empty), s (socket), p (pipe), b (block device), c (char device)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Only names with this extension (case-insensitive; repeat for several)')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'Only names with this extension (case-insensitive; repeat for several)')
            [CompletionResult]::new('-E', '-E ', [CompletionResultType]::ParameterName, 'Skip names matching this glob: neither printed nor entered (repeatable)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Skip names matching this glob: neither printed nor entered (repeatable)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Descend at most N levels (1: only the entries directly inside DIR)')
            [CompletionResult]::new('--max-depth', '--max-depth', [CompletionResultType]::ParameterName, 'Descend at most N levels (1: only the entries directly inside DIR)')
            [CompletionResult]::new('--min-depth', '--min-depth', [CompletionResultType]::ParameterName, 'Print only entries at least N levels deep')
            [CompletionResult]::new('--exact-depth', '--exact-depth', [CompletionResultType]::ParameterName, 'Print only entries exactly N levels deep (--min-depth N --max-depth N)')
            [CompletionResult]::new('-S', '-S ', [CompletionResultType]::ParameterName, 'Only files of this size: +N at least, -N at most, N exactly (repeatable)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Only files of this size: +N at least, -N at most, N exactly (repeatable)')
            [CompletionResult]::new('--changed-within', '--changed-within', [CompletionResultType]::ParameterName, 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS')
            [CompletionResult]::new('--newer', '--newer', [CompletionResultType]::ParameterName, 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS')
            [CompletionResult]::new('--changed-after', '--changed-after', [CompletionResultType]::ParameterName, 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS')
            [CompletionResult]::new('--change-newer-than', '--change-newer-than', [CompletionResultType]::ParameterName, 'Only entries modified after WHEN: a duration back from now, a date or @SECONDS')
            [CompletionResult]::new('--changed-before', '--changed-before', [CompletionResultType]::ParameterName, 'Only entries modified before WHEN (read as for --changed-within)')
            [CompletionResult]::new('--older', '--older', [CompletionResultType]::ParameterName, 'Only entries modified before WHEN (read as for --changed-within)')
            [CompletionResult]::new('--change-older-than', '--change-older-than', [CompletionResultType]::ParameterName, 'Only entries modified before WHEN (read as for --changed-within)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Only entries owned by USER, :GROUP or USER:GROUP (names or ids; ! negates)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only entries owned by USER, :GROUP or USER:GROUP (names or ids; ! negates)')
            [CompletionResult]::new('--and', '--and', [CompletionResultType]::ParameterName, 'Names must also match PATTERN (repeatable; smart case for each)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Stop after N results; the walk stops too')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the matched part: auto, always or never')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Write each match as TEMPLATE says (ended by a newline, or NUL with -0)')
            [CompletionResult]::new('--hyperlink', '--hyperlink', [CompletionResultType]::ParameterName, 'Make each path a terminal link to its file (OSC 8): auto, always or never')
            [CompletionResult]::new('--strip-cwd-prefix', '--strip-cwd-prefix', [CompletionResultType]::ParameterName, 'Drop the `./` of paths found in the default folder: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many threads read folders, 1 to 256 (default: the number of cores)')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'How many threads read folders, 1 to 256 (default: the number of cores)')
            [CompletionResult]::new('--search-path', '--search-path', [CompletionResultType]::ParameterName, 'Search this folder (repeatable); the one argument left, if any, is the pattern')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Run a shell command on each match; {} may be quoted or not')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run a shell command on each match; {} may be quoted or not')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Run a shell command once with every match, in order')
            [CompletionResult]::new('--exec-batch', '--exec-batch', [CompletionResultType]::ParameterName, 'Run a shell command once with every match, in order')
            [CompletionResult]::new('--module', '--module', [CompletionResultType]::ParameterName, 'Run a Python module on each match, as `python -m NAME ARGS`')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Run Python code on each match, with the path in the variable `filename`')
            [CompletionResult]::new('--no-full-path', '--no-full-path', [CompletionResultType]::ParameterName, 'Match only the name (undoes -p)')
            [CompletionResult]::new('--no-case-sensitive', '--no-case-sensitive', [CompletionResultType]::ParameterName, 'Undo -c: smart case again, unless -i')
            [CompletionResult]::new('--no-ignore-case', '--no-ignore-case', [CompletionResultType]::ParameterName, 'Undo -i: smart case again, unless -c')
            [CompletionResult]::new('--no-fuzzy', '--no-fuzzy', [CompletionResultType]::ParameterName, 'Undo -f: the pattern as written')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'The pattern is a regular expression (the default; beats FFIND_GLOB and FFIND_FIXED_STRINGS)')
            [CompletionResult]::new('--no-hidden', '--no-hidden', [CompletionResultType]::ParameterName, 'Skip hidden names (undoes -H)')
            [CompletionResult]::new('--no-ignore-vcs', '--no-ignore-vcs', [CompletionResultType]::ParameterName, 'Do not skip version-control files and folders (undoes --ignore-vcs)')
            [CompletionResult]::new('--no-gitignore', '--no-gitignore', [CompletionResultType]::ParameterName, 'Read no ignore files (undoes --gitignore)')
            [CompletionResult]::new('-I', '-I ', [CompletionResultType]::ParameterName, 'Skip nothing for being ignored: undoes --gitignore and --ignore-vcs')
            [CompletionResult]::new('--no-ignore', '--no-ignore', [CompletionResultType]::ParameterName, 'Skip nothing for being ignored: undoes --gitignore and --ignore-vcs')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Include hidden names and skip nothing for being ignored (-H -I; -uu the same)')
            [CompletionResult]::new('--unrestricted', '--unrestricted', [CompletionResultType]::ParameterName, 'Include hidden names and skip nothing for being ignored (-H -I; -uu the same)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'Enter symlinked folders, the default (undoes --no-follow; never while deleting)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Enter symlinked folders, the default (undoes --no-follow; never while deleting)')
            [CompletionResult]::new('--one-file-system', '--one-file-system', [CompletionResultType]::ParameterName, 'Do not enter folders on another file system than their parent')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Do not enter folders on another file system than their parent')
            [CompletionResult]::new('--xdev', '--xdev', [CompletionResultType]::ParameterName, 'Do not enter folders on another file system than their parent')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Print a matching folder but do not enter it')
            [CompletionResult]::new('-1', '-1', [CompletionResultType]::ParameterName, 'Stop after the first result (same as --max-results 1)')
            [CompletionResult]::new('--no-ls-colors', '--no-ls-colors', [CompletionResultType]::ParameterName, 'Colour only the matched part (undoes --ls-colors)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing: the exit status is 0 when something matches, else 1')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing: the exit status is 0 when something matches, else 1')
            [CompletionResult]::new('-0', '-0', [CompletionResultType]::ParameterName, 'End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)')
            [CompletionResult]::new('--print0', '--print0', [CompletionResultType]::ParameterName, 'End each path with a NUL byte instead of a newline, for `xargs -0` (never coloured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Write each match as a JSON object on its own line (JSON Lines)')
            [CompletionResult]::new('--no-absolute-path', '--no-absolute-path', [CompletionResultType]::ParameterName, 'Print paths as found (undoes -a)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'List each match as `ls -l` would: mode, owner, group, size, time, path')
            [CompletionResult]::new('--list-details', '--list-details', [CompletionResultType]::ParameterName, 'List each match as `ls -l` would: mode, owner, group, size, time, path')
            [CompletionResult]::new('--no-show-errors', '--no-show-errors', [CompletionResultType]::ParameterName, 'Do not report walk errors (undoes --show-errors)')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Delete each match: a file, a symlink (never its target), or an empty folder')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Match the whole path, not only the name [env: FFIND_SEARCH_PATH]')
            [CompletionResult]::new('--full-path', '--full-path', [CompletionResultType]::ParameterName, 'Match the whole path, not only the name [env: FFIND_SEARCH_PATH]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]')
            [CompletionResult]::new('--nocolor', '--nocolor', [CompletionResultType]::ParameterName, 'Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR]')
            [CompletionResult]::new('--no-follow', '--no-follow', [CompletionResultType]::ParameterName, 'Do not enter symlinked folders [env: FFIND_NO_SYMLINK]')
            [CompletionResult]::new('--nosymlinks', '--nosymlinks', [CompletionResultType]::ParameterName, 'Do not enter symlinked folders [env: FFIND_NO_SYMLINK]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]')
            [CompletionResult]::new('--case-sensitive', '--case-sensitive', [CompletionResultType]::ParameterName, 'Force case-sensitive matching; beats -i [env: FFIND_CASE_SENSITIVE]')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]')
            [CompletionResult]::new('--ignore-case', '--ignore-case', [CompletionResultType]::ParameterName, 'Force case-insensitive matching [env: FFIND_CASE_INSENSITIVE]')
            [CompletionResult]::new('--ignore-vcs', '--ignore-vcs', [CompletionResultType]::ParameterName, 'Skip version-control files and folders [env: FFIND_IGNORE_VCS]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Fuzzy search: the pattern''s characters in order, anything between [env: FFIND_FUZZY_SEARCH]')
            [CompletionResult]::new('--fuzzy', '--fuzzy', [CompletionResultType]::ParameterName, 'Fuzzy search: the pattern''s characters in order, anything between [env: FFIND_FUZZY_SEARCH]')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]')
            [CompletionResult]::new('--glob', '--glob', [CompletionResultType]::ParameterName, 'The pattern is a shell glob matched against the whole name [env: FFIND_GLOB]')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'The pattern is a literal string searched anywhere in the name [env: FFIND_FIXED_STRINGS]')
            [CompletionResult]::new('--fixed-strings', '--fixed-strings', [CompletionResultType]::ParameterName, 'The pattern is a literal string searched anywhere in the name [env: FFIND_FIXED_STRINGS]')
            [CompletionResult]::new('--gitignore', '--gitignore', [CompletionResultType]::ParameterName, 'Respect .gitignore, .ignore, .git/info/exclude and git''s global excludes [env: FFIND_GITIGNORE]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Print absolute paths [env: FFIND_ABSOLUTE_PATH]')
            [CompletionResult]::new('--absolute-path', '--absolute-path', [CompletionResultType]::ParameterName, 'Print absolute paths [env: FFIND_ABSOLUTE_PATH]')
            [CompletionResult]::new('--show-errors', '--show-errors', [CompletionResultType]::ParameterName, 'Report unreadable folders, symlink loops and vanished entries [env: FFIND_SHOW_ERRORS]')
            [CompletionResult]::new('--ls-colors', '--ls-colors', [CompletionResultType]::ParameterName, 'Colour each path by its file type from LS_COLORS, as ls does; the match stays red [env: FFIND_LS_COLORS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
