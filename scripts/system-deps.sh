#!/usr/bin/env bash
# Debian packages zichtbaar needs beyond Python: libharfbuzz-subset0 for
# WeasyPrint's PDF report; for the tests also PostgreSQL (store tests on both
# backends) and poppler-utils (pdftotext/pdftoppm read the PDF report).
#   scripts/system-deps.sh          what the tests need
#   scripts/system-deps.sh --demo   what the main job needs
# Installs only what is missing.
set -euo pipefail
missing=()
ldconfig -p 2>/dev/null | grep -q libharfbuzz-subset || missing+=(libharfbuzz-subset0)
if [ "${1:-}" != "--demo" ]; then
    [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
