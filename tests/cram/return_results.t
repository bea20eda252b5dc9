--return-results prints as usual and exits 0 (the original's return_results.t).

  $ . $TESTDIR/setup.sh

  $ ffind --return-results test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py

It changes the status: a failing action makes it 1 without the flag, 0
with it (as the original does).

  $ ffind --exec false test1.py
  [1]
  $ ffind --return-results --exec false test1.py
