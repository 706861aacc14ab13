#!/usr/bin/env bash
# The main job on the embedded default: install, generate the synthetic demo
# corpus, import it (pseudonymised) into a SQLite store, and write the report.
# Everything lands in ./demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

CHATS=${CHATS:-2000}
YEAR=${YEAR:-2021}
mkdir -p demo
cd demo
../.venv/bin/zichtbaar demo --chats "$CHATS" --seed 2021 -o demo.jsonl
../.venv/bin/zichtbaar import demo.jsonl --db sqlite:///zichtbaar.db
../.venv/bin/zichtbaar report --year "$YEAR" --db sqlite:///zichtbaar.db -o report.html
echo "Report: $(pwd)/report.html"
