#!/usr/bin/env bash
# Runs the whole test suite, on SQLite and on a throw-away PostgreSQL server
# (started on 127.0.0.1 for the run and stopped afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/setup.sh

PG_URL=$(bash scripts/postgres.sh start)
trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
export ZICHTBAAR_TEST_PG_URL="$PG_URL"
export ZICHTBAAR_REQUIRE_PG=1
.venv/bin/python -m pytest -q "$@"
