"""Excel export (openpyxl): the cases with Dutch labels, the variables with
their labels and codes, and one sheet per table or figure of the report."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from zichtbaar.export.frame import CaseTable
from zichtbaar.export.labels import as_labels
from zichtbaar.report.model import Report

_BAD_SHEET_CHARS = re.compile(r"[\[\]\*\?/\\:]")


def write_xlsx(table: CaseTable, report: Report | None, output: Path) -> None:
    book = Workbook()
    data = book.active
    data.title = "Casussen"
    data.append([c.label for c in table.columns])
    data.append([c.name for c in table.columns])
    for row in as_labels(table):
        data.append(row)
    _bold(data, 2)
    data.freeze_panes = "B3"

    variables = book.create_sheet("Variabelen")
    variables.append(["Naam", "Label", "Meetniveau", "Waarden", "Ontbrekend (user-missing)"])
    for c in table.columns:
        values = "; ".join(f"{code} = {label}" for code, label in (c.value_labels or {}).items())
        variables.append([c.name, c.label, c.measure, values, ", ".join(map(str, c.missing))])
    _bold(variables, 1)

    used = {"Casussen", "Variabelen"}
    for block in report.tables() if report is not None else []:
        name = _sheet_name(block.title, used)
        sheet = book.create_sheet(name)
        sheet.append([block.caption])
        sheet["A1"].font = Font(bold=True)
        sheet.append(list(block.header))
        sheet.cell(row=2, column=1).font = Font(bold=True)
        for row in block.rows:
            sheet.append(list(row))
        if block.note:
            sheet.append([])
            sheet.append([block.note])
        sheet.column_dimensions[get_column_letter(1)].width = 42
    book.save(output)


def _sheet_name(title: str, used: set[str]) -> str:
    """'Figuur 12. Slachtoffer-…' → 'Figuur 12'; at most 31 characters, unique."""
    base = _BAD_SHEET_CHARS.sub(" ", title.split(".")[0]).strip()[:31] or "Tabel"
    name, k = base, 2
    while name in used:
        name = f"{base[:27]} ({k})"
        k += 1
    used.add(name)
    return name


def _bold(sheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = Font(bold=True)
