Every default an `FFIND_*` variable sets can be undone on the command
line by its opposite; for a switch and its opposite the last given wins.

  $ . $TESTDIR/setup.sh
  $ echo '*.sh' > test_dir/.gitignore
  $ ln -s test_dir/second_level link

FFIND_SEARCH_PATH and --no-full-path:

  $ FFIND_SEARCH_PATH=1 ffind 'level.stest1'
  ./test_dir/second_level/stest1.py
  $ FFIND_SEARCH_PATH=1 ffind --no-full-path 'level.stest1'

FFIND_NO_COLOR and --color=always:

  $ FFIND_NO_COLOR=1 ffind --color=always test1.py
  ./link/s\x1b[31mtest1.py\x1b[0m (esc)
  ./test_dir/\x1b[31mtest1.py\x1b[0m (esc)
  ./test_dir/second_level/s\x1b[31mtest1.py\x1b[0m (esc)
  $ FFIND_NO_COLOR=1 ffind --color=always --no-color test1.py
  ./link/stest1.py
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py

FFIND_NO_SYMLINK and -L, --follow (fd's spelling; following is the default):

  $ FFIND_NO_SYMLINK=1 ffind stest1
  ./test_dir/second_level/stest1.py
  $ FFIND_NO_SYMLINK=1 ffind -L stest1
  ./link/stest1.py
  ./test_dir/second_level/stest1.py
  $ FFIND_NO_SYMLINK=1 ffind --follow stest1
  ./link/stest1.py
  ./test_dir/second_level/stest1.py
  $ ffind -L --no-follow stest1
  ./test_dir/second_level/stest1.py

FFIND_SEARCH_HIDDEN and --no-hidden:

  $ FFIND_SEARCH_HIDDEN=1 ffind library
  ./test_dir/.git/library
  ./test_dir/.venv/library
  $ FFIND_SEARCH_HIDDEN=1 ffind --no-hidden library
  $ ffind --no-hidden -H library
  ./test_dir/.git/library
  ./test_dir/.venv/library

FFIND_CASE_SENSITIVE and --no-case-sensitive; -s is -c, as in fd:

  $ FFIND_CASE_SENSITIVE=1 ffind test2
  $ FFIND_CASE_SENSITIVE=1 ffind --no-case-sensitive test2
  ./link/sTest2.py
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py
  $ ffind -s test2

FFIND_CASE_INSENSITIVE and --no-ignore-case; with -c and -i both on, the
search is case-sensitive, as in the original:

  $ FFIND_CASE_INSENSITIVE=1 ffind TEST2
  ./link/sTest2.py
  ./test_dir/Test2.py
  ./test_dir/second_level/sTest2.py
  $ FFIND_CASE_INSENSITIVE=1 ffind --no-ignore-case TEST2
  $ FFIND_CASE_INSENSITIVE=1 ffind -c TEST2
  $ ffind -i -c TEST2
  $ ffind -c -i TEST2

FFIND_IGNORE_VCS and --no-ignore-vcs (the original's opposite: not fd's
meaning), -I, --no-ignore and -u:

  $ FFIND_IGNORE_VCS=1 ffind CVS
  $ FFIND_IGNORE_VCS=1 ffind --no-ignore-vcs CVS
  ./link/CVS
  ./test_dir/second_level/CVS
  $ FFIND_IGNORE_VCS=1 ffind -I CVS
  ./link/CVS
  ./test_dir/second_level/CVS
  $ FFIND_IGNORE_VCS=1 ffind -u CVS
  ./link/CVS
  ./test_dir/second_level/CVS

FFIND_FUZZY_SEARCH and --no-fuzzy:

  $ FFIND_FUZZY_SEARCH=1 ffind tst1
  ./link/stest1.py
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ FFIND_FUZZY_SEARCH=1 ffind --no-fuzzy tst1

FFIND_GLOB and FFIND_FIXED_STRINGS, both undone by --regex:

  $ FFIND_GLOB=1 ffind 'test1*'
  ./test_dir/test1.py
  $ FFIND_GLOB=1 ffind --regex 'test1*'
  ./test_dir
  ./link/sTest2.py
  ./link/stest1.py
  ./link/stest3.sh
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/test3.sh
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh
  $ FFIND_FIXED_STRINGS=1 ffind 'st.\.py'
  $ FFIND_FIXED_STRINGS=1 ffind --regex 'st.\.py'
  ./link/sTest2.py
  ./link/stest1.py
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py

FFIND_GITIGNORE and --no-gitignore, -I, --no-ignore, -u, -uu (-u also
includes hidden names):

  $ FFIND_GITIGNORE=1 ffind test3
  ./link/stest3.sh
  $ FFIND_GITIGNORE=1 ffind --no-gitignore test3
  ./link/stest3.sh
  ./test_dir/test3.sh
  ./test_dir/second_level/stest3.sh
  $ FFIND_GITIGNORE=1 ffind -I test3
  ./link/stest3.sh
  ./test_dir/test3.sh
  ./test_dir/second_level/stest3.sh
  $ FFIND_GITIGNORE=1 ffind --no-ignore test3
  ./link/stest3.sh
  ./test_dir/test3.sh
  ./test_dir/second_level/stest3.sh
  $ FFIND_GITIGNORE=1 ffind -uu 'test3|library'
  ./link/stest3.sh
  ./test_dir/test3.sh
  ./test_dir/.git/library
  ./test_dir/.venv/library
  ./test_dir/second_level/stest3.sh
  $ ffind -I --gitignore test3
  ./link/stest3.sh
  $ ffind -u --no-hidden 'test3|library'
  ./link/stest3.sh
  ./test_dir/test3.sh
  ./test_dir/second_level/stest3.sh

FFIND_ABSOLUTE_PATH and --no-absolute-path (fd's --relative-path too):

  $ FFIND_ABSOLUTE_PATH=1 ffind test1.py
  /*/link/stest1.py (glob)
  /*/test_dir/test1.py (glob)
  /*/test_dir/second_level/stest1.py (glob)
  $ FFIND_ABSOLUTE_PATH=1 ffind --no-absolute-path test1.py
  ./link/stest1.py
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ FFIND_ABSOLUTE_PATH=1 ffind --relative-path test1.py
  ./link/stest1.py
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py

FFIND_SHOW_ERRORS and --no-show-errors:

  $ ln -s . test_dir/loop
  $ FFIND_SHOW_ERRORS=1 ffind -d 3 stest1
  ./link/stest1.py
  ffind: ./test_dir/loop: symlink loop (the folder is its own ancestor)
  ./test_dir/second_level/stest1.py
  [1]
  $ FFIND_SHOW_ERRORS=1 ffind --no-show-errors -d 3 stest1
  ./link/stest1.py
  ./test_dir/second_level/stest1.py

An option given twice is the same as once:

  $ ffind -H -H --hidden library
  ./test_dir/.git/library
  ./test_dir/.venv/library
