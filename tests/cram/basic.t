The original's basic scenario: a name searched in every folder below.

  $ . $TESTDIR/setup.sh

  $ ffind test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
