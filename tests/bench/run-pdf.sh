#!/bin/sh
# PDF export benchmark (issue 7): one review in English and Japanese, a batch of 500,
# and the same review's HTML printed by headless Chromium, with the ratio.
#
#   tests/bench/run-pdf.sh [--all] [CORPUS_DIR]
#
# --all also exports the whole corpus with `rubric export-pdf --dir` (minutes).
# Chromium comes from Debian (`apt-get install chromium`); without it that part is skipped.
# BUILD_DIR (default build/release) chooses the build to measure.
set -eu
cd "$(dirname "$0")/../.."
all=0
if [ "${1:-}" = "--all" ]; then all=1; shift; fi
corpus="${1:-$(pwd)/../shared/corpus}"
build="${BUILD_DIR:-build/release}"
if [ "$build" = build/release ]; then
    cmake --preset release >/dev/null
fi
cmake --build "$build" --target bench_pdf rubric >/dev/null
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Rubric (in process, $(nproc) cores)"
"$build/tests/bench/bench_pdf" --html-dir "$work" "$corpus" | tee "$work/rubric.txt"

now_ms() { date +%s%N | cut -c1-13; }

# Median wall time of 5 runs of a command, in ms.
median_ms() {
    for i in 1 2 3 4 5; do
        start=$(now_ms); "$@" >/dev/null 2>&1; end=$(now_ms)
        echo $((end - start))
    done | sort -n | sed -n 3p
}

# Median CPU time (user + system, child processes included) of 5 runs, in ms: what a
# loaded machine (other builds on the same cores) distorts least.
median_cpu_ms() {
    for i in 1 2 3 4 5; do
        /usr/bin/time -f "%U %S" -o "$work/cpu.txt" "$@" >/dev/null 2>&1
        awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/cpu.txt"
    done | sort -n | sed -n 3p
}

echo "== rubric export-pdf, one review, whole process (start-up included)"
for lang in en ja; do
    ms=$(median_ms "$build/app/rubric" export-pdf "$corpus/_products/$lang/sony/sony-ier-m9.md" -o "$work/cli-$lang.pdf")
    cpu=$(median_cpu_ms "$build/app/rubric" export-pdf "$corpus/_products/$lang/sony/sony-ier-m9.md" -o "$work/cli-$lang.pdf")
    echo "rubric export-pdf $lang: median $ms ms wall, $cpu ms CPU"
    echo "$lang $ms $cpu" >> "$work/cli.txt"
done

chromium=$(command -v chromium || true)
if [ -n "$chromium" ]; then
    echo "== headless Chromium printing the preview's HTML of the same review"
    chrome_pdf() {
        profile=$(mktemp -d "$work/profile.XXXXXX")
        "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync \
            --user-data-dir="$profile" --print-to-pdf="$work/chrome-$1.pdf" "file://$work/$1.html"
        rm -rf "$profile"
    }
    for lang in en ja; do
        ms=$(median_ms chrome_pdf "$lang")
        cpu=$(median_cpu_ms sh -c "profile=\$(mktemp -d '$work/profile.XXXXXX'); '$chromium' --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=\$profile --print-to-pdf='$work/chrome-$lang.pdf' 'file://$work/$lang.html'; rm -rf \$profile")
        cli=$(awk -v l="$lang" '$1 == l { print $2 }' "$work/cli.txt")
        clicpu=$(awk -v l="$lang" '$1 == l { print $3 }' "$work/cli.txt")
        inproc=$(awk -v l="$lang" '$3 == l":" { print $8 }' "$work/rubric.txt")
        echo "chromium $lang: median $ms ms wall, $cpu ms CPU; chromium / rubric export-pdf:" \
             "wall $(awk -v a="$ms" -v b="$cli" 'BEGIN { printf "%.1f", a / b }')x," \
             "CPU $(awk -v a="$cpu" -v b="$clicpu" 'BEGIN { printf "%.1f", a / b }')x;" \
             "chromium / rubric in process (wall) $(awk -v a="$ms" -v b="$inproc" 'BEGIN { printf "%.0f", a / b }')x"
    done
else
    echo "== chromium not installed (apt-get install chromium): comparison skipped"
fi

if [ "$all" = 1 ]; then
    echo "== whole corpus: rubric export-pdf --dir ($(nproc) cores)"
    /usr/bin/time -f "%e %U %S" -o "$work/corpus.txt" "$build/app/rubric" export-pdf "$corpus" --dir "$work/corpus" 2>&1 | tail -1
    echo "whole corpus: $(ls "$work/corpus" | wc -l) PDF files;" \
         "$(awk '{ printf "%.0f s wall, %.0f s CPU (%.0f s on 2 idle cores)", $1, $2 + $3, ($2 + $3) / 2 }' "$work/corpus.txt")"
fi
