"""The report's charts: one plain data model, one matplotlib style, inline SVG.

Every chart is drawn from a `Chart` (the same numbers the report's tables and
the Excel export show), so a figure cannot disagree with its table. Style:
Okabe-Ito colours (distinguishable with the common forms of colour blindness),
labelled axes, the count and percentage printed at each bar so nothing has to
be read off a colour or an axis, Dutch decimal commas. Text stays text in the
SVG (`svg.fonttype = none`): screen readers and pdftotext can read it and the
PDF stays small.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html import escape
from typing import Literal

import matplotlib

matplotlib.use("Agg")  # no display; must precede any pyplot import elsewhere
from matplotlib.figure import Figure  # noqa: E402

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
TEXT = "#222222"
WIDTH_IN = 6.3  # A4 text width at 2.2 cm margins

STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.edgecolor": "#555555",
    "axes.labelcolor": TEXT,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "svg.fonttype": "none",
    "svg.image_inline": True,
}

ChartKind = Literal["barh", "columns", "grouped", "lines"]


@dataclass(frozen=True)
class Series:
    name: str
    counts: tuple[int | None, ...]
    percents: tuple[float | None, ...] | None = None  # shown beside the count when given
    values: tuple[float | None, ...] | None = None  # plotted instead of counts (e.g. a mean)


@dataclass(frozen=True)
class Chart:
    """Data of one figure. `barh`: one series, categories top to bottom.
    `columns`: one series along a time axis. `grouped`: several series
    (columns of a cross-table), bars are percentages within each series.
    `lines`: several series over years."""

    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_axis: str
    category_axis: str


def nl(number: float | int | None, decimals: int = 1) -> str:
    """Dutch number: decimal comma, '–' for none."""
    if number is None:
        return "–"
    if isinstance(number, int):
        return str(number)
    return f"{number:.{decimals}f}".replace(".", ",")


def render_svg(chart: Chart, label: str, salt: str) -> str:
    """The chart as an inline `<svg>` element with `label` as its accessible name."""
    with matplotlib.rc_context({**STYLE, "svg.hashsalt": salt}):
        figure = _draw(chart)
        figure.set_layout_engine("tight")  # one layout pass; bbox_inches="tight" would draw twice
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    # no fixed size in pt: CSS fits it to the column on screen and on paper
    svg = re.sub(r'<svg([^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"',
                 lambda m: f'<svg{m.group(1)} width="{m.group(2)}pt" height="{m.group(3)}pt" role="img" aria-label="{escape(label)}"',
                 svg, count=1)
    return svg


def _draw(chart: Chart) -> Figure:
    if not chart.categories or not chart.series:
        return _empty(chart)
    if chart.kind == "barh":
        return _barh(chart)
    if chart.kind == "columns":
        return _columns(chart)
    if chart.kind == "grouped":
        return _grouped(chart)
    return _lines(chart)


def _empty(chart: Chart) -> Figure:
    """No cases with a known value: an empty frame that says so (n = 0)."""
    figure = Figure(figsize=(WIDTH_IN, 1.2))
    ax = figure.add_subplot()
    ax.text(0.5, 0.5, "Geen casussen waarvan dit kenmerk bekend is", ha="center", va="center", color=TEXT,
            transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(chart.value_axis)
    ax.set_ylabel(chart.category_axis)
    return figure


def _bar_text(count: int | None, pct: float | None) -> str:
    if count is None:
        return ""
    return f"{count} ({nl(pct)}%)" if pct is not None else str(count)


def _barh(chart: Chart) -> Figure:
    series = chart.series[0]
    k = len(chart.categories)
    figure = Figure(figsize=(WIDTH_IN, 0.6 + 0.3 * k))
    ax = figure.add_subplot()
    counts = [c or 0 for c in series.counts]
    positions = list(range(k))[::-1]
    ax.barh(positions, counts, color=OKABE_ITO[0], height=0.65)
    top = max(counts) if counts and max(counts) > 0 else 1
    for y, count, pct in zip(positions, series.counts, series.percents or (None,) * k):
        ax.text((count or 0) + top * 0.01, y, _bar_text(count, pct), va="center", fontsize=8, color=TEXT)
    ax.set_yticks(positions, chart.categories)
    ax.set_xlim(0, top * 1.25)
    ax.set_xlabel(chart.value_axis)
    ax.set_ylabel(chart.category_axis)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return figure


def _columns(chart: Chart) -> Figure:
    series = chart.series[0]
    figure = Figure(figsize=(WIDTH_IN, 2.6))
    ax = figure.add_subplot()
    counts = [c or 0 for c in series.counts]
    x = range(len(chart.categories))
    ax.bar(x, counts, color=OKABE_ITO[0], width=0.7)
    top = max(counts) if counts and max(counts) > 0 else 1
    for xi, count in zip(x, series.counts):
        ax.text(xi, (count or 0) + top * 0.02, str(count or 0), ha="center", fontsize=8, color=TEXT)
    ax.set_xticks(list(x), chart.categories)
    ax.set_ylim(0, top * 1.18)
    ax.set_xlabel(chart.category_axis)
    ax.set_ylabel(chart.value_axis)
    ax.yaxis.get_major_locator().set_params(integer=True)
    return figure


def _grouped(chart: Chart) -> Figure:
    k, m = len(chart.categories), len(chart.series)
    figure = Figure(figsize=(WIDTH_IN, 0.9 + 0.22 * k * m + 0.12 * k))
    ax = figure.add_subplot()
    height = 0.8 / m
    for j, series in enumerate(chart.series):
        values = [p or 0 for p in (series.percents or series.counts)]
        positions = [(k - 1 - i) + (m - 1 - j - (m - 1) / 2) * height for i in range(k)]
        ax.barh(positions, values, height=height * 0.92, color=OKABE_ITO[j % len(OKABE_ITO)], label=series.name,
                edgecolor="#333333", linewidth=0.3)
        for y, value, count, pct in zip(positions, values, series.counts, series.percents or (None,) * k):
            ax.text(value + 1, y, _bar_text(count, pct), va="center", fontsize=7, color=TEXT)
    ax.set_yticks(list(range(k))[::-1], chart.categories)
    ax.set_xlim(0, 118)
    ax.set_xlabel(chart.value_axis)
    ax.set_ylabel(chart.category_axis)
    ax.legend(frameon=False, loc="lower right", fontsize=7.5)
    return figure


def _lines(chart: Chart) -> Figure:
    figure = Figure(figsize=(WIDTH_IN, 2.7))
    ax = figure.add_subplot()
    markers = "osD^v"
    x = list(range(len(chart.categories)))
    top = 1.0
    for j, series in enumerate(chart.series):
        values = [v if v is not None else float("nan") for v in (series.values or series.counts)]
        ax.plot(x, values, marker=markers[j % len(markers)], color=OKABE_ITO[j % len(OKABE_ITO)], label=series.name)
        for xi, v in zip(x, values):
            if v == v:  # not NaN
                ax.annotate(nl(v, 0) if isinstance(v, float) and not v.is_integer() else str(int(v)), (xi, v),
                            textcoords="offset points", xytext=(0, 5 if j % 2 == 0 else -12), ha="center", fontsize=7.5, color=TEXT)
                top = max(top, v)
    ax.set_xticks(x, chart.categories)
    ax.set_ylim(0, top * 1.2)
    ax.set_xlabel(chart.category_axis)
    ax.set_ylabel(chart.value_axis)
    if len(chart.series) > 1:
        ax.legend(frameon=False, fontsize=7.5)
    return figure
