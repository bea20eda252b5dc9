--module runs a Python module on each match, as `python -m name args` (the
original's module.t). One interpreter runs every match.

  $ . $TESTDIR/setup.sh

  $ ffind sTest2
  ./test_dir/second_level/sTest2.py
  $ ffind --module "py_compile {}" sTest2
  $ ffind sTest2
  ./test_dir/second_level/sTest2.py
  *sTest2*pyc (glob)

A missing module prints its message and makes the status 1.

  $ ffind --module "badmodule" stest3
  No module named badmodule
  [1]

Without args the path is the only argument; `{}` in args is replaced; the
module's exit code counts.

  $ cat > showargs.py <<'PY'
  > import sys
  > print(sys.argv[1:])
  > PY
  $ ffind --module showargs test1
  ['./test_dir/test1.py']
  ['./test_dir/second_level/stest1.py']
  $ ffind --module "showargs -v {} end" stest1
  ['-v', './test_dir/second_level/stest1.py', 'end']
  $ cat > failing.py <<'PY'
  > import sys
  > print("run", sys.argv[1])
  > sys.exit(3 if "Test2" in sys.argv[1] else 0)
  > PY
  $ ffind --module failing test_dir 'py$'
  run test_dir/Test2.py
  run test_dir/test1.py
  run test_dir/second_level/sTest2.py
  run test_dir/second_level/stest1.py
  [1]

The interpreter is FFIND_PYTHON, else python3, else python; none found is a
clear error, status 1, before anything runs.

  $ FFIND_PYTHON=no-such-python ffind --module showargs test1
  ffind: FFIND_PYTHON names no-such-python, which was not found
  [1]
  $ PATH=/nowhere "$(command -v ffind)" --module showargs test1
  ffind: no Python 3 interpreter found for --module/--command: put python3 on PATH or set FFIND_PYTHON
  [1]
