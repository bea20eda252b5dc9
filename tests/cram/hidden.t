Hidden names are skipped unless --hidden (the original's hidden.t).

  $ . $TESTDIR/setup.sh

  $ ffind --hidden config
  ./test_dir/.git/config
  ./test_dir/second_level/config
  $ ffind config
  ./test_dir/second_level/config
  $ ffind lib
  $ FFIND_SEARCH_HIDDEN=1 ffind config
  ./test_dir/.git/config
  ./test_dir/second_level/config

Hidden folders are not entered either, and a hidden file is listed among the
files.

  $ ffind --hidden hid
  ./test_dir/second_level/.hidden
  $ ffind hid
