"""The annual report, rendered from the project store: the sections, figures
and tables of seed 001 §2–§3 in Dutch, as one HTML file or a PDF.

    write_report(store, 2021, Path("rapport.pdf"))
"""

from __future__ import annotations

from pathlib import Path

from zichtbaar.cases import Basis
from zichtbaar.errors import InputError
from zichtbaar.report.dataset import YearData, effective_codings, load_year
from zichtbaar.report.model import Report
from zichtbaar.report.sections import build_report
from zichtbaar.store import Store, count_chats_by_year

SUFFIXES = (".html", ".htm", ".pdf")
EARLIER_YEARS = 2  # the seed compares with the two years before


def report_for(store: Store, year: int, basis: Basis = Basis.BEVESTIGD) -> Report:
    """The report as data (numbers, figures' data, tables) for `year`; persons
    are linked on `basis` (confirmed links unless asked otherwise)."""
    if not 1900 <= year <= 2200:
        raise InputError("--year", None, "year", "a year such as 2021")
    in_store = count_chats_by_year(store)
    earlier = {y: load_year(store, y, basis) for y in range(year - EARLIER_YEARS, year) if in_store.get(y)}
    return build_report(load_year(store, year, basis), earlier)


def write_report(store: Store, year: int, output: Path, basis: Basis = Basis.BEVESTIGD) -> None:
    """Write the report for `year` to `output` (.html or .pdf)."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(output), None, "-o", "a file name ending in .html or .pdf")
    if not output.parent.is_dir():
        raise InputError(str(output), None, "-o", "a file in an existing directory")
    from zichtbaar.report.render import render_html, write_pdf

    html = render_html(report_for(store, year, basis), for_print=suffix == ".pdf")
    if suffix == ".pdf":
        write_pdf(html, output)
    else:
        output.write_text(html, encoding="utf-8")


__all__ = ["Report", "YearData", "build_report", "effective_codings", "load_year", "report_for", "write_report"]
