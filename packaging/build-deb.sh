#!/usr/bin/env bash
# packaging/build-deb.sh OUTDIR
# Writes OUTDIR/rapport_<version>_<arch>.deb: the self-contained release binary (the shipped
# rules and the example team are inside it), its manual pages, bash, zsh and fish completions
# where each shell looks for them, and the licence and README under /usr/share/doc/rapport.
# Depends is computed by dpkg-shlibdeps from the libraries the binary links, so
# `apt-get install ./rapport_….deb` pulls in whatever is missing. Needs dpkg-dev and binutils.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: packaging/build-deb.sh OUTDIR" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
scratch=${RAPPORT_RELEASE_SCRATCH:-$root/.build-release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== release binary" >&2
binary=$("$root/packaging/build-release.sh" "$work/bin")
version=$("$binary" --version | sed -E 's/^([^ ]+).*/\1/')
arch=$(dpkg --print-architecture)
[[ "$version" =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || { echo "build-deb: unusable version '$version'" >&2; exit 1; }

stage="$work/rapport_${version}_$arch"
install -D -m 0755 "$binary" "$stage/usr/bin/rapport"

echo "== manual pages (swift-argument-parser's generate-manual, from the command's own help)" >&2
swift build -c release --package-path "$scratch/checkouts/swift-argument-parser" \
  --scratch-path "$scratch/generate-manual" --product generate-manual >&2
# Dated by the commit, so the same commit gives the same pages.
date=$(git -C "$root" log -1 --format=%cs 2>/dev/null || date -u +%F)
mkdir -p "$work/man"
"$scratch/generate-manual/release/generate-manual" "$binary" --multi-page --date "$date" \
  --output-directory "$work/man" >&2
mkdir -p "$stage/usr/share/man/man1"
for page in "$work/man"/*.1; do
  gzip -9n < "$page" > "$stage/usr/share/man/man1/$(basename "$page").gz"
done

echo "== shell completions" >&2
install -d "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
  "$stage/usr/share/fish/vendor_completions.d"
"$binary" --generate-completion-script bash > "$stage/usr/share/bash-completion/completions/rapport"
"$binary" --generate-completion-script zsh > "$stage/usr/share/zsh/vendor-completions/_rapport"
"$binary" --generate-completion-script fish > "$stage/usr/share/fish/vendor_completions.d/rapport.fish"

echo "== documentation" >&2
doc="$stage/usr/share/doc/rapport"
install -D -m 0644 "$root/README.md" "$doc/README.md"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: rapport"
  echo
  echo "Files: *"
  echo "License: GPL-3.0-or-later"
  echo " Rapport links GNU readline (GPL-3.0-or-later). The full text follows."
  echo
  cat "$root/LICENSE"
} > "$doc/copyright"

echo "== control file (Depends from the linked libraries)" >&2
mkdir -p "$work/shlibs/debian" "$stage/DEBIAN"
printf 'Source: rapport\n\nPackage: rapport\nArchitecture: any\n' > "$work/shlibs/debian/control"
depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O -e"$stage/usr/bin/rapport" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
size=$(du -k -s --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: rapport
Version: $version
Architecture: $arch
Maintainer: Rapport developers <rapport@localhost>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: coaching assistant for relationship selling
 Rapport runs coaching rules, written in its own rule language, over a sales
 team's portfolio and prints each rep's agenda for the next 1:1: what to
 discuss and what to praise. It lints portfolios in batch for CI (SARIF,
 JUnit, Markdown, HTML), imports CRM exports and offers a REPL for managers.
CONTROL

deb="$out/rapport_${version}_$arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb.tmp" >/dev/null
mv -f "$deb.tmp" "$deb"
echo "$deb"
