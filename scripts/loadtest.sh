#!/usr/bin/env bash
# make loadtest: gunicorn (4 workers) on loopback over BENCH_MEETINGS synthetic meetings,
# driven by wrk at 50 connections for LOADTEST_SECONDS (default 60) -> var/loadtest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
MEETINGS=${BENCH_MEETINGS:-100000}
SECONDS_TO_RUN=${LOADTEST_SECONDS:-60}
CONNECTIONS=${LOADTEST_CONNECTIONS:-50}
PY=.venv/bin/python

if ! command -v wrk >/dev/null; then
  echo "==> installing wrk"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q --no-install-recommends wrk
fi

gunicorn_pid=""
cleanup() {
  if [ -n "$gunicorn_pid" ]; then kill "$gunicorn_pid" 2>/dev/null || true; wait "$gunicorn_pid" 2>/dev/null || true; fi
  scripts/pg.sh stop
}
trap cleanup EXIT
DATABASE_URL=$(scripts/pg.sh start)
export DATABASE_URL

echo "==> migrate and generate_archive --meetings $MEETINGS"
$PY manage.py migrate --noinput -v0
$PY manage.py generate_archive --meetings "$MEETINGS" --seed 1
if $PY manage.py help rebuild_search_index >/dev/null 2>&1; then
  $PY manage.py rebuild_search_index
fi
paths=var/loadtest-paths.txt
$PY manage.py run_bench --write-loadtest-paths "$paths"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "==> gunicorn on 127.0.0.1:$port (4 workers)"
.venv/bin/gunicorn config.wsgi --workers 4 --bind "127.0.0.1:$port" --timeout 30 \
  --log-level warning &
gunicorn_pid=$!
for _ in $(seq 1 60); do
  curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/admin/login/" && break
  sleep 1
done

echo "==> wrk: $CONNECTIONS connections for ${SECONDS_TO_RUN}s"
LOADTEST_PATHS=$paths LOADTEST_OUTPUT=var/loadtest.json \
  timeout $((SECONDS_TO_RUN + 60)) wrk --threads 2 --connections "$CONNECTIONS" \
  --duration "${SECONDS_TO_RUN}s" --timeout 10s --latency -s scripts/loadtest.lua \
  "http://127.0.0.1:$port"
cat var/loadtest.json
