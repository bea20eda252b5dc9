A slow transcript (run by CI with `cargo test --test cram -- --ignored`):
a folder of 300,000 files takes long enough to read to show streaming.

The program is named by its path: a Python started through pyenv puts its
own bin folder first on PATH, where a pip-installed Python ffind may be.

Results stream through a pipe: a match found before a big folder is
written while ffind still reads that folder, not when that folder is done.
With one thread (-j1) the reading thread reads it itself; with workers
(-j4), whoever reads it: when the output thread reads it ahead itself
while a worker reads `a`, it hands `a` over as soon as it is read, at its
next batch of entries. Ten runs each.

  $ mkdir -p lat/a lat/b lat/c && touch lat/a/match1 lat/c/match2
  $ python3 -c "
  > import os
  > for i in range(300000): open('lat/b/f%06d' % i, 'w').close()
  > "
  $ bin=$(command -v ffind) python3 - <<'PY'
  > import os, subprocess, time
  > for threads in ("-j1", "-j4"):
  >     late = 0
  >     for run in range(10):
  >         start = time.perf_counter()
  >         p = subprocess.Popen([os.environ["bin"], threads, "lat", "match"], stdout=subprocess.PIPE)
  >         first = p.stdout.readline()
  >         at = time.perf_counter() - start
  >         rest = p.stdout.read()
  >         p.wait()
  >         total = time.perf_counter() - start
  >         late += at >= total / 2
  >         assert (first, rest) == (b"lat/a/match1\n", b"lat/c/match2\n"), (first, rest)
  >     print(threads, "runs whose first line came in the second half:", late)
  > PY
  -j1 runs whose first line came in the second half: 0
  -j4 runs whose first line came in the second half: 0
