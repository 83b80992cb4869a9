#!/bin/sh
# Builds the release preset and runs the site-index benchmark:
#   tests/bench/run-index.sh [ROUNDS] [SITE_DIR]
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target bench_index
exec build/release/tests/bench/bench_index "$@"
