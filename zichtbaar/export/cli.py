"""`zichtbaar export`, registered on the main app; bad input raises
`InputError`, which the entry point turns into exit status 2."""

from __future__ import annotations

from pathlib import Path

import typer

from zichtbaar.console import DbOption, stderr_console


def export(
    format: str = typer.Option(..., "--format", help="sav, xlsx, csv, qdpx (REFI-QDA project) or qdc (REFI-QDA codebook)."),
    output: Path = typer.Option(..., "-o", "--output", help="File to write; its extension must match the format."),
    db: str = DbOption,
    year: int | None = typer.Option(None, "--year", help="Only the cases of this year (default: every year in the store)."),
) -> None:
    """Exporteer de gecodeerde casussen naar SPSS, Excel, CSV of REFI-QDA (ATLAS.ti, NVivo, MAXQDA)."""
    from zichtbaar.export.run import export as run_export
    from zichtbaar.store import open_store

    store = open_store(db)
    try:
        cases = run_export(store, format, output, year)
    finally:
        store.close()
    stderr_console().print(f"{cases} cases → {output}", highlight=False, markup=False)
