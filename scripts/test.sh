#!/usr/bin/env bash
# The whole suite on SQLite, then again on PostgreSQL (a throwaway cluster unless
# DATABASE_URL is given). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTEST=(.venv/bin/pytest "$@")

echo "==> test suite on SQLite"
env -u DATABASE_URL "${PYTEST[@]}"

echo "==> test suite on PostgreSQL"
if [ -n "${DATABASE_URL:-}" ]; then
  "${PYTEST[@]}"
else
  trap 'scripts/pg.sh stop' EXIT
  DATABASE_URL=$(scripts/pg.sh start) "${PYTEST[@]}"
fi
