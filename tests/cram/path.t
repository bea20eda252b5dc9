-p matches the whole printed path (the original's path.t).

  $ . $TESTDIR/setup.sh

  $ ffind second
  ./test_dir/second_level

  $ ffind -p second
  ./test_dir/second_level
  ./test_dir/second_level/CVS
  ./test_dir/second_level/config
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh
  ./test_dir/second_level/third_level

  $ FFIND_SEARCH_PATH=1 ffind second
  ./test_dir/second_level
  ./test_dir/second_level/CVS
  ./test_dir/second_level/config
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh
  ./test_dir/second_level/third_level

The path is the one printed, so it starts with the folder as typed.

  $ ffind -p '^\./test_dir/t'
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/test3.sh
  $ ffind -p test_dir '^test_dir/s.*/c'
  test_dir/second_level/CVS
  test_dir/second_level/config
  $ ffind --full-path '^\./test_dir/T'
  ./test_dir/Test2.py
