#!/usr/bin/env bash
# make bench: a throwaway PostgreSQL cluster, BENCH_MEETINGS synthetic meetings (default
# 100,000), the search index, then run_bench -> var/bench.json.
# BENCH_SIZES="10000 30000 100000 300000": instead, for each size a fresh cluster, the
# rows that grow with the archive (search p50/p95 beside the admin's changelist search,
# list, detail, compliance, index build) -> var/bench-<size>.json, then one table.
# BENCH_ARGS: more run_bench options, e.g. "--baseline-timeout 5" (the admin-search
# baseline is capped per query; 20 queries at the default 30 s take 10 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

started=$(date +%s)
trap 'scripts/pg.sh stop' EXIT

one_size() {  # size, extra run_bench arguments...
  local size=$1; shift
  DATABASE_URL=$(scripts/pg.sh start)
  export DATABASE_URL
  echo "==> migrate; generate_archive --meetings $size"
  $PY manage.py migrate --noinput -v0
  $PY manage.py generate_archive --meetings "$size" --seed 1
  echo "==> run_bench $*"
  # shellcheck disable=SC2086  # BENCH_ARGS is a list of options
  $PY manage.py run_bench --rebuild-search-index "$@" ${BENCH_ARGS:-}
  scripts/pg.sh stop
}

if [ -n "${BENCH_SIZES:-}" ]; then
  files=()
  for size in $BENCH_SIZES; do
    one_size "$size" --scale --output "var/bench-$size.json"
    files+=("var/bench-$size.json")
  done
  $PY manage.py run_bench --sizes-table "${files[@]}" | tee var/bench-sizes.md
else
  one_size "${BENCH_MEETINGS:-100000}"
fi
echo "==> bench finished in $(( $(date +%s) - started )) s"
