#!/usr/bin/env bash
# What the tests need from Debian: Chromium (browser tests) and poppler-utils (pdftoppm renders our
# PDFs independently). Installed when missing; needs root, as on CI.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then echo "missing: ${missing[*]}; run 'sudo apt-get install -y ${missing[*]}'" >&2; exit 1; fi
echo "== installing from Debian: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
