--exec runs a shell command on each match (the original's execute.t): `{}` is
replaced by the path, or the path is appended.

  $ . $TESTDIR/setup.sh

  $ ffind --exec "cat" stest1
  inside of stest1
  $ ffind --exec "cat {}{}" stest1
  cat: ./test_dir/second_level/stest1.py./test_dir/second_level/stest1.py: No such file or directory
  [1]

Output comes in match order, and a failing command makes the status 1
without stopping the search.

  $ ffind --exec 'echo found {}' py
  found ./test_dir/Test2.py
  found ./test_dir/test1.py
  found ./test_dir/second_level/sTest2.py
  found ./test_dir/second_level/stest1.py
  $ ffind --exec 'test {} != ./test_dir/test1.py && echo ok {}' 'test[12]'
  ok ./test_dir/Test2.py
  ok ./test_dir/second_level/sTest2.py
  ok ./test_dir/second_level/stest1.py
  [1]

The path is shell-quoted (a deliberate change: the original pasted it raw).
Names with spaces, quotes, `;`, `$( )`, backquotes and newlines arrive intact
as one argument, and never run as code.

  $ mkdir n && cd n
  $ touch 'x;echo PWNED' '$(echo PWNED)' '`echo PWNED`' "it's" 'a "b"' 'two  spaces' "$(printf 'new\nline')" && cd ..
  $ ffind --exec 'printf "[%s]\n"' n '' | sed -n l
  [n/$(echo PWNED)]$
  [n/`echo PWNED`]$
  [n/a "b"]$
  [n/it's]$
  [n/new$
  line]$
  [n/two  spaces]$
  [n/x;echo PWNED]$
  $ ffind --exec 'printf "%s\0" {} | xargs -0 ls -d' n PWNED
  n/$(echo PWNED)
  n/`echo PWNED`
  n/x;echo PWNED

A name starting with a dash reaches the command as a path, not an option.

  $ mkdir -- -d && touch -- -d/-rf
  $ ffind --exec 'ls' -- -d rf
  ./-d/-rf
