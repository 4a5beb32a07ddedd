#!/usr/bin/env bash
# npm start: installs what is missing, then starts the whole system (scripts/start.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export SWC_NODE_PROJECT=tsconfig.json NODE_ENV=${NODE_ENV:-development}
exec node -r @swc-node/register scripts/start.ts
