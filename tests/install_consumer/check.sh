#!/usr/bin/env bash
# Installs a built plotgraph into a fresh prefix and uses it as a user would:
# a CMake project with find_package(plotgraph), a pkg-config build, and the
# installed CLI. Usage: check.sh BUILD_DIR CXX_COMPILER
set -euo pipefail
build="$1"
cxx="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="$(mktemp -d "${TMPDIR:-/tmp}/plotgraph-install.XXXXXX")"
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix/usr" > /dev/null

# Everything the README says an install holds.
libdir="$(find "$prefix/usr" -name libplotgraph.a -printf '%h\n' | head -n 1)"
for file in usr/bin/plotgraph usr/include/plotgraph/plotgraph.hpp usr/share/plotgraph/rules/relations.tsv \
            usr/share/plotgraph/rules/README.md usr/share/man/man1/plotgraph.1; do
    [ -e "$prefix/$file" ] || { echo "check.sh: the install lacks $file" >&2; exit 1; }
done
[ -n "$libdir" ] || { echo "check.sh: the install lacks libplotgraph.a" >&2; exit 1; }
for file in cmake/plotgraph/plotgraph-config.cmake cmake/plotgraph/plotgraph-targets.cmake pkgconfig/plotgraph.pc; do
    [ -e "$libdir/$file" ] || { echo "check.sh: the install lacks $libdir/$file" >&2; exit 1; }
done

# A CMake project of a user's, configured against the installed package only.
cmake -S "$here" -B "$prefix/cmake-build" -DCMAKE_PREFIX_PATH="$prefix/usr" -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$prefix/cmake-build" > /dev/null
from_cmake="$("$prefix/cmake-build/consumer")"
echo "find_package: $from_cmake"
grep -qx "Lionel helped Vladimir" <<< "$from_cmake"

# The same program built with pkg-config's flags (the .pc is relocatable).
flags="$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs plotgraph)"
# shellcheck disable=SC2086  # the flags are words
"$cxx" -O1 "$here/consumer.cpp" -o "$prefix/consumer-pc" $flags
from_pkg_config="$("$prefix/consumer-pc")"
echo "pkg-config: $from_pkg_config"
grep -qx "Lionel helped Vladimir" <<< "$from_pkg_config"

# The installed CLI runs with its built-in rules and with the installed rule files.
"$prefix/usr/bin/plotgraph" --version
echo "Vladimir defects. Lionel, a security guard, protects him." |
    "$prefix/usr/bin/plotgraph" query who-helped --rules "$prefix/usr/share/plotgraph/rules" - |
    grep -q "^Lionel helped Vladimir (protected)$"
echo "check.sh: the installed package works"
