"""SPSS `.sav` with pyreadstat: Dutch variable labels, value labels, the
codebook's missing code declared user-missing, measure levels — what the
researchers had when they coded in SPSS themselves (seed 001 §2)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyreadstat

from zichtbaar.export.frame import CaseTable


def write_sav(table: CaseTable, output: Path) -> None:
    columns = [c.name for c in table.columns]
    frame = pd.DataFrame(list(table.rows), columns=columns)
    for column in table.columns:
        if column.text:
            frame[column.name] = frame[column.name].fillna("").astype(str)
        else:
            frame[column.name] = pd.to_numeric(frame[column.name], errors="coerce").astype("float64")
    pyreadstat.write_sav(
        frame,
        str(output),
        file_label=f"zichtbaar: {table.codebook.name}"[:64],
        column_labels={c.name: c.label for c in table.columns},
        variable_value_labels={c.name: c.value_labels for c in table.columns if c.value_labels},
        missing_ranges={c.name: list(c.missing) for c in table.columns if c.missing},
        variable_measure={c.name: c.measure for c in table.columns},
    )
