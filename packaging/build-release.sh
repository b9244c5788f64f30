#!/usr/bin/env bash
# packaging/build-release.sh OUTDIR
# Builds the self-contained release binary: the Swift runtime and Foundation linked statically,
# so it needs only the system's C and C++ runtimes, GNU readline and SQLite. Writes the stripped
# binary to OUTDIR/rapport and prints its path. Its own build folder (.build-release) keeps the
# developer's .build untouched.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: packaging/build-release.sh OUTDIR" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
scratch=${RAPPORT_RELEASE_SCRATCH:-$root/.build-release}

cd "$root"
swift build -c release --static-swift-stdlib --product rapport --scratch-path "$scratch" >&2
built="$scratch/release/rapport"
# Written beside the destination and renamed: never a half-written binary at OUTDIR/rapport.
strip -o "$out/.rapport.tmp" "$built"
mv -f "$out/.rapport.tmp" "$out/rapport"
echo "$out/rapport"
