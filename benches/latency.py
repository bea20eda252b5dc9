#!/usr/bin/env python3
"""How soon ffind stops and streams beside a big folder.

usage: benches/latency.py FFIND [FD] [--runs N] [--tree DIR]

The tree (default /tmp/ffind-lat, made when missing): `a/match1`, `b/`
with 300,000 empty files, `c/match2`. Measured, warm cache, N runs each
(default 20), the slowest run shown beside the median:

- `true`: starting a process, the floor of every other row on this machine;
- `-1`: the whole run of `FFIND -1 TREE match` (the match lies beside `b`);
- the first line through a pipe of `FFIND TREE match`, and its whole run;
- the same for fd (`-L -I`, `-1`) when FD is given.

Prints a Markdown table. Needs only python3.
"""
import os
import statistics
import subprocess
import sys
import time


def make_tree(root):
    """Makes the tree beside `root`, then moves it there whole."""
    part = root + ".part"
    for name in ("a", "b", "c"):
        os.makedirs(os.path.join(part, name), exist_ok=True)
    open(os.path.join(part, "a", "match1"), "w").close()
    open(os.path.join(part, "c", "match2"), "w").close()
    big = os.path.join(part, "b")
    for i in range(300_000):
        open(os.path.join(big, f"f{i:06}"), "w").close()
    os.rename(part, root)


def whole(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def first_line(args):
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE)
    line = proc.stdout.readline()
    first = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    assert line, f"{args} printed nothing"
    return first, time.perf_counter() - start


def row(label, times):
    ms = [t * 1000 for t in times]
    print(f"| {label} | {statistics.median(ms):.1f} ms | {max(ms):.1f} ms |")


def main():
    args = sys.argv[1:]
    runs, tree = 20, "/tmp/ffind-lat"
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    if "--tree" in args:
        i = args.index("--tree")
        tree = args[i + 1]
        del args[i : i + 2]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if args else 2)
    ffind, fd = args[0], (args[1] if len(args) > 1 else None)
    if not os.path.isdir(os.path.join(tree, "c")):
        print(f"latency.py: making {tree}", file=sys.stderr)
        make_tree(tree)
    tools = [("ffind", ffind, [ffind, "-1", tree, "match"], [ffind, tree, "match"])]
    if fd:
        tools.append(("fd", fd, [fd, "-L", "-I", "-1", "match", tree],
                      [fd, "-L", "-I", "match", tree]))
    print(f"`T` = {tree} (`a/match1`, `b/` of 300,000 files, `c/match2`); "
          f"warm cache, {runs} runs each.")
    print()
    print("| measure | median | slowest |")
    print("|---|---:|---:|")
    for _ in range(2):  # warm-up
        for _, _, one, every in tools:
            whole(one)
            whole(every)
    row("`true` (starting a process, the floor here)", [whole(["true"]) for _ in range(runs)])
    for name, path, one, every in tools:
        shown = lambda argv: " ".join(name if a == path else "T" if a == tree else a for a in argv)
        row(f"`{shown(one)}`", [whole(one) for _ in range(runs)])
        streams = [first_line(every) for _ in range(runs)]
        row(f"first line of `{shown(every)}` through a pipe", [s[0] for s in streams])
        row("its whole run", [s[1] for s in streams])


if __name__ == "__main__":
    main()
