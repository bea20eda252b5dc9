Ignore files are read only when they are regular files, and only up to
16 MiB: a FIFO named `.gitignore` does not hang the walk, a `.gitignore`
linked to `/dev/zero` does not exhaust memory, and a huge one is not read.
Each is skipped and the search goes on with the other rules. One that is no
regular file is said under --show-errors (status 1 then); one over the cap
is lost to a limit of ffind's, so it is always said, and the status is 1.

  $ mkdir -p r/.git r/fifo r/zero r/big r/ok
  $ mkfifo r/fifo/.gitignore
  $ ln -s /dev/zero r/zero/.gitignore
  $ ln -s /dev/zero r/.ignore
  $ truncate -s 17M r/big/.gitignore
  $ printf '*.log\n' > r/ok/.gitignore
  $ touch r/fifo/a.log r/zero/a.log r/big/a.log r/ok/a.log r/ok/b.txt
  $ timeout 10 ffind --gitignore r a.log
  ffind: r/big/.gitignore: larger than 16 MiB, skipped
  r/big/a.log
  r/fifo/a.log
  r/zero/a.log
  [1]
  $ timeout 10 ffind --gitignore --show-errors r a.log
  ffind: r/.ignore: not a regular file, skipped
  ffind: r/big/.gitignore: larger than 16 MiB, skipped
  r/big/a.log
  ffind: r/fifo/.gitignore: not a regular file, skipped
  r/fifo/a.log
  ffind: r/zero/.gitignore: not a regular file, skipped
  r/zero/a.log
  [1]

The same for git's global excludes file.

  $ mkfifo "$HOME/global-fifo" && git config --global core.excludesFile "$HOME/global-fifo"
  $ timeout 10 ffind --gitignore --show-errors r b.txt
  ffind: */global-fifo: not a regular file, skipped (glob)
  ffind: r/.ignore: not a regular file, skipped
  ffind: r/big/.gitignore: larger than 16 MiB, skipped
  ffind: r/fifo/.gitignore: not a regular file, skipped
  r/ok/b.txt
  ffind: r/zero/.gitignore: not a regular file, skipped
  [1]
