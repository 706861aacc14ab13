#!/usr/bin/env bash
# Debian packages the tests need: PostgreSQL (store tests on both backends),
# poppler-utils (pdftotext/pdftoppm to read the PDF report) and
# libharfbuzz-subset0 (WeasyPrint). Installs only what is missing.
set -euo pipefail
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
ldconfig -p 2>/dev/null | grep -q libharfbuzz-subset || missing+=(libharfbuzz-subset0)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
