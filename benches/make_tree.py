#!/usr/bin/env python3
"""Builds a deterministic synthetic code tree for ffind's benchmarks.

usage: benches/make_tree.py DEST [FILES]      (FILES defaults to 100000)

The tree looks like a large checkout: packages nested up to ten levels,
names built from common code words in mixed letter case and with many
extensions, about one file in eight in a hidden `.git/objects` bulk, VCS
files at the top (`.gitignore`, `.hgignore`), a few hidden folders and
files among the rest, and one relative symlink to a folder
(`shortcut -> some/package`). The same FILES gives the same tree on every
machine: the random generator is seeded with FILES. Names never collide, so
the number of files is exact.
"""
import os
import random
import sys

STEMS = (
    "core util net http server client test config build doc parse lex "
    "token model view ctrl api auth user session cache store index query "
    "engine render layout widget image audio video stream buffer queue "
    "worker task job event handler plugin driver device kernel mem alloc "
    "thread sync io fs path walk search match glob color term shell cli "
    "main lib error result value data schema table row graph node edge "
    "tree list map vec bytes hash crypto key"
).split()
SUFFIXES = (
    ".rs", ".py", ".js", ".ts", ".c", ".h", ".go", ".md", ".txt", ".json",
    ".toml", ".yml", ".html", ".css", ".svg", ".o", ".pyc", ".lock", "",
)


def word(rng, serial):
    """A name: one to three stems, sometimes capitalised, always unique in
    its folder thanks to the serial number."""
    parts = [rng.choice(STEMS) for _ in range(1 + rng.randrange(3))]
    text = "_".join(parts)
    if rng.random() < 0.2:
        text = text.title().replace("_", "")
    return "%s%d" % (text, serial)


def build(dest, files):
    rng = random.Random(files)
    os.makedirs(dest)
    hidden = files // 8
    objects = os.path.join(dest, ".git", "objects")
    for i in range(hidden):
        bucket = os.path.join(objects, "%02x" % (i % 256))
        if i < 256:
            os.makedirs(bucket)
        with open(os.path.join(bucket, "%040x" % rng.getrandbits(160)), "w"):
            pass
    for vcs in (".gitignore", ".hgignore"):
        with open(os.path.join(dest, vcs), "w"):
            pass
    made = hidden
    folders = [(dest, 0)]
    serial = 0
    while made < files:
        # Mostly grow recent packages (deep, clustered trees), sometimes
        # any package (breadth).
        recent = folders[-64:]
        parent, depth = rng.choice(recent if rng.random() < 0.75 else folders)
        if depth >= 10:
            continue
        serial += 1
        hidden_dir = rng.random() < 0.02
        path = os.path.join(parent, ("." if hidden_dir else "") + word(rng, serial))
        os.mkdir(path)
        folders.append((path, depth + 1))
        for _ in range(rng.randrange(48)):
            if made == files:
                break
            serial += 1
            dot = "." if rng.random() < 0.02 else ""
            name = dot + word(rng, serial) + rng.choice(SUFFIXES)
            with open(os.path.join(path, name), "w"):
                pass
            made += 1
    target = folders[len(folders) // 3][0]
    os.symlink(os.path.relpath(target, dest), os.path.join(dest, "shortcut"))
    print("%s: %d files in %d folders" % (dest, made, len(folders)))


def main():
    args = sys.argv[1:]
    if len(args) not in (1, 2) or args[0].startswith("-"):
        sys.exit(__doc__)
    dest = args[0]
    files = int(args[1]) if len(args) == 2 else 100000
    if os.path.exists(dest):
        sys.exit("%s exists: remove it or pick another folder" % dest)
    build(dest, files)


if __name__ == "__main__":
    main()
