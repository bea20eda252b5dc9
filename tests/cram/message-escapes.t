Every message ffind writes takes one path: on a terminal, every character
that could drive it or disguise text (control characters, bidirectional and
zero-width format characters, U+2028 and U+2029) is escaped, and bytes that
are not UTF-8 are shown as \xNN; in a pipe the bytes are written as they
are.

A usage error echoes the offending argument. On a terminal clap's own
colours stay and the argument cannot retitle or clear the terminal:

  $ script -qec "ffind --color '$(printf '\033]0;X\a\033[2J\342\200\250')' . x" /dev/null
  \x1b[1m\x1b[31merror:\x1b[0m invalid value '\x1b[33m\\x1b]0;X\\x07\\x1b[2J\\u{2028}\x1b[0m' for '\x1b[1m--color <WHEN>\x1b[0m'\r (esc)
    [possible values: \x1b[32mauto\x1b[0m, \x1b[32malways\x1b[0m, \x1b[32mnever\x1b[0m]\r (esc)
  \r (esc)
  For more information, try '\x1b[1m--help\x1b[0m'.\r (esc)
  [2]

In a pipe the argument's bytes are written as they are, without colours:

  $ ffind --color $'\e]0;X\a\e[2J' . x 2>&1 | od -c | sed 's/  */ /g' | head -3
  0000000 e r r o r : i n v a l i d v
  0000020 a l u e ' 033 ] 0 ; X \a 033 [ 2 J
  0000040 ' f o r ' - - c o l o r <

A root that is not UTF-8 is named by its bytes: \xNN on a terminal, the raw
byte in a pipe (not U+FFFD).

  $ script -qec "ffind $(printf 'no\377where') x" /dev/null
  ffind: no\\xffwhere: No such file or directory\r (esc)
  [1]
  $ ffind "$(printf 'no\377where')" x 2>&1 | od -c | sed 's/  */ /g' | head -1
  0000000 f f i n d : n o 377 w h e r e :

A name holding U+2028 (LINE SEPARATOR) is escaped on a terminal, raw in a
pipe:

  $ mkdir d && touch "d/$(printf 'a\342\200\250b')" "d/$(printf 'c\377d')" "d/$(printf 'e\033[2Jf')"
  $ script -qec "ffind --no-color d ''" /dev/null
  d/a\\u{2028}b\r (esc)
  d/c\\xffd\r (esc)
  d/e\\x1b[2Jf\r (esc)
  $ ffind d a | od -c | sed 's/  */ /g'
  0000000 d / a 342 200 250 b \n
  0000010

A --command exception's text is printed on standard output as the original's
print(e) does, escaped when standard output is a terminal, its bytes as
they are in a pipe:

  $ script -qec "ffind --command 'raise ValueError(filename)' d ''; echo status \$?" /dev/null
  d/a\\u{2028}b\r (esc)
  d/c\\xffd\r (esc)
  d/e\\x1b[2Jf\r (esc)
  status 1\r (esc)
  $ ffind --command 'raise ValueError(filename)' d '' 2>/dev/null | od -c | sed 's/  */ /g'
  0000000 d / a 342 200 250 b \n d / c 377 d \n d /
  0000020 e 033 [ 2 J f \n
  0000027

The path a message names keeps its bytes under --show-errors too:

  $ mkdir l && ln -s . "l/$(printf 'x\377\342\200\251')"
  $ script -qec "ffind --show-errors l nomatch" /dev/null
  ffind: l/x\\xff\\u{2029}: symlink loop (the folder is its own ancestor)\r (esc)
  [1]

A slip hint names a word that is not UTF-8 in the shell's $'…' quoting, so
the suggested command holds the bytes typed (not U+FFFD):

  $ mkdir src && ffind "$(printf 'x\377')" src
  ffind: x\xff: No such file or directory (esc)
  ffind: src is a folder and $'x\xff' is not: ffind takes the folders first, then the pattern (ffind src $'x\xff')
  [1]
