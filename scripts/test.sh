#!/usr/bin/env bash
# Installs, builds and runs the whole test suite; ends with CTest's summary line.
# Usage: scripts/test.sh [PRESET...]
# Default: asan (AddressSanitizer + UndefinedBehaviorSanitizer), what CI runs. `dev`
# runs the optimised build (quicker with a warm ccache); several presets run in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(asan)
export QT_QPA_PLATFORM=offscreen
for preset in "${presets[@]}"; do
    scripts/setup.sh "$preset"
    ctest --preset "$preset"
done
