"""Writing an export: the formats, the years, the checks before anything is written."""
from __future__ import annotations

from pathlib import Path

from zichtbaar.errors import InputError
from zichtbaar.export.frame import case_table
from zichtbaar.export.qdc import write_qdc
from zichtbaar.export.refiqda import write_qdpx
from zichtbaar.report.dataset import YearData, load_year
from zichtbaar.store import Store, count_chats_by_year

FORMATS = ("sav", "xlsx", "csv", "qdpx", "qdc")


def years_to_export(store: Store, year: int | None) -> list[YearData]:
    """The given year, or every year the store holds chats of."""
    years = [year] if year is not None else sorted(count_chats_by_year(store))
    if not years:
        raise InputError(store.url, None, "--db", "a store with imported chats (run 'zichtbaar import' first)")
    return [load_year(store, y) for y in years]


def export(store: Store, format: str, output: Path, year: int | None = None) -> int:
    """Write the export; returns the number of cases written."""
    output = Path(output)
    format = format.lower().lstrip(".")
    if format not in FORMATS:
        raise InputError("--format", None, "format", f"one of {', '.join(FORMATS)}")
    if output.suffix.lower() != f".{format}":
        raise InputError(str(output), None, "-o", f"a file name ending in .{format}")
    if not output.parent.is_dir():
        raise InputError(str(output), None, "-o", "a file in an existing directory")
    if year is not None and not 1900 <= year <= 2200:
        raise InputError("--year", None, "year", "a year such as 2021")
    years = years_to_export(store, year)
    cases = sum(len(d.cases) for d in years)
    if format == "qdc":
        write_qdc(max(years, key=lambda d: d.year).codebook, output)
    elif format == "qdpx":
        write_qdpx(store, years, output)
    else:
        table = case_table(years)
        if format == "sav":
            from zichtbaar.export.spss import write_sav

            write_sav(table, output)
        elif format == "xlsx":
            from zichtbaar.export.excel import write_xlsx
            from zichtbaar.report.sections import build_report

            latest = max(years, key=lambda d: d.year)
            earlier = {d.year: d for d in years if latest.year - 2 <= d.year < latest.year}
            write_xlsx(table, build_report(latest, earlier), output)
        else:
            from zichtbaar.export.csvfile import write_csv

            write_csv(table, output)
    return cases

