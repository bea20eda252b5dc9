The Python bridge is handed only to a Python 3: the interpreter is asked its
version first (`--version`, which runs no code), and the bridge greets ffind
before anything is sent. Anything else is the same error, status 1, every
time, and the bridge program never runs as another language's code.

  $ touch a.txt
  $ cat > fake <<'SH'
  > #!/bin/sh
  > case "$1" in --version) echo 'Python 3.11.0';; *) touch RAN;; esac
  > SH
  $ chmod +x fake
  $ for py in /bin/true /bin/false bash sh /usr/bin/env cat ./fake; do
  >   for i in 1 2 3 4 5 6 7 8 9 10; do FFIND_PYTHON=$py ffind --command 'print(filename)' txt 2>&1; echo "status $?"; done | sort | uniq -c
  > done
       10 ffind: FFIND_PYTHON=/bin/true: not a Python 3 interpreter
       10 status 1
       10 ffind: FFIND_PYTHON=/bin/false: not a Python 3 interpreter
       10 status 1
       10 ffind: FFIND_PYTHON=bash: not a Python 3 interpreter
       10 status 1
       10 ffind: FFIND_PYTHON=sh: not a Python 3 interpreter
       10 status 1
       10 ffind: FFIND_PYTHON=/usr/bin/env: not a Python 3 interpreter
       10 status 1
       10 ffind: FFIND_PYTHON=cat: not a Python 3 interpreter
       10 status 1
       10 ffind: FFIND_PYTHON=./fake: not a Python 3 interpreter
       10 status 1

The fake answered the version question but never greeted: it was started
with the bridge (and ran its own code, as any FFIND_PYTHON would), but no
path was sent to it.

  $ ls
  RAN
  a.txt
  fake

A program that does not answer Python 3 is never started with the bridge
program: this one records any other call.

  $ cat > notpython <<'SH'
  > #!/bin/sh
  > case "$1" in --version) echo 'GNU bash, version 5.2';; *) printf '%s\n' "$@" > ARGS;; esac
  > SH
  $ chmod +x notpython
  $ FFIND_PYTHON=./notpython ffind --module json.tool txt; echo "status $?"; test -e ARGS || echo 'not run with the bridge'
  ffind: FFIND_PYTHON=./notpython: not a Python 3 interpreter
  status 1
  not run with the bridge

A real one works:

  $ FFIND_PYTHON=python3 ffind --command 'print(filename)' txt
  ./a.txt

An empty or blank --module or --command is a usage error (status 2), where
the original printed a traceback or silently did nothing.

  $ ffind --module '' txt 2>&1 | head -1
  error: invalid value '' for '--module <NAME ARGS>': it is empty
  $ ffind --command ' ' txt 2>&1 | head -1
  error: invalid value ' ' for '--command <PROGRAM>': it is empty
  $ ffind --command '' txt 2>/dev/null
  [2]
