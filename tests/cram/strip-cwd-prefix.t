--strip-cwd-prefix[=WHEN] (fd 10.1): drop the `./` before paths found in the
default folder. Without it the original's `./` stays; alone it means always;
auto drops it unless -0 (fd's rule; fd's own default is auto). Checked
against fd 10.5 (`fd -L -I test1`, `fd --strip-cwd-prefix=never test1`,
`fd -0 test1` keep or drop the same prefix).

  $ . $TESTDIR/setup.sh

  $ ffind test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --strip-cwd-prefix test1
  test_dir/test1.py
  test_dir/second_level/stest1.py
  $ ffind --strip-cwd-prefix=always -0 test1 | tr '\0' '\n'
  test_dir/test1.py
  test_dir/second_level/stest1.py
  $ ffind --strip-cwd-prefix=auto test1
  test_dir/test1.py
  test_dir/second_level/stest1.py
  $ ffind --strip-cwd-prefix=auto -0 test1 | tr '\0' '\n'
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --strip-cwd-prefix=never test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py

The last one given wins.

  $ ffind --strip-cwd-prefix --strip-cwd-prefix=never test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py

A folder given on the command line keeps its spelling, and -a prints
absolute paths as before.

  $ ffind --strip-cwd-prefix ./test_dir test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --strip-cwd-prefix -a test1
  /*/test_dir/test1.py (glob)
  /*/test_dir/second_level/stest1.py (glob)

-p still matches the path with its `./` (so a pattern means the same with
or without the option); the painted part is what is left of the match.

  $ ffind --strip-cwd-prefix -c -p '^\./test_dir/t'
  test_dir/test1.py
  test_dir/test3.sh
  $ ffind --strip-cwd-prefix -c --color=always -p '^\./test_dir/t'
  \x1b[31mtest_dir/t\x1b[0mest1.py (esc)
  \x1b[31mtest_dir/t\x1b[0mest3.sh (esc)
  $ ffind --strip-cwd-prefix --color=always 'st1'
  test_dir/te\x1b[31mst1\x1b[0m.py (esc)
  test_dir/second_level/ste\x1b[31mst1\x1b[0m.py (esc)

Actions still receive the `./` (a name starting with `-` stays safe).

  $ ffind --strip-cwd-prefix -x 'echo {}' '^test1'
  ./test_dir/test1.py

A value other than auto, always or never, or a value without `=`, is a
usage error.

  $ ffind --strip-cwd-prefix=yes test1
  error: invalid value 'yes' for '--strip-cwd-prefix[=<WHEN>]'
    [possible values: auto, always, never]
  
  For more information, try '--help'.
  [2]
  $ ffind --strip-cwd-prefix always test1
  ffind: always: No such file or directory
  [1]
