The Python bridge never hangs. The interpreter has 5 seconds to answer
`--version` and then 5 seconds for the bridge to greet ffind; one that
stalls is ended and named in one line, status 1. (The bounds below leave
room for a loaded machine; without the limits ffind waited as long as the
fakes sleep, 30 seconds.)

  $ touch a.txt
  $ cat > stall <<'SH'
  > #!/bin/sh
  > case "$1" in --version) echo 'Python 3.11.0';; *) exec sleep 30;; esac
  > SH
  $ chmod +x stall
  $ start=$(date +%s)
  $ FFIND_PYTHON=./stall ffind --command 'print(filename)' txt; echo "status $?"
  ffind: FFIND_PYTHON=./stall: the bridge did not start within 5 s
  status 1
  $ [ $(( $(date +%s) - start )) -lt 10 ] && echo 'within the limit'
  within the limit

One that answers `--version` but leaves a child of its own holding the
answer's pipe open:

  $ cat > holder <<'SH'
  > #!/bin/sh
  > case "$1" in --version) echo 'Python 3.11.0'; sleep 30 &;; *) exec python3 "$@";; esac
  > SH
  $ chmod +x holder
  $ start=$(date +%s)
  $ FFIND_PYTHON=./holder ffind --command 'print(filename)' txt; echo "status $?"
  ffind: FFIND_PYTHON=./holder: no answer to --version within 5 s
  status 1
  $ [ $(( $(date +%s) - start )) -lt 10 ] && echo 'within the limit'
  within the limit

One that never answers `--version` at all:

  $ printf '#!/bin/sh\nexec sleep 30\n' > mute && chmod +x mute
  $ FFIND_PYTHON=./mute ffind --module json.tool txt; echo "status $?"
  ffind: FFIND_PYTHON=./mute: no answer to --version within 5 s
  status 1

One that leaves a process of its own holding the bridge's socket: when the
interpreter ends (here by sys.exit), ffind ends with it, not when that
process does.

  $ cat > wrapper <<'SH'
  > #!/bin/sh
  > case "$1" in --version) ;; *) sleep 30 >/dev/null 2>&1 & ;; esac
  > exec python3 "$@"
  > SH
  $ chmod +x wrapper
  $ start=$(date +%s)
  $ FFIND_PYTHON=./wrapper ffind --command 'import sys; sys.exit(3)' txt; echo "status $?"
  status 3
  $ [ $(( $(date +%s) - start )) -lt 10 ] && echo 'ended with the interpreter'
  ended with the interpreter

A closed pipe is quiet: the bridge notices its standard output is gone and
ends, and ffind ends with the status of any closed pipe (0), as a plain
search does.

  $ mkdir many && touch many/f{1..300}.txt
  $ ffind --command 'print(filename)' many txt | head -1; echo "status ${PIPESTATUS[0]}"
  many/f1.txt
  status 0
  $ ffind --module 'this' many txt | head -1; echo "status ${PIPESTATUS[0]}"
  The Zen of Python, by Tim Peters
  status 0
  $ ffind many txt | head -1; echo "status ${PIPESTATUS[0]}"
  many/f1.txt
  status 0

An exception of the user's program is printed as the original's print(e)
does, and the run fails; a failure of the bridge's own code (here, an
exception whose text cannot be made) is one line on standard error,
status 1, not a traceback.

  $ ffind --command 'raise ValueError("no: " + filename)' '^a'; echo "status $?"
  no: ./a.txt
  status 1
  $ cat > odd.py <<'PY'
  > class Odd(Exception):
  >     def __str__(self):
  >         raise RuntimeError("no text")
  > raise Odd()
  > PY
  $ ffind --command "$(cat odd.py)" '^a'; echo "status $?"
  ffind: the Python bridge failed: RuntimeError: no text
  status 1
