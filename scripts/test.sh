#!/usr/bin/env bash
# The one test command (README): installs what the tests need, then typecheck, lint and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npm run --silent lint
echo "== tests"; npx vitest run
