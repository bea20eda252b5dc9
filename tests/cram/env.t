Defaults from the environment. A variable counts as set when it is not empty
and not 0, false, no or off in any case (a deliberate change: the original
took 0 as set).

  $ . $TESTDIR/setup.sh

  $ FFIND_SEARCH_HIDDEN=1 ffind config
  ./test_dir/.git/config
  ./test_dir/second_level/config
  $ FFIND_SEARCH_HIDDEN=yes ffind config
  ./test_dir/.git/config
  ./test_dir/second_level/config
  $ for v in 0 false FALSE no No off OFF ''; do FFIND_SEARCH_HIDDEN=$v ffind config; done
  ./test_dir/second_level/config
  ./test_dir/second_level/config
  ./test_dir/second_level/config
  ./test_dir/second_level/config
  ./test_dir/second_level/config
  ./test_dir/second_level/config
  ./test_dir/second_level/config
  ./test_dir/second_level/config

FFIND_SORT is accepted and changes nothing: the output is always sorted.

  $ FFIND_SORT=0 ffind test
  ./test_dir
  ./test_dir/Test2.py
  ./test_dir/test1.py
  ./test_dir/test3.sh
  ./test_dir/second_level/sTest2.py
  ./test_dir/second_level/stest1.py
  ./test_dir/second_level/stest3.sh
  $ FFIND_SORT=1 ffind test > a && ffind test > b && cmp a b && echo same
  same

The help marks with [SET] each option whose variable is set, and only those.

  $ ffind -h | grep -c SET
  0
  [1]
  $ FFIND_SEARCH_PATH=1 FFIND_IGNORE_VCS=true FFIND_FUZZY_SEARCH=0 COLUMNS=120 ffind -h | grep SET
    -p, --full-path       Match the whole path, not only the name [env: FFIND_SEARCH_PATH] [SET]
        --ignore-vcs             Skip version-control files and folders [env: FFIND_IGNORE_VCS] [SET]
  $ NO_COLOR=1 COLUMNS=120 ffind -h | grep 'SET'
        --no-color                   Do not colour the output [env: FFIND_NO_COLOR, NO_COLOR] [SET]
  $ FFIND_SEARCH_HIDDEN=1 COLUMNS=120 ffind --help | grep -B1 -A1 'SET\]$'
    -H, --hidden
            Include hidden names (starting with `.`) [env: FFIND_SEARCH_HIDDEN] [SET]
  
  $ for v in FFIND_SEARCH_PATH FFIND_NO_COLOR FFIND_NO_SYMLINK FFIND_SEARCH_HIDDEN FFIND_CASE_SENSITIVE FFIND_CASE_INSENSITIVE FFIND_IGNORE_VCS FFIND_FUZZY_SEARCH FFIND_GLOB FFIND_FIXED_STRINGS FFIND_GITIGNORE FFIND_ABSOLUTE_PATH FFIND_SHOW_ERRORS FFIND_LS_COLORS NO_COLOR; do env $v=1 ffind -h | grep -c '\[SET\]'; done
  1
  1
  1
  1
  1
  1
  1
  1
  1
  1
  1
  1
  1
  1
  1
