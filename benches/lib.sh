# Shared by benches/compare.sh and benches/linux.sh (sourced, not run):
# the same-paths check every compared command passes before it is timed,
# one hyperfine run per table, and the Markdown table of its medians.
#
# Needs: hyperfine, python3, sort, cmp. Callers set `work` (a scratch
# folder) and `names` (an array of "full path=short name" pairs, used to
# print commands by their short names).

die() { echo "${0##*/}: $*" >&2; exit 1; }

# The paths a walk printed (on standard input), one a line, sorted by
# bytes: colour codes taken out and a trailing slash (fd marks folders so)
# dropped.
normalize() {
  sed -e $'s/\x1b\\[[0-9;]*[mK]//g' -e 's:/$::' | LC_ALL=C sort
}

# same_paths REFERENCE LABEL GOT: whether the file GOT holds the paths in
# the file REFERENCE (both normalized); a difference is reported on
# standard output (it goes into the tables' notes).
same_paths() {
  local reference=$1 label=$2 got=$3
  if cmp -s "$reference" "$got"; then
    return 0
  fi
  local missing extra
  missing=$(LC_ALL=C comm -23 "$reference" "$got" | wc -l)
  extra=$(LC_ALL=C comm -13 "$reference" "$got" | wc -l)
  echo "- not timed: \`$(short "$label")\` finds other paths than ffind" \
    "($missing missing, $extra extra, of $(wc -l < "$reference"); e.g." \
    "$(LC_ALL=C comm -3 "$reference" "$got" | head -n 2 | tr -d '\t' | tr '\n' ' ' | sed 's/ $//'))"
  return 1
}

# A command shown with short names for its binaries and the tree.
short() {
  local text=$1 pair
  for pair in "${names[@]}"; do
    text=${text//"${pair%%=*}"/"${pair#*=}"}
  done
  printf '%s' "$text"
}

# bench TITLE COMMAND...: one hyperfine run over the commands (in turn, the
# same number of runs each), then a table of medians and ratios to the
# first. HYPERFINE_ARGS adds options (--prepare for a cold cache).
bench() {
  local title=$1; shift
  local json=$work/bench-$RANDOM.json
  echo
  echo "#### $title"
  echo
  # hyperfine's progress and any error go to standard error; a failing
  # command fails the script.
  hyperfine -N -w "${WARMUP:-2}" -r "$runs" ${HYPERFINE_ARGS[@]+"${HYPERFINE_ARGS[@]}"} \
    --export-json "$json" "$@" >&2
  python3 - "$json" <<'PY' | while IFS= read -r line; do short "$line"; echo; done
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
print("| command | median | ratio to the first |")
print("|---|---:|---:|")
for r in results:
    m = statistics.median(r["times"])
    print(f"| `{r['command']}` | {m * 1000:.1f} ms | {m / base:.2f} |")
PY
}

# group TITLE ENTRY...: checks each command, then times those that pass
# (bench). ENTRY is "CHECK@@TIMED", or one command for both: CHECK is a
# shell command printing the paths the walk finds, TIMED the command timed
# (split into words as a shell would, run without one). The first entry is
# the reference (ffind's); a command that finds other paths is reported
# under the table and not timed. A reference that finds nothing stops the
# script (a query gone wrong), unless MAY_FIND_NOTHING is set. Leaves the timed commands in `passed`.
group() {
  local title=$1; shift
  local reference=$work/reference timed=() notes="" entry check cmd note
  for entry in "$@"; do
    check=${entry%%@@*}; cmd=${entry#*@@}
    if [ ${#timed[@]} = 0 ]; then
      eval "$check" | normalize > "$reference"
      [ -s "$reference" ] || [ -n "${MAY_FIND_NOTHING:-}" ] \
        || die "the reference finds nothing: $check"
      timed+=("$cmd")
    elif { eval "$check" 2>/dev/null || true; } | normalize > "$work/got" &&
      note=$(same_paths "$reference" "$cmd" "$work/got"); then
      timed+=("$cmd")
    else
      notes+="$note"$'\n'
    fi
  done
  passed=("${timed[@]}")
  bench "$title" "${timed[@]}"
  [ -z "$notes" ] || printf '\n%s' "$notes"
}
