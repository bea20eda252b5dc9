Smart case, -c, -i, and -c winning over -i (the original's case_sensitive.t).

  $ . $TESTDIR/setup.sh

  $ ffind test2
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py

  $ ffind -c Test2
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py

  $ ffind -c test2

  $ ffind -i STEST1
  ./test_dir/second_level/stest1.py

  $ ffind -i -c Test2
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py

The same through the environment.

  $ FFIND_CASE_SENSITIVE=1 ffind Test2
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py

  $ FFIND_CASE_SENSITIVE=1 ffind test2

  $ FFIND_CASE_INSENSITIVE=1 ffind STEST1
  ./test_dir/second_level/stest1.py

  $ FFIND_CASE_SENSITIVE=1 FFIND_CASE_INSENSITIVE=1 ffind Test2
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py

Smart case is Unicode-aware: a lowercase non-ASCII pattern ignores case, an
uppercase one does not.

  $ mkdir u && touch u/ÑANDÚ.txt u/ñandú.md
  $ ffind u ñandú
  u/ÑANDÚ.txt
  u/ñandú.md
  $ ffind u Ñandú
  $ ffind u ÑANDÚ
  u/ÑANDÚ.txt

Long spellings.

  $ ffind --case-sensitive test2
  $ ffind --ignore-case STEST1
  ./test_dir/second_level/stest1.py
