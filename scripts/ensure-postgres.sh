#!/usr/bin/env bash
# The tests use the machine's PostgreSQL at 127.0.0.1:5432 (or TEST_DATABASE_URL): start it if it is down.
set -euo pipefail
[[ -n ${TEST_DATABASE_URL:-} ]] && exit 0
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then exit 0; fi
if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
  echo "starting the machine's PostgreSQL…"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && exit 0; sleep 1; done
echo "PostgreSQL is not answering at 127.0.0.1:5432: start it, or set TEST_DATABASE_URL" >&2
exit 1
