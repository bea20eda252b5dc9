An uppercase letter makes the pattern case-sensitive (the original's caps.t).

  $ . $TESTDIR/setup.sh

  $ ffind Test
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py
