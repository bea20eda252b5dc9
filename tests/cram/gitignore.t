--gitignore respects .gitignore, .ignore and .git/info/exclude (off by
default, like the original).

  $ mkdir -p repo/.git/info repo/build repo/src/gen && cd repo
  $ printf 'build/\n*.log\n!keep.log\n' > .gitignore
  $ printf 'secret*\n' > .git/info/exclude
  $ printf '*.tmp\n' > src/.ignore
  $ printf '*.c\n' > src/gen/.gitignore
  $ touch build/out.o a.log keep.log secret.txt src/main.c src/x.tmp src/gen/g.c src/gen/g.h
  $ ffind ''
  ./a.log
  ./keep.log
  ./secret.txt
  ./build
  ./src
  ./build/out.o
  ./src/main.c
  ./src/x.tmp
  ./src/gen
  ./src/gen/g.c
  ./src/gen/g.h
  $ ffind --gitignore ''
  ./keep.log
  ./src
  ./src/main.c
  ./src/gen
  ./src/gen/g.h
  $ FFIND_GITIGNORE=1 ffind main
  ./src/main.c

The global excludes (core.excludesFile) count too: they hide g.h.

  $ ffind --gitignore 'main|g\.h'
  ./src/main.c
  ./src/gen/g.h
  $ printf '*.h\n' > "$HOME/global-ignore" && git config --global core.excludesFile "$HOME/global-ignore"
  $ ffind --gitignore 'main|g\.h'
  ./src/main.c
