#!/usr/bin/env bash
# Installs, builds and opens the editor on a writable copy of the bundled sample site.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only the editor and what it links, not the tests and benchmarks of the dev preset.
RUBRIC_TARGETS=rubric scripts/setup.sh dev
sample="${RUBRIC_SAMPLE_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/rubric/sample-site}"
if [ ! -d "$sample" ]; then
    mkdir -p "$(dirname "$sample")"
    cp -r resources/sample-site "$sample"
    chmod -R u+w "$sample"
    echo "Copied the sample site to $sample (edit and save freely; delete it to start over)."
fi
# The whole sample site in the library, and a review in each language open.
run=(build/dev/app/rubric "$sample" "$sample/_products/en/sony/sony-ier-m9.md" "$sample/_products/ja/sony/sony-ier-m9.md")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the editor in a virtual one (xvfb-run)."
    exec xvfb-run -a -s '-screen 0 1600x1000x24' "${run[@]}"
fi
exec "${run[@]}"
