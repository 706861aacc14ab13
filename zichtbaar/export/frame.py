"""The case table every tabular export writes: one row per case, one column
per codebook variable, multi-valued variables as 0/1 dichotomies.

Cells hold SPSS codes (`Variable.spss_value_labels()`): codes stay the same
between codebook versions, so files of different years line up. A variable's
missing value ("onbekend", code 9/99/999) is kept as its code and declared
user-missing; a variable that was never coded, or that does not apply to the
case (`applies_when`), is system-missing (None) — "not coded" is not "onbekend".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from zichtbaar.codebooks import Codebook, Variable
from zichtbaar.report.dataset import Case, YearData

Measure = Literal["nominal", "ordinal", "scale"]
DICHOTOMY_LABELS = {0: "Nee", 1: "Ja"}


@dataclass(frozen=True)
class Column:
    name: str  # SPSS-safe: letters, digits, underscore; starts with a letter
    label: str  # Dutch variable label
    measure: Measure
    text: bool = False  # a string column (no value labels)
    value_labels: dict[int, str] | None = None
    missing: tuple[int, ...] = ()  # user-missing codes
    variable: str | None = None  # codebook variable it comes from
    value_id: str | None = None  # for a dichotomy: the value it stands for


@dataclass(frozen=True)
class CaseTable:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    codebook: Codebook

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def spss_name(text: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", text)
    name = re.sub(r"_+", "_", name).strip("_")
    return (name if name[:1].isalpha() else f"v_{name}")[:64]


def case_table(years: Sequence[YearData]) -> CaseTable:
    """All cases of the given years; the newest year's codebook gives the labels."""
    if not years:
        raise ValueError("no years to export")
    codebook = max(years, key=lambda d: d.year).codebook
    columns = [
        Column("casus", "Casus (persoon)", "nominal", text=True),
        Column("jaar", "Jaar eerste chat", "scale"),
        Column("datum_eerste_chat", "Datum eerste chat", "nominal", text=True),
        Column("chats", "Chats van deze casus", "nominal", text=True),
        Column("aantal_chats", "Aantal chats", "scale"),
    ]
    for var in codebook.variables:
        columns.extend(_columns(var))
    rows = tuple(_row(case, data.year, codebook, columns) for data in years for case in data.cases)
    return CaseTable(tuple(columns), rows, codebook)


def _columns(var: Variable) -> list[Column]:
    missing = (var.missing.code,) if var.missing is not None and var.missing.code is not None else ()
    if var.type == "multi":
        return [Column(spss_name(f"{var.id}_{v.id}"), f"{var.label}: {v.label}", "nominal",
                       value_labels=dict(DICHOTOMY_LABELS), variable=var.id, value_id=v.id) for v in var.values]
    if var.type == "integer":
        labels = {var.missing.code: var.missing.label} if missing else None
        return [Column(spss_name(var.id), var.label, "scale", value_labels=labels, missing=missing, variable=var.id)]
    if var.type == "text":
        return [Column(spss_name(var.id), var.label, "nominal", text=True, variable=var.id)]
    ordinal = var.id in ("duur", "duur_detail")
    return [Column(spss_name(var.id), var.label, "ordinal" if ordinal else "nominal",
                   value_labels=var.spss_value_labels(), missing=missing, variable=var.id)]


def _row(case: Case, year: int, codebook: Codebook, columns: list[Column]) -> tuple[Any, ...]:
    cells: list[Any] = [case.case_id, year, case.started_at.date().isoformat(), ";".join(case.chat_ids), len(case.chat_ids)]
    for column in columns[5:]:
        var = codebook.variable(column.variable)
        cells.append(_cell(var, column, case.values.get(var.id), _applies(var, case.values)))
    return tuple(cells)


def _applies(var: Variable, values: dict[str, Any]) -> bool:
    return all(values.get(other) in allowed for other, allowed in var.applies_when.items())


def _cell(var: Variable, column: Column, value: Any, applies: bool) -> Any:
    if var.type == "multi":
        if value is None or not applies:
            return None
        return 1 if isinstance(value, list) and column.value_id in value else 0
    if var.type == "text":
        return value if isinstance(value, str) else None
    if var.is_missing(value):
        return var.missing.code
    if value is None:
        return None
    if var.type == "integer":
        return value if isinstance(value, int) else None
    try:
        return var.value(value).code
    except KeyError:
        return None  # a value outside this codebook version (older coding): not guessed
