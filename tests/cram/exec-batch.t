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
their order across runs. Each match's values go to the shell as separate
arguments, and the `sh -c` line holds a reference for each (the word
repeated, about 16 bytes a match); a run ends before the line passes the
limit on one argument (128 KiB on Linux) or all the arguments pass ARG_MAX
(2 MiB here): 6,000 names of 46 bytes, about 330 KB with their pointers
and a line of about 110 KB, make one run.

  $ mkdir many && (cd many && python3 -c '
  > for i in range(6000): open("f%05d-%s" % (i, "x" * 33), "w").close()')
  $ ffind many '' > all
  $ rm -f runs; ffind -X "printf '%s\n' {} > order; echo run >> runs" many '' && wc -l < runs && cmp order all && echo 'in order'
  1
  in order

With a 640 KiB stack ARG_MAX is 160 KiB: a few runs, still in order (a
debug build needs just over 512 KiB of stack to read its options).

  $ rm -f runs order; (ulimit -s 640 && ffind -X "printf '%s\n' {} >> order; echo run >> runs" many '') && cmp order all && echo 'in order'
  in order
  $ test "$(wc -l < runs)" -ge 2 && test "$(wc -l < runs)" -le 6 && echo 'a few runs'
  a few runs

A longer word makes the line reach 128 KiB first: a few runs again, in
order.

  $ rm -f runs order; ffind -X "printf '%s\n' \"{}.\"'              ' >> order; echo run >> runs" many '' && sed 's/[.] *$//' order | cmp - all && echo 'in order'
  in order
  $ test "$(wc -l < runs)" -ge 2 && test "$(wc -l < runs)" -le 6 && echo 'a few runs'
  a few runs

A value longer than one argument may be (128 KiB on Linux) is reported on
its own and makes the status 1; the other matches still run, in as few
runs as before.

  $ mkdir long && (cd long && python3 -c '
  > import os
  > for i in range(1000): open("f%04d" % i, "w").close()
  > for i in range(530): os.mkdir("x" * 250); os.chdir("x" * 250)
  > open("f-long", "w").close()')
  $ rm -f runs order; ffind -X "printf '%s\n' {} >> order; echo run >> runs" long '^f' 2> err
  [1]
  $ wc -l < order; wc -l < runs
  1000
  1
  $ cut -c 1-80 err
  ffind: argument too long (133041 bytes, at most 131071 can be passed), not run f
  $ grep -c 'not run for: long/xxx.*/f-long$' err
  1
