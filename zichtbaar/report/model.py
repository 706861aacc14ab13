"""The report as data: sections of paragraphs, figures and tables.

Built once from a year's cases (`sections.build_report`), then rendered to
HTML/PDF (`render`) or written sheet by sheet to Excel (`zichtbaar.export`):
one set of numbers for every output.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zichtbaar.report.dataset import FunnelStep, Quote
from zichtbaar.report.figures import Chart, nl


@dataclass(frozen=True)
class TableBlock:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str | int | float | None, ...], ...]
    n: int | None = None
    note: str | None = None

    @property
    def caption(self) -> str:
        return f"{self.title} (n = {self.n})" if self.n is not None else self.title


@dataclass(frozen=True)
class FigureBlock:
    """A numbered figure: its chart, its n, and the same data as a table."""

    number: int
    title: str
    n: int
    chart: Chart
    note: str | None = None

    @property
    def caption(self) -> str:
        return f"Figuur {self.number}. {self.title} (n = {self.n})"

    def table(self) -> TableBlock:
        """The figure's numbers: count (and % of n) per category and series."""
        header: list[str] = [self.chart.category_axis]
        for s in self.chart.series:
            header.append(s.name if len(self.chart.series) > 1 else "Aantal")
            if s.percents is not None:
                header.append(f"% {s.name}" if len(self.chart.series) > 1 else "%")
            if s.values is not None:
                header.append(f"{s.name} (waarde)")
        rows = []
        for i, category in enumerate(self.chart.categories):
            row: list[str | int | float | None] = [category]
            for s in self.chart.series:
                row.append(s.counts[i])
                if s.percents is not None:
                    row.append(s.percents[i])
                if s.values is not None:
                    row.append(s.values[i])
            rows.append(tuple(row))
        return TableBlock(self.caption, tuple(header), tuple(rows), None, self.note)


Block = FigureBlock | TableBlock


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    paragraphs: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    level: int = 2


@dataclass(frozen=True)
class Report:
    year: int
    title: str
    codebook: str
    basis: str  # which links made the persons, as the method section names it
    funnel: tuple[FunnelStep, ...]
    sections: tuple[Section, ...]
    quotes: tuple[Quote, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def figures(self) -> list[FigureBlock]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, FigureBlock)]

    def tables(self) -> list[TableBlock]:
        """Every table of the report, figures as their data tables (for Excel)."""
        return [b.table() if isinstance(b, FigureBlock) else b for s in self.sections for b in s.blocks]


def pct(value: float | None) -> str:
    """"23,4%" — the report's way of printing a percentage."""
    return "–" if value is None else f"{nl(value)}%"
