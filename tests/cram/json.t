--json writes each match as one JSON object per line (JSON Lines): parsed
here by Python's json module, its paths equal the plain output's, a name
that is not UTF-8 included (as {"bytes": BASE64}, decoded here).

  $ mkdir -p j/sub && printf hello > j/a.txt && printf 123456789 > j/sub/b.gz
  $ touch "j/$(printf 'caf\377.txt')" && ln -s sub/b.gz j/link
  $ touch -d '2026-01-31 10:00:00Z' j/a.txt j/sub/b.gz && touch -h -d '2025-12-24 18:30:05Z' j/link
  $ cat > paths.py <<'PY'
  > import base64, json, sys
  > for line in sys.stdin.buffer:
  >     path = json.loads(line)["path"]
  >     raw = base64.b64decode(path["bytes"]) if isinstance(path, dict) else path.encode()
  >     sys.stdout.buffer.write(raw + b"\n")
  > PY
  $ ffind j '' > plain
  $ ffind --json j '' | python3 paths.py > decoded
  $ cmp plain decoded && wc -l < plain
  5

The other fields: type, size and modification time (RFC 3339, UTC) of the
entry itself (a symlink, not its target), its depth, and the matched span as
byte offsets into the name.

  $ cat > fields.py <<'PY'
  > import json, sys
  > for line in sys.stdin:
  >     r = json.loads(line)
  >     m = r["match"]
  >     span = None if m is None else (m["start"], m["end"])
  >     size = r["size"] if r["type"] != "dir" else "-"
  >     when = r["modified"] if r["type"] != "dir" else "-"
  >     print(r["path"], r["type"], size, when, r["depth"], span)
  > PY
  $ ffind --json j '^a|gz|ink' | python3 fields.py
  j/a.txt file 5 2026-01-31T10:00:00Z 1 (0, 1)
  j/link symlink 8 2025-12-24T18:30:05Z 1 (1, 4)
  j/sub/b.gz file 9 2026-01-31T10:00:00Z 2 (2, 4)
  $ ffind --json j gz
  {"path":"j/sub/b.gz","type":"file","size":9,"modified":"2026-01-31T10:00:00Z","depth":2,"match":{"start":2,"end":4}}
  $ ffind --json j caf
  {"path":{"bytes":"ai9jYWb/LnR4dA=="},"type":"file","size":0,"modified":"*","depth":1,"match":{"start":0,"end":3}} (glob)

Without a pattern there is no span; with -p the span is in the path.

  $ ffind --json -t d --search-path j | python3 fields.py
  j/sub dir - - 1 None
  $ ffind --json -p j 'j/sub/b' | python3 fields.py
  j/sub/b.gz file 9 2026-01-31T10:00:00Z 2 (0, 7)

--json excludes --format, -0 and the actions.

  $ ffind --json -0 j a 2>&1 | head -1
  error: the argument '--json' cannot be used with '--print0'
  $ ffind --json --exec-batch echo j a 2>&1 | head -1; ffind --json --command 'print(1)' j a >/dev/null 2>&1; echo "status $?"
  error: the argument '--json' cannot be used with:
  status 2
