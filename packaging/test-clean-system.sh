#!/usr/bin/env bash
# packaging/test-clean-system.sh DEB
# Installs DEB with apt in a minimal Debian root made by debootstrap (no Swift toolchain, no
# build tools) and runs rapport there as a user would: --version, coach on the bundled example
# team, lint on a portfolio copied in, man rapport. Fails when the binary links a library the
# package does not depend on. Needs root, debootstrap and Debian's package mirror.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: packaging/test-clean-system.sh DEB" >&2; exit 2; }
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
suite=${RAPPORT_TEST_SUITE:-$(. /etc/os-release && echo "$VERSION_CODENAME")}
# The mirror the host's apt uses (deb822 or one-line sources), else Debian's own.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

system=$(mktemp -d /tmp/rapport-clean-system.XXXXXX)
chmod 755 "$system"   # apt and man-db drop root to users of their own
cleanup() {
  # Unmount before removing: a removal through a mounted /proc must never happen.
  umount "$system/proc" 2>/dev/null || umount -l "$system/proc" 2>/dev/null || true
  if ! mountpoint -q "$system/proc"; then rm -rf "$system"; fi
}
trap cleanup EXIT
fail() { echo "clean-system test: $*" >&2; exit 1; }
in_system() { chroot "$system" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== a minimal $suite root (debootstrap --variant=minbase, $mirror)"
debootstrap --variant=minbase "$suite" "$system" "$mirror" > "$system.log" 2>&1 || { tail -20 "$system.log" >&2; fail "debootstrap failed"; }
rm -f "$system.log"
# The Swift runtime reads its arguments from /proc/self/cmdline.
mount -t proc proc "$system/proc"
cp /etc/resolv.conf "$system/etc/resolv.conf"
for tool in swift swiftc cc gcc clang ld make; do
  if in_system sh -c "command -v $tool" >/dev/null; then fail "the clean system has $tool"; fi
done

echo "== apt-get install ./$(basename "$deb") (and man-db, to read the manual)"
cp "$deb" "$system/tmp/"
in_system apt-get update -qq
in_system env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" man-db >/dev/null

echo "== rapport --version"
version=$(in_system rapport --version)
echo "   $version"
grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{12}|unknown)\)$' <<<"$version" \
  || fail "rapport --version does not name a version and a commit: $version"

echo "== rapport coach (the bundled example team)"
agenda=$(cd / && in_system rapport coach --no-pager)
grep -q "^Coaching agenda for Northwind EMEA Mid-Market" <<<"$agenda" || fail "coach printed no agenda: $agenda"
grep -q "^Dave Carter (r-01)" <<<"$agenda" || fail "coach printed no rep's agenda"

echo "== rapport lint on a portfolio copied in"
cp "$root/Examples/northwind-team.json" "$system/tmp/team.json"
set +e
lint=$(in_system rapport lint --format json /tmp/team.json)
status=$?
set -e
[ "$status" = 1 ] || fail "lint exited $status, expected 1 (warnings in the example team)"
grep -q '"rule_id"' <<<"$lint" || grep -q '"rule"' <<<"$lint" || fail "lint printed no findings"

echo "== man rapport"
manual=$(in_system env MANPAGER=cat MANWIDTH=80 man rapport 2>&1)
grep -q "rapport" <<<"$manual" && grep -q "coach" <<<"$manual" || fail "man rapport shows no manual: $manual"
in_system env MANPAGER=cat man rapport.coach | grep -q -- "--rep" || fail "man rapport.coach lacks --rep"

echo "== completions where each shell looks for them"
for file in /usr/share/bash-completion/completions/rapport /usr/share/zsh/vendor-completions/_rapport \
            /usr/share/fish/vendor_completions.d/rapport.fish /usr/share/doc/rapport/copyright; do
  [ -s "$system$file" ] || fail "$file is missing"
done

echo "== every library the binary links belongs to a package it depends on"
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -E 's/^ *([^ (]+).*/\1/')
needed=$(readelf -d "$system/usr/bin/rapport" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf found no linked libraries"
for library in $needed; do
  path=$(in_system sh -c "ldconfig -p | awk -v l='$library' '\$1 == l { print \$NF; exit }'")
  [ -n "$path" ] || fail "$library is not on the clean system"
  real=$(in_system readlink -f "$path")
  owner=$(in_system dpkg -S "$real" 2>/dev/null | head -1 | cut -d: -f1 || true)
  [ -n "$owner" ] || owner=$(in_system dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1 || true)
  grep -qx "$owner" <<<"$depends" || fail "$library ($owner) is linked but not in Depends: $(tr '\n' ' ' <<<"$depends")"
  echo "   $library: $owner"
done
if in_system sh -c 'ldd /usr/bin/rapport' | grep -q "not found"; then fail "a library is missing: $(in_system ldd /usr/bin/rapport)"; fi
echo "== the manual, as it reads"
in_system env MANPAGER=cat MANWIDTH=80 man rapport | head -30 >&2
echo "clean-system test passed"
