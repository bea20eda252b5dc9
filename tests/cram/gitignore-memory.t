A huge .gitignore costs seconds, never gigabytes. The rules held at once
(those of the folders being walked, and git's global excludes) may take
128 MiB, as estimated from their text before they are built; a file whose
rules would go past the cap is skipped and always said, the status is 1,
and the search goes on with the other rules. (tests/ignore_memory.rs bounds
the peak memory of the same search.)

A 16 MiB .gitignore of short globs (under the 16 MiB size cap):

  $ mkdir -p r/.git r/sub && touch r/x.log r/sub/y.log r/sub/z.tmp
  $ printf '*.tmp\n' > r/.gitignore
  $ python3 -c "
  > import sys
  > sys.stdout.write('\n'.join('%x*' % i for i in range(2300000))[:16 << 20])
  > " > r/sub/.gitignore
  $ wc -c < r/sub/.gitignore
  16777216
  $ (ulimit -v 2000000 && timeout 20 ffind --gitignore r '')
  r/x.log
  r/sub
  ffind: r/sub/.gitignore: ignore rules over the 128 MiB memory cap, skipped
  r/sub/y.log
  [1]

Git's global excludes are held to the same cap:

  $ cp r/sub/.gitignore global-ignore && rm r/sub/.gitignore
  $ printf '[core]\n\texcludesFile = ~/global-ignore\n' > .gitconfig
  $ (ulimit -v 2000000 && timeout 20 ffind --gitignore r '')
  ffind: */global-ignore: ignore rules over the 128 MiB memory cap, skipped (glob)
  r/x.log
  r/sub
  r/sub/y.log
  [1]
