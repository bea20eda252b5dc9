-F/--fixed-strings: the pattern is a literal string, with smart case.

  $ mkdir f && touch 'f/a.b(c' f/axb f/A.B
  $ ffind -F f 'a.b'
  f/A.B
  f/a.b(c
  $ ffind f 'a.b'
  f/A.B
  f/a.b(c
  f/axb
  $ ffind --fixed-strings f '('
  f/a.b(c
  $ ffind -F f 'A.B'
  f/A.B
  $ FFIND_FIXED_STRINGS=1 ffind f '.b('
  f/a.b(c
