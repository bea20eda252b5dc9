A plain word is searched in each name ignoring case (smart case), eight
bytes at a time in a short name: a match across the words' boundary, in
the second word, after a near miss that differs in one bit (`cbore`), in
a name of 64 bytes and more, in any case, and with worker threads
(folders kept open for their subfolders as path-only handles). The
expected lines are Python ffind 1.6.1's output on the same tree.

  $ mkdir -p w/sub/deeper w/cbore
  $ for n in core CORE xcore cbore cbore_core 1234567core 12345678core abcdefgcor \
  >   aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaCoRe Co cOrE.txt ccore bcore cor; do
  >   touch "w/$n"
  > done
  $ touch w/sub/deeper/CoreX w/sub/core1 w/cbore/x
  $ ffind core
  ./w/12345678core
  ./w/1234567core
  ./w/CORE
  ./w/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaCoRe
  ./w/bcore
  ./w/cOrE.txt
  ./w/cbore_core
  ./w/ccore
  ./w/core
  ./w/xcore
  ./w/sub/core1
  ./w/sub/deeper/CoreX
  $ ffind -j2 core > two-threads
  $ ffind core | cmp - two-threads
