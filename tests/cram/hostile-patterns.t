Bad patterns and arguments: a clear message and the right status, never a
hang.

  $ mkdir p && touch p/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab p/x

A pattern whose compiled form is too big is refused (Python accepted
it).

  $ ffind p '(?:a{1000}){1000}' 2>&1 | tail -1
  Compiled regex exceeds size limit of 10485760 bytes.
  $ ffind p '(?:a{1000}){1000}' 2>/dev/null
  [1]

Patterns that backtrack catastrophically elsewhere run in linear time here:
on this 56-letter name a backtracking engine would take years, here each
ends well within the bound.

  $ timeout 10 ffind p '(a*)*c'
  $ timeout 10 ffind p '(a|aa)+$'
  $ timeout 10 ffind p '(a|a)*b$'
  p/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab

A huge literal pattern is fine.

  $ ffind p "$(printf 'x%.0s' $(seq 100000))"

A NUL can be searched for as an escape (it cannot appear in a name).

  $ ffind p '\x00'

Conflicting or malformed options are usage errors.

  $ ffind -t f --delete --exec x p x 2>/dev/null
  [2]
  $ ffind -j 0 p x 2>/dev/null
  [2]
  $ ffind -d -1 p x 2>/dev/null
  [2]

An unreadable root: a message naming it, status 1, nothing printed.

  $ chmod 755 . && cp "$(command -v ffind)" ./ffind-copy && mkdir closed && chmod 000 closed
  $ . $TESTDIR/nobody.sh
  $ as_nobody ./ffind-copy closed x
  ffind: closed: Permission denied
  [1]
