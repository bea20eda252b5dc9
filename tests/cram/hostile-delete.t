--delete never loses what did not match: it never follows a symlink, never
deletes outside the roots or the root itself, and a failure on one match
leaves everything else untouched. The surviving tree is checksummed before
and after.

  $ mkdir -p outside/keep root/dir/sub root/full && for f in outside/keep/a outside/b root/x.tmp root/dir/y.tmp root/dir/sub/z.txt root/full/w.tmp root/full/v.txt; do echo "$f" > "$f"; done
  $ ln -s ../outside root/link.tmp && ln -s ../outside/b root/flink.tmp
  $ snapshot() { find outside root | sort | while read -r p; do if [ -L "$p" ]; then echo "$p -> $(readlink "$p")"; elif [ -f "$p" ]; then echo "$p $(md5sum < "$p")"; else echo "$p/"; fi; done; }
  $ snapshot > before

Delete every *.tmp, the symlinks among them, and try the non-empty folder
full (which fails and is reported).

  $ ffind --delete root '\.tmp$|^full$' 2>err; echo "status $?"; cat err
  status 1
  cannot delete: [Errno 39] Directory not empty: 'root/full'
  $ snapshot > after
  $ grep -v -e '^root/x.tmp ' -e '^root/dir/y.tmp ' -e '^root/full/w.tmp ' -e '^root/link.tmp ->' -e '^root/flink.tmp ->' before > expected
  $ wc -l < before; wc -l < after
  15
  10
  $ diff expected after && echo 'everything else intact'
  everything else intact
  $ grep -c '^outside' after
  4

The root is never deleted, even when the pattern matches its name.

  $ ffind --delete root root && test -d root && echo kept
  kept
