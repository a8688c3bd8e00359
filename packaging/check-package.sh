#!/bin/bash
# Builds the Debian package from a configured build directory and checks it the way a
# distribution would: the desktop entry and AppStream metadata validate, the package holds what
# a desktop user needs, and the installed program runs from a scratch root.
#
#   packaging/check-package.sh BUILD_DIR
set -euo pipefail

build=$(cd "${1:?usage: packaging/check-package.sh BUILD_DIR}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
id=org.parallax.Parallax

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$top/packaging/$id.desktop"
appstreamcli validate --no-net "$top/packaging/$id.metainfo.xml"

echo "== package"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/parallax_*.deb | head -n 1)
dpkg-deb --info "$deb" | grep -E "^ (Package|Version|Depends):"
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/parallax \
            ./usr/share/applications/$id.desktop \
            ./usr/share/metainfo/$id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$id.svg \
            ./usr/share/icons/hicolor/48x48/apps/$id.png \
            ./usr/share/icons/hicolor/256x256/apps/$id.png \
            ./usr/share/man/man1/parallax.1 \
            ./usr/share/parallax/sample/01-wire.txt; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
dpkg-deb --field "$deb" Depends | grep -q wordnet-base || { echo "no wordnet-base dependency"; exit 1; }

echo "== installed program, from a scratch root"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb --extract "$deb" "$root"
"$root/usr/bin/parallax" --version
out="$root/sample.json"
"$root/usr/bin/parallax" --json "$out" "$root"/usr/share/parallax/sample/*.txt
grep -q '"format": "parallax-comparison"' "$out"
grep -q '"units"' "$out"
"$root/usr/bin/parallax" --pdf "$root/sample.pdf" "$root"/usr/share/parallax/sample/*.txt
head -c 5 "$root/sample.pdf" | grep -q '%PDF-'
echo "package OK: $deb"
