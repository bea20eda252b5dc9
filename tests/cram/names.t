Names that are not UTF-8 are matched, sorted and printed byte for byte.

  $ mkdir n && touch "n/$(printf 'caf\351.txt')" "n/$(printf 'caf\303\251.txt')" n/cafe.txt
  $ ffind n caf | od -c | sed 's/  */ /g'
  0000000 n / c a f e . t x t \n n / c a f
  0000020 303 251 . t x t \n n / c a f 351 . t x
  0000040 t \n
  0000042
  $ ffind n "$(printf '\351')" | od -c | sed 's/  */ /g'
  0000000 n / c a f 351 . t x t \n
  0000013
  $ ffind n 'é'
  n/café.txt

Spaces and other punctuation are ordinary characters.

  $ touch 'n/with space' 'n/semi;colon'
  $ ffind n ' '
  n/with space
  $ ffind n ';'
  n/semi;colon
