#!/usr/bin/env bash
# Compares ffind with fd, the syscall floor, jwalk, walkdir, an ordered walk
# on rayon, bfs, find and Python ffind on one synthetic tree, one hyperfine
# run per table, and prints Markdown tables of medians and ratios, peak
# memory and latency. Everything it needs is in this repository.
#
# usage: benches/compare.sh [--quick] [--cold] [TREE [FILES]]
#   --quick  a 100,000-file tree and 5 runs (under a minute once built)
#   --cold   drop the page cache before every run (needs root; Linux)
#   TREE     the tree's folder (default /tmp/ffind-bench-FILES), built with
#            benches/make_tree.py when missing
#   FILES    files in the tree (default 1,000,000; 100,000 with --quick)
# env: RUNS (default 10, 5 with --quick), SCALING=1 adds 100k/1M/4M tables,
#      CARGO_TARGET_DIR is honoured, FFIND_PY=path for Python ffind (else
#      `ffind-py` on PATH).
# Needs: cargo, python3, hyperfine (apt-get install hyperfine, or cargo
# install hyperfine). Uses fd, bfs, find and Python ffind when installed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
quick=0
cold=0
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1; shift ;;
    --cold) cold=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $quick = 1 ]; then default_files=100000; default_runs=5; else default_files=1000000; default_runs=10; fi
files=${2:-$default_files}
tree=${1:-/tmp/ffind-bench-$files}
runs=${RUNS:-$default_runs}

die() { echo "compare.sh: $*" >&2; exit 1; }
command -v hyperfine >/dev/null || die "hyperfine is needed (apt-get install hyperfine, or cargo install hyperfine)"
if [ $cold = 1 ]; then
  [ -w /proc/sys/vm/drop_caches ] || die "--cold drops the page cache: run as root on Linux"
fi

build_tree() { [ -d "$1" ] || python3 "$root/benches/make_tree.py" "$1" "$2" >&2; }
build_tree "$tree" "$files"

echo "compare.sh: building ffind and the comparison walkers (release)" >&2
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
cargo build --release --quiet --manifest-path "$root/benches/walkers/Cargo.toml"
ffind=${CARGO_TARGET_DIR:-$root/target}/release/ffind
walkers=${CARGO_TARGET_DIR:-$root/benches/walkers/target}/release/ffind-bench-walkers
[ -x "$ffind" ] || die "no ffind binary at $ffind"
[ -x "$walkers" ] || die "no walkers binary at $walkers"
fd=$(command -v fd || command -v fdfind || true)
bfs=$(command -v bfs || true)
py=${FFIND_PY:-$(command -v ffind-py || true)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every compared command must find what ffind finds, or the table lies.
expected=$("$ffind" "$tree" core | wc -l)
check() { # name, command...
  local name=$1; shift
  local got
  got=$("$@" | wc -l)
  [ "$got" = "$expected" ] || die "$name finds $got paths for 'core', ffind $expected"
}
check floor "$walkers" floor "$tree" core
check floor-mt "$walkers" floor-mt "$tree" core
check jwalk "$walkers" jwalk "$tree" core
check walkdir "$walkers" walkdir "$tree" core
check rayon "$walkers" rayon "$tree" core
[ -n "$fd" ] && check fd "$fd" -L -I -i core "$tree"

drop_caches='sync; echo 3 > /proc/sys/vm/drop_caches'
prepare=()
[ $cold = 1 ] && prepare=(--prepare "sh -c '$drop_caches'")

# median_table JSON: one row per command, with its median and ratio to the first.
# Binaries are shown by name, not by their full path.
median_table() {
  python3 - "$1" "$ffind=ffind" "$walkers=walkers" ${fd:+"$fd=fd"} ${bfs:+"$bfs=bfs"} ${py:+"$py=ffind-py"} <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
names = [arg.split("=", 1) for arg in sys.argv[2:]]
def short(command):
    for path, name in names:
        command = command.replace(path + " ", name + " ")
    return command
base = statistics.median(results[0]["times"])
print("| command | median | ratio to ffind |")
print("|---|---:|---:|")
for r in results:
    m = statistics.median(r["times"])
    print(f"| `{short(r['command'])}` | {m * 1000:.0f} ms | {m / base:.2f} |")
PY
}

bench() { # title, then commands
  local title=$1; shift
  local json=$work/bench-$RANDOM.json
  echo
  echo "### $title"
  echo
  # hyperfine's progress and any error go to standard error; a failing
  # command fails the script.
  hyperfine -N -w 2 -r "$runs" "${prepare[@]}" --export-json "$json" "$@" >&2
  median_table "$json"
}

cache=$([ $cold = 1 ] && echo "cold cache (page cache dropped before every run)" || echo "warm cache")
echo "## ffind performance"
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
echo "tree \`$tree\` ($files files, made by benches/make_tree.py); $cache;"
echo "hyperfine -N, $runs runs, medians. ${fd:+$("$fd" --version).}"

sparse=("$ffind $tree core")
[ -n "$fd" ] && sparse+=("$fd -L -I -i core $tree")
sparse+=("$walkers floor $tree core" "$walkers floor-mt $tree core")
sparse+=("$walkers rayon $tree core" "$walkers jwalk $tree core" "$walkers walkdir $tree core")
[ -n "$bfs" ] && sparse+=("$bfs -L $tree -nohidden -iname *core*")
sparse+=("find -L $tree -name .* -prune -o -iname *core* -print")
[ -n "$py" ] && [ $cold = 0 ] && sparse+=("$py $tree core")
bench "Sparse query (core)" "${sparse[@]}"

dense=("$ffind $tree ^")
[ -n "$fd" ] && dense+=("$fd -L -I ^ $tree")
dense+=("$walkers floor-mt $tree ''")
bench "Dense query (every name)" "${dense[@]}"

bench "Threads" "$ffind $tree core" "$ffind -j1 $tree core" "$walkers floor $tree core"

echo
echo "### Peak memory, dense query"
echo
echo "| command | peak RSS |"
echo "|---|---:|"
for cmd in "${dense[@]}"; do
  read -r -a words <<< "$cmd"
  [ $cold = 1 ] && sh -c "$drop_caches"
  kb=$( { /usr/bin/time -f %M "${words[@]}" > /dev/null; } 2>&1 | tail -1)
  shown=${cmd/#$ffind /ffind }; shown=${shown/#$walkers /walkers }; [ -n "$fd" ] && shown=${shown/#$fd /fd }
  echo "| \`$shown\` | $((kb / 1024)) MiB |"
done

echo
echo "### Latency ($cache)"
echo
python3 - "$ffind" "$tree" "$cold" "${fd:-}" <<'PY'
import statistics, subprocess, sys, time
ffind, tree, cold, fd = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
def drop():
    if cold:
        subprocess.run("sync; echo 3 > /proc/sys/vm/drop_caches", shell=True, check=True)
def first_line(args):
    drop()
    t = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE)
    p.stdout.readline()
    first = time.perf_counter() - t
    p.stdout.read(); p.wait()
    return first, time.perf_counter() - t
def whole(args):
    drop()
    t = time.perf_counter(); subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t
ms = lambda s: f"{s * 1000:.0f} ms"
rows = [first_line([ffind, tree, "core"]) for _ in range(5)]
print("| measure | median |")
print("|---|---:|")
print(f"| first result of `ffind {tree} core` | {ms(statistics.median(r[0] for r in rows))} |")
print(f"| the whole walk, same runs | {ms(statistics.median(r[1] for r in rows))} |")
print(f"| `ffind -1 {tree} core` | {ms(statistics.median(whole([ffind, '-1', tree, 'core']) for _ in range(5)))} |")
if fd:
    rows = [first_line([fd, "-L", "-I", "-i", "core", tree]) for _ in range(5)]
    print(f"| first result of `fd -L -I -i core {tree}` | {ms(statistics.median(r[0] for r in rows))} |")
    print(f"| `fd -L -I -i -1 core {tree}` | {ms(statistics.median(whole([fd, '-L', '-I', '-i', '-1', 'core', tree]) for _ in range(5)))} |")
PY

if [ "${SCALING:-0}" = 1 ]; then
  echo
  echo "### Scaling (sparse query)"
  for n in 100000 1000000 4000000; do
    t=/tmp/ffind-bench-$n
    build_tree "$t" "$n"
    bench "$n files" "$ffind $t core" "$ffind -j1 $t core" ${fd:+"$fd -L -I -i core $t"}
  done
fi
