The pattern is a regular expression searched anywhere in the name (the
original's regex.t and regex2.t).

  $ . $TESTDIR/setup.sh

  $ ffind 'py$'
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py

  $ ffind .test..py
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py

  $ ffind '^s[a-z]+[0-9]\.(sh|py)$'
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh

An empty pattern matches everything that is not hidden.

  $ ffind ''
  ./test_dir
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/test3.sh
  ./test_dir/second_level
  ./test_dir/second_level/CVS
  ./test_dir/second_level/config
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh
  ./test_dir/second_level/third_level
