#!/usr/bin/env bash
# bfs's groups of measurements on a real tree, the Linux 6.12 sources
# (benches/linux_tree.sh): complete traversal, early quit (a unique name at
# depth 2, 4, 8 and 16), printing with and without colour, threads 1..N,
# --exec and --exec-batch, a stat-heavy query (-S). ffind, fd, bfs and
# find, and for the complete traversals the syscall floor of
# benches/walkers (`floor-mt-u`: every folder opened, read and closed on N
# threads, no order), warm cache, one hyperfine run per table, Markdown
# tables of medians and ratios.
#
# Before a command is timed, the same walk with its paths printed is
# checked to find exactly ffind's paths (sorted, compared in full); a
# command that differs is reported under its table and not timed.
#
# usage: benches/linux.sh [TREE]   (default: what benches/linux_tree.sh gives)
# env: RUNS (default 10), THREADS (the most threads, default the cores),
#      FFIND (the binary measured; default: built here, release),
#      FD, BFS, FIND (paths of the tools; default: found on PATH, fd also
#      as fdfind or in ~/.cargo/bin), CARGO_TARGET_DIR is honoured.
# Needs: cargo, python3, hyperfine, GNU findutils (to pick the early-quit
#        names), sort/comm/cmp; fd and bfs are compared when installed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=benches/lib.sh
. "$root/benches/lib.sh"
case ${1:-} in -h|--help) sed -n '2,21p' "$0"; exit 0 ;; esac
tree=${1:-$("$root/benches/linux_tree.sh")}
tree=${tree%/}
runs=${RUNS:-10}
max_threads=${THREADS:-$(nproc)}
command -v hyperfine >/dev/null || die "hyperfine is needed (apt-get install hyperfine, or cargo install hyperfine)"
[ -d "$tree" ] || die "no tree at $tree"

if [ -z "${FFIND:-}" ]; then
  echo "linux.sh: building ffind (release)" >&2
  cargo build --release --quiet --manifest-path "$root/Cargo.toml"
fi
echo "linux.sh: building the syscall floor (benches/walkers, release)" >&2
cargo build --release --quiet --manifest-path "$root/benches/walkers/Cargo.toml"
ffind=${FFIND:-${CARGO_TARGET_DIR:-$root/target}/release/ffind}
walkers=${CARGO_TARGET_DIR:-$root/benches/walkers/target}/release/ffind-bench-walkers
[ -x "$ffind" ] || die "no ffind binary at $ffind"
[ -x "$walkers" ] || die "no walkers binary at $walkers"
fd=${FD:-$(command -v fd || command -v fdfind || ls ~/.cargo/bin/fd 2>/dev/null || true)}
bfs=${BFS:-$(command -v bfs || true)}
find=${FIND:-$(command -v find || true)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=("$ffind=ffind" "$walkers=walkers" "$tree=T")
[ -n "$fd" ] && names+=("$fd=fd")
[ -n "$bfs" ] && names+=("$bfs=bfs")
[ -n "$find" ] && names+=("$find=find")

T=$tree
every_ffind="$ffind -H --no-follow $T ^"
every_fd="$fd -u ^ $T"
every_bfs="$bfs $T -mindepth 1"
every_find="$find $T -mindepth 1"
# The unrestricted floor prints every path with the word '' and none with
# '/' (no name holds a slash): checked with the first, timed with the second.
every_floor="$walkers floor-mt-u $T ''"
with() { [ -n "$1" ]; }

echo "## ffind on the Linux sources"
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
echo "\`T\` = $(cat "$(dirname "$tree")/VERSION" 2>/dev/null || echo "$tree")" \
  "($("$ffind" -H --no-follow "$T" ^ | wc -l) entries); warm cache;"
echo "hyperfine -N, $runs runs each, medians; $("$ffind" --version)${fd:+, $("$fd" --version)}${bfs:+, $("$bfs" --version | head -n 1)}${find:+, $("$find" --version | head -n 1)}."

entries=("$every_ffind@@$ffind -H --no-follow $T ^\$")
with "$fd" && entries+=("$every_fd@@$fd -u ^\$ $T")
with "$bfs" && entries+=("$every_bfs@@$bfs $T -false")
with "$find" && entries+=("$every_find@@$find $T -false")
entries+=("$every_floor@@$walkers floor-mt-u $T /")
group "Complete traversal (nothing printed)" "${entries[@]}"

# Early quit: for each depth, the first name (in byte order) of a file at
# that depth whose name is unique in the tree and needs no quoting.
"$find" "$T" -mindepth 1 -printf '%f\n' | LC_ALL=C sort | uniq -u > "$work/unique"
for depth in 2 4 8 16; do
  name=$("$find" "$T" -mindepth "$depth" -maxdepth "$depth" -type f -printf '%f\n' \
    | grep -E '^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$' | LC_ALL=C sort \
    | LC_ALL=C join - "$work/unique" | head -n 1 || true)
  if [ -z "$name" ]; then
    printf '\n#### Early quit, depth %s\n\nThe tree has no file of a unique name at depth %s (its deepest entry: depth %s).\n' \
      "$depth" "$depth" "$("$find" "$T" -printf '%d\n' | sort -n | tail -n 1)"
    continue
  fi
  re="'^${name//./\\.}\$'"
  entries=("$ffind -H --no-follow -c -1 $T $re")
  with "$fd" && entries+=("$fd -u -s -1 $re $T")
  with "$bfs" && entries+=("$bfs $T -name $name -print -quit")
  with "$find" && entries+=("$find $T -name $name -print -quit")
  group "Early quit, depth $depth (\`$name\`)" "${entries[@]}"
done

entries=("$ffind --color always -H --no-follow $T ^")
with "$fd" && entries+=("$fd --color always -u ^ $T")
with "$bfs" && entries+=("$bfs $T -mindepth 1 -color")
group "Printing every path, coloured (find has no colour)" "${entries[@]}"

entries=("$ffind --color never -H --no-follow $T ^")
with "$fd" && entries+=("$fd --color never -u ^ $T")
with "$bfs" && entries+=("$bfs $T -mindepth 1 -nocolor")
with "$find" && entries+=("$every_find")
group "Printing every path, no colour" "${entries[@]}"

for n in $(seq 1 "$max_threads"); do
  entries=("$every_ffind@@$ffind -j$n -H --no-follow $T ^\$")
  with "$fd" && entries+=("$every_fd@@$fd -j$n -u ^\$ $T")
  entries+=("$every_floor@@$walkers floor-mt-u $T / $n")
  group "Complete traversal, $n thread(s) (bfs 2.x and find have one)" "${entries[@]}"
done

# The actions, on every Kbuild file: each tool runs `true` with the path
# (ffind through /bin/sh -c, as its --exec is a shell command; the others
# directly). The check runs `echo` in its place.
query="-H --no-follow -c $T ^Kbuild\$"
entries=("$ffind $query -x echo@@$ffind $query -x true")
with "$fd" && entries+=("$fd -u -s ^Kbuild\$ $T -x echo@@$fd -u -s ^Kbuild\$ $T -x true")
with "$bfs" && entries+=("$bfs $T -name Kbuild -exec echo {} \\;@@$bfs $T -name Kbuild -exec true {} ;")
with "$find" && entries+=("$find $T -name Kbuild -exec echo {} \\;@@$find $T -name Kbuild -exec true {} ;")
group "--exec: one run per Kbuild file" "${entries[@]}"

split="| tr ' ' '\\n'"
entries=("$ffind $query -X echo $split@@$ffind $query -X true")
with "$fd" && entries+=("$fd -u -s ^Kbuild\$ $T -X echo $split@@$fd -u -s ^Kbuild\$ $T -X true")
with "$bfs" && entries+=("$bfs $T -name Kbuild -exec echo {} + $split@@$bfs $T -name Kbuild -exec true {} +")
with "$find" && entries+=("$find $T -name Kbuild -exec echo {} + $split@@$find $T -name Kbuild -exec true {} +")
group "--exec-batch: every Kbuild file in as few runs as fit" "${entries[@]}"

# A stat-heavy query: every file of at least 100,000 bytes (a stat per file).
entries=("$ffind -H --no-follow -S +100000b $T ^")
with "$fd" && entries+=("$fd -u -S +100000b ^ $T")
with "$bfs" && entries+=("$bfs $T -type f -size +99999c")
with "$find" && entries+=("$find $T -type f -size +99999c")
group "Stat-heavy: every file of at least 100,000 bytes" "${entries[@]}"

# fd's metadata filters as fd users write them (-L -I: follow links, no
# ignore files): a stat for every file (size) or every entry (time).
entries=("$ffind -S +1k $T ^")
with "$fd" && entries+=("$fd -L -I -S +1k ^ $T")
group "Size filter (-S +1k), against fd -L -I" "${entries[@]}"
entries=("$ffind --changed-within 1d $T ^")
with "$fd" && entries+=("$fd -L -I --changed-within 1d ^ $T")
# The sources' files keep the package's times: likely nothing is that new.
MAY_FIND_NOTHING=1 group "Time filter (--changed-within 1d), against fd -L -I" "${entries[@]}"
