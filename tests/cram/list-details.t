-l/--list-details: an `ls -l`-like line per match, written by ffind (fd runs
`ls -l`): the mode, owner and group (names, else ids), the size in bytes,
the modification time (`Mon DD HH:MM` within six months, else
`Mon DD  YYYY`, as ls; checked against `ls -l` on the same files), then the
path as usual. No link count. Columns line up within each folder.

  $ export TZ=UTC
  $ mkdir sub && printf 12345 > sub/a.txt && chmod 640 sub/a.txt
  $ touch -d '2020-01-02 03:04' old.txt && chmod 4755 old.txt
  $ printf 123456789012 > future.rs && touch -d '2099-05-06 07:08' future.rs
  $ touch -d '3 days ago 10:20' sub/a.txt
  $ me=$(id -un) group=$(id -gn)
  $ names() { sed "s/ $me / USER /; s/ $group / GROUP /"; }

  $ ffind -l -t f | names
  -rw-r--r-- USER GROUP 12 May  6  2099 ./future.rs
  -rwsr-xr-x USER GROUP  0 Jan  2  2020 ./old.txt
  -rw-r----- USER GROUP 5 [A-Z][a-z]{2} [ 123][0-9] 10:20 ./sub/a.txt (re)
  $ ls -l old.txt | names
  -rwsr-xr-x 1 USER GROUP 0 Jan  2  2020 old.txt

An owner without a name shows its id; folders and links are described
themselves (`d`, `l`).

  $ chown 12345:54321 future.rs && ln -s sub link
  $ ffind -l --no-follow -d 1 -t f -t l '^(f|l)' | names
  -rw-r--r-- 12345 54321 12 May  6  2099 ./future.rs
  lrwxrwxrwx USER  GROUP   3 * ./link (glob)
  $ ffind -l -d 1 -t d '^s' | names
  drwxr-xr-x USER GROUP * ./sub (glob)

The matched part is still painted; --strip-cwd-prefix and escaping apply to
the path as usual.

  $ ffind -l --color=always --strip-cwd-prefix '^o' | names
  -rwsr-xr-x USER GROUP 0 Jan  2  2020 \x1b[31mo\x1b[0mld.txt (esc)
  $ touch -d '2020-01-02 03:04' "$(printf 'sub/b\033[2Jc')"
  $ script -qec "ffind -l --no-follow --no-color '^b'" /dev/null | names
  -rw-r--r-- USER GROUP 0 Jan  2  2020 ./sub/b\\x1b[2Jc\r (esc)

Not with an action.

  $ ffind -l -x echo old
  error: the argument '--list-details' cannot be used with:
    --delete
    --exec <COMMAND>
    --exec-batch <COMMAND>
    --module <NAME ARGS>
    --command <PROGRAM>
  
  Usage: ffind [OPTIONS] [DIR]... [PATTERN]
  
  For more information, try '--help'.
  [2]
