#!/usr/bin/env bash
# The bulletin's PDF embeds Debian's Noto CJK fonts, and its tests read the PDF back with poppler
# (pdftotext, pdftoppm): install both if missing.
set -euo pipefail
missing=()
[[ -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ]] || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then echo "missing: install Debian's packages ${missing[*]}" >&2; exit 1; fi
echo "installing Debian's ${missing[*]}…"
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
