#!/bin/sh
# `rubric proof` on the corpus (whole process), beside `cat` of the same files as the floor:
#   tests/bench/run-proof.sh [PRESET] [CORPUS_DIR]     (PRESET: release by default)
set -eu
cd "$(dirname "$0")/../.."
preset=${1:-release}
corpus=${2:-$(cd .. && pwd)/shared/corpus}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target rubric -j2 >/dev/null
rubric=build/$preset/app/rubric
now() { date +%s.%N; }
t0=$(now); find "$corpus/_products" "$corpus/_companies" -name '*.md' -exec cat {} + >/dev/null; t1=$(now)
"$rubric" proof "$corpus" >/dev/null 2>&1 || true; t2=$(now)
# A peer: grep reading every file for a notation variant (no parsing, no learning).
grep -rE 'ドライバ[^ー]|アダプタ[^ー]' --include='*.md' "$corpus/_products" "$corpus/_companies" >/dev/null || true; t4=$(now)
t2b=$(now); "$rubric" proof --all-rules "$corpus" >/dev/null 2>&1 || true; t3=$(now)
echo "grep of two variants (peer): $(echo "$t4 - $t2" | bc) s"
echo "cat (floor):                 $(echo "$t1 - $t0" | bc) s"
echo "rubric proof (default rules): $(echo "$t2 - $t1" | bc) s"
echo "rubric proof --all-rules:     $(echo "$t3 - $t2b" | bc) s"
