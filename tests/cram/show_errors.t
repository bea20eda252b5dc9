--show-errors reports unreadable folders and symlink loops on standard error
as `ffind: PATH: reason`, and then the status is 1. Without it they are
silent and the status stays 0, as in the original.

  $ chmod 755 . && cp "$(command -v ffind)" ./ffind-copy
  $ . $TESTDIR/nobody.sh
  $ mkdir -p u/closed u/loop && touch u/a && chmod 000 u/closed && ln -s .. u/loop/up
  $ as_nobody ./ffind-copy u a
  u/a
  $ as_nobody ./ffind-copy --show-errors u a
  u/a
  ffind: u/closed: Permission denied
  ffind: u/loop/up: symlink loop (the folder is its own ancestor)
  [1]

Searching u/loop, `up` is u, not an ancestor of the root, so it is entered
once; inside it, u/loop is the root again.

  $ FFIND_SHOW_ERRORS=1 ffind u/loop x
  ffind: u/loop/up/loop: symlink loop (the folder is its own ancestor)
  [1]
