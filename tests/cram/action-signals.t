SIGTERM or SIGHUP sent to ffind alone reach the command its action is
running, not only the shell that runs it: ffind passes the signal on, says
so, waits for the command, and ends by the same signal. Here the line's
shell starts sleep and waits for it; its pid is written to a file.

  $ mkdir r && touch r/f
  $ gone() { for i in $(seq 100); do { [ ! -e /proc/$1 ] || [ "$(cut -d' ' -f3 /proc/$1/stat)" = Z ]; } && echo 'the command is gone' && return; sleep 0.1; done; kill $1; echo 'the command outlived ffind'; }
  $ ffind -x 'sleep 1000 & echo $! > pid; wait; : {}' r f < /dev/null & while [ ! -s pid ]; do sleep 0.05; done; kill -TERM $!; wait $!; echo "status $?"
  ffind: SIGTERM: passed on to the running command; ffind ends with it
  status 143
  $ gone $(cat pid)
  the command is gone
  $ rm pid; ffind -x 'sleep 1000 & echo $! > pid; wait; : {}' r f < /dev/null & while [ ! -s pid ]; do sleep 0.05; done; kill -HUP $!; { wait $!; } 2>/dev/null; echo "status $?"
  ffind: SIGHUP: passed on to the running command; ffind ends with it
  status 129
  $ gone $(cat pid)
  the command is gone
