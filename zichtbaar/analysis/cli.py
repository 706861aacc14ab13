"""`zichtbaar compare`: the group comparison of seed 002 Tabel 1/2 from a CSV file.

The main app registers `compare` as a command; errors are `InputError`s that the
main entry point turns into exit status 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from zichtbaar.errors import InputError

if TYPE_CHECKING:
    from zichtbaar.analysis.comparison import Comparison, ComparisonRow, VariableKind

FORMATS = ("table", "json")
NOTE = "Noot. * = significant (p < 0.05), ** zeer significant (p ≤ 0.01), *** zeer sterk significant (p ≤ 0.001)."
TEST_LABELS = {"chi2": "chi²", "fisher": "Fisher", "t": "t"}


def compare(
    data: Path = typer.Argument(..., help="CSV file with one row per person (header row; , ; or tab)."),
    group: str = typer.Option(..., "--group", help="Column with the two groups to compare."),
    vars: str = typer.Option(..., "--vars", help="Comma-separated columns to compare, e.g. leeftijd,duur_detail."),
    format: str = typer.Option("table", "--format", help="table (rich, Dutch labels) or json."),
    categorical: str = typer.Option("", "--categorical", help="Columns to treat as categories even if they hold numbers (codes)."),
) -> None:
    """Vergelijk twee groepen per categorie (chi-kwadraat / Fisher) en per gemiddelde (t-toets)."""
    from zichtbaar.analysis.comparison import compare as run_compare  # scipy: only when comparing
    from zichtbaar.analysis.table import read_table

    if format not in FORMATS:
        raise InputError(str(data), None, "--format", "'table' or 'json'")
    variables = _names(vars)
    kinds: dict[str, VariableKind] = {name: "categorical" for name in _names(categorical)}
    result = run_compare(read_table(data), group, variables, kinds=kinds)
    if format == "json":
        typer.echo(result.to_json())
    else:
        console = Console()
        console.print(render(result))
        console.print(NOTE, highlight=False)


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def render(result: Comparison) -> RichTable:
    """The comparison as a rich table with Dutch labels: per variable a line with
    its own n per group (as the seed's column heads), then one line per category;
    percentages with a decimal comma. Narrow enough for an 80-column terminal."""
    table = RichTable(title=f"Vergelijking naar {result.group}", box=box.SIMPLE_HEAD)
    table.add_column("Variabele / categorie")
    for g in result.groups:  # numbers never wrap; the category column does
        table.add_column(g, justify="right", no_wrap=True)
    table.add_column("Toets", no_wrap=True)
    table.add_column("p", justify="right", no_wrap=True)
    table.add_column("Sig.", no_wrap=True)
    previous = None
    for row in result.rows:
        if row.variable != previous:
            if previous is not None:
                table.add_section()
            table.add_row(f"[bold]{escape(row.variable)}[/]", *(f"n = {row.n[g]}" for g in result.groups), "", "", "")
            previous = row.variable
        table.add_row(
            f"  {escape(row.category)}",
            *(_cell(row, g) for g in result.groups),
            TEST_LABELS[row.test],
            _p(row.p),
            row.stars,
        )
    return table


def _cell(row: ComparisonRow, g: str) -> str:
    if row.mean is not None and row.sd is not None:
        sd = row.sd[g]
        return f"{_nl(row.mean[g], 1)} (sd {_nl(sd, 1) if sd is not None else '-'})"
    assert row.percent is not None
    return f"{_nl(row.percent[g], 1)}% ({row.counts[g]})"


def _p(p: float | None) -> str:
    if p is None:
        return "-"
    if p < 0.001:
        return "< 0,001"
    return _nl(p, 4 if p < 0.1 else 3)  # 0,0011 is not "0,001": that misled the seed (**, not ***)


def _nl(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}".replace(".", ",")
