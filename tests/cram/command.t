--command runs Python code on each match with the path in `filename` (the
original's command.t).

  $ . $TESTDIR/setup.sh

  $ ffind --command "print('file:' + filename)" stest1
  file:./test_dir/second_level/stest1.py
  $ ffind --command "print('file:' + filename + 1)" stest1
  *str* (glob)
  [1]

One interpreter, started by ffind itself (its parent process is ffind),
runs every match, in order (the same process id for all seven matches);
state does not leak from one run to the next (each runs with fresh
variables).

  $ ffind --command "import os; print(open('/proc/%d/comm' % os.getppid()).read() == 'ffind\n', filename)" test
  True ./test_dir
  True ./test_dir/Test2.py
  True ./test_dir/test1.py
  True ./test_dir/test3.sh
  True ./test_dir/second_level/sTest2.py
  True ./test_dir/second_level/stest1.py
  True ./test_dir/second_level/stest3.sh
  $ ffind --command "import os; print(os.getpid(), os.getppid())" test > pids; wc -l < pids
  7
  $ sort -u pids | wc -l
  1
  $ ffind --command "x = globals().get('x', 0) + 1; print(x)" 'test[12]'
  1
  1
  1
  1

An exception prints its message, makes the status 1, and the search goes on;
sys.exit(N) ends ffind with status N, as in the original.

  $ ffind --command "print(filename) if '1' in filename else int('x')" 'test[12]'
  invalid literal for int() with base 10: 'x'
  ./test_dir/test1.py
  invalid literal for int() with base 10: 'x'
  ./test_dir/second_level/stest1.py
  [1]
  $ ffind --command "import sys; print(filename); sys.exit(4)" 'test[12]'
  ./test_dir/Test2.py
  [4]

A process the program starts in the background does not keep ffind waiting:
the bridge's socket is closed on exec inside the interpreter.

  $ start=$(date +%s); ffind --command 'import os, sys; os.system("sleep 60 >/dev/null 2>&1 &"); sys.exit(0)' stest1; echo "$(( $(date +%s) - start < 30 ))"
  1
  $ start=$(date +%s); ffind --command 'import os; os.system("sleep 60 >/dev/null 2>&1 &")' stest1; echo "$(( $(date +%s) - start < 30 ))"
  1
