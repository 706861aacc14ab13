"""Turning the case table's SPSS codes back into words: codebook ids for CSV
(what scripts and `zichtbaar compare` read; "onbekend" stays "onbekend") and
Dutch labels for Excel (what a researcher reads)."""

from __future__ import annotations

from typing import Any

from zichtbaar.export.frame import CaseTable, Column


def as_ids(table: CaseTable) -> list[list[Any]]:
    decoders = [_decoder(table, c, labels=False) for c in table.columns]
    return [[d(cell) for d, cell in zip(decoders, row)] for row in table.rows]


def as_labels(table: CaseTable) -> list[list[Any]]:
    decoders = [_decoder(table, c, labels=True) for c in table.columns]
    return [[d(cell) for d, cell in zip(decoders, row)] for row in table.rows]


def _decoder(table: CaseTable, column: Column, labels: bool):
    if column.variable is None or column.text or (column.value_labels is None):
        return lambda cell: "" if cell is None else cell
    var = table.codebook.variable(column.variable)
    if column.value_id is not None:  # dichotomy: keep 0/1 for ids, Ja/Nee for labels
        return lambda cell: "" if cell is None else (column.value_labels[cell] if labels else cell)
    words: dict[int, Any] = {v.code: (v.label if labels else v.id) for v in var.values}
    if var.missing is not None and var.missing.code is not None:
        words[var.missing.code] = var.missing.label if labels else (var.missing.value if var.missing.value is not None else "")
    return lambda cell: "" if cell is None else words.get(cell, cell)
