A tree that changes under the walk: entries that vanish between listing
and use are skipped, never a crash. With an action the walk is lazy, so an
action can delete or replace a folder before it is read.

  $ mkdir -p t/b/inner t/c && touch t/a t/b/inner/x t/c/y
  $ ffind --exec 'rm -rf t/b; : {}' t '^a$'
  $ ffind t ''
  t/a
  t/c
  t/c/y
  $ mkdir -p t/b/inner && touch t/b/inner/x
  $ ffind --show-errors --exec 'rm -rf t/b; : {}' t '^a$'
  ffind: t/b: No such file or directory
  [1]
  $ mkdir -p t/b && ffind --show-errors --exec 'rm -rf t/b && touch t/b; : {}' t '^a$'
  ffind: t/b: Not a directory
  [1]

Folders created and deleted all the time while ffind runs (the churn goes on
until every run is done): every run ends normally (status 0), prints only
whole paths, and finds the files that never change.

  $ mkdir -p churn/stable/inner && touch churn/stable/keep churn/stable/inner/kept
  $ (i=0; while [ ! -e stop ]; do i=$((i + 1)); mkdir -p churn/d$((i % 7))/e$((i % 5)); touch churn/d$((i % 3))/f$i 2>/dev/null; rm -rf churn/d$((i % 4)); done) &
  $ for i in $(seq 40); do ffind churn '' > out 2>err || echo "status $?"; grep -v '^churn/' out; cat err; [ "$(grep -cx -e churn/stable/keep -e churn/stable/inner/kept out)" = 2 ] || echo "run $i: a stable file is missing"; done
  $ touch stop; wait
  $ ls churn | grep -c '^d'
  [1-7] (re)
