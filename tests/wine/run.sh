#!/usr/bin/env bash
# Runs ffind.exe (x86_64-pc-windows-gnu) under Wine on a tree of hostile
# names: --exec and --exec-batch through Wine's cmd.exe, the Python bridge
# over pipes (with a stand-in interpreter, fakepy.c), --delete (hostile
# names, links out of the tree, a read-only file, a symlinked root; the
# deleter's unit tests, built for Windows), Ctrl-C. Needs wine64,
# gcc-mingw-w64-x86-64 and the Rust target; says so and fails when one is
# missing. Every expected output is written here from
# the names the script makes, not taken from the program.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

for tool in wine x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || { echo "wine test: $tool is missing" >&2; exit 1; }
done
rustup target list --installed | grep -qx x86_64-pc-windows-gnu \
  || { echo "wine test: the Rust target x86_64-pc-windows-gnu is missing" >&2; exit 1; }

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
cargo build --quiet --locked --target x86_64-pc-windows-gnu --bin ffind
# The library's unit tests, of which the Windows deleter's are run here.
unit=$(cargo test --locked --target x86_64-pc-windows-gnu --lib --no-run 2>&1 \
  | sed -n 's/.*Executable unittests src\/lib.rs (\(.*\))$/\1/p')

tmp=$(mktemp -d)
export WINEPREFIX=$tmp/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
  wineserver -k 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

bin=$tmp/bin
mkdir -p "$bin" "$bin/with space"
cp "${CARGO_TARGET_DIR:-target}/x86_64-pc-windows-gnu/debug/ffind.exe" "$bin/"
cp "$unit" "$bin/unit.exe"
for helper in count fakepy ctrlc; do
  x86_64-w64-mingw32-gcc -O -o "$bin/$helper.exe" "tests/wine/$helper.c"
done
x86_64-w64-mingw32-gcc -O -municode -o "$bin/printargs.exe" tests/wine/printargs.c
cp "$bin/printargs.exe" "$bin/with space/"
x86_64-w64-mingw32-gcc -O -shared -o "$bin/bcryptprimitives.dll" \
  tests/wine/bcryptprimitives.c -ladvapi32

# The Windows form of a path under / (Wine's drive Z:).
win() { printf 'Z:%s' "${1//\//\\}"; }
B=$(win "$bin")
R=$(win "$tmp/tree")

mkdir -p "$tmp/tree/sub" "$tmp/many"
names=('!x!' '%PATH%' '%X%%X%' '(p)' '-rf' '100%' 'a&b' 'café' 'q;r,s=t'
  'with space' 'x^y' '😀')
for name in "${names[@]}"; do : >"$tmp/tree/sub/$name"; done
for i in $(seq -w 1 300); do : >"$tmp/many/file_${i}_$(printf 'x%.0s' {1..50})"; done

# A first run sets the Wine prefix up (and says so on standard error).
wine cmd /c exit >/dev/null 2>&1

# X is defined so that an expanded %X% would show.
export X=boom
# Every run has a time limit: a hang is a failure that says so, not a CI
# run that never ends (status 124 from timeout).
ffind() { timeout 120 wine "$bin/ffind.exe" "$@" 2>&1 | tr -d '\r'; }
failed=0
check() {
  local what=$1 expected=$2 got=$3
  if [ "$expected" == "$got" ]; then
    echo "ok: $what"
  else
    echo "FAILED: $what"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got") || true
    failed=1
  fi
}

listing=$(printf '%s\n' "$R\\sub"; for n in "${names[@]}"; do printf '%s\n' "$R\\sub\\$n"; done)
check "listing (root typed with a trailing backslash)" "$listing" "$(ffind "$R\\" .)"
check "--exec: the program gets each path exactly" \
  "$(sed 's/.*/[&]/' <<<"$listing")" "$(ffind -x "$B\\printargs.exe {}" "$R\\" .)"
check "--exec-batch: one run with every path" \
  "$(sed 's/.*/[&]/' <<<"$listing")" "$(ffind -X "$B\\printargs.exe {}" "$R\\" .)"
check "--exec {/}: names, a leading dash made .\\-" \
  "$(printf '[%s]\n' sub "${names[@]}" | sed 's/^\[-rf\]$/[.\\-rf]/')" \
  "$(ffind -x "$B\\printargs.exe {/}" "$R\\" .)"
# echo shows the line as cmd passes it on: each value in quotes, each %
# outside them (the backslash before such a quote doubled).
check "--exec through cmd's own echo: nothing expanded or run" \
  "$(grep '[%&^(!]' <<<"$listing" | sed 's/\\%/\\\\%/; s/%/"%"/g; s/.*/"&"/')" \
  "$(ffind -x 'echo {}' "$R\\" '[%&^(!]')"
check "--exec: a quoted program path, \"{}\", an operator" \
  "$(printf '[%s]\ndone\n' "$R\\sub\\a&b")" \
  "$(ffind -x "\"$B\\with space\\printargs.exe\" \"{}\" & echo done" "$R\\" '&')"
check "--exec: a placeholder inside other quoted text is refused" \
  "2" "$(timeout 120 wine "$bin/ffind.exe" -x 'echo "<{}>"' "$R" . >/dev/null 2>&1; echo $?)"
runs=$(ffind -X "$B\\count.exe {}" "$(win "$tmp/many")" file)
check "--exec-batch: 300 long paths split under cmd's 8,191 limit" \
  "300 in $(wc -l <<<"$runs") runs, none over 110" \
  "$(awk '{s += $1} $1 > 110 {big = 1} END {print s " in " NR " runs, " (big ? "one" : "none") " over 110"}' <<<"$runs")"

# --delete: the hostile names (two levels deep), a read-only file, a
# matched folder that cannot go (it keeps an unmatched file: a message and
# status 1), and links out of the tree: one to a folder with a file, one
# to an empty folder (deleting through it would remove that folder); each
# goes itself, or under Wine, which cannot delete a Unix symlink itself,
# stays with a message. Nothing outside is touched. Everything but the
# names starting with "keep" matches. (No link to a file: Wine shows a
# Unix symlink to a file as a plain file through every call, and deleting
# it deletes its target; no Windows program can tell.)
del=$tmp/del out=$tmp/outside
mkdir -p "$del/sub/deep" "$del/full" "$out/dir" "$out/empty"
for name in "${names[@]}"; do : >"$del/sub/$name"; : >"$del/sub/deep/$name"; done
: >"$del/full/keep"
: >"$out/dir/victim"
: >"$out/file"
: >"$del/ro.txt"
chmod a-w "$del/ro.txt"
mklink() { timeout 120 wine cmd /c mklink "$@" >/dev/null 2>&1; }
# Wine's cmd may accept mklink /J without making anything: what was made
# is looked at, and Unix symlinks (which Wine shows as reparse points)
# stand in for junctions when there is none.
mklink /J "$(win "$del/junction")" "$(win "$out/dir")" || true
mklink /J "$(win "$del/junction_empty")" "$(win "$out/empty")" || true
if [ -e "$del/junction/victim" ] && [ -e "$del/junction_empty" ]; then
  links="junctions (mklink /J)"
else
  links="Unix symlinks"
  rm -rf "$del/junction" "$del/junction_empty"
  ln -s "$out/dir" "$del/junction"
  ln -s "$out/empty" "$del/junction_empty"
fi
echo "--delete: links out of the tree made as $links"
snapshot() { (cd "$tmp" && find outside del | sort); }
# Python's repr of the Windows path of $1 (backslashes doubled).
repr() { win "$1" | sed 's/\\/\\\\/g'; }
full="cannot delete: [WinError 145] Directory is not empty: '$(repr "$del/full")'"
kept=$(printf '%s\n' outside outside/dir outside/dir/victim outside/empty outside/file)
if [ "$links" == "Unix symlinks" ]; then
  # Wine lists a Unix symlink as a reparse point but opens it as its
  # target even when asked not to: deleting it would delete the target.
  # ffind says so and leaves it.
  wine_link="a link the system opens as what it points to, not as itself (as Wine does a Unix symlink): not deleted"
  said=$(for l in junction junction_empty; do
    echo "cannot delete: $wine_link: '$(repr "$del/$l")'"; done; echo "$full")
  left=$(printf '%s\n' del del/full del/full/keep del/junction del/junction_empty "$kept")
else
  said=$full
  left=$(printf '%s\n' del del/full del/full/keep "$kept")
fi
check "--delete: what cannot go is said (status 1), all else matched goes" \
  "$said
status 1" \
  "$(ffind --delete "$(win "$del")" '^(?!keep)'; echo "status ${PIPESTATUS[0]}")"
check "--delete: nothing outside the root touched, the root and the unmatched kept" \
  "$left" "$(snapshot)"
check "--delete: the deleter's unit tests (a folder swapped for another refused)" \
  "test result: ok. 2 passed" \
  "$(timeout 120 wine "$bin/unit.exe" output::delete 2>&1 | tr -d '\r' | grep -o '^test result: ok. [0-9]* passed')"
mkdir -p "$del/sub" && : >"$del/sub/x.tmp" && ln -s "$del" "$tmp/root_link"
check "--delete: a root that is a link is not entered (status 1)" \
  "ffind: $(win "$tmp/root_link"): a symlink: --delete does not enter it (give $(win "$tmp/root_link")\\ to delete in the folder it points to)
status 1
x.tmp" "$(ffind --delete "$(win "$tmp/root_link")" tmp; echo "status ${PIPESTATUS[0]}"; ls "$del/sub")"
check "--delete: a root given with a trailing backslash names the folder" \
  "status 0" "$(ffind --delete "$(win "$tmp/root_link")\\" tmp; echo "status ${PIPESTATUS[0]}"; ls "$del/sub")"

cd "$tmp"
bridge=$(FFIND_PYTHON="$B\\fakepy.exe" ffind --command 'print(filename)' "$R\\sub" '%'; echo "status ${PIPESTATUS[0]}")
check "--command over the pipes: every path, the failure counted" \
  "$(grep '%' <<<"$listing" | sed 's/.*/command print(filename): [&]/'; echo 'end of input'; echo 'status 1')" \
  "$bridge"
check "the bridge program arrives intact" "same" \
  "$(cmp -s bootstrap.seen "$repo/src/output/bootstrap.py" && echo same || echo different)"
: >"$tmp/tree/sub/exit"
bridge=$(FFIND_PYTHON="$B\\fakepy.exe" ffind --module 'm {}' "$R\\sub" 'exi'; echo "status ${PIPESTATUS[0]}")
check "--module: the interpreter's exit ends ffind with its status" \
  "$(printf 'module m {}: [%s]\nstatus 5' "$R\\sub\\exit")" "$bridge"
rm "$tmp/tree/sub/exit"

# Ctrl-C needs a console: `script` gives Wine a terminal.
timeout 120 script -qec "wine '$bin/ctrlc.exe' '$B\\ffind.exe --color=always -j1 Z:\\usr e'" /dev/null >/dev/null
check "Ctrl-C resets the colour and ends with STATUS_CONTROL_C_EXIT" \
  "exit 0xC000013A last 1b 5b 30 6d" "$(tr -d '\r' <ctrlc.out)"

exit $failed
