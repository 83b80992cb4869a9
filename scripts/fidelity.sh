#!/bin/sh
# The preview against the site: renders every corpus file with Rubric and with Debian's
# kramdown (ruby-kramdown, ruby-kramdown-parser-gfm; one Ruby process for all files),
# compares their block structures and prints the agreement and the differing files by
# category.
#   scripts/fidelity.sh [--verbose] [CORPUS_DIR]
#   scripts/fidelity.sh --update-golden [CORPUS_DIR]   rewrite tests/fidelity/golden/kramdown-blocks.txt
# BUILD_DIR (default build/dev) is the configured build tree to build rubric_fidelity in.
set -eu
cd "$(dirname "$0")/.."
mode=compare
verbose=
case "${1:-}" in
    --verbose) verbose=--verbose; shift ;;
    --update-golden) mode=golden; shift ;;
esac
if ! ruby -rkramdown -rkramdown-parser-gfm -e '' 2>/dev/null; then
    echo "needs Debian's kramdown: apt-get install -y ruby-kramdown ruby-kramdown-parser-gfm" >&2
    exit 2
fi
corpus=$(realpath "${1:-../shared/corpus}")
build=${BUILD_DIR:-build/dev}
cmake --build "$build" --target rubric_fidelity >/dev/null
html=$(mktemp)
trap 'rm -f "$html"' EXIT
if [ "$mode" = golden ]; then
    ruby tests/fidelity/kramdown_html.rb "$corpus" < tests/fidelity/golden/files.txt > "$html"
    exec "$build/tests/fidelity/rubric_fidelity" golden "$html" tests/fidelity/golden/kramdown-blocks.txt
fi
(cd "$corpus" && find . -name '*.md' -printf '%P\n' | LC_ALL=C sort) | ruby tests/fidelity/kramdown_html.rb "$corpus" > "$html"
exec "$build/tests/fidelity/rubric_fidelity" compare "$html" "$corpus" $verbose
