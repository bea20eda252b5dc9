-0/--print0 ends each path with NUL instead of a newline, never coloured, so
any name survives `xargs -0`, even one with a newline.

  $ mkdir z && touch z/plain "$(printf 'z/new\nline')" 'z/sp ace'
  $ ffind -0 z '' | od -c | sed 's/  */ /g'
  0000000 z / n e w \n l i n e \0 z / p l a
  0000020 i n \0 z / s p a c e \0
  0000034
  $ ffind -0 --color=always z plain | od -c | sed 's/  */ /g'
  0000000 z / p l a i n \0
  0000010
  $ ffind -0 z '' | xargs -0 -n1 printf '[%s]\n'
  [z/new
  line]
  [z/plain]
  [z/sp ace]
  $ ffind --print0 z 'ace' | xargs -0 rm && ffind z ace
