A 10,000-level tree: no "too many open files", no stack overflow (the walk
does not recurse on the machine stack and holds no descriptor per level),
paths far longer than PATH_MAX. Run with `cargo test --test cram --
--ignored`.

  $ python3 -c '
  > import os
  > os.mkdir("deep"); os.chdir("deep")
  > for i in range(10000):
  >     os.mkdir("d"); os.chdir("d")
  >     if i % 1000 == 999: open("mark%d" % (i + 1), "w").close()
  > open("leaf.txt", "w").close()
  > '
  $ ulimit -n 64 && ffind deep leaf | wc -c
  20014
  $ ffind deep mark | wc -l
  10
  $ ffind deep 'mark10000' | tail -c 33
  /d/d/d/d/d/d/d/d/d/d/d/mark10000
  $ ffind -d 5000 deep mark | wc -l
  4
  $ ffind --delete deep leaf && ffind deep leaf

Deleting every level (each folder matched, so each waits for its subtree)
under the same descriptor limit: the deleter keeps a few folders open and
reaches the others through `..` or component by component, never by path.

  $ (ulimit -n 64 && ffind --delete deep '^(d|mark[0-9]+)$'); echo "status $?"; ls -A deep
  status 0
