#!/usr/bin/env bash
# make bench: a throwaway PostgreSQL cluster, BENCH_MEETINGS synthetic meetings (default
# 100,000), the search index if that feature exists, then run_bench -> var/bench.json.
set -euo pipefail
cd "$(dirname "$0")/.."
MEETINGS=${BENCH_MEETINGS:-100000}
PY=.venv/bin/python

started=$(date +%s)
trap 'scripts/pg.sh stop' EXIT
DATABASE_URL=$(scripts/pg.sh start)
export DATABASE_URL

echo "==> migrate"
$PY manage.py migrate --noinput -v0
echo "==> generate_archive --meetings $MEETINGS"
$PY manage.py generate_archive --meetings "$MEETINGS" --seed 1
echo "==> run_bench"
$PY manage.py run_bench --rebuild-search-index
echo "==> bench finished in $(( $(date +%s) - started )) s"
