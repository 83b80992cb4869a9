#!/bin/sh
# Builds the release preset and runs the load benchmark: tests/bench/run.sh [ROUNDS] [CORPUS_DIR]
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target bench_load
exec build/release/tests/bench/bench_load "$@"
