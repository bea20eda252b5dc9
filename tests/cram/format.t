--format TEMPLATE writes each match as the template says: fd's placeholders
for parts of the path and metadata fields as find's -printf offers them.
Sizes, modes and times are pinned by content, chmod and touch -d.

  $ mkdir -p t/sub && printf hello > t/a.txt && printf 123456789 > t/sub/b.tar.gz
  $ printf 'ab' > t/sub/.hid && ln -s a.txt t/link && mkfifo t/fifo
  $ chmod 640 t/a.txt && chmod 4755 t/sub/b.tar.gz && chmod 2750 t/sub && chmod 600 t/fifo
  $ touch -d '2026-01-31 10:00:00Z' t/a.txt t/sub/b.tar.gz t/sub/.hid t/fifo t/sub
  $ touch -h -d '2025-12-24 18:30:05Z' t/link

fd's placeholders, checked by hand against `fd -L -I -H --format` 10.5 on
the same tree. One difference, deliberate: fd writes `{.}` of `./a.txt` as
`a` (its `./` dropped), ffind as `./a`, keeping the path as printed, as its
--exec does.

  $ ffind -H --format '{} | {/} | {//} | {.} | {/.}' t ''
  t/a.txt | a.txt | t | t/a | a
  t/fifo | fifo | t | t/fifo | fifo
  t/link | link | t | t/link | link
  t/sub | sub | t | t/sub | sub
  t/sub/.hid | .hid | t/sub | t/sub/.hid | .hid
  t/sub/b.tar.gz | b.tar.gz | t/sub | t/sub/b.tar | b.tar
  $ cd t && ffind --format '{} {//} {.}' gz && cd ..
  ./sub/b.tar.gz ./sub ./sub/b.tar

The metadata fields: size in bytes, the modification time (RFC 3339, UTC, to
the second), the permission bits in octal and as `ls -l` shows them, the
type, the depth. A symlink is described itself, not its target.

  $ ffind -H --format '{/} {size} {mtime} {mode} {perms} {type} {depth}' t ''
  a.txt 5 2026-01-31T10:00:00Z 640 -rw-r----- file 1
  fifo 0 2026-01-31T10:00:00Z 600 prw------- pipe 1
  link 5 2025-12-24T18:30:05Z 777 lrwxrwxrwx symlink 1
  sub [0-9]+ 2026-01-31T10:00:00Z 2750 drwxr-s--- dir 1 (re)
  .hid 2 2026-01-31T10:00:00Z 644 -rw-r--r-- file 2
  b.tar.gz 9 2026-01-31T10:00:00Z 4755 -rwsr-xr-x file 2

The owner and group, by name and by id, checked against stat(1).

  $ [ "$(ffind --format '{user}:{group} {uid}:{gid}' t a.txt)" = "$(stat -c '%U:%G %u:%g' t/a.txt)" ] && echo same
  same

Literal braces are doubled, text around placeholders is kept, and -0 ends
each record with NUL instead of a newline.

  $ ffind --format '{{}} {{{/}}} }} x}' t a.txt
  {} {a.txt} } x}
  $ ffind -0 --format '<{/.}>' t 'a|gz' | od -c | sed 's/  */ /g'
  0000000 < a > \0 < b . t a r > \0
  0000014

A name that is not UTF-8 is written as its bytes.

  $ touch "t/$(printf 'caf\377')" && ffind --format '[{/}]' t caf | od -c | sed 's/  */ /g'
  0000000 [ c a f 377 ] \n
  0000007

On a terminal, names are escaped as the printer escapes them.

  $ touch "t/$(printf 'esc\033[31mred')"
  $ script -qec "ffind --format '[{/}] {size}' t esc" /dev/null
  [esc\\x1b[31mred] 0\r (esc)

An unknown placeholder, an unclosed one, and --format with --json or an
action are usage errors.

  $ ffind --format '{name}' t a
  error: invalid value '{name}' for '--format <TEMPLATE>': unknown placeholder {name} (known: {} {/} {//} {.} {/.} {size} {mtime} {mode} {perms} {user} {group} {uid} {gid} {type} {depth}; {{ and }} for literal braces)
  
  For more information, try '--help'.
  [2]
  $ ffind --format 'x {' t a
  error: invalid value 'x {' for '--format <TEMPLATE>': "{" opens no placeholder: write {{ for a literal brace
  
  For more information, try '--help'.
  [2]
  $ ffind --format '{}' --json t a 2>&1 | head -1
  error: the argument '--format <TEMPLATE>' cannot be used with '--json'
  $ ffind --format '{}' -l t a 2>&1 | head -1
  error: the argument '--format <TEMPLATE>' cannot be used with '--list-details'
  $ ffind --format '{}' -x echo t a 2>&1 | head -1
  error: the argument '--format <TEMPLATE>' cannot be used with:
  $ ffind --format '{}' --delete t a 2>&1 >/dev/null; echo "status $?"
  error: the argument '--format <TEMPLATE>' cannot be used with:
    --delete
    --exec <COMMAND>
    --exec-batch <COMMAND>
    --module <NAME ARGS>
    --command <PROGRAM>
  
  Usage: ffind [OPTIONS] [DIR]... [PATTERN]
  
  For more information, try '--help'.
  status 2
