Colour: the matched span is wrapped in ESC[31m ... ESC[0m on a terminal
(`script` gives the command one) or with --color=always; never when piped.

  $ . $TESTDIR/setup.sh

  $ script -qec 'ffind test1' /dev/null
  ./test_dir/\x1b[31mtest1\x1b[0m.py\r (esc)
  ./test_dir/second_level/s\x1b[31mtest1\x1b[0m.py\r (esc)
  $ ffind test1
  ./test_dir/test1.py
  ./test_dir/second_level/stest1.py
  $ ffind --color=always test1
  ./test_dir/\x1b[31mtest1\x1b[0m.py (esc)
  ./test_dir/second_level/s\x1b[31mtest1\x1b[0m.py (esc)

With -p the first match in the whole path is painted; an empty match paints
nothing, but still writes the codes, as the original does.

  $ ffind --color=always -p 'level/stest1'
  ./test_dir/second_\x1b[31mlevel/stest1\x1b[0m.py (esc)
  $ ffind --color=always test_dir/second_level/third_level ''
  $ ffind --color=always 'd_l'
  ./test_dir/secon\x1b[31md_l\x1b[0mevel (esc)
  ./test_dir/second_level/thir\x1b[31md_l\x1b[0mevel (esc)
  $ ffind --color=always -f t1p
  ./test_dir/\x1b[31mtest1.p\x1b[0my (esc)
  ./test_dir/second_level/s\x1b[31mtest1.p\x1b[0my (esc)
  $ touch test_dir/second_level/third_level/x
  $ ffind --color=always test_dir/second_level/third_level ''
  test_dir/second_level/third_level/\x1b[31m\x1b[0mx (esc)

No colour on a terminal with --nocolor, --no-color, --color=never,
FFIND_NO_COLOR or NO_COLOR; --color=always beats the variables, and the last
colour option given wins.

  $ script -qec 'ffind --nocolor test1' /dev/null
  ./test_dir/test1.py\r (esc)
  ./test_dir/second_level/stest1.py\r (esc)
  $ script -qec 'ffind --no-color stest1' /dev/null
  ./test_dir/second_level/stest1.py\r (esc)
  $ script -qec 'ffind --color=never stest1' /dev/null
  ./test_dir/second_level/stest1.py\r (esc)
  $ FFIND_NO_COLOR=1 script -qec 'ffind stest1' /dev/null
  ./test_dir/second_level/stest1.py\r (esc)
  $ NO_COLOR=1 script -qec 'ffind stest1' /dev/null
  ./test_dir/second_level/stest1.py\r (esc)
  $ FFIND_NO_COLOR=0 script -qec 'ffind stest1' /dev/null
  ./test_dir/second_level/\x1b[31mstest1\x1b[0m.py\r (esc)
  $ NO_COLOR=1 FFIND_NO_COLOR=1 ffind --color=always stest1
  ./test_dir/second_level/\x1b[31mstest1\x1b[0m.py (esc)
  $ ffind --color=always --no-color stest1
  ./test_dir/second_level/stest1.py
  $ ffind --no-color --color=always stest1
  ./test_dir/second_level/\x1b[31mstest1\x1b[0m.py (esc)
