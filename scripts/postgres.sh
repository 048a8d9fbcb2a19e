#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a temporary folder on a local port.
#   bash scripts/postgres.sh start DIR   → installs Debian's postgresql if needed, starts a
#                                          cluster in DIR, prints its URL (postgres://…/chrono)
#   bash scripts/postgres.sh stop DIR    → stops it and removes DIR
# Exits non-zero (with the reason on stderr) when PostgreSQL cannot be installed or started.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a folder}
bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
start)
  if [ -z "$(bin)" ]; then
    echo "installing postgresql…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq >&2 || true
    $SUDO apt-get install -y -qq postgresql >/dev/null 2>&1 || { echo "postgresql could not be installed" >&2; exit 1; }
  fi
  PG=$(bin)
  [ -n "$PG" ] || { echo "postgresql is not installed" >&2; exit 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mkdir -p "$dir"; chmod 777 "$dir"
  as_postgres "$PG/initdb" -D "$dir/pg" -U postgres --auth=trust >/dev/null
  as_postgres "$PG/pg_ctl" -D "$dir/pg" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    -l "$dir/pg.log" -w start >/dev/null
  "$PG/createdb" -h 127.0.0.1 -p "$port" -U postgres chrono
  echo "$port" > "$dir/port"
  echo "postgres://postgres@127.0.0.1:$port/chrono?sslmode=disable"
  ;;
stop)
  PG=$(bin)
  [ -d "$dir/pg" ] && as_postgres "$PG/pg_ctl" -D "$dir/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
