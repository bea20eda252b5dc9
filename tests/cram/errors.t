An invalid pattern: a message on standard error naming the pattern and
Python's reason, status 1, nothing on standard output. A pattern that
looks like a shell glob gets a --glob hint. (The original printed its
message on standard output.)

  $ mkdir d && touch d/a.t
  $ ffind '*.t'
  ffind: Sorry, the expression *.t is incorrect.
  Remember that this should be a regular expression.
  (https://docs.python.org/howto/regex.html)
  It looks like a shell glob: to match names against a glob, use --glob (e.g. ffind --glob '*.py'), or use just "py" or "py$" as a regex.
  nothing to repeat at position 0
  [1]
  $ ffind '*.t' 2>/dev/null
  [1]
  $ ffind 'a[' 2>&1 | head -2
  ffind: Sorry, the expression a[ is incorrect.
  Remember that this should be a regular expression.
  $ ffind 'a[' 2>&1 | grep -c glob
  0
  [1]

What Python refuses is refused with Python's reason.

  $ ffind '(?<=a*)b' 2>&1 | tail -1
  look-behind requires fixed-width pattern

A folder that does not exist or is not a folder: status 1, a message naming
it, nothing on standard output (the original printed nothing at all).

  $ ffind nowhere x
  ffind: nowhere: No such file or directory
  [1]
  $ ffind d/a.t x
  ffind: d/a.t: Not a directory
  [1]
  $ ffind d a 2>/dev/null
  d/a.t
  $ ffind d nowhere a 2>/dev/null
  [1]

Usage errors are clap's, with status 2. No pattern is not one: every
name passes.

  $ ffind
  ./d
  ./d/a.t
  $ ffind --bogus x 2>/dev/null
  [2]
  $ ffind --color=sometimes x 2>&1 | head -1
  error: invalid value 'sometimes' for '--color <WHEN>'

An unreadable folder is skipped silently and the status stays 0. Root reads
any folder, so as root the search runs as nobody (from a copy of the binary
that nobody can reach).

  $ chmod 755 . && cp "$(command -v ffind)" ./ffind-copy
  $ . $TESTDIR/nobody.sh
  $ mkdir -p u/open u/closed && touch u/open/a u/closed/b && chmod 000 u/closed
  $ as_nobody ./ffind-copy u ''
  u/closed
  u/open
  u/open/a

A FIFO is listed like any file and never opened (this would hang if it were).

  $ mkfifo d/fifo && ffind d ''
  d/a.t
  d/fifo
