The whole of Python's `re` syntax, as the original read it, and its case
and order rules. Every command here prints the same with ffind 1.6.1
(`CRAM_FFIND_DIR`).

  $ mkdir t && touch t/main t/mian t/aaa t/x t/ab t/ba

Look-around, back-references (by number and by name), atomic groups,
conditionals, possessive quantifiers (`a*+a` matches nothing: the `a*+`
keeps every `a`), the ASCII flag and named characters.

  $ ffind t '(?<=m)a'
  t/main
  $ ffind t 'a(?!i)'
  t/aaa
  t/ab
  t/ba
  t/mian
  $ ffind t '(a)\1'
  t/aaa
  $ ffind t '(?P<x>a)(?P=x)'
  t/aaa
  $ ffind t '(?>ma)in'
  t/main
  $ ffind t '^(m)?(?(1)ain|x)$'
  t/main
  t/x
  $ ffind t 'a*+a'
  $ ffind t '^a++$'
  t/aaa
  $ ffind t '\N{LATIN SMALL LETTER M}ia'
  t/mian

With the ASCII flag, `\w` is ASCII only.

  $ mkdir w && touch w/é1 w/e1
  $ ffind w '(?a)^\w1'
  w/e1
  $ ffind w '^\w1'
  w/e1
  w/é1

Smart case, as the original: a plain word is first looked for in the
name's Python lowercase, so `s` does not find `ſ` (long s, whose
lowercase is itself), though the regex `^s` does; `i` finds `İ` (whose
lowercase is `i` and a combining dot) and the Kelvin sign is a `k`.

  $ mkdir c && touch c/ſ3 c/İ1 c/ı2 c/K4
  $ ffind c s
  $ ffind c '^s'
  c/ſ3
  $ ffind c i
  c/İ1
  $ ffind c '^i'
  c/İ1
  c/ı2
  $ ffind c k
  c/K4

A name that is not UTF-8 sorts as Python sorted it: each such byte is a
surrogate code point (0xFF is U+DCFF), after U+D7FF and before U+E000.

  $ mkdir a && touch a/"$(printf '\357\200\200')".txt a/"$(printf '\377')".txt a/"$(printf '\355\237\277')".txt a/b.txt
  $ ffind a txt | od -An -tx1 | sed 's/ *$//'
   61 2f 62 2e 74 78 74 0a 61 2f ed 9f bf 2e 74 78
   74 0a 61 2f ff 2e 74 78 74 0a 61 2f ef 80 80 2e
   74 78 74 0a
