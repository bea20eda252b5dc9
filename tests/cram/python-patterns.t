Patterns are read as Python's `re` read them in the original. Every
command down to "Fixed strings" prints the same with ffind 1.6.1
(`CRAM_FFIND_DIR`).

A brace that does not start a repetition is a literal brace, so `{arch}` (a
name on the original's own VCS list), `x{y` and `{a,b}` are names; a real
repetition still repeats.

  $ mkdir t && touch 't/{arch}' 't/x{y' 't/{a,b}' t/aa t/a 't/a}'
  $ ffind t '{arch}'
  t/{arch}
  $ ffind t 'x{y'
  t/x{y
  $ ffind t '{a,b}'
  t/{a,b}
  $ ffind t '^a{2}$'
  t/aa
  $ ffind t '^a{,1}$'
  t/a
  $ ffind t 'a}'
  t/a}

`\Z` is the end of the name; `$` is the end or just before a final newline.

  $ mkdir e && touch e/a.py $'e/b.py\nx' $'e/c.py\n'
  $ ffind e 'py\Z' | od -c | sed 's/ *$//'
  0000000   e   /   a   .   p   y  \n
  0000007
  $ ffind e 'py$' | od -c | sed 's/ *$//'
  0000000   e   /   a   .   p   y  \n   e   /   c   .   p   y  \n  \n
  0000017

A name that is not UTF-8 is matched as the original matched it: each byte
that is not UTF-8 is one character, matched by `.` or `\W`, and a pattern
holding that byte matches it, for regular expressions, fuzzy search,
fixed strings and globs.

  $ mkdir u && touch "$(printf 'u/caf\351.txt')" u/cafe.txt
  $ ffind u 'caf.\.txt' | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f   e   .   t   x   t  \n   u   /   c   a   f
  0000020 351   .   t   x   t  \n
  0000026
  $ ffind u 'caf\W' | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f 351   .   t   x   t  \n
  0000013
  $ ffind u "$(printf '\351')" | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f 351   .   t   x   t  \n
  0000013
  $ ffind -f u "$(printf 'c\351t')" | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f 351   .   t   x   t  \n
  0000013

Fixed strings and globs are ffind's own (the original has neither); a
glob's `?` is one character too.

  $ ffind -F u "$(printf '\351.')" | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f 351   .   t   x   t  \n
  0000013
  $ ffind -g u "$(printf 'caf\351*')" | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f 351   .   t   x   t  \n
  0000013
  $ ffind -g u 'caf?.txt' | od -c | sed 's/ *$//'
  0000000   u   /   c   a   f   e   .   t   x   t  \n   u   /   c   a   f
  0000020 351   .   t   x   t  \n
  0000026
  $ touch u/café.txt
  $ ffind -g u 'caf?.txt' | grep -c .
  3

Look-around and back-references run too (see python-syntax.t).

  $ ffind t '(?=a)a{2}'
  t/aa
  $ ffind t '(a)\1'
  t/aa

The highlight covers the bytes that matched, the undecodable byte as one.

  $ ffind --color=always u 'f.\.' | od -c | sed 's/ *$//'
  0000000   u   /   c   a 033   [   3   1   m   f   e   . 033   [   0   m
  0000020   t   x   t  \n   u   /   c   a 033   [   3   1   m   f 303 251
  0000040   . 033   [   0   m   t   x   t  \n   u   /   c   a 033   [   3
  0000060   1   m   f 351   . 033   [   0   m   t   x   t  \n
  0000075

A pattern that does not compile is shown with its undecodable bytes as
`\xNN`.

  $ ffind u "$(printf 'caf\351(')" 2>&1 | head -1
  ffind: Sorry, the expression caf\xe9( is incorrect.
