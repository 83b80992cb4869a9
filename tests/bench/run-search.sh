#!/bin/sh
# Search benchmark (issue 18): first index build (wall, CPU, disk), warm query p50/p95 in
# process, then whole `rubric search` processes beside `grep -ri` of the same words.
#   tests/bench/run-search.sh [SITE_DIR] [ROUNDS]      (BUILD=build/dev to skip the release build)
set -eu
cd "$(dirname "$0")/../.."
SITE=${1:-/work/shared/corpus}
ROUNDS=${2:-30}
if [ -z "${BUILD:-}" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target bench_search rubric
    BUILD=build/release
fi
"$BUILD/tests/bench/bench_search" "$SITE" "$ROUNDS"

# Whole processes, warm cache (the first run below brings the user's index up to date).
p95() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "p50 %5.0f ms  p95 %5.0f ms", a[int((NR+1)/2)], a[i]}'; }
time_runs() {
    i=0
    while [ $i -lt "$ROUNDS" ]; do
        s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
        echo $(( (e - s) / 1000000 )); i=$((i + 1))
    done | p95
}
"$BUILD/app/rubric" search "$SITE" warmup >/dev/null 2>&1 || true
echo "whole processes, $ROUNDS runs each:"
for q in moondrop バランスド ＩＥＭ 円; do
    printf '  %-12s rubric search %s   grep -ri %s\n' "$q" "$(time_runs "$BUILD/app/rubric" search "$SITE" "$q" --limit 100)" \
        "$(time_runs grep -ri "$q" "$SITE")"
done
printf '  %-12s rubric search %s   grep -rli %s\n' '"tag:Sony total>=3.5"' \
    "$(time_runs "$BUILD/app/rubric" search "$SITE" "tag:Sony total>=3.5" --limit 100)" "$(time_runs grep -rli sony "$SITE")"
