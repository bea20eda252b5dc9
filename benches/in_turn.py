#!/usr/bin/env python3
"""Times commands in turn: each round runs every command once, one after
the other, so a drift of the machine falls on all of them alike (hyperfine
runs one command's runs together, so drift shows in its ratios). Prints,
for each command, its median time and the median over the rounds of its
time divided by the first command's in the same round.

usage: benches/in_turn.py ROUNDS COMMAND...
  COMMAND  a shell command line (quote it); its output is discarded, and a
           command that fails stops the measurement.
env: INNER  how many times a command runs per round (default 1; its time
            is the mean of those), for commands of a few milliseconds.

Check first that the commands find the same paths: this only times them.
"""
import os
import statistics
import subprocess
import sys
import time


def main() -> None:
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = sys.argv[2:]
    inner = int(os.environ.get("INNER", "1"))
    times = [[] for _ in commands]
    for _ in range(rounds):
        for i, command in enumerate(commands):
            start = time.perf_counter()
            for _ in range(inner):
                subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, check=True)
            times[i].append((time.perf_counter() - start) / inner)
    print("| median | ratio to the first, per round | command |")
    print("|---:|---:|---|")
    for i, command in enumerate(commands):
        ratio = statistics.median(t / first for t, first in zip(times[i], times[0]))
        print(f"| {statistics.median(times[i]) * 1000:.1f} ms | {ratio:.3f} | `{command}` |")


if __name__ == "__main__":
    main()
