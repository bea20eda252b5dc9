-d/--max-depth N: the walk does not go deeper than N (depth 1 is directly
inside the folder searched); --min-depth N prints only entries at least N
deep.

  $ mkdir -p d/a/b/c && touch d/f1 d/a/f2 d/a/b/f3 d/a/b/c/f4
  $ ffind -d 1 d ''
  d/f1
  d/a
  $ ffind --max-depth 2 d ''
  d/f1
  d/a
  d/a/f2
  d/a/b
  $ ffind --min-depth 3 d ''
  d/a/b/f3
  d/a/b/c
  d/a/b/c/f4
  $ ffind --min-depth 2 --max-depth 3 d f
  d/a/f2
  d/a/b/f3

Depth 0 prints nothing (the root is never a result) and reads nothing below.

  $ ffind -d 0 d ''
  $ ffind --min-depth 9 d ''
