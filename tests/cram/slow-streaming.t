A slow transcript (run by CI with `cargo test --test cram -- --ignored`):
a folder of 300,000 files takes long enough to read to show streaming.

The program is named by its path: a Python started through pyenv puts its
own bin folder first on PATH, where a pip-installed Python ffind may be.

Results stream through a pipe: a match found before a big folder is
written while ffind still reads that folder (here the reading thread reads
it itself, -j1), not when that folder is done.

  $ mkdir -p lat/a lat/b lat/c && touch lat/a/match1 lat/c/match2
  $ python3 -c "
  > import os
  > for i in range(300000): open('lat/b/f%06d' % i, 'w').close()
  > "
  $ bin=$(command -v ffind) python3 - <<'PY'
  > import os, subprocess, time
  > start = time.perf_counter()
  > p = subprocess.Popen([os.environ["bin"], "-j1", "lat", "match"], stdout=subprocess.PIPE)
  > first = p.stdout.readline()
  > at = time.perf_counter() - start
  > rest = p.stdout.read()
  > p.wait()
  > total = time.perf_counter() - start
  > print(first.decode().strip(), "in the first half of the run:", at < total / 2)
  > print(rest.decode().strip())
  > PY
  lat/a/match1 in the first half of the run: True
  lat/c/match2

With workers (-j4) this does not always hold yet (a known bug, open in
issue 24): while a worker reads `a`, the output thread may start reading
`b` ahead itself; when `a` is ready meanwhile, `match1` waits until the
whole of `b` is read (2 of 6 runs here). The check comes back with the
fix; until then it would fail CI at random.
