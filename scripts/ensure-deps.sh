#!/usr/bin/env bash
# Installs what is missing: npm packages from the lock file, and the pinned Python tools (Temporal, schemathesis).
# Quick when everything is there, so npm start and npm test call it every time. The installed lock
# file's hash is kept beside the packages: a fresh clone (new file times) does not reinstall them.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.duban-lock-sha256
if [[ ! -f $stamp || $(cat "$stamp") != "$lock" ]]; then
  echo "installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock" > "$stamp"
fi
bash scripts/bootstrap-python-tools.sh
