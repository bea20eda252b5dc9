Helpful mistakes: when a search finds nothing and the command looks like a
known slip, ffind says on standard error what probably happened and the
command that would work: one that would print something, decided from
what the walk saw (no second walk). Standard output and the status are
those of the original: the `2>/dev/null` lines without `-e` (ffind's own)
print the same with ffind 1.6.1. In fd's order the original printed nothing; ffind reports
the missing folder, as before this change.

  $ mkdir -p src tests && touch src/main.rs src/lib.rs tests/cli.rs

Two folders and no pattern: the second folder was taken as the pattern.

  $ ffind src tests 2>/dev/null
  $ ffind src tests
  ffind: tests is a folder, and was taken as the pattern; to list what is in it, name it with --search-path (ffind --search-path src --search-path tests)
  $ ffind --search-path src --search-path tests
  src/lib.rs
  src/main.rs
  tests/cli.rs

An option whose folder was taken as the pattern (`-e rs src`): the options
are kept in the suggestion.

  $ ffind -e rs src 2>/dev/null
  $ ffind -e rs src
  ffind: src is a folder, and was taken as the pattern; to list what is in it, name it with --search-path (ffind -e rs --search-path src)
  $ ffind -e rs --search-path src
  src/lib.rs
  src/main.rs

fd's order (pattern first, then the folder): the folder that does not
exist is an error as before, and the hint follows it.

  $ ffind rs src
  ffind: rs: No such file or directory
  ffind: src is a folder and rs is not: ffind takes the folders first, then the pattern (ffind src rs)
  [1]
  $ ffind src rs
  src/lib.rs
  src/main.rs

A `/` in the pattern never matches a name; -p matches the whole path.

  $ ffind -i 'src/m' 2>/dev/null
  $ ffind -i 'src/m'
  ffind: names never contain '/': to match the pattern against the whole path, use -p (ffind -i -p src/m)
  $ ffind -i -p 'src/m'
  ./src/main.rs
  $ ffind src/
  ffind: src/ is a folder, and was taken as the pattern; to list what is in it, name it with --search-path (ffind --search-path src/)

No hint when something matched, or when nothing looks like a slip.

  $ ffind src
  ./src
  $ ffind nothing-here

No hint when the folder is also searched (`ffind src src` meant it), nor
with an action, where an empty pattern would act on everything.

  $ ffind src src
  $ ffind --delete src tests
  $ ls src tests
  src:
  lib.rs
  main.rs
  
  tests:
  cli.rs

A glob or an anchored pattern with a `/`: with -p the subject is the whole
printed path, which starts with `./`, so the suggestion says so; each
suggested command prints something.

  $ ffind -g 'src/*.rs'
  ffind: names never contain '/', and with -p the whole path starts with ./ (ffind -g -p './src/*.rs')
  $ ffind -g -p './src/*.rs'
  ./src/lib.rs
  ./src/main.rs
  $ ffind '^src/main'
  ffind: names never contain '/', and with -p the whole path starts with ./ (ffind -p '^\\./src/main') (esc)
  $ ffind -p '^\./src/main'
  ./src/main.rs

No suggestion when it would print nothing either:

  $ ffind 'nowhere/main'
  $ ffind -e md src

". is a folder" only when listing it would print something: here every
name is ignored, so the folder reading is not the likely one.

  $ mkdir repo && cd repo && git init -q && touch a b && printf '*\n' > .gitignore
  $ ffind --gitignore .
  $ ffind --gitignore -e zz .
  $ ffind -e zz .
  $ cd ..

fd's `-c WHEN` (colour): here -c is --case-sensitive, the original's
meaning, so the word became a folder or the pattern.

  $ ffind -c never main
  ffind: never: No such file or directory
  ffind: -c is --case-sensitive in ffind (as in the original); for fd's -c never, use --color never (ffind --color never main)
  [1]
  $ ffind --color never main
  ./src/main.rs
  $ ffind -c never
  ffind: -c is --case-sensitive in ffind (as in the original); for fd's -c never, use --color never (ffind --color never)
  $ ffind -c always -e rs src
  ffind: always: No such file or directory
  ffind: -c is --case-sensitive in ffind (as in the original); for fd's -c always, use --color always (ffind -e rs --color always src)
  [1]
