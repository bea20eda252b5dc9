#!/usr/bin/env bash
# Unpacks a real source tree for the benchmarks: the Linux 6.12 sources of
# Debian's `linux-source-6.12` package, into DEST/linux-source-6.12, and
# records the package version it got in DEST/VERSION (outside the tree).
# Does nothing when DEST/linux-source-6.12 already exists.
#
# usage: benches/linux_tree.sh [DEST]      (DEST defaults to /tmp/ffind-linux)
# Needs: apt-get (Debian or Ubuntu with Debian's security archive; no root:
#        `apt-get download` writes to the current folder), dpkg-deb, tar, xz.
# Elsewhere: download the .deb by hand from
#   https://packages.debian.org/bookworm-security/linux-source-6.12
#   (or https://snapshot.debian.org/package/linux/ for an exact version)
#   and run `LINUX_DEB=path/to/linux-source-6.12_*.deb benches/linux_tree.sh`;
#   or unpack https://cdn.kernel.org/pub/linux/kernel/v6.x/linux-6.12.tar.xz
#   into DEST/linux-source-6.12 (Debian's tree adds its debian/ folders and
#   patches: the counts differ slightly, the shape does not).
set -euo pipefail

dest=${1:-/tmp/ffind-linux}
tree=$dest/linux-source-6.12
die() { echo "linux_tree.sh: $*" >&2; exit 1; }
if [ -d "$tree" ]; then
  echo "$tree"
  exit 0
fi
for tool in dpkg-deb tar xz; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done
mkdir -p "$dest"
work=$(mktemp -d "$dest/.unpack.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -n "${LINUX_DEB:-}" ]; then
  deb=$(cd "$(dirname "$LINUX_DEB")" && pwd)/$(basename "$LINUX_DEB")
else
  command -v apt-get >/dev/null || die "apt-get is needed (or set LINUX_DEB; see the header)"
  (cd "$work" && apt-get download -q linux-source-6.12 >&2) || die "apt-get download linux-source-6.12 failed (apt-get update? see the header)"
  deb=$(ls "$work"/linux-source-6.12_*.deb)
fi
version=$(dpkg-deb -f "$deb" Version)
echo "linux_tree.sh: unpacking linux-source-6.12 $version" >&2
dpkg-deb -x "$deb" "$work/deb"
tarball=$(ls "$work"/deb/usr/src/linux-source-6.12.tar.*)
tar -xf "$tarball" -C "$work"
[ -d "$work/linux-source-6.12" ] || die "$tarball holds no linux-source-6.12 folder"
mv "$work/linux-source-6.12" "$tree"
echo "linux-source-6.12 $version" > "$dest/VERSION"
echo "$tree"
