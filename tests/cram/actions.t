The actions are mutually exclusive: two at once is a usage error, status 2.

  $ ffind --delete --exec cat x 2>&1 | head -1
  error: the argument '--delete' cannot be used with '--exec <COMMAND>'
  $ ffind --delete --exec cat x 2>/dev/null
  [2]
  $ ffind --module a --command b x 2>/dev/null
  [2]
