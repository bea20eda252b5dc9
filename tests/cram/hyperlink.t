--hyperlink[=auto|always|never] (fd 10.2): each printed path wrapped in an
OSC 8 link to file://HOST/ABSOLUTE_PATH, bytes outside the URL's plain set
percent-encoded (the URLs checked byte for byte against
`fd -L -I --hyperlink=always`). Alone it means always; auto links when the
output is coloured; without the option, never. `site` replaces this
machine's name and the folder's path (`/PWD`).

  $ . $TESTDIR/setup.sh
  $ site() { sed "s|file://$(hostname)/|file://HOST/|; s|$PWD|/PWD|g"; }

  $ ffind --hyperlink test1 | site
  \x1b]8;;file://HOST/PWD/test_dir/test1.py\x1b\\./test_dir/test1.py\x1b]8;;\x1b\\ (esc)
  \x1b]8;;file://HOST/PWD/test_dir/second_level/stest1.py\x1b\\./test_dir/second_level/stest1.py\x1b]8;;\x1b\\ (esc)
  $ ffind --hyperlink=never test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --hyperlink=auto test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --hyperlink=auto --color=always '^test1' | site
  \x1b]8;;file://HOST/PWD/test_dir/test1.py\x1b\\./test_dir/\x1b[31mtest1\x1b[0m.py\x1b]8;;\x1b\\ (esc)
  $ script -qec 'ffind --hyperlink=auto ^test1' /dev/null | site
  \x1b]8;;file://HOST/PWD/test_dir/test1.py\x1b\\./test_dir/\x1b[31mtest1\x1b[0m.py\x1b]8;;\x1b\\\r (esc)
  $ NO_COLOR=1 script -qec 'ffind --hyperlink=auto ^test1' /dev/null
  ./test_dir/test1.py\r (esc)

The link is always to the absolute path: with --strip-cwd-prefix, a folder
given, or -a.

  $ ffind --hyperlink --strip-cwd-prefix '^test1' | site
  \x1b]8;;file://HOST/PWD/test_dir/test1.py\x1b\\test_dir/test1.py\x1b]8;;\x1b\\ (esc)
  $ ffind --hyperlink test_dir/second_level '^stest1' | site
  \x1b]8;;file://HOST/PWD/test_dir/second_level/stest1.py\x1b\\test_dir/second_level/stest1.py\x1b]8;;\x1b\\ (esc)
  $ ffind --hyperlink -a '^test1' | site
  \x1b]8;;file://HOST/PWD/test_dir/test1.py\x1b\\/PWD/test_dir/test1.py\x1b]8;;\x1b\\ (esc)

A hostile name cannot reach the terminal through the link: its control
bytes are percent-encoded in the URL (and escaped in the text on a
terminal).

  $ touch "$(printf 'test_dir/x\033]0;T\007 y%%\377')"
  $ ffind --hyperlink '^x' | site
  \x1b]8;;file://HOST/PWD/test_dir/x%1B%5D0%3BT%07%20y%25%FF\x1b\\./test_dir/x\x1b]0;T\x07 y%\xff\x1b]8;;\x1b\\ (esc)
  $ script -qec "ffind --hyperlink '^x'" /dev/null | site
  \x1b]8;;file://HOST/PWD/test_dir/x%1B%5D0%3BT%07%20y%25%FF\x1b\\./test_dir/\x1b[31mx\x1b[0m\\x1b]0;T\\x07 y%\\xff\x1b]8;;\x1b\\\r (esc)

A value other than auto, always or never is a usage error.

  $ ffind --hyperlink=yes test1
  error: invalid value 'yes' for '--hyperlink[=<WHEN>]'
    [possible values: auto, always, never]
  
  For more information, try '--help'.
  [2]
