"""Reading a data table (CSV) for analysis without pandas.

Researchers hand us CSV files from SPSS, Excel or our own export; Dutch Excel
writes `;` as the delimiter and a BOM, so the delimiter is sniffed and the BOM
dropped. Every structural problem becomes an `InputError` naming file, line and
field; cell contents are never quoted in errors because a cell may hold chat text.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from zichtbaar.errors import InputError

_DELIMITERS = ",;\t"
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Table:
    """A rectangular table of text cells; `lines[i]` is the file line where row i starts."""

    source: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]


def read_table(path: Path | str) -> Table:
    """Read a CSV file with a header row into a `Table`."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise InputError(source, None, None, "an existing CSV file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, None, None, "a CSV file in UTF-8 text") from None
    except OSError:
        raise InputError(source, None, None, "a readable CSV file") from None
    if "\x00" in text:
        raise InputError(source, None, None, "a CSV text file, not a binary file")
    if not text.strip():
        raise InputError(source, 1, None, "a header row with column names")

    reader = csv.reader(text.splitlines(keepends=True), dialect=_dialect(text))
    try:
        header = next(reader)
    except csv.Error:
        raise InputError(source, 1, None, "a CSV header row") from None
    columns = tuple(name.strip() for name in header)
    _check_header(source, columns)

    rows: list[dict[str, str]] = []
    lines: list[int] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            raise InputError(source, line, None, "a well-formed CSV row (check quotes)") from None
        if cells and any(cell.strip() for cell in cells):
            if len(cells) != len(columns):
                raise InputError(source, line, None, f"{len(columns)} fields as in the header, found {len(cells)}")
            rows.append(dict(zip(columns, cells)))
            lines.append(line)
        line = reader.line_num + 1
    if not rows:
        raise InputError(source, 2, None, "at least one data row below the header")
    return Table(source, columns, tuple(rows), tuple(lines))


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Sniff `,` `;` or tab; a one-column file sniffs as nothing and stays comma."""
    try:
        return csv.Sniffer().sniff(text[:_SNIFF_BYTES], delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


def _check_header(source: str, columns: tuple[str, ...]) -> None:
    seen: set[str] = set()
    for index, name in enumerate(columns, start=1):
        if not name:
            raise InputError(source, 1, f"column {index}", "a column name in every header cell")
        if name in seen:
            raise InputError(source, 1, name, "unique column names")
        seen.add(name)
