-X/--exec-batch runs the command once with every match, in order; the word
holding the placeholders is repeated for each match, and without a
placeholder the matches are appended.

  $ mkdir -p d/sub && touch d/b.txt d/a.txt 'd/with space.txt' d/sub/c.txt
  $ ffind -X 'printf "[%s]\n"' d txt
  [d/a.txt]
  [d/b.txt]
  [d/with space.txt]
  [d/sub/c.txt]
  $ ffind --exec-batch 'echo {/} end' d txt
  a.txt b.txt with space.txt c.txt end
  $ ffind -X 'echo "<{/.}>"' d txt
  <a> <b> <with space> <c>

One run for all (fd's -X); --exec runs once per match:

  $ ffind -X 'echo run >> runs; true' d txt && wc -l < runs
  1
  $ rm runs && ffind -x 'echo run >> runs; true' d txt && wc -l < runs
  4

Nothing runs when nothing matched:

  $ ffind -X 'touch ran' d nomatch && test ! -e ran && echo 'did not run'
  did not run

A failing run makes the status 1:

  $ ffind -X 'false' d txt
  [1]

Placeholders in two words are refused (the repeated word is ambiguous):

  $ ffind -X 'cp {} {//}/backup' d txt 2>&1 | head -1
  error: invalid value 'cp {} {//}/backup' for '--exec-batch <COMMAND>': with --exec-batch, placeholders must stand in one word (the word is repeated for each match)

Many matches are split into runs only at the system's limits, and keep
their order across runs. When the repeated word is a placeholder alone
(quoted or not), the matches are passed as the shell's positional parameters
("$@"), bounded only by ARG_MAX (2 MiB here): 6,000 names of 46 bytes, about
330 KB with their pointers, make one run.

  $ mkdir many && (cd many && python3 -c '
  > for i in range(6000): open("f%05d-%s" % (i, "x" * 33), "w").close()')
  $ ffind many '' > all
  $ rm -f runs; ffind -X "printf '%s\n' {} > order; echo run >> runs" many '' && wc -l < runs && cmp order all && echo 'in order'
  1
  in order

With a 512 KiB stack ARG_MAX is 128 KiB: a few runs, still in order.

  $ rm -f runs order; (ulimit -s 512 && ffind -X "printf '%s\n' {} >> order; echo run >> runs" many '') && cmp order all && echo 'in order'
  in order
  $ test "$(wc -l < runs)" -ge 2 && test "$(wc -l < runs)" -le 6 && echo 'a few runs'
  a few runs

Otherwise the word is repeated in the `sh -c` line itself, which as one
argument may hold 128 KiB on Linux: a few runs again, in order.

  $ rm -f runs order; ffind -X "printf '%s\n' \"{}.\" >> order; echo run >> runs" many '' && sed 's/[.]$//' order | cmp - all && echo 'in order'
  in order
  $ test "$(wc -l < runs)" -ge 2 && test "$(wc -l < runs)" -le 6 && echo 'a few runs'
  a few runs
