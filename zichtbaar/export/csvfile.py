"""CSV export: one row per case, codebook ids as values, UTF-8 with a BOM so
Excel opens the Dutch characters correctly; `zichtbaar compare` reads it back."""

from __future__ import annotations

import csv
from pathlib import Path

from zichtbaar.export.frame import CaseTable
from zichtbaar.export.labels import as_ids


def write_csv(table: CaseTable, output: Path) -> None:
    with open(output, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in table.columns])
        writer.writerows(as_ids(table))
