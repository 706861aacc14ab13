"""Small builders shared by the report's sections: frequencies and
cross-tables into charts, figure numbering, Dutch phrases with their n."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zichtbaar.analysis.crosstab import CrossTab
from zichtbaar.analysis.descriptives import Frequency, NumericSummary
from zichtbaar.report.figures import Chart, Series, nl
from zichtbaar.report.model import FigureBlock, pct

TEST_NAMES = {
    "chi2": "chi-kwadraattoets",
    "fisher": "exacte toets van Fisher",
    "fisher-montecarlo": "exacte toets van Fisher (Monte Carlo, 9.999 trekkingen)",
    "anova": "variantieanalyse (F-toets)",
}


class Numbering:
    """Figures are numbered in reading order, as the seed's Figuur 1–14."""

    def __init__(self) -> None:
        self.next = 1

    def figure(self, title: str, n: int, chart: Chart, note: str | None = None) -> FigureBlock:
        block = FigureBlock(self.next, title, n, chart, note)
        self.next += 1
        return block


def frequency_chart(freq: Frequency, category_axis: str, value_axis: str, *, keep_empty: bool = False) -> Chart:
    categories = [c for c in freq.categories if keep_empty or c.count]
    return Chart(
        "barh", tuple(c.label for c in categories),
        (Series("Aantal", tuple(c.count for c in categories), tuple(c.percent for c in categories)),),
        value_axis=value_axis, category_axis=category_axis,
    )


def crosstab_chart(table: CrossTab, category_axis: str, value_axis: str = "Percentage binnen de groep") -> Chart:
    """Rows as categories, each column a series, percentages within columns;
    empty rows and columns are left out."""
    rows = [i for i in range(len(table.rows)) if table.row_n(i)]
    cols = [j for j in range(len(table.cols)) if table.col_n(j)]
    series = tuple(
        Series(f"{table.cols[j].label} (n = {table.col_n(j)})",
               tuple(table.counts[i][j] for i in rows), tuple(table.col_percent(i, j) for i in rows))
        for j in cols
    )
    return Chart("grouped", tuple(table.rows[i].label for i in rows), series, value_axis=value_axis, category_axis=category_axis)


def test_note(table: CrossTab) -> str:
    if table.test is None or table.p is None:
        return "Geen toets: te weinig gevulde categorieën."
    stat = f"χ²({table.df}) = {nl(table.statistic, 2)}, " if table.test == "chi2" else ""
    return f"Toets: {TEST_NAMES[table.test]}, {stat}p {p_text(table.p)}{(' ' + table.stars) if table.stars else ''}."


def p_text(p: float) -> str:
    """'< 0,001' or '= 0,023' (Dutch decimal comma)."""
    return "< 0,001" if p < 0.001 else f"= {nl(p, 3)}"


def count_pct(count: int, n: int) -> str:
    """'12 (34,5%)' with the percentage of n."""
    from zichtbaar.analysis.descriptives import percent

    return f"{count} ({pct(percent(count, n))})"


def age_sentence(summary: NumericSummary, who: str) -> str:
    if not summary.n:
        return f"Van geen van de {who} is de leeftijd bekend."
    return (
        f"Van {summary.n} {who} is de leeftijd bekend (n = {summary.n}). De gemiddelde leeftijd is "
        f"{nl(summary.mean)} jaar (mediaan {nl(float(summary.median))} jaar); de jongste is {summary.minimum} en de "
        f"oudste {summary.maximum} jaar. {pct(summary.percent_below(18))} is minderjarig, "
        f"{pct(summary.percent_below(16))} is jonger dan 16 en {pct(summary.percent_below(25))} jonger dan 25 jaar."
    )


def where(records: Sequence[dict[str, Any]], variable: str, *values: Any) -> list[dict[str, Any]]:
    return [r for r in records if r.get(variable) in values]
