#!/usr/bin/env bash
# Compares ffind with fd, the syscall floor, jwalk, walkdir, an ordered walk
# on rayon, bfs, find and Python ffind on one synthetic tree, one hyperfine
# run per table, and prints Markdown tables of medians and ratios, peak
# memory, latency and the start-up on a small tree.
#
# Before a command is timed, it is checked to print exactly ffind's paths
# for the same query (sorted, compared in full); one that differs is
# reported under its table and not timed.
#
# usage: benches/compare.sh [--quick] [--cold] [TREE [FILES]]
#   --quick  a 100,000-file tree and 5 runs (under a minute once built)
#   --cold   drop the page cache before every run (needs root; Linux)
#   TREE     the tree's folder (default /tmp/ffind-bench-FILES), built with
#            benches/make_tree.py when missing
#   FILES    files in the tree (default 1,000,000; 100,000 with --quick)
# env: RUNS (default 10, 5 with --quick), SMALL_RUNS (the start-up table,
#      default 300), MEM_RUNS (peak memory, default
#      5), SMALL (files in the start-up tree, default 2,000), SCALING=1 adds 100k/1M/4M tables,
#      CARGO_TARGET_DIR is honoured, FFIND=path of the ffind measured
#      (default: built here, release), FFIND_PY=path for Python ffind (else
#      `ffind-py` on PATH), FD=path for fd (else fd or fdfind on PATH, or
#      ~/.cargo/bin/fd).
# Needs: cargo, python3, hyperfine (apt-get install hyperfine, or cargo
# install hyperfine), GNU time as /usr/bin/time (apt-get install time) for
# the peak memory, sort/comm/cmp. Uses fd, bfs, find and Python ffind when
# installed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=benches/lib.sh
. "$root/benches/lib.sh"
quick=0
cold=0
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1; shift ;;
    --cold) cold=1; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $quick = 1 ]; then default_files=100000; default_runs=5; else default_files=1000000; default_runs=10; fi
files=${2:-$default_files}
tree=${1:-/tmp/ffind-bench-$files}
runs=${RUNS:-$default_runs}
mem_runs=${MEM_RUNS:-5}

command -v hyperfine >/dev/null || die "hyperfine is needed (apt-get install hyperfine, or cargo install hyperfine)"
/usr/bin/time --version 2>&1 | grep -q GNU || die "GNU time is needed as /usr/bin/time (apt-get install time)"
if [ $cold = 1 ]; then
  [ -w /proc/sys/vm/drop_caches ] || die "--cold drops the page cache: run as root on Linux"
fi

build_tree() { [ -d "$1" ] || python3 "$root/benches/make_tree.py" "$1" "$2" >&2; }
build_tree "$tree" "$files"

echo "compare.sh: building ffind and the comparison walkers (release)" >&2
[ -n "${FFIND:-}" ] || cargo build --release --quiet --manifest-path "$root/Cargo.toml"
cargo build --release --quiet --manifest-path "$root/benches/walkers/Cargo.toml"
ffind=${FFIND:-${CARGO_TARGET_DIR:-$root/target}/release/ffind}
walkers=${CARGO_TARGET_DIR:-$root/benches/walkers/target}/release/ffind-bench-walkers
[ -x "$ffind" ] || die "no ffind binary at $ffind"
[ -x "$walkers" ] || die "no walkers binary at $walkers"
fd=${FD:-$(command -v fd || command -v fdfind || ls ~/.cargo/bin/fd 2>/dev/null || true)}
bfs=$(command -v bfs || true)
py=${FFIND_PY:-$(command -v ffind-py || true)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

names=("$ffind=ffind" "$walkers=walkers" "$tree=T")
[ -n "$fd" ] && names+=("$fd=fd")
[ -n "$bfs" ] && names+=("$bfs=bfs")
[ -n "$py" ] && names+=("$py=ffind-py")

drop_caches='sync; echo 3 > /proc/sys/vm/drop_caches'
HYPERFINE_ARGS=()
[ $cold = 1 ] && HYPERFINE_ARGS=(--prepare "sh -c '$drop_caches'")

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
[ -n "$bfs" ] && sparse+=("$bfs -L $tree -nohidden -iname '*core*'")
sparse+=("find -L $tree -name '.*' -prune -o -iname '*core*' -print")
[ -n "$py" ] && [ $cold = 0 ] && sparse+=("$py $tree core")
group "Sparse query (core)" "${sparse[@]}"

dense=("$ffind $tree ^")
[ -n "$fd" ] && dense+=("$fd -L -I ^ $tree")
dense+=("$walkers floor-mt $tree ''")
group "Dense query (every name)" "${dense[@]}"
dense=("${passed[@]}")

group "Threads" "$ffind $tree core" "$ffind -j1 $tree core" "$walkers floor $tree core"

# fd's metadata filters: a stat for every file (size) or every entry (time).
# The tree's files are empty, and it may be older than a day: each query
# may rightly find nothing (every tool is still checked to agree).
MAY_FIND_NOTHING=1 group "Size filter (-S +1k, every name)" \
  "$ffind -S +1k $tree ^" ${fd:+"$fd -L -I -S +1k ^ $tree"}
MAY_FIND_NOTHING=1 group "Time filter (--changed-within 1d, every name)" \
  "$ffind --changed-within 1d $tree ^" ${fd:+"$fd -L -I --changed-within 1d ^ $tree"}

echo
echo "#### Peak memory, dense query"
echo
echo "| command | peak RSS (median of $mem_runs) |"
echo "|---|---:|"
for cmd in "${dense[@]}"; do
  kbs=()
  for _ in $(seq "$mem_runs"); do
    [ $cold = 1 ] && sh -c "$drop_caches"
    kbs+=("$( { eval "/usr/bin/time -f %M $cmd" > /dev/null; } 2>&1 | tail -n 1)")
  done
  kb=$(printf '%s\n' "${kbs[@]}" | sort -n | sed -n "$(( (mem_runs + 1) / 2 ))p")
  echo "| \`$(short "$cmd")\` | $(awk -v kb="$kb" 'BEGIN { printf "%.1f MiB", kb / 1024 }') |"
done

echo
echo "#### Latency ($cache)"
echo
(python3 - "$ffind" "$tree" "$cold" "${fd:-}" <<'PY'
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
) | sed "s:$tree:T:g"

small_files=${SMALL:-2000}
small=/tmp/ffind-bench-$small_files
build_tree "$small" "$small_files"
small_group=("$ffind $small core")
[ -n "$fd" ] && small_group+=("$fd -L -I -i core $small")
# A run of a few milliseconds: many runs, so that the median settles.
saved_runs=$runs
runs=${SMALL_RUNS:-300}
group "Start-up: a small tree ($small_files files, \`S\`, $runs runs)" "${small_group[@]}" | sed "s:$small:S:g"
runs=$saved_runs

if [ "${SCALING:-0}" = 1 ]; then
  echo
  echo "### Scaling (sparse query)"
  for n in 100000 1000000 4000000; do
    t=/tmp/ffind-bench-$n
    build_tree "$t" "$n"
    group "$n files" "$ffind $t core" "$ffind -j1 $t core" ${fd:+"$fd -L -I -i core $t"}
  done
fi
