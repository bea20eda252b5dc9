Hostile names. On a terminal, control characters, ANSI escapes and bytes
that are not UTF-8 are escaped, so a name cannot repaint the screen; piped,
the raw bytes are printed.

  $ mkdir n && cd n && touch "$(printf 'evil\033[2Jclear')" "$(printf 'new\nline')" "$(printf 'bell\a')" "$(printf 'bad\377byte')" "$(printf 'c1\302\233x')" && cd ..
  $ script -qec 'ffind --no-color n ""' /dev/null
  n/bad\\xffbyte\r (esc)
  n/bell\\x07\r (esc)
  n/c1\\u{009b}x\r (esc)
  n/evil\\x1b[2Jclear\r (esc)
  n/new\\nline\r (esc)
  $ script -qec 'ffind n evil' /dev/null
  n/\x1b[31mevil\x1b[0m\\x1b[2Jclear\r (esc)
  $ ffind n '' | od -c | sed 's/  */ /g'
  0000000 n / b a d 377 b y t e \n n / b e l
  0000020 l \a \n n / c 1 302 233 x \n n / e v i
  0000040 l 033 [ 2 J c l e a r \n n / n e w
  0000060 \n l i n e \n
  0000066

A name starting with a dash reaches --exec as a path, never as an option.

  $ mkdir -- -rf && touch -- -rf/-x
  $ ffind --exec 'ls -d' -- -rf x
  ./-rf/-x
