Several folders are searched in the order given, each joined as typed, with
and without a trailing `/`.

  $ mkdir -p r1/s r2 && touch r1/a.txt r1/s/b.txt r2/c.txt
  $ ffind r2 r1 txt
  r2/c.txt
  r1/a.txt
  r1/s/b.txt
  $ ffind r1/ r2/ txt
  r1/a.txt
  r1/s/b.txt
  r2/c.txt
  $ ffind r1 r1 c
  $ ffind r1 r1 a.txt
  r1/a.txt
  r1/a.txt
  $ ffind r1 r1 b
  r1/s/b.txt
  r1/s/b.txt
