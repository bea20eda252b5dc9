-1 and --max-results N stop after N results; the order stays the same.

  $ mkdir -p m/a m/b && touch m/1 m/2 m/a/3 m/b/4
  $ ffind m ''
  m/1
  m/2
  m/a
  m/b
  m/a/3
  m/b/4
  $ ffind -1 m ''
  m/1
  $ ffind --max-results 3 m ''
  m/1
  m/2
  m/a
  $ ffind --max-results 5 m ''
  m/1
  m/2
  m/a
  m/b
  m/a/3
  $ ffind --max-results 0 m ''
  $ ffind -1 m nothing-matches
  $ ffind -1 m 4
  m/b/4

With workers reading ahead, -1 still gives the first match in order, and
stops them.

  $ for i in $(seq 40); do mkdir -p w/d$i/e w/d$i/f && touch w/d$i/e/x w/d$i/f/y; done
  $ timeout 10 ffind -j 4 -1 w ''
  w/d1
  $ timeout 10 ffind -j 4 -1 w y
  w/d1/f/y
  $ timeout 10 ffind -j 4 --max-results 3 w y
  w/d1/f/y
  w/d10/f/y
  w/d11/f/y
  $ ffind -1 --max-results 2 m '' 2>/dev/null
  [2]

With an action, only the first N matches are acted on.

  $ ffind --max-results 2 --exec echo m ''
  m/1
  m/2
