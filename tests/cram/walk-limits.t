The walk loses no result, and never hangs, when the system is short of
descriptors or threads.

A comb: 300 levels, each with a folder a/ that goes on and a folder b/
holding f.txt. Under a low open-file limit, folders that cannot be opened
relative to their parent are opened by path once other readers have closed
theirs; none is dropped, none is reported.

  $ python3 -c "
  > import os
  > p = 'comb'
  > for i in range(300):
  >     os.makedirs(p + '/b'); open(p + '/b/f.txt', 'w').close(); p += '/a'
  > "
  $ for n in 16 32 48; do for j in 1 8; do
  >   out=$( (ulimit -n $n && ffind --show-errors -j$j comb 'f\.txt$') 2>&1; echo "status $?")
  >   echo "n$n j$j: $(echo "$out" | grep -c 'f\.txt$') found, $(echo "$out" | tail -1)"
  > done; done
  n16 j1: 300 found, status 0
  n16 j8: 300 found, status 0
  n32 j1: 300 found, status 0
  n32 j8: 300 found, status 0
  n48 j1: 300 found, status 0
  n48 j8: 300 found, status 0

The same order as with plenty of descriptors:

  $ ffind comb f > plenty && (ulimit -n 16 && ffind -j8 comb f) | cmp - plenty && echo same
  same

Threads the system will not start are done without: as nobody with a
process limit of 3, ffind -j 8 still searches (with the threads it got) and
ends; with --show-errors it says so, and the status is 1.

  $ chmod 755 . && cp "$(command -v ffind)" ./ffind-copy
  $ . $TESTDIR/nobody.sh
  $ mkdir -p t/x t/y && touch t/x/match t/y/match
  $ timeout 20 bash -c "$(declare -f as_nobody); as_nobody bash -c 'ulimit -u 3; exec ./ffind-copy -j 8 t match'"; echo "status $?"
  t/x/match
  t/y/match
  status 0
  $ timeout 20 bash -c "$(declare -f as_nobody); as_nobody bash -c 'ulimit -u 3; exec ./ffind-copy --show-errors -j 8 t match'"; echo "status $?"
  ffind: cannot start worker threads: Resource temporarily unavailable (searching with * of 8) (glob)
  t/x/match
  t/y/match
  status 1

Without -j, the other threads start only once the walk has lasted 3 ms;
when the system will not start them then (a process limit of 1: no
thread at all), the walk goes on alone and still finds everything, in
the same order. 2,000 folders take longer than 3 ms to walk.

  $ python3 -c "
  > import os
  > for i in range(2000):
  >     os.makedirs('wide/d%04d' % i); open('wide/d%04d/f' % i, 'w').close()
  > "
  $ ffind wide f > all && wc -l < all
  2000
  $ touch alone && chmod 666 alone
  $ timeout 60 bash -c "$(declare -f as_nobody); as_nobody bash -c 'ulimit -u 1; exec ./ffind-copy wide f > alone'"; echo "status $?"
  status 0
  $ cmp alone all && echo same
  same

-j takes 1 to 256: a huge count is a usage error, not a crash.

  $ ffind -j 100000 t match
  error: invalid value '100000' for '--threads <N>': 100000 is not in 1..=256
  
  For more information, try '--help'.
  [2]
  $ ffind -j 256 t match
  t/x/match
  t/y/match
