#!/usr/bin/env bash
# ffind's library (its iterator and its visitor, in benches/walkers) beside
# the Rust walkers a program would otherwise use: jwalk (sorted, parallel),
# walkdir (sorted, one thread) and the ignore crate's parallel walker
# (unordered), and the all-core syscall floor (walkers floor-mt, no order),
# on one tree, in one hyperfine run; a Markdown table of medians and ratios
# to the first. Before it is timed, each walker is
# checked to find exactly the iterator's paths (sorted, compared in full);
# one that differs is reported under the table and not timed.
#
# usage: benches/library.sh [TREE [WORD]]
#   TREE  the tree (default /tmp/ffind-bench-1000000, built with
#         benches/make_tree.py when missing)
#   WORD  the names searched for, contained ignoring ASCII case (default
#         core; '' for every name)
# env: RUNS (default 10), CARGO_TARGET_DIR is honoured.
# Needs: cargo, python3, hyperfine, sort/comm/cmp.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=benches/lib.sh
. "$root/benches/lib.sh"
tree=${1:-/tmp/ffind-bench-1000000}
word=${2-core}
runs=${RUNS:-10}
command -v hyperfine >/dev/null || die "hyperfine is needed (apt-get install hyperfine, or cargo install hyperfine)"
[ -d "$tree" ] || python3 "$root/benches/make_tree.py" "$tree" 1000000 >&2

echo "library.sh: building the walkers (release)" >&2
cargo build --release --quiet --manifest-path "$root/benches/walkers/Cargo.toml"
walkers=${CARGO_TARGET_DIR:-$root/benches/walkers/target}/release/ffind-bench-walkers
[ -x "$walkers" ] || die "no walkers binary at $walkers"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=("$walkers=walkers" "$tree=T")
w=$(printf '%q' "$word")
[ -n "$word" ] || w="''"
group "ffind's library against the Rust walkers (\`$word\`)" \
  "$walkers ffind $tree $w" "$walkers ffind-visit $tree $w" \
  "$walkers jwalk $tree $w" "$walkers walkdir $tree $w" "$walkers ignore $tree $w" \
  "$walkers floor-mt $tree $w"
