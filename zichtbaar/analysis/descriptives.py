"""Descriptive statistics where every variable reports its own n.

The seeds report a characteristic only over the cases where it is known
("alleen als het kenmerk bekend is": Figuur 5 has n = 280 of 314 visitors), so
each result carries the n it was computed over and how many cases were left
out as unknown. A value that was never coded (None where the codebook has no
missing value) counts as unknown too: it is not a zero.

Values arrive as the codebook ids of one variable, one per case, so the same
functions serve the report, the exports and a researcher's own script.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from zichtbaar.codebooks import Variable


def percent(count: int, n: int) -> float | None:
    """Percentage rounded half-up to one decimal, as the reports print it
    (exact arithmetic: 12.25 % must not become 12.2 through binary floats)."""
    if n <= 0:
        return None
    return math.floor(Fraction(1000 * count, n) + Fraction(1, 2)) / 10


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    count: int
    percent: float | None  # of the variable's own n


@dataclass(frozen=True)
class Frequency:
    """Counts of one variable over the cases where it is known.

    For a multi-valued variable (dwangmiddelen) `n` is the number of cases with
    at least one value, each category counts cases, and `mentions` is the sum
    over categories (seed 001: "In 261 chats ... In totaal zijn 463 dwangmiddelen genoemd").
    """

    variable: str
    label: str
    n: int
    unknown: int
    categories: tuple[Category, ...]
    mentions: int

    @property
    def total(self) -> int:
        return self.n + self.unknown

    def count(self, value_id: str) -> int:
        return next((c.count for c in self.categories if c.id == value_id), 0)

    def percent(self, value_id: str) -> float | None:
        return percent(self.count(value_id), self.n)


def is_known(variable: Variable, value: Any) -> bool:
    """True when `value` says something: not the missing value, not uncoded."""
    if value is None or variable.is_missing(value):
        return False
    if variable.type == "multi":
        return isinstance(value, list) and bool(value)
    if variable.type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def frequencies(values: Sequence[Any], variable: Variable, *, keep_empty: bool = True) -> Frequency:
    """Frequencies of one variable; categories in codebook order (text
    variables such as `platform`: most frequent first). `keep_empty=False`
    drops categories nobody has, for a chart that should not list them."""
    known = [v for v in values if is_known(variable, v)]
    unknown = len(values) - len(known)
    if variable.type == "multi":
        counter = Counter(item for v in known for item in dict.fromkeys(v))
    else:
        counter = Counter(known)
    if variable.type in ("categorical", "multi"):
        ordered = [(v.id, v.id, v.label) for v in variable.values]
    else:  # integer or text: the values seen, most frequent first
        ordered = [(k, str(k), str(k)) for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    n = len(known)
    categories = tuple(
        Category(id_, label, counter.get(key, 0), percent(counter.get(key, 0), n))
        for key, id_, label in ordered
        if keep_empty or counter.get(key, 0)
    )
    return Frequency(variable.id, variable.label, n, unknown, categories, sum(counter.values()))


@dataclass(frozen=True)
class NumericSummary:
    """Mean, median, range and shares below thresholds over the known values."""

    variable: str
    label: str
    n: int
    unknown: int
    mean: float | None
    median: float | None
    sd: float | None  # sample standard deviation (n - 1), as SPSS prints it
    minimum: int | float | None
    maximum: int | float | None
    below: dict[int, int]  # threshold -> cases strictly below it

    def percent_below(self, threshold: int) -> float | None:
        return percent(self.below[threshold], self.n)


def summarize_numeric(values: Sequence[Any], variable: Variable, thresholds: Sequence[int] = (16, 18, 25)) -> NumericSummary:
    """Seed 001 on age: "gemiddelde leeftijd 21 jaar (de mediaan is 18 jaar).
    In 40% ... minderjarig (< 18) en 19% ... jonger dan 16"."""
    known = [v for v in values if is_known(variable, v)]
    n = len(known)
    return NumericSummary(
        variable=variable.id,
        label=variable.label,
        n=n,
        unknown=len(values) - n,
        mean=statistics.fmean(known) if known else None,
        median=statistics.median(known) if known else None,
        sd=statistics.stdev(known) if n > 1 else None,
        minimum=min(known) if known else None,
        maximum=max(known) if known else None,
        below={t: sum(1 for v in known if v < t) for t in thresholds},
    )


@dataclass(frozen=True)
class Bin:
    label: str
    low: int | None  # inclusive; None = no lower bound
    high: int | None  # exclusive; None = no upper bound


def binned(values: Sequence[Any], variable: Variable, bins: Sequence[Bin]) -> Frequency:
    """Known numeric values counted into labelled bins (age groups of Figuur 5)."""
    known = [v for v in values if is_known(variable, v)]
    counts = []
    for b in bins:
        counts.append(sum(1 for v in known if (b.low is None or v >= b.low) and (b.high is None or v < b.high)))
    if sum(counts) != len(known):
        raise ValueError(f"bins of {variable.id} do not cover every known value exactly once")
    n = len(known)
    categories = tuple(Category(b.label, b.label, c, percent(c, n)) for b, c in zip(bins, counts))
    return Frequency(variable.id, variable.label, n, len(values) - n, categories, n)
