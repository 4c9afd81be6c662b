#!/usr/bin/env bash
# make loadtest: the deployment docs/operations.md describes, on one machine. nginx (Debian)
# in front of two gunicorn instances on two ports, sharing one PostgreSQL and one Redis,
# over BENCH_MEETINGS synthetic meetings; wrk at 50 connections for LOADTEST_SECONDS
# (default 60) over lists, filters, searches, details and PDF downloads. During the run a
# record with names the archive never had is imported by another process; the run fails
# unless both instances find it. Results: var/loadtest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
MEETINGS=${BENCH_MEETINGS:-100000}
SECONDS_TO_RUN=${LOADTEST_SECONDS:-60}
CONNECTIONS=${LOADTEST_CONNECTIONS:-50}
WORKERS=${LOADTEST_WORKERS:-3}  # per gunicorn instance
PY=.venv/bin/python

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

work=$(mktemp -d /tmp/mra-load.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  sleep 0.5
  rm -rf "$work"
  scripts/redis.sh stop
  scripts/pg.sh stop
}
trap cleanup EXIT
DATABASE_URL=$(scripts/pg.sh start)
CACHE_URL=$(scripts/redis.sh start)
export DATABASE_URL CACHE_URL

echo "==> migrate and generate_archive --meetings $MEETINGS"
$PY manage.py migrate --noinput -v0
$PY manage.py generate_archive --meetings "$MEETINGS" --seed 1
$PY manage.py rebuild_search_index
paths=var/loadtest-paths.txt
# Also renders the PDFs of the mix once, into the shared cache: the run measures serving.
$PY manage.py run_bench --write-loadtest-paths "$paths"

ports=()
for n in 1 2; do
  port=$(free_port)
  ports+=("$port")
  echo "==> gunicorn $n on 127.0.0.1:$port ($WORKERS workers)"
  .venv/bin/gunicorn config.wsgi --preload --workers "$WORKERS" --bind "127.0.0.1:$port" --timeout 30 \
    --log-level warning &
  pids+=($!)
done
front=$(free_port)
user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user root;"
cat > "$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
  log_format timed '\$msec \$request_time \$status "\$request_uri"';  # bench.access_log.LOG_FORMAT
  access_log $work/access.log timed;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  upstream archive {
    server 127.0.0.1:${ports[0]};
    server 127.0.0.1:${ports[1]};
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$front;
    location / {
      proxy_pass http://archive;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
echo "==> nginx on 127.0.0.1:$front"
"$NGINX" -c "$work/nginx.conf" -p "$work"
for port in "${ports[@]}" "$front"; do
  for _ in $(seq 1 60); do
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/accounts/login/" && break
    sleep 1
  done
done

# A name no one had, imported by a separate process a third into the run, then searched
# through each instance directly.
name_check() {
  sleep $((SECONDS_TO_RUN / 3))
  $PY - "$work/record.json" <<'PYCODE'
import json, sys
record = json.load(open("tests/data/seed-meeting.json", encoding="utf-8"))
record.update(title="压力测试期间导入的会议", status="published")
record["attendees"] = [{"name": "欧阳明远", "titles": [], "role": "出席"},
                       {"name": "司马青禾", "titles": [], "role": "出席"}]
json.dump(record, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PYCODE
  $PY manage.py import_meetings "$work/record.json" >/dev/null
  date +%s.%N > "$work/imported_at"
  found=0
  for port in "${ports[@]}"; do
    for name in %E6%AC%A7%E9%98%B3%E6%98%8E%E8%BF%9C %E5%8F%B8%E9%A9%AC%E9%9D%92%E7%A6%BE; do
      # A page that answers without the meeting is a wrong answer; one that does not answer
      # within 10 s under the load is asked again (up to 3 times) and logged.
      for attempt in 1 2 3; do
        status=$(curl -s --max-time 10 -o "$work/answer.html" -w '%{http_code}' \
          "http://127.0.0.1:$port/meetings/?q=$name" || true)
        [ "$status" = 200 ] && break
        echo "name check: port $port attempt $attempt answered '$status'" >&2
      done
      if [ "$status" = 200 ] && grep -q "压力测试期间导入的会议" "$work/answer.html"; then
        found=$((found + 1))
      fi
    done
  done
  echo "$found" > "$work/found"
}
name_check &
checker=$!

echo "==> wrk: $CONNECTIONS connections for ${SECONDS_TO_RUN}s through nginx"
LOADTEST_PATHS=$paths LOADTEST_OUTPUT=var/loadtest-wrk.json \
  timeout $((SECONDS_TO_RUN + 60)) wrk --threads 2 --connections "$CONNECTIONS" \
  --duration "${SECONDS_TO_RUN}s" --timeout 10s --latency -s scripts/loadtest.lua \
  "http://127.0.0.1:$front"
wait "$checker"
found=$(cat "$work/found" 2>/dev/null || echo 0)
imported_at=$(cat "$work/imported_at" 2>/dev/null || echo "")
$PY - "$found" "$MEETINGS" "$WORKERS" "$work/access.log" "$imported_at" <<'PYCODE'
import json, sys
from bench.access_log import access_log_summary
found, meetings, workers = (int(v) for v in sys.argv[1:4])
result = json.load(open("var/loadtest-wrk.json"))
result.update(meetings=meetings, instances=2, workers_per_instance=workers, proxy="nginx",
              imported_name_found=f"{found}/4 (2 names x 2 instances)")
marks = {"import_committed": float(sys.argv[5])} if sys.argv[5] else {}
with open(sys.argv[4], encoding="utf-8") as log:
    result["nginx"] = access_log_summary(log, marks=marks)
json.dump(result, open("var/loadtest.json", "w"), ensure_ascii=False, indent=1)
print(json.dumps(result, ensure_ascii=False))
PYCODE
rm -f var/loadtest-wrk.json
if [ "$found" -ne 4 ]; then
  echo "FAIL: the name imported during the run was found $found/4 times" >&2
  exit 1
fi
