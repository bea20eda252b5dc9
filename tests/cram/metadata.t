Filters on what a `stat` says, spelled as in fd. The set of paths of each
command below was checked against `fd -L -I` 10.5 on the same tree (sorted,
`./` stripped); ffind's own order and `./` are pinned here.

  $ mkdir -p a/b/c d/e
  $ : > empty.txt
  $ head -c 999 /dev/zero > a/small.txt
  $ head -c 1000 /dev/zero > a/k1.txt
  $ head -c 1024 /dev/zero > a/b/ki1.bin
  $ head -c 5000 /dev/zero > a/b/c/big.bin
  $ head -c 2000000 /dev/zero > d/huge.dat
  $ touch -d '2020-01-01 00:00:00' a/old.txt d/e/old.log
  $ touch -d '3 days ago' a/b/three.txt
  $ touch -d '2 hours ago' d/two.txt
  $ touch -d '2020-01-01' a a/b a/b/c d d/e .
  $ chown 1234:5678 a/k1.txt && chown :5678 d/two.txt

-S/--size: +N at least, -N at most, N exactly; units b, k m g t (powers of
1000), ki mi gi ti (of 1024), any case; files only, as in fd:

  $ ffind -S +1k
  ./a/k1.txt
  ./a/b/ki1.bin
  ./a/b/c/big.bin
  ./d/huge.dat
  $ ffind -S -1k
  ./empty.txt
  ./a/k1.txt
  ./a/old.txt
  ./a/small.txt
  ./a/b/three.txt
  ./d/two.txt
  ./d/e/old.log
  $ ffind -S 1000b
  ./a/k1.txt
  $ ffind --size 1KiB
  ./a/b/ki1.bin
  $ ffind -S +1Ki -S -4k
  ./a/b/ki1.bin
  $ ffind -S +1M
  ./d/huge.dat
  $ ffind -S +1mi
  ./d/huge.dat
  $ ffind -S -0b
  ./empty.txt
  ./a/old.txt
  ./a/b/three.txt
  ./d/two.txt
  ./d/e/old.log
  $ ffind -S 1 x
  error: invalid value '1' for '--size <SIZE>': '1' is not a size: +N (at least), -N (at most) or N (exactly), then a unit: b, k, m, g, t (powers of 1000) or ki, mi, gi, ti (of 1024)
  
  For more information, try '--help'.
  [2]
  $ ffind -S +1kk x
  error: invalid value '+1kk' for '--size <SIZE>': '+1kk' is not a size: +N (at least), -N (at most) or N (exactly), then a unit: b, k, m, g, t (powers of 1000) or ki, mi, gi, ti (of 1024)
  
  For more information, try '--help'.
  [2]

--changed-within and --changed-before: a duration back from now (a day is
24 hours), a date, a date and time, or @ and Unix seconds; fd's aliases:

  $ ffind -t f --changed-within 1d
  ./empty.txt
  ./a/k1.txt
  ./a/small.txt
  ./a/b/ki1.bin
  ./a/b/c/big.bin
  ./d/huge.dat
  ./d/two.txt
  $ ffind -t f --changed-within 2h30min
  ./empty.txt
  ./a/k1.txt
  ./a/small.txt
  ./a/b/ki1.bin
  ./a/b/c/big.bin
  ./d/huge.dat
  ./d/two.txt
  $ ffind -t f --changed-before 1d
  ./a/old.txt
  ./a/b/three.txt
  ./d/e/old.log
  $ ffind --changed-before 2021-01-01
  ./a
  ./d
  ./a/old.txt
  ./a/b
  ./a/b/c
  ./d/e
  ./d/e/old.log
  $ ffind -t f --changed-within 2019-12-31 --changed-before '2020-01-01 00:00:01'
  ./a/old.txt
  ./d/e/old.log
  $ ffind -t f --changed-within @1600000000
  ./empty.txt
  ./a/k1.txt
  ./a/small.txt
  ./a/b/ki1.bin
  ./a/b/three.txt
  ./a/b/c/big.bin
  ./d/huge.dat
  ./d/two.txt
  $ ffind -t f --newer 1week --older 1d
  ./a/b/three.txt
  $ ffind -t f --changed-after 4d --change-older-than 2d
  ./a/b/three.txt
  $ ffind -t f --change-newer-than 1d
  ./empty.txt
  ./a/k1.txt
  ./a/small.txt
  ./a/b/ki1.bin
  ./a/b/c/big.bin
  ./d/huge.dat
  ./d/two.txt
  $ ffind --changed-within yesterday x
  error: invalid value 'yesterday' for '--changed-within <WHEN>': 'yesterday' is not a time: give a duration (10min, 2h, 3d, 2weeks), a date (2026-01-31), a date and time (2026-01-31 10:00:00) or @UNIX_SECONDS
  
  For more information, try '--help'.
  [2]

-o/--owner: a user, :group or user:group, names or ids, ! to negate:

  $ ffind -t f -o 1234
  ./a/k1.txt
  $ ffind -t f -o :5678
  ./a/k1.txt
  ./d/two.txt
  $ ffind -t f -o '!root'
  ./a/k1.txt
  $ ffind -t f -o 1234:5678
  ./a/k1.txt
  $ ffind -t f -o 'root:!5678'
  ./empty.txt
  ./a/old.txt
  ./a/small.txt
  ./a/b/ki1.bin
  ./a/b/three.txt
  ./a/b/c/big.bin
  ./d/huge.dat
  ./d/e/old.log
  $ ffind -o no-such-user-here x
  error: invalid value 'no-such-user-here' for '--owner <USER:GROUP>': 'no-such-user-here' is not a user name
  
  For more information, try '--help'.
  [2]

-t s (socket), p (pipe), b (block device), c (char device):

  $ mkfifo d/pipe
  $ python3 -c "import socket; s = socket.socket(socket.AF_UNIX); s.bind('d/sock')"
  $ ffind -t s
  ./d/sock
  $ ffind -t p
  ./d/pipe
  $ ffind -t s -t p
  ./d/pipe
  ./d/sock
  $ ffind --search-path /dev -d 1 -t c '^(null|zero)$'
  /dev/null
  /dev/zero
  $ ffind --search-path /dev -d 1 -t b '^(null|zero)$'

--exact-depth N: only entries N levels deep:

  $ ffind --exact-depth 2
  ./a/k1.txt
  ./a/old.txt
  ./a/small.txt
  ./a/b
  ./d/huge.dat
  ./d/pipe
  ./d/sock
  ./d/two.txt
  ./d/e
  $ ffind --exact-depth 2 -d 3 x
  error: the argument '--exact-depth <N>' cannot be used with '--max-depth <N>'
  
  Usage: ffind [OPTIONS] [DIR]... [PATTERN]
  
  For more information, try '--help'.
  [2]

--prune: a matching folder is printed, not entered:

  $ ffind b
  ./a/b
  ./a/b/ki1.bin
  ./a/b/c/big.bin
  $ ffind --prune b
  ./a/b
  $ ffind -t d --prune '^[ab]'
  ./a

--and PATTERN (repeatable): every pattern must match, each with its own
smart case; the main pattern's part is the one painted:

  $ ffind o --and '\.txt' --and l
  ./a/old.txt
  $ ffind -i K --and '^k'
  ./a/k1.txt
  ./a/b/ki1.bin
  $ ffind --and K
  $ ffind -p 'a/b' --and big
  ./a/b/c/big.bin
  $ ffind --color=always l --and '^o'
  ./a/o\x1b[31ml\x1b[0md.txt (esc)
  ./d/e/o\x1b[31ml\x1b[0md.log (esc)

-q/--quiet: nothing printed; the status says whether anything matched:

  $ ffind -q small
  $ ffind -q nothing-matches
  [1]
  $ ffind --has-results small
  $ ffind -q -x echo small 2>&1 | head -1
  error: the argument '--quiet' cannot be used with:

--one-file-system (--mount, --xdev): folders on another file system than
their parent are printed, not entered (/proc is its own file system):

  $ ffind --search-path / -d 2 -t d '^(self|proc|sys)$'
  /proc
  /sys
  /proc/self
  /proc/sys
  $ ffind --search-path / -d 2 -t d --one-file-system '^(self|proc|sys)$'
  /proc
  /sys
  $ ffind --search-path / -d 2 -t d --xdev '^(self|proc)$'
  /proc
