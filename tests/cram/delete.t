--delete removes each match (the original's delete.t): a file, or a folder
only when it is empty; a failure is reported and makes the status 1.

  $ . $TESTDIR/setup.sh

  $ ffind test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --delete stest1
  $ ffind test1
  ./test_dir/test1.py
  $ ffind third_level
  ./test_dir/second_level/third_level
  $ ffind --delete third_level
  $ ffind third_level
  $ ffind --delete second_level
  cannot delete: [Errno *] Directory not empty: './test_dir/second_level' (glob)
  [1]

The message goes to standard error, and the search goes on after it. A
matched folder is removed after its contents have been walked (the order of
find's -delete, a deliberate change: the original tried the folder first), so
it goes when everything in it matched too; one still not empty is reported
and kept.

  $ mkdir -p k/full k/empty k/kept && touch k/full/x k/x k/kept/y
  $ ffind --delete k '^(full|empty|kept|x)$' 2>err; echo "status $?"; cat err
  status 1
  cannot delete: [Errno 39] Directory not empty: 'k/kept'
  $ ffind k ''
  k/kept
  k/kept/y

A deleted folder is not entered afterwards, and only the matched empty
folder goes (the original's os.removedirs also removed newly empty parents).

  $ mkdir -p p/only/gone
  $ ffind --delete p gone && ffind p ''
  p/only

A symlink is removed itself, never followed: a link to a folder goes, the
folder and its files stay; a link to a file goes, the file stays.

  $ mkdir -p s/real && touch s/real/keep.txt s/file.txt && ln -s real s/link && ln -s file.txt s/flink
  $ ffind --delete s link
  $ ffind s ''
  s/file.txt
  s/real
  s/real/keep.txt

Names with spaces and quotes are deleted like any other; the root is never a
match, so never deleted.

  $ mkdir q && touch "q/it's here" 'q/a "b"'
  $ ffind --delete q ' '
  $ ffind q ''
  $ ffind --delete q q
  $ test -d q && echo root kept
  root kept

--return-results exits 0 even when a deletion fails.

  $ mkdir -p r/full && touch r/full/x
  $ ffind --return-results --delete r full; echo "status $?"
  cannot delete: [Errno 39] Directory not empty: 'r/full'
  status 0
  $ ls r/full
  x
