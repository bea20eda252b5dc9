Git's global excludes (--gitignore) are found as git finds them, by
ffind's own reading of git's configuration files: the file
core.excludesFile names in $XDG_CONFIG_HOME/git/config or ~/.gitconfig
(the last value wins, ~/.gitconfig is read last), else
$XDG_CONFIG_HOME/git/ignore (~/.config/git/ignore). For each case, git
check-ignore says which files git ignores, and ffind shows the others.

  $ git init -q repo && touch repo/a.h repo/b.c repo/c.o
  $ check() {
  >   echo "git ignores: $(cd repo && git check-ignore a.h b.c c.o | paste -sd' ' -)"
  >   echo "ffind shows: $(ffind --gitignore repo '\.[hco]$' | paste -sd' ' -)"
  > }
  $ mkdir -p .config/git && printf '*.o\n' > .config/git/ignore
  $ check
  git ignores: c.o
  ffind shows: repo/a.h repo/b.c

The setting in any case, quoted, with a comment after it, ~ for home:

  $ printf '*.h\n' > "my ignore"
  $ printf '[Core]\n\tExcludesFile = "~/my ignore" ; mine\n' > .gitconfig
  $ check
  git ignores: a.h
  ffind shows: repo/b.c repo/c.o

Another section, or a subsection of core, is not the setting:

  $ printf '[core "x"]\n\texcludesFile = ~/my ignore\n[user]\n\texcludesFile = ~/my ignore\n' > .gitconfig
  $ check
  git ignores: c.o
  ffind shows: repo/a.h repo/b.c

$XDG_CONFIG_HOME/git/config counts, and ~/.gitconfig wins over it:

  $ mkdir -p xdg/git && printf '*.c\n' > c-ignore && printf '[core]\nexcludesfile = %s/c-ignore\n' "$HOME" > xdg/git/config
  $ export XDG_CONFIG_HOME=$HOME/xdg
  $ check
  git ignores: b.c
  ffind shows: repo/a.h repo/c.o
  $ printf '[core] excludesFile = ~/my\\\n ignore\n' > .gitconfig
  $ check
  git ignores: a.h
  ffind shows: repo/b.c repo/c.o

A configuration file that is no regular file is not read, and said under
--show-errors: a FIFO as ~/.gitconfig does not hang ffind (also outside any
repository), a link to /dev/zero does not fill memory.

  $ mkdir plain && touch plain/x
  $ rm .gitconfig && mkfifo .gitconfig
  $ timeout 10 ffind --gitignore plain x
  plain/x
  $ timeout 10 ffind --gitignore --show-errors plain x
  ffind: */.gitconfig: not a regular file, skipped (glob)
  plain/x
  [1]
  $ rm xdg/git/config && mkfifo xdg/git/config && rm .gitconfig && ln -s /dev/zero .gitconfig
  $ (ulimit -v 1000000 && timeout 10 ffind --gitignore --show-errors repo '\.[hco]$')
  ffind: */xdg/git/config: not a regular file, skipped (glob)
  ffind: */.gitconfig: not a regular file, skipped (glob)
  repo/a.h
  repo/b.c
  repo/c.o
  [1]
