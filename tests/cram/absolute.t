-a/--absolute-path prints absolute paths, with no `./` and no `..` left.

  $ mkdir -p w/sub && touch w/sub/file
  $ cd w/sub
  $ ffind -a file | sed "s|^$TMPDIR|TMP|"
  TMP/w/sub/file
  $ ffind -a .. file | sed "s|^$TMPDIR|TMP|"
  TMP/w/sub/file
  $ ffind --absolute-path ../sub/ file | sed "s|^$TMPDIR|TMP|"
  TMP/w/sub/file
  $ FFIND_ABSOLUTE_PATH=1 ffind file | sed "s|^$TMPDIR|TMP|"
  TMP/w/sub/file
  $ ffind -a -p '^/.*/sub/file$' | sed "s|^$TMPDIR|TMP|"
  TMP/w/sub/file
