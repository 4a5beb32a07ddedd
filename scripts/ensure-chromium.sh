#!/usr/bin/env bash
# The console tests drive Debian's Chromium (never a downloaded browser): install it if missing.
set -euo pipefail
command -v chromium >/dev/null && exit 0
if [[ $(id -u) -ne 0 ]]; then echo "chromium is missing: install Debian's package 'chromium'" >&2; exit 1; fi
echo "installing Debian's chromium…"
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
