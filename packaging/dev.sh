#!/usr/bin/env bash
# The README's two set-up commands:
#   packaging/dev.sh run [FILE...]   install what is missing, build, start Parallax
#   packaging/dev.sh test            install what is missing, build, run every test through CTest
# CI runs "packaging/dev.sh test" with CI=true: same steps, warnings as errors.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
deps_file="$here/debian-build-deps.txt"

usage() {
    echo "usage: $0 run [FILE...] | test" >&2
    exit 1
}

install_missing() {
    local missing=()
    local pkg
    while read -r pkg; do
        [ -n "$pkg" ] || continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$deps_file")
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" -S "$top"
    cmake --build --preset "$preset"
}

[ $# -ge 1 ] || usage
command=$1
shift

case "$command" in
run)
    install_missing
    build dev
    # Without files: the bundled sample story (the app alone would show its welcome page).
    [ $# -gt 0 ] || set -- --sample
    exec "$top/build/dev/app/parallax" "$@"
    ;;
test)
    [ $# -eq 0 ] || usage
    install_missing
    preset=dev
    [ "${CI:-}" = "true" ] && preset=ci
    build "$preset"
    export QT_QPA_PLATFORM=offscreen
    ctest --preset "$preset"
    # The Debian package: built, validated, installed into a scratch root and run.
    "$top/packaging/check-package.sh" "$top/build/$preset"
    ;;
*)
    usage
    ;;
esac
