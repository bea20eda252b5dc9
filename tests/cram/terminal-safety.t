On a terminal, a name cannot disguise itself: bidirectional controls and
zero-width or other invisible format characters are escaped like control
characters. Through a pipe the raw bytes are printed.

  $ mkdir b && cd b && touch "$(printf 'invoice\342\200\256fdp.exe')" "$(printf 'zero\342\200\213width')" "$(printf 'tag\363\240\200\201x')" "$(printf 'soft\302\255hyphen')" && cd ..
  $ script -qec 'ffind --no-color b ""' /dev/null
  b/invoice\\u{202e}fdp.exe\r (esc)
  b/soft\\u{00ad}hyphen\r (esc)
  b/tag\\u{e0001}x\r (esc)
  b/zero\\u{200b}width\r (esc)
  $ ffind b invoice | od -c | sed 's/  */ /g'
  0000000 b / i n v o i c e 342 200 256 f d p .
  0000020 e x e \n
  0000024

A message on standard error that names a path is escaped the same way when
standard error is a terminal: a symlink loop named to clear and recolour
the terminal shows its escape sequence as text.

  $ mkdir e && ln -s . "e/$(printf '\033[2J\033[31mPWNED')"
  $ script -qec 'ffind --show-errors e nomatch; echo "status $?"' /dev/null
  ffind: e/\\x1b[2J\\x1b[31mPWNED: symlink loop (the folder is its own ancestor)\r (esc)
  status 1\r (esc)

Piped, standard error keeps the raw bytes.

  $ ffind --show-errors e nomatch 2>&1 >/dev/null | od -c | sed 's/  */ /g' | head -2
  0000000 f f i n d : e / 033 [ 2 J 033 [ 3
  0000020 1 m P W N E D : s y m l i n k

An error naming a root is escaped on a terminal too.

  $ script -qec "ffind $(printf 'no\342\200\256where') x" /dev/null
  ffind: no\\u{202e}where: No such file or directory\r (esc)
  [1]
