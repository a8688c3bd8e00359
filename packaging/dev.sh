#!/usr/bin/env bash
# The README's two set-up commands:
#   packaging/dev.sh run [FILE...]   install what is missing, build, start Parallax
#   packaging/dev.sh test            install what is missing, build, run every test through CTest
#   packaging/dev.sh harden          sanitizers, fuzzing and benchmarks (CI runs these after test)
# CI runs "packaging/dev.sh test" with CI=true: same steps, warnings as errors, then harden.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
deps_file="$here/debian-build-deps.txt"

usage() {
    echo "usage: $0 run [FILE...] | test | harden" >&2
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

# CI's extra checks, also runnable alone with "packaging/dev.sh harden": the whole test suite
# under AddressSanitizer and UndefinedBehaviorSanitizer, then under ThreadSanitizer, the monkey
# test running ten minutes in each (instead of its 2000 steps), five minutes of libFuzzer over
# the engine, and the benchmark table.
harden() {
    local monkey=${PARALLAX_MONKEY_SECONDS:-600}
    echo "== sanitizers: the whole test suite with ASan and UBSan, the monkey for $monkey s"
    build asan
    PARALLAX_MONKEY_SECONDS=$monkey QT_QPA_PLATFORM=offscreen ctest --preset asan

    echo "== ThreadSanitizer: the whole test suite, the monkey for $monkey s"
    build tsan
    PARALLAX_MONKEY_SECONDS=$monkey QT_QPA_PLATFORM=offscreen ctest --preset tsan

    echo "== fuzzing the engine for ${PARALLAX_FUZZ_SECONDS:-300} s"
    build fuzz
    local corpus artifacts
    corpus=$(mktemp -d)
    artifacts="$top/build/fuzz/artifacts"
    mkdir -p "$artifacts"
    if ! "$top/build/fuzz/tests/fuzz/parallax-fuzz" -max_total_time="${PARALLAX_FUZZ_SECONDS:-300}" \
            -timeout=30 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
            -artifact_prefix="$artifacts/" "$corpus" "$top/tests/data" "$top/tests/fuzz/regressions" \
            2> "$top/build/fuzz/fuzz.log"; then
        tail -n 40 "$top/build/fuzz/fuzz.log"
        echo "The fuzzer found an input that fails (in $artifacts); add it to tests/fuzz/regressions:"
        for f in "$artifacts"/*; do echo "$f"; od -c "$f" | head -n 20; done
        exit 1
    fi
    grep -E "stat::number_of_executed_units|Done" "$top/build/fuzz/fuzz.log" || true
    rm -rf "$corpus"

    echo "== benchmarks"
    python3 "$top/tests/benchmarks/run-all.py" "$top/build/${1:-dev}"
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
    if [ "${CI:-}" = "true" ]; then
        harden "$preset"
    fi
    ;;
harden)
    [ $# -eq 0 ] || usage
    install_missing
    build dev
    harden dev
    ;;
*)
    usage
    ;;
esac
