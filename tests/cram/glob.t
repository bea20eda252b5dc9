-g/--glob: the pattern is a shell glob matched against the whole name, with
smart case, `{a,b}` alternatives and `[...]` classes.

  $ mkdir -p g/src/deep && touch g/main.rs g/Main.RS g/main.rs.bak g/lib.py g/src/a.rs g/src/deep/b.rs g/x1 g/x2 g/x3
  $ ffind -g g '*.rs'
  g/Main.RS
  g/main.rs
  g/src/a.rs
  g/src/deep/b.rs
  $ ffind --glob g '*.RS'
  g/Main.RS
  $ ffind -g g '*.{py,bak}'
  g/lib.py
  g/main.rs.bak
  $ ffind -g g 'x[13]'
  g/x1
  g/x3

A glob with no wildcard matches only the exact name (here ignoring case, as
the pattern is lowercase); a regex would match inside names too.

  $ ffind -g g main.rs
  g/Main.RS
  g/main.rs
  $ ffind -g -c g main.rs
  g/main.rs
  $ ffind g main.rs
  g/Main.RS
  g/main.rs
  g/main.rs.bak

With -p the glob is matched against the whole printed path: `*` does not
cross `/`, `**` does.

  $ ffind -g -p g 'g/src/*.rs'
  g/src/a.rs
  $ ffind -g -p g 'g/**/*.rs'
  g/Main.RS
  g/main.rs
  g/src/a.rs
  g/src/deep/b.rs

The whole name is highlighted.

  $ ffind -g --color=always g 'lib*'
  g/\x1b[31mlib.py\x1b[0m (esc)

FFIND_GLOB makes globs the default; --regex takes regexes back.

  $ FFIND_GLOB=1 ffind g 'x?'
  g/x1
  g/x2
  g/x3
  $ FFIND_GLOB=1 ffind --regex g 'x[12]$'
  g/x1
  g/x2

An invalid glob: status 1 and a message naming it.

  $ ffind -g g 'a[b'
  ffind: the glob a[b is incorrect: unclosed character class; missing ']'
  [1]
