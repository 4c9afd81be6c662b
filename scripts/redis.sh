#!/usr/bin/env bash
# A throwaway Redis from Debian's redis-server, for tests, the bench and the load test.
#   scripts/redis.sh start   -> prints CACHE_URL (also written to var/redis.env)
#   scripts/redis.sh stop
# No persistence, loopback only, a free port: several checkouts can run side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
STATE=var/redis.env

case "${1:-}" in
  start)
    "$0" stop  # a server left by an interrupted run would otherwise leak
    command -v redis-server >/dev/null || { echo "redis-server not found; run make setup" >&2; exit 1; }
    mkdir -p var
    dir=$(mktemp -d /tmp/mra-redis.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
      --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/log" --maxmemory "${REDIS_MAXMEMORY:-512mb}" \
      --maxmemory-policy allkeys-lru >/dev/null
    for _ in $(seq 1 50); do
      redis-cli -p "$port" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
    url="redis://127.0.0.1:$port/0"
    printf "REDIS_DIR='%s'\nCACHE_URL='%s'\n" "$dir" "$url" > "$STATE"
    echo "$url"
    ;;
  stop)
    [ -f "$STATE" ] || exit 0
    dir=$(sed -n "s/^REDIS_DIR='\(.*\)'$/\1/p" "$STATE")
    if [ -n "$dir" ] && [ -f "$dir/redis.pid" ]; then
      pid=$(cat "$dir/redis.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    [ -n "$dir" ] && rm -rf "$dir"
    rm -f "$STATE"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
