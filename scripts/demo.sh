#!/usr/bin/env bash
# The main job on the embedded default: install, generate the synthetic demo
# corpus, import it (pseudonymised) into a SQLite store, code every chat by
# machine, select the year's cases and propose links, and write the report
# (HTML and PDF). Everything lands in ./demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --demo
bash scripts/setup.sh

CHATS=${CHATS:-2000}
YEAR=${YEAR:-2021}
DB=sqlite:///zichtbaar.db
Z=../.venv/bin/zichtbaar
mkdir -p demo
cd demo
rm -f zichtbaar.db zichtbaar.db-wal zichtbaar.db-shm
$Z demo --chats "$CHATS" --seed 2021 -o demo.jsonl
$Z import demo.jsonl --db $DB
$Z code --db $DB --codebook ckm-2021
$Z cases --db $DB --from "$YEAR-01-01" --to "$YEAR-12-31" -o cases.jsonl
$Z report --year "$YEAR" --db $DB -o report.html
$Z report --year "$YEAR" --db $DB -o report.pdf
echo "Report: $(pwd)/report.html and $(pwd)/report.pdf"
