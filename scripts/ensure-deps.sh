#!/usr/bin/env bash
# Installs what is missing: npm packages from the lock file, and the pinned Temporal binaries.
# Quick when everything is there, so npm start and npm test call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/bootstrap-temporal.sh
