#!/usr/bin/env bash
# Installs claimlint's build and test dependencies from Debian packages (run as root, or
# with sudo available). Safe to run again: apt skips what is already there.
set -euo pipefail
pkgs=(cmake ninja-build g++ pkg-config python3
      libre2-dev libfmt-dev doctest-dev
      libmd4c-dev libgumbo-dev libtomlplusplus-dev
      libboost1.81-dev libboost-json1.81-dev libboost-program-options1.81-dev
      libutf8proc-dev clang
      pybind11-dev python3-dev python3-distributed)
# --browser: also Chromium, for the html_browser test (headless; .ci/run asks for it).
[ "${1:-}" = "--browser" ] && pkgs+=(chromium)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
