#!/bin/sh
# Site-edit benchmark (issue 17): rename the tag `In-ear monitors` (about 525 English
# reviews) on a copy of the corpus, preview (--dry-run) and apply, as whole `rubric`
# processes, next to the read floor (`cat` of the same files) and a peer (`grep -rl`).
#   tests/bench/run-edit.sh [SITE_DIR]
# RUBRIC=path/to/rubric uses that binary instead of building the release preset.
# Targets: preview < 1 s, apply < 2 s (whole process, 2 cores).
set -eu
cd "$(dirname "$0")/../.."
SITE=${1:-${RUBRIC_CORPUS_DIR:-../shared/corpus}}
SITE=$(cd "$SITE" && pwd)
if [ -z "${RUBRIC:-}" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target rubric >/dev/null
    RUBRIC=$PWD/build/release/app/rubric
fi
command -v hyperfine >/dev/null || { echo "hyperfine is needed (scripts/setup.sh installs it)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$SITE" "$WORK/site"
export XDG_CACHE_HOME="$WORK/cache"   # the index cache of the copy, not the user's
OLD="In-ear monitors"
NEW="In-ear Monitors"
(cd "$WORK/site" && grep -rlF "$OLD" --include='*.md' _products/en _companies/en | sort > "$WORK/files")
echo "files with the tag: $(wc -l < "$WORK/files")   rubric: $RUBRIC"
# The index cache is warm in daily use; the first run writes it.
"$RUBRIC" list "$WORK/site" --lang en >/dev/null
cd "$WORK/site"
hyperfine --warmup 1 --runs 10 --style basic \
    -n "floor: cat of the files" "xargs -d '\\n' cat < '$WORK/files' > /dev/null" \
    -n "peer: grep -rl over _products/en" "grep -rlF '$OLD' _products/en > /dev/null" \
    -n "preview (--dry-run)" "'$RUBRIC' tags rename . '$OLD' '$NEW' --lang en --dry-run > /dev/null 2>&1"
# Apply: each run starts from the original bytes (restored by cp in --prepare, not timed).
hyperfine --runs 10 --style basic \
    --prepare "xargs -d '\\n' -I{} cp '$SITE/{}' '{}' < '$WORK/files'" \
    -n "apply" "'$RUBRIC' tags rename . '$OLD' '$NEW' --lang en > /dev/null 2>&1"
# The edit touched only the tags lines of those files.
CHANGED=$(diff -r "$SITE" "$WORK/site" | grep -c '^diff' || true)
OTHER=$(diff -r "$SITE" "$WORK/site" | grep '^[<>]' | grep -vc '^[<>] tags:' || true)
echo "files changed: $CHANGED; changed lines other than tags: $OTHER"
