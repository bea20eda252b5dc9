The parallel walk prints exactly the sequential order, whatever the number
of threads. The reference is an independent Python walk in the original's
order (per folder: matching files, then matching folders, sorted by name
bytes; then each folder in turn), run on a generated tree of a few thousand
entries.

  $ python3 - <<'PY'
  > import os, random
  > rng = random.Random(7)
  > dirs = ["tree"]
  > os.mkdir("tree")
  > for i in range(600):
  >     parent = rng.choice(dirs)
  >     d = os.path.join(parent, rng.choice(["a", "B", "c_", "D9", "e.x", ".h"]) + str(i % 37))
  >     if not os.path.exists(d):
  >         os.mkdir(d); dirs.append(d)
  >     for j in range(rng.randint(0, 6)):
  >         open(os.path.join(d, rng.choice(["x", "Y", "core", "z.core", ".k"]) + str(j)), "w").close()
  > PY
  $ cat > oracle.py <<'PY'
  > import os, re, sys
  > pat = re.compile(sys.argv[2], re.I)
  > out = sys.stdout.buffer
  > def walk(top):
  >     names = sorted(os.listdir(top))
  >     dirs = [n for n in names if os.path.isdir(os.path.join(top, n)) and not n.startswith(b".")]
  >     files = [n for n in names if not os.path.isdir(os.path.join(top, n)) and not n.startswith(b".")]
  >     for n in files + dirs:
  >         if pat.search(n.decode()):
  >             out.write(os.path.join(top, n) + b"\n")
  >     for d in dirs:
  >         walk(os.path.join(top, d))
  > walk(sys.argv[1].encode())
  > PY
  $ python3 oracle.py tree '' > expected && wc -l < expected
  860
  $ for j in 1 2 3 8; do ffind -j$j tree '' | cmp - expected && echo "j$j same"; done
  j1 same
  j2 same
  j3 same
  j8 same
  $ python3 oracle.py tree 'core' > expected-core && wc -l < expected-core
  312
  $ for j in 1 2 8; do ffind -j$j tree core | cmp - expected-core && echo "j$j same"; done
  j1 same
  j2 same
  j8 same
