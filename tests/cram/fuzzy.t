Fuzzy search joins the pattern's characters with `.*?` (the original's fuzzy.t).

  $ . $TESTDIR/setup.sh

  $ ffind e1
  $ ffind -f e1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ FFIND_FUZZY_SEARCH=1 ffind e1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --fuzzy tsh
  ./test_dir/test3.sh
  ./test_dir/second_level/stest3.sh

Regex characters are not escaped, as in the original: `.` still means any
character.

  $ ffind -f t.s
  ./test_dir
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/test3.sh
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh
