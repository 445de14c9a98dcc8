#!/usr/bin/env bash
# plotgraph's one entry point for a fresh Debian 12 machine.
#   scripts/setup.sh demo   install what is missing, build (Release), run plotgraph on corpus/
#   scripts/setup.sh test   the same set-up, then the whole test suite, in a Release build with
#                           warnings as errors and in an ASan+UBSan build, then each libFuzzer
#                           target for PLOTGRAPH_FUZZ_SECONDS (default 20) in a clang build
set -euo pipefail

mode="${1:-demo}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(build-essential cmake ninja-build pkg-config libboost-graph-dev libicu-dev libre2-dev
          nlohmann-json3-dev catch2 libcli11-dev libjemalloc-dev python3 python3-networkx graphviz)

# The fuzzers need clang and its libFuzzer runtime; only the test mode builds them.
[ "$mode" = test ] && packages+=(clang-14 libclang-rt-14-dev libfuzzer-14-dev)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {  # build DIR [cmake args...]
    local dir="$1"; shift
    cmake -S "$root" -B "$dir" -G Ninja -DPLOTGRAPH_WERROR=ON "$@" > /dev/null
    cmake --build "$dir" -j "$jobs"
}

install_missing
case "$mode" in
    demo)
        build "$root/build" -DCMAKE_BUILD_TYPE=Release
        "$root/build/src/plotgraph" extract --format json "$root"/corpus/moscow-on-the-hudson/*.txt \
            -o "$root/build/moscow-on-the-hudson.json"
        "$root/build/src/plotgraph" extract "$root"/corpus/moscow-on-the-hudson/*.txt \
            -o "$root/build/moscow-on-the-hudson.graphml"
        "$root/build/src/plotgraph" render "$root"/corpus/moscow-on-the-hudson/*.txt \
            -o "$root/build/moscow-on-the-hudson.svg"
        "$root/build/examples/list_characters" "$root"/corpus/moscow-on-the-hudson/*.txt
        echo
        "$root/build/src/plotgraph" query who-helped Vladimir "$root"/corpus/moscow-on-the-hudson/*.txt
        echo "setup: wrote build/moscow-on-the-hudson.graphml, .json and .svg (the story graph drawn)"
        echo "setup: the story in order: build/src/plotgraph timeline corpus/moscow-on-the-hudson/*.txt"
        ;;
    test)
        build "$root/build" -DCMAKE_BUILD_TYPE=Release
        (cd "$root/build" && ctest --output-on-failure -j "$jobs")
        build "$root/build-sanitize" -DCMAKE_BUILD_TYPE=Debug -DPLOTGRAPH_SANITIZE=ON
        # The unit cases in one process (a process each costs a second of start-up under
        # ASan, minutes in all), then the other tests through ctest.
        (cd "$root/build-sanitize" && export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 &&
            tests/plotgraph_tests && ctest --output-on-failure -j "$jobs" -LE unit)
        CC=clang-14 CXX=clang++-14 build "$root/build-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLOTGRAPH_FUZZ=ON \
            -DPLOTGRAPH_BUILD_TESTS=OFF -DPLOTGRAPH_BUILD_EXAMPLES=OFF -DPLOTGRAPH_BUILD_TOOLS=OFF \
            -DPLOTGRAPH_BUILD_BENCH=OFF
        "$root/fuzz/run.sh" "$root/build-fuzz" "${PLOTGRAPH_FUZZ_SECONDS:-20}"
        ;;
    *)
        echo "usage: scripts/setup.sh [demo|test]" >&2
        exit 2
        ;;
esac
