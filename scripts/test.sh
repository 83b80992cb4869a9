#!/usr/bin/env bash
# Installs, builds and runs the whole test suite; ends with CTest's summary line.
# Usage: scripts/test.sh [dev|asan|release]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
scripts/setup.sh "$preset"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset"
