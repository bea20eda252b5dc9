--delete acts only beneath each root's own folder: a root typed as a symlink
is not entered, a root swapped for a symlink during the walk cannot redirect
a removal, a root given twice is searched once, and a root inside another
root is refused before anything is deleted.

A root typed as a symlink (no trailing slash) is not entered: said on
standard error, status 1; the folder it points to keeps its files, and the
other roots are still searched. find and bfs do not follow a symlinked
starting point either.

  $ mkdir outside kept && touch outside/a.tmp outside/b.tmp kept/c.tmp && ln -s outside root
  $ ls outside | wc -l
  2
  $ ffind --delete root kept tmp; echo "status $?"
  ffind: root: a symlink: --delete does not enter it (give root/ to delete in the folder it points to)
  status 1
  $ ls outside | wc -l; ls kept | wc -l
  2
  0

The same with -a (absolute paths), which makes a root canonical but keeps
the name of one typed as a symlink, so that it is still refused:

  $ ffind -a --delete root tmp 2>&1 | sed "s|$TMPDIR|TMP|g"; ls outside | wc -l
  ffind: TMP/root: a symlink: --delete does not enter it (give TMP/root/ to delete in the folder it points to)
  2

With a trailing slash the user names the folder the link points to, which is
searched (as with find root/ and bfs root/); printing follows the link
either way.

  $ ffind --delete root/ a.tmp; echo "status $?"; ls outside
  status 0
  b.tmp
  $ ffind root tmp
  root/b.tmp

A root swapped for a symlink while the walk runs: every root is opened once,
before the walk, without following a link, and every removal in it is
relative to that handle. The first root, a, holds 2,000 files to delete;
once their deletion has started, r is renamed and a symlink to far put in
its place.

  $ mkdir a r far && for d in $(seq 20); do mkdir a/$d && (cd a/$d && touch $(seq -f 'f%g.tmp' 100)); done; touch r/in.tmp far/x.tmp far/y.tmp
  $ ffind --delete a r tmp & while [ -e a/1/f1.tmp ]; do :; done; mv r r.real && ln -s far r; wait $!; echo "status $?"
  status 0
  $ ls far | wc -l; ls r.real | wc -l; find a -type f | wc -l
  2
  0
  0

A root inside another root, however it is spelled (decided by device and
inode: t/sub/.., or a symlink to t/sub named with a trailing slash), is a
usage error under --delete, before anything is deleted: the walk of the
outer root could delete the inner one, and a searched folder is never
deleted.

  $ mkdir -p t/sub/sub && touch t/sub/sub/x t/x && ln -s t/sub link
  $ ffind --delete t t/sub sub; echo "status $?"
  ffind: --delete: t/sub is inside t, also searched (a searched folder is never deleted): give only t
  status 2
  $ ffind --delete t/sub t/sub/.. '^x$'; echo "status $?"
  ffind: --delete: t/sub is inside t/sub/.., also searched (a searched folder is never deleted): give only t/sub/..
  status 2
  $ ffind --delete link/ t sub; echo "status $?"
  ffind: --delete: link/ is inside t, also searched (a searched folder is never deleted): give only t
  status 2
  $ find t | sort
  t
  t/sub
  t/sub/sub
  t/sub/sub/x
  t/x

Side by side, roots that do not nest are fine:

  $ mkdir -p u/sub && ffind --delete t/sub u '^(sub|x)$'; echo "status $?"; find t u | sort
  status 0
  t
  t/sub
  t/x
  u

A root given twice, however spelled, is searched once under --delete: no
second pass over what the first deleted, so no spurious error.

  $ mkdir -p rr/e && touch rr/e.txt
  $ ffind --delete rr ./rr rr/ '^e$'; echo "status $?"; ls rr
  status 0
  e.txt

Printing (like find and fd) and the other actions search a repeated root
each time it is given.

  $ ffind rr rr/ e
  rr/e.txt
  rr/e.txt
