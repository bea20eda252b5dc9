#!/usr/bin/env bash
# Compares ffind with fd, the syscall floor, bfs, find and Python ffind on
# one synthetic tree, in single hyperfine runs, and prints Markdown tables
# of medians and ratios (plus peak memory, latency and scaling).
#
# usage: benches/compare.sh [TREE [FILES]]
#   TREE   folder of the tree (default /tmp/ffind-bench-FILES); built with
#          ../shared/bench/make-tree when missing
#   FILES  files in the tree (default 1000000)
# env: RUNS (default 10), SCALING=1 to add the 100k/1M/4M table,
#      MAKE_TREE / FLOOR_C to point at the yardsticks elsewhere.
# Needs hyperfine; uses whichever of fd/fdfind, bfs, find and Python ffind
# (on PATH as ffind-py, or FFIND_PY=path) are installed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
files=${2:-1000000}
tree=${1:-/tmp/ffind-bench-$files}
runs=${RUNS:-10}
make_tree=${MAKE_TREE:-$root/../shared/bench/make-tree}
floor_c=${FLOOR_C:-$root/../shared/bench/floor.c}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
build_tree() { [ -d "$1" ] || python3 "$make_tree" "$1" "$2" >&2; }
build_tree "$tree" "$files"

(cd "$root" && cargo build --release --quiet)
ffind=$root/target/release/ffind
cc -O2 -o "$work/floor" "$floor_c"
fd=$(command -v fd || command -v fdfind || true)
bfs=$(command -v bfs || true)
py=${FFIND_PY:-$(command -v ffind-py || true)}

# median_table JSON: one row per command, with its median and ratio to the first.
median_table() {
  python3 - "$1" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
print("| command | median | ratio to ffind |")
print("|---|---:|---:|")
for r in results:
    m = statistics.median(r["times"])
    print(f"| `{r['command']}` | {m * 1000:.0f} ms | {m / base:.2f} |")
PY
}

bench() { # name, then hyperfine -n/command pairs
  local name=$1; shift
  echo
  echo "### $name"
  echo
  hyperfine -N -w 2 -r "$runs" --export-json "$work/$name.json" "$@" >/dev/null 2>&1
  median_table "$work/$name.json"
}

echo "## ffind performance: $(nproc) cores, $(uname -sr), tree $tree ($files files)"
echo
echo "Warm cache; hyperfine -N -w 2 -r $runs; medians."

sparse=("$ffind $tree core")
[ -n "$fd" ] && sparse+=("$fd -L -I -i core $tree")
sparse+=("$work/floor $tree core")
[ -n "$bfs" ] && sparse+=("$bfs -L $tree -nohidden -iname *core*")
sparse+=("find -L $tree -name .* -prune -o -iname *core* -print")
[ -n "$py" ] && sparse+=("$py $tree core")
bench "Sparse query (core)" "${sparse[@]}"

dense=("$ffind $tree ^")
[ -n "$fd" ] && dense+=("$fd -L -I ^ $tree")
bench "Dense query (every name)" "${dense[@]}"

echo
echo "### Peak memory, dense query"
echo
echo "| command | peak RSS |"
echo "|---|---:|"
for cmd in "${dense[@]}"; do
  read -r -a words <<< "$cmd"
  kb=$( { /usr/bin/time -f %M "${words[@]}" > /dev/null; } 2>&1 | tail -1)
  echo "| \`$cmd\` | $((kb / 1024)) MiB |"
done

echo
echo "### Latency"
echo
python3 - "$ffind" "$tree" <<'PY'
import statistics, subprocess, sys, time
ffind, tree = sys.argv[1], sys.argv[2]
def first_line(args):
    t = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE)
    p.stdout.readline()
    first = time.perf_counter() - t
    p.stdout.read(); p.wait()
    return first, time.perf_counter() - t
rows = [first_line([ffind, tree, "core"]) for _ in range(5)]
one = []
for _ in range(5):
    t = time.perf_counter(); subprocess.run([ffind, "-1", tree, "core"], stdout=subprocess.DEVNULL); one.append(time.perf_counter() - t)
print("| measure | median |")
print("|---|---:|")
print(f"| first result of `ffind {tree} core` | {statistics.median(r[0] for r in rows) * 1000:.0f} ms |")
print(f"| the whole walk, same run | {statistics.median(r[1] for r in rows) * 1000:.0f} ms |")
print(f"| `ffind -1 {tree} core` | {statistics.median(one) * 1000:.0f} ms |")
PY

bench "Threads" "$ffind $tree core" "$ffind -j1 $tree core"

if [ "${SCALING:-0}" = 1 ]; then
  echo
  echo "### Scaling (sparse query)"
  for n in 100000 1000000 4000000; do
    t=/tmp/ffind-bench-$n
    build_tree "$t" "$n"
    bench "$n files" "$ffind $t core" "$ffind -j1 $t core" ${fd:+"$fd -L -I -i core $t"}
  done
fi
