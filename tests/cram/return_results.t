--return-results prints as usual and exits 0 (the original's return_results.t).

  $ . $TESTDIR/setup.sh

  $ ffind --return-results test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
