#!/usr/bin/env bash
# The one test command (README): installs what the tests need, then typecheck, lint and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
# Typecheck and lint are single-threaded: side by side they take the time of the longer one.
# Each one's output is kept apart and shown whole once it is done.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npm run --silent typecheck > "$out/typecheck" 2>&1 & typecheck=$!
npm run --silent lint > "$out/lint" 2>&1 & lint=$!
failed=0
wait "$typecheck" || failed=1
echo "== typecheck"; cat "$out/typecheck"
wait "$lint" || failed=1
echo "== lint"; cat "$out/lint"
if [ "$failed" -ne 0 ]; then echo "typecheck or lint failed (above): no tests were run"; exit 1; fi
echo "== tests"; npx vitest run
