#!/usr/bin/env bash
# The whole suite on SQLite, then again on PostgreSQL (a throwaway cluster unless
# DATABASE_URL is given), both with a throwaway Redis as the shared cache (unless
# CACHE_URL is given). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTEST=(.venv/bin/pytest "$@")

cleanup() {
  [ -n "${OWN_PG:-}" ] && scripts/pg.sh stop
  [ -n "${OWN_REDIS:-}" ] && scripts/redis.sh stop
  return 0
}
trap cleanup EXIT
if [ -z "${CACHE_URL:-}" ]; then
  OWN_REDIS=1
  CACHE_URL=$(scripts/redis.sh start)
fi
export CACHE_URL

echo "==> test suite on SQLite"
env -u DATABASE_URL "${PYTEST[@]}"

echo "==> test suite on PostgreSQL"
if [ -n "${DATABASE_URL:-}" ]; then
  "${PYTEST[@]}"
else
  OWN_PG=1
  DATABASE_URL=$(scripts/pg.sh start) "${PYTEST[@]}"
fi
