#!/usr/bin/env bash
# A throwaway PostgreSQL cluster from Debian's binaries, for tests and benchmarks.
#   scripts/pg.sh start   -> prints DATABASE_URL (also written to var/pg.env)
#   scripts/pg.sh stop
# The cluster lives under a short folder in /tmp: initdb refuses root, so it runs as
# postgres, which must own the data folder and reach every parent, and the Unix socket
# path must stay under 107 bytes wherever the checkout lives.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
STATE=var/pg.env

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    "$0" stop  # a cluster left by an interrupted run would otherwise leak
    [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL binaries not found; run make setup" >&2; exit 1; }
    mkdir -p var
    dir=$(mktemp -d /tmp/mra-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=${PG_SHARED_BUFFERS:-256MB}" start >/dev/null
    as_postgres "$PG_BIN/createdb" -h "$dir" -p "$port" -U postgres archive
    url="postgresql://postgres@/archive?host=$dir&port=$port"
    printf "PG_DIR='%s'\nDATABASE_URL='%s'\n" "$dir" "$url" > "$STATE"
    echo "$url"
    ;;
  stop)
    [ -f "$STATE" ] || exit 0
    dir=$(sed -n "s/^PG_DIR='\(.*\)'$/\1/p" "$STATE")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
      as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
      rm -rf "$dir"
    fi
    rm -f "$STATE"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
