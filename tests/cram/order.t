The order of results: in each folder the matching files, then the matching
folders, each sorted by name bytes (so `B` before `a`); then each folder in
turn, depth first. A folder that does not match is still searched, after the
matches of its parent.

  $ mkdir -p top/b top/zdir top/Adir/deep
  $ touch top/a.txt top/zdir/z.txt top/b/inner.txt top/B.txt top/Adir/deep/x.txt top/Adir/a1
  $ ffind top '[a-z]'
  top/B.txt
  top/a.txt
  top/Adir
  top/b
  top/zdir
  top/Adir/a1
  top/Adir/deep
  top/Adir/deep/x.txt
  top/b/inner.txt
  top/zdir/z.txt
  $ ffind top 'txt|zdir'
  top/B.txt
  top/a.txt
  top/zdir
  top/Adir/deep/x.txt
  top/b/inner.txt
  top/zdir/z.txt

Byte order, not locale order: digits, then uppercase, then `_`, then
lowercase, then non-ASCII.

  $ mkdir o && touch o/_u o/a o/Z o/9 o/é o/e
  $ ffind o ''
  o/9
  o/Z
  o/_u
  o/a
  o/e
  o/é

The root itself is never a result, and the folder is joined as typed: no
doubled slash after `dir/`, and `./` for the default folder.

  $ ffind top top
  $ ffind top/ inner
  top/b/inner.txt
  $ cd top && ffind inner && cd ..
  ./b/inner.txt
  $ ffind "$PWD/top" inner | sed "s|$PWD|PWD|"
  PWD/top/b/inner.txt

Several folders are searched in the order given.

  $ ffind top/zdir top/b 'txt$'
  top/zdir/z.txt
  top/b/inner.txt
