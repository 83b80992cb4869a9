#!/bin/sh
# Configure, build and package Rubric as a .deb, then print the .deb's path.
#   packaging/build-deb.sh [BUILD_DIR]      (default: build/deb in the checkout)
# Needs: cmake, ninja, the Qt 6 / yaml-cpp / cmark-gfm dev packages, dpkg-dev.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$src/build/deb"}

cmake -S "$src" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DRUBRIC_BUILD_TESTS=OFF \
    -DRUBRIC_BUILD_BENCHMARKS=OFF >&2
cmake --build "$build" >&2

cd "$build"
rm -f rubric_*.deb
cpack -G DEB >&2
deb=$(ls rubric_*.deb)
echo "$build/$deb"
