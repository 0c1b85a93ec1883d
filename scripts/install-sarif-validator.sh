#!/usr/bin/env bash
# Installs the SARIF validator used by tests/sarif_validate.py: ajv-cli and ajv-formats from
# the npm registry, at the versions locked in scripts/sarif-validator/, into .tools/ at the
# repository's root (git ignores it). Installs Debian's nodejs and npm first when npm is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
mkdir -p .tools
cp scripts/sarif-validator/package.json scripts/sarif-validator/package-lock.json .tools/
(cd .tools && npm ci --no-audit --no-fund --loglevel=error)
.tools/node_modules/.bin/ajv help >/dev/null
echo "ajv-cli installed in .tools/node_modules/.bin/ajv"
