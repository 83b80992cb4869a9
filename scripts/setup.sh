#!/usr/bin/env bash
# Installs what Rubric needs from Debian 12's packages (as root, or with sudo), then
# configures and builds the given preset (default: dev). Quick when all is in place.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
          libgl-dev xvfb xauth x11-apps poppler-utils fonts-noto-cjk
          libqt6sql6-sqlite libgit2-dev libhunspell-dev hunspell-en-us
          translate-toolkit)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
# RUBRIC_TARGETS="rubric": only those targets (scripts/run-sample.sh), not the tests.
if [ -n "${RUBRIC_TARGETS:-}" ]; then
    read -r -a targets <<< "$RUBRIC_TARGETS"
    cmake --build --preset "$preset" --target "${targets[@]}"
else
    cmake --build --preset "$preset"
fi
