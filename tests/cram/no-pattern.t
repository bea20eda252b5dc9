Without a pattern every entry passes the name test and the filters decide
(fd's habit; the original required a pattern). The set of paths of each
command below was checked against `fd -L -I` 10.5 on the same tree.

  $ mkdir -p src/bin tests docs && touch src/main.rs src/lib.rs src/bin/tool.rs tests/cli.rs docs/guide.md README.md .hidden.rs

  $ ffind -e rs
  ./src/lib.rs
  ./src/main.rs
  ./src/bin/tool.rs
  ./tests/cli.rs
  $ ffind -t d
  ./docs
  ./src
  ./tests
  ./src/bin
  $ ffind
  ./README.md
  ./docs
  ./src
  ./tests
  ./docs/guide.md
  ./src/lib.rs
  ./src/main.rs
  ./src/bin
  ./src/bin/tool.rs
  ./tests/cli.rs
  $ ffind -t f -d 1
  ./README.md

Colour paints the matched part, and without a pattern there is none:

  $ ffind --color=always -e md
  ./README.md
  ./docs/guide.md

One argument is the pattern, as in the original; fd's --search-path
(repeatable) names the folders to list without a pattern:

  $ ffind src
  ./src
  $ ffind --search-path src
  src/lib.rs
  src/main.rs
  src/bin
  src/bin/tool.rs
  $ ffind --search-path src --search-path docs -t f
  src/lib.rs
  src/main.rs
  src/bin/tool.rs
  docs/guide.md
  $ ffind --search-path src main
  src/main.rs
  $ ffind --search-path src tests main
  error: with --search-path, give the folders with it: the only other argument is the pattern
  
  Usage: ffind [OPTIONS] [DIR]... [PATTERN]
  
  For more information, try '--help'.
  [2]
  $ ffind --
  ./README.md
  ./docs
  ./src
  ./tests
  ./docs/guide.md
  ./src/lib.rs
  ./src/main.rs
  ./src/bin
  ./src/bin/tool.rs
  ./tests/cli.rs

A lone argument that is a folder, with filters that leave nothing: the hint
says how to list the folder.

  $ ffind -e rs src
  ffind: src is a folder, and was taken as the pattern; to list what is in it, name it with --search-path (ffind -e rs --search-path src)
  $ ffind -e rs --search-path src
  src/lib.rs
  src/main.rs
  src/bin/tool.rs

fd's other spellings of ffind's options: --maxdepth, --mindepth, --literal
(-F), --dereference (-L):

  $ ffind --maxdepth 1 -t f
  ./README.md
  $ ffind --mindepth 3
  ./src/bin/tool.rs
  $ ffind --literal lib.
  ./src/lib.rs
  $ ffind --no-follow --dereference -d 1 -t d
  ./docs
  ./src
  ./tests
