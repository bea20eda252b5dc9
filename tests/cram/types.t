-t/--type keeps entries of the given types (repeatable): f file, d folder,
l symlink, x executable, e empty. Symlinks count as what they point to.

  $ mkdir -p t/dir t/empty && touch t/file t/dir/inner && echo data > t/full && printf '#!/bin/sh\n' > t/run && chmod +x t/run
  $ ln -s file t/flink && ln -s dir t/dlink && ln -s nowhere t/broken
  $ ffind -t f t ''
  t/file
  t/flink
  t/full
  t/run
  t/dir/inner
  t/dlink/inner
  $ ffind -t d t ''
  t/dir
  t/dlink
  t/empty
  $ ffind -t l t ''
  t/broken
  t/flink
  t/dlink
  $ ffind -t x t ''
  t/run
  $ ffind -t e t ''
  t/file
  t/flink
  t/empty
  t/dir/inner
  t/dlink/inner
  $ ffind -t l -t x t ''
  t/broken
  t/flink
  t/run
  t/dlink
  $ ffind -t q t '' 2>&1 | head -1
  error: invalid value 'q' for '--type <TYPE>'

Without following symlinks, a symlink is only a symlink.

  $ ffind --no-follow -t f t ''
  t/file
  t/full
  t/run
  t/dir/inner
  $ ffind --no-follow -t d t ''
  t/dir
  t/empty

-e/--extension keeps names with the extension, case-insensitively
(repeatable; a leading dot is accepted). With no -e there is no filter.

  $ mkdir x && touch x/a.rs x/B.RS x/c.py x/d.rsx x/.rs x/noext
  $ ffind -e rs x ''
  x/B.RS
  x/a.rs
  $ ffind -e .py -e RS x ''
  x/B.RS
  x/a.rs
  x/c.py
  $ ffind x '' | wc -l
  5
