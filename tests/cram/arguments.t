Options stand anywhere among the folders and the pattern, `--` ends them,
and a long option may be shortened while only one option fits (argparse
did the same; the commands up to the fd habits below print the same with
ffind 1.6.1, except the first, which the original refused).

  $ mkdir -p tree/sub && touch tree/Foo.rs tree/sub/foo.py tree/-old.txt tree/.hid.foo
  $ ffind tree -i FOO
  tree/Foo.rs
  tree/sub/foo.py
  $ ffind tree FOO -i
  tree/Foo.rs
  tree/sub/foo.py
  $ ffind tree foo -c
  tree/sub/foo.py
  $ ffind -- tree -old
  tree/-old.txt
  $ ffind --hid tree foo
  tree/.hid.foo
  tree/Foo.rs
  tree/sub/foo.py
  $ ffind --noc --nos tree foo
  tree/Foo.rs
  tree/sub/foo.py

A prefix that fits several options is taken for the one ffind 1.6.1 had
(`--ign` was `--ignore-vcs` there); one that fits several new options is an
error naming them.

  $ mkdir -p vcs/CVS && touch vcs/CVS/entry vcs/entry
  $ ffind --ign vcs entry
  vcs/entry
  $ ffind --ignore-c vcs ENTRY
  vcs/entry
  vcs/CVS/entry
  $ ffind --f tree foo
  error: '--f' fits several options: --follow, --format, --full-path, --fuzzy, --fixed-strings
  
  Usage: ffind [OPTIONS] [DIR]... [PATTERN]
  
  For more information, try '--help'.
  [2]

After `--`, nothing is an option, not even a folder's name that looks like one.

  $ mkdir -- -dir && touch -- -dir/x1
  $ ffind -- -dir x
  -dir/x1

fd's habits: `-H` is `--hidden`; `-L` (follow symlinks) and `-I` (no ignore
files) are accepted and change nothing, as both are already the defaults.

  $ ffind -H tree foo
  tree/.hid.foo
  tree/Foo.rs
  tree/sub/foo.py
  $ ln -s ../vcs tree/link
  $ ffind -L -I tree entry
  tree/link/entry
  tree/link/CVS/entry
