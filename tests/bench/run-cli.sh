#!/usr/bin/env bash
# Times whole `rubric` processes on the corpus, as the user runs them, next to a read
# floor (`cat` of the same files) and the site's own checker (../shared/peer, Python 3 and
# PyYAML). Median of 5 runs (hyperfine when installed, else a loop with `date`). Prints
# the figures and the ratios; asserts nothing.
#   usage: tests/bench/run-cli.sh [RUBRIC_BINARY] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rubric="$(realpath "${1:-build/release/app/rubric}")"
corpus="$(realpath "${2:-../shared/corpus}")"
peer="$(realpath ../shared/peer 2>/dev/null || true)"
runs=5
[ -x "$rubric" ] || { echo "no $rubric: cmake --preset release && cmake --build --preset release --target rubric" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

find "$corpus/_products" "$corpus/_companies" -name '*.md' | sort > "$work/all"
head -n 50 <(grep '/_products/' "$work/all") > "$work/fifty"

# median CMD...: prints the median wall time in seconds of $runs runs of CMD (output dropped).
# PREPARE, when set, runs before each run and is not timed.
median() {
    if command -v hyperfine >/dev/null; then
        local prepare=(); [ -n "${PREPARE:-}" ] && prepare=(--prepare "$PREPARE")
        hyperfine -N -i -r "$runs" "${prepare[@]}" --export-json "$work/h.json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 ||
            hyperfine -i -r "$runs" "${prepare[@]}" --export-json "$work/h.json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
    else
        local times=()
        for _ in $(seq "$runs"); do
            [ -n "${PREPARE:-}" ] && bash -c "$PREPARE"
            local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
            times+=("$(echo "$end - $start" | bc)")
        done
        printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
    fi
}
ratio() { python3 -c 'import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print("%.2f" % (a/b if b else 0))' "$1" "$2"; }

echo "corpus: $corpus ($(wc -l < "$work/all") files); rubric: $rubric; median of $runs"
cat_all=$(median xargs -a "$work/all" cat)
cat_fifty=$(median xargs -a "$work/fifty" cat)
echo "read floor: cat of every file ${cat_all} s; of 50 reviews ${cat_fifty} s"

validate=$(median "$rubric" validate "$corpus")
checker=""
if [ -n "$peer" ] && [ -f "$peer/review_validator.py" ] && python3 -c 'import yaml' 2>/dev/null; then
    site="$work/site"; mkdir -p "$site/tools"
    ln -s "$corpus/_products" "$site/_products"; ln -s "$corpus/_companies" "$site/_companies"
    cp "$peer/review_validator.py" "$site/tools/"
    checker=$(cd "$site/tools" && median python3 review_validator.py)
fi
if [ -n "$checker" ]; then
    echo "validate: rubric ${validate} s; site checker ${checker} s; rubric is $(ratio "$checker" "$validate")x faster (target >= 30x)"
else
    echo "validate: rubric ${validate} s (site checker not run: needs ../shared/peer and python3-yaml)"
fi

cold=$(PREPARE="rm -rf '$work/cache'" median "$rubric" list "$corpus")
"$rubric" list "$corpus" >/dev/null 2>&1 || true # warm the cache
warm=$(median "$rubric" list "$corpus")
echo "list: cold ${cold} s ($(ratio "$cold" "$cat_all")x the read floor); warm ${warm} s ($(ratio "$warm" "$cat_all")x, target <= 1.5x)"

status=$(median "$rubric" status "$corpus")
echo "status: ${status} s ($(ratio "$status" "$cat_all")x the read floor)"

# `rubric show` takes one file: 50 processes.
show_fifty() { while read -r f; do "$rubric" show "$f" >/dev/null 2>&1 || true; done < "$work/fifty"; }
export -f show_fifty; export rubric work
show=$(median bash -c show_fifty)
echo "show: 50 reviews, one process each, ${show} s ($(ratio "$show" "$cat_fifty")x cat of them)"

mkdir -p "$work/pdf"
pdf=$(median xargs -a "$work/fifty" "$rubric" export-pdf --dir "$work/pdf")
echo "export-pdf: 50 reviews in one process ${pdf} s ($(python3 -c "print('%.0f' % (float('$pdf') * 1000 / 50))") ms per review)"
