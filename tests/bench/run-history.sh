#!/bin/sh
# Issue 19: history and status through lib/history on a synthetic repository, beside git.
#   tests/bench/run-history.sh [COMMITS] [SITE_DIR]
# Makes a repository of a copy of the site (default the corpus) with COMMITS (default 320)
# commits changing prices and ratings of a few reviews (one renamed midway), then times
#   - `rubric log` of one review (whole processes, hyperfine), beside `git log --follow`;
#   - lib/history's log and status in one process (bench_history: first call and warm);
#   - `git status` of the same tree;
#   - the library's git status: `rubric list --where git=changed` beside `rubric list` (the
#     difference is the status read) and `git status --porcelain`.
# BUILD_DIR (default build/release, configured here) may name an existing build, e.g. build/dev.
# Benchmarks may use git; the product never does.
set -eu
cd "$(dirname "$0")/../.."
commits="${1:-320}"
site="${2:-$(cd ../shared/corpus 2>/dev/null && pwd || echo /work/shared/corpus)}"
build="${BUILD_DIR:-build/release}"
if [ "$build" = build/release ]; then cmake --preset release >/dev/null; else cmake "$build" -DRUBRIC_BUILD_BENCHMARKS=ON >/dev/null; fi
cmake --build "$build" --target rubric bench_history -j2 >/dev/null
rubric="$PWD/$build/app/rubric"
bench="$PWD/$build/tests/bench/bench_history"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/site"
cp -r "$site" "$repo"
cd "$repo"
g() { git -c gc.auto=0 -c user.name=Bench -c user.email=bench@example.org "$@"; }
g init -q
g add -A
g commit -qm "Import site"
target=_products/en/sony/sony-ier-m9.md
renamed=_products/en/sony/ier-m9.md
others=$(find _products/en -name '*.md' | sort | head -40)
i=1
while [ "$i" -le "$commits" ]; do
    if [ "$i" -eq $((commits / 2)) ]; then
        g mv "$target" "$renamed"
        target="$renamed"
        g commit -qm "Rename IER-M9"
    elif [ $((i % 3)) -eq 0 ]; then
        sed -i "s/^price: .*/price: $((900 + i))/" "$target"
        g commit -qam "IER-M9 price $((900 + i))"
    else
        file=$(echo "$others" | sed -n "$(( (i % 40) + 1 ))p")
        sed -i "s/^price: .*/price: $((100 + i))/" "$file"
        g commit -qam "Update review"
    fi
    i=$((i + 1))
done
# A few changes for status to find.
sed -i 's/^price: .*/price: 1/' _products/en/sony/sony-*.md 2>/dev/null || true
echo "new" > _products/en/untracked-review.md
g gc -q
total=$(git rev-list --count HEAD)
files=$(git ls-files | wc -l)
echo "repository: $total commits, $files files; review: $target"
echo "== rubric log (whole process) vs git log --follow"
hyperfine -N --warmup 2 --runs 10 "$rubric log $target" "git log --follow --oneline -- $target" 2>/dev/null | grep -E "Time|±|Benchmark"
echo "== lib/history in one process"
"$bench" log "$repo/$target" 10
"$bench" status "$repo" 10
echo "== git status"
hyperfine -N --warmup 2 --runs 10 "git status --porcelain" 2>/dev/null | grep -E "Time|Benchmark"
echo "== library git status (whole processes): rubric list with and without the git column, git status"
hyperfine -N --warmup 2 --runs 10 "$rubric list $repo --where total>=0" "$rubric list $repo --where git=changed" \
    "git status --porcelain" 2>/dev/null | grep -E "Time|Benchmark"
echo "changed: rubric $("$rubric" list "$repo" --where git=changed | tail -n +2 | wc -l) rows" \
    "(+ $(git status --porcelain | grep -c '^ D\|^D ') deleted), git status $(git status --porcelain | wc -l) lines"
echo "== rubric log commits vs git log --follow commits"
a=$("$rubric" log "$target" | wc -l); b=$(git log --follow --oneline -- "$target" | wc -l)
echo "rubric log: $a, git log --follow: $b"
