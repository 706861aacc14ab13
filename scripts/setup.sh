#!/usr/bin/env bash
# Installs zichtbaar into ./.venv and builds deduce's lookup cache once, so that
# later runs start in seconds. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
if ! .venv/bin/python -c "import zichtbaar, pytest" 2>/dev/null \
   || [ pyproject.toml -nt .venv/.installed ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet --editable ".[test]"
    touch .venv/.installed
fi
# The first deduce start builds an 80 MB cache (about 80 s); do it now, not mid-import.
.venv/bin/python -m zichtbaar.privacy.warmup
