#!/usr/bin/env bash
# Issue 18 engine choice: builds a section-level index of the corpus with each candidate and
# prints build time, disk size and query p95. Standalone prototypes (not product code); they
# assert nothing. Slow: candidates A and B take minutes. Usage: run.sh [CORPUS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export CORPUS=${1:-/work/shared/corpus}
export OUT=$(mktemp -d /tmp/search-engines.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
echo "== lib/search SearchIndex (product code) on the corpus"
src=$(cd "$here/../../.." && pwd)
g++ -O2 -std=c++20 -fPIC -I"$src/lib" "$here/searchindex.cpp" "$src/lib/search/searchindex.cpp" "$src/lib/search/searchtext.cpp" \
    -o "$OUT/searchindex" $(pkg-config --cflags --libs Qt6Sql Qt6Core)
/usr/bin/time -f "wall %e s, user %U s, max RSS %M KB" "$OUT/searchindex"
echo "== C: FTS5 unicode61 contentless detail=none + own CJK bigrams, through Qt SQL (the choice)"
g++ -O2 -std=c++20 -fPIC "$here/qtfts.cpp" -o "$OUT/qtfts" $(pkg-config --cflags --libs Qt6Sql Qt6Core)
/usr/bin/time -f "wall %e s, user %U s, max RSS %M KB" "$OUT/qtfts"
echo "== B: Xapian FLAG_CJK_NGRAM"
g++ -O2 -std=c++20 "$here/xap.cpp" -o "$OUT/xap" -lxapian
/usr/bin/time -f "wall %e s, user %U s, max RSS %M KB" "$OUT/xap"
echo "== A: FTS5 trigram (Python sqlite3, same libsqlite3)"
/usr/bin/time -f "wall %e s, user %U s, max RSS %M KB" python3 "$here/fts.py"
