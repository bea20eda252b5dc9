--delete never leaves its roots: while deleting, symlinked folders are never
entered (whatever the follow setting), and every removal is made relative to
the folder the walk opened.

  $ mkdir r o && touch r/junk.tmp o/important.tmp && ln -s ../o r/cache
  $ ffind --delete r '\.tmp$'; echo "status $?"
  status 0
  $ ls o r
  o:
  important.tmp
  
  r:
  cache

The same with the follow setting forced on by its variable being off:

  $ touch r/junk.tmp && FFIND_NO_SYMLINK=0 ffind --delete r '\.tmp$' && ls o
  important.tmp

Printing still follows the link:

  $ ffind r tmp
  r/cache/important.tmp

Nested matched folders go too: a matched folder is removed after its subtree
has been walked (find -delete's order), so cleaning __pycache__ works.

  $ mkdir -p t/tmpdir proj/pkg/__pycache__ proj/__pycache__ && touch t/tmpdir/tmpfile proj/pkg/__pycache__/m.cpython-311.pyc proj/__pycache__/a.pyc proj/pkg/m.py
  $ ffind --delete t tmp; echo "status $?"; ls t
  status 0
  $ ffind --delete proj '__pycache__|\.pyc$' && ffind proj ''
  proj/pkg
  proj/pkg/m.py
  $ mkdir -p x/x/x/x/x && touch x/x/x/x/x/x && ffind --delete x '^x$' && ls -A x

A root is never deleted, even when everything in it matched.

  $ test -d x && echo 'root kept'
  root kept
