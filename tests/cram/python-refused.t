What Python's `re` refuses is refused, with the original's first line and
Python's own reason; status 1, nothing on standard output. (The original
printed its message on standard output, without the reason.)

  $ mkdir p && touch p/a p/aa
  $ ffind p 'a{2}*'
  ffind: Sorry, the expression a{2}* is incorrect.
  Remember that this should be a regular expression.
  (https://docs.python.org/howto/regex.html)
  multiple repeat at position 4
  [1]
  $ ffind p 'a**' 2>&1 | tail -1
  multiple repeat at position 2
  $ ffind p '\A{2,}' 2>&1 | tail -1
  nothing to repeat at position 2
  $ ffind p '[a--b]' 2>&1 | tail -1
  bad character range a-- at position 1
  $ ffind p '(?<=a+)b' 2>&1 | tail -1
  look-behind requires fixed-width pattern
  $ ffind p '(?P=n)' 2>&1 | tail -1
  unknown group name 'n' at position 4
  $ ffind p '\N{NO SUCH NAME}' 2>&1 | tail -1
  undefined character name 'NO SUCH NAME' at position 0
  $ ffind p '(?<n>a)' 2>&1 | tail -1
  unknown extension ?<n at position 1
  $ ffind p 'a**' >/dev/null 2>&1
  [1]

A pattern that would backtrack for hours (Python would keep trying) stops
at the first name that takes more than a million backtracking steps: an
error naming the pattern and the name, status 1, within seconds.

  $ touch "p/$(printf 'a%.0s' $(seq 40))!"
  $ timeout 30 ffind p '((?=a)a+)+b'
  ffind: the expression ((?=a)a+)+b backtracked more than 1000000 steps on aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!; stopped rather than run for hours (simplify the pattern)
  [1]
