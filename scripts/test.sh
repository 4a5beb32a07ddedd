#!/usr/bin/env bash
# npm test: installs what is missing, starts what the tests need, and runs every check and test.
# Jest's results land in .data/test-results/jest.json (read by .ci/run for its summary line).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-postgres.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-fonts.sh
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
mkdir -p .data/test-results
rm -f .data/test-results/jest.json

echo "== format (prettier)"
npx prettier --check . --log-level warn
echo "== lint (module boundaries, workflow determinism)"
npx nx show projects >/dev/null # the project graph the boundary rule reads
npx eslint .
echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/web/tsconfig.json
echo "== the console's API types match the API's OpenAPI document"
fresh=$(mktemp --suffix=.ts)
npm run -s api-types -- "$fresh"
if ! cmp -s "$fresh" apps/web/src/api-types.ts; then
  diff -u apps/web/src/api-types.ts "$fresh" | head -40 >&2 || true
  echo "apps/web/src/api-types.ts is stale: the API's OpenAPI document has changed since it was generated." >&2
  echo "Run 'npm run api-types' and commit apps/web/src/api-types.ts." >&2
  rm -f "$fresh"
  exit 1
fi
rm -f "$fresh"
echo "== jest: unit, the console's components (jsdom), then integration on real Postgres and Temporal"
# Two workers: the integration suites spend most of their time waiting on servers and timers.
npx jest --ci --maxWorkers=2 --json --outputFile=.data/test-results/jest.json "$@"
