#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster on 127.0.0.1:54329 for the store tests.
#   scripts/postgres.sh        start it (or reuse a running one) and print its URL
#   scripts/postgres.sh stop   stop it and delete its files
# Use: export ZICHTBAAR_TEST_PG_URL=$(scripts/postgres.sh)
set -euo pipefail

PORT="${ZICHTBAAR_PG_PORT:-54329}"
PGROOT="${ZICHTBAAR_PG_DIR:-/tmp/zichtbaar-pg-$PORT}"
BIN=/usr/lib/postgresql/15/bin
PASSWORD=secret
URL="postgresql+psycopg://postgres:$PASSWORD@127.0.0.1:$PORT/postgres"

# Run as the postgres system user when we are root (initdb refuses root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    if [ -d "$PGROOT/data" ]; then
        as_owner "$BIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PGROOT"
}

start() {
    if [ ! -x "$BIN/initdb" ]; then
        echo "PostgreSQL 15 missing; installing it with apt-get" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    fi
    if [ -f "$PGROOT/data/postmaster.pid" ] \
        && as_owner "$BIN/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1; then
        echo "$URL"
        return
    fi
    rm -rf "$PGROOT"
    mkdir -p "$PGROOT"
    echo "$PASSWORD" > "$PGROOT/pw"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$PGROOT"; fi
    as_owner "$BIN/initdb" -D "$PGROOT/data" -U postgres --auth=scram-sha-256 \
        --pwfile="$PGROOT/pw" -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 \
        || { cat "$PGROOT/initdb.log" >&2; exit 1; }
    as_owner "$BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c fsync=off" start >/dev/null \
        || { cat "$PGROOT/log" >&2; exit 1; }
    echo "$URL"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
