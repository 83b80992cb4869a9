#!/usr/bin/env bash
# Builds a libFuzzer target (the `fuzz` preset: clang, ASan + UBSan) and runs it for a
# given time on the seeds built from the real site, then on what it found so far.
# Usage: scripts/fuzz.sh fuzz_load|fuzz_edit SECONDS [extra libFuzzer options]
# Findings land in build/fuzz/findings/TARGET/ (crash-*, timeout-*, oom-*); the growing
# corpus in build/fuzz/corpus/TARGET/. One process (-jobs=1): the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh fuzz_load|fuzz_edit SECONDS}"
seconds="${2:?usage: scripts/fuzz.sh fuzz_load|fuzz_edit SECONDS}"
shift 2
corpus_dir="${RUBRIC_CORPUS_DIR:-../shared/corpus}"

[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "$target"
seeds=build/fuzz/seeds
[ -d "$seeds/$target" ] || tests/fuzz/make-seeds.py "$corpus_dir" "$seeds"
mkdir -p "build/fuzz/corpus/$target" "build/fuzz/findings/$target"
# The crashers found so far (tests/fuzz/regressions) are seeds too.
regressions="tests/fuzz/regressions/$target"
[ -d "$regressions" ] || regressions=""
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" QT_QPA_PLATFORM=offscreen
exec "build/fuzz/tests/fuzz/$target" "build/fuzz/corpus/$target" "$seeds/$target" $regressions \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict=tests/fuzz/yaml.dict -print_final_stats=1 \
    -artifact_prefix="build/fuzz/findings/$target/" "$@"
