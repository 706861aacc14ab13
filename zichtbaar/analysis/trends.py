"""Year-over-year comparison ("Vergelijking met voorgaande jaren", seed 001).

The seed sets a handful of indicators beside those of the two years before:
how many victims came into view, how many were themselves the chatter, the
mean age and the share of minors, male victims, victims of criminal
exploitation, first disclosures. Each indicator is a count, a share over its
own denominator, or a mean over the cases where the value is known; shares are
tested across years with chi-square (Fisher/Monte Carlo for small expected
counts, see `crosstab.independence_test`) and means with a one-way ANOVA.

These are not cohorts (the seed says so): the same situation can appear in two
years, so a test says whether the years' visitors differ, nothing more.
"""

from __future__ import annotations

import math
import statistics
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from scipy.stats import f_oneway

from zichtbaar.analysis.comparison import stars
from zichtbaar.analysis.crosstab import independence_test
from zichtbaar.analysis.descriptives import is_known, percent
from zichtbaar.codebooks import Variable

Record = Mapping[str, Any]
IndicatorKind = Literal["count", "share", "mean"]


@dataclass(frozen=True)
class Indicator:
    """One line of the comparison.

    count: records for which `where` holds. share: those among the records for
    which `among` holds (the denominator; all records when None). mean: mean of
    `variable` over the records where it is known (and `among` holds).
    """

    id: str
    label: str
    kind: IndicatorKind
    where: Callable[[Record], bool] | None = None
    among: Callable[[Record], bool] | None = None
    variable: Variable | None = None


@dataclass(frozen=True)
class TrendRow:
    id: str
    label: str
    kind: IndicatorKind
    value: dict[int, float | int | None]  # count, percentage, or mean per year
    count: dict[int, int]  # numerator (count/share) or n of known values (mean)
    n: dict[int, int]  # denominator per year
    test: str | None
    statistic: float | None
    p: float | None
    stars: str


def compare_years(records_by_year: Mapping[int, Sequence[Record]], indicators: Sequence[Indicator]) -> tuple[TrendRow, ...]:
    """Each indicator for each year (ascending), with its test across years."""
    years = sorted(records_by_year)
    return tuple(_row(indicator, years, records_by_year) for indicator in indicators)


def _row(ind: Indicator, years: list[int], data: Mapping[int, Sequence[Record]]) -> TrendRow:
    among = {y: [r for r in data[y] if ind.among is None or ind.among(r)] for y in years}
    if ind.kind == "mean":
        if ind.variable is None:
            raise ValueError(f"indicator {ind.id}: a mean needs a variable")
        values = {y: [r.get(ind.variable.id) for r in among[y]] for y in years}
        known = {y: [v for v in values[y] if is_known(ind.variable, v)] for y in years}
        test, statistic, p = _anova([known[y] for y in years])
        return TrendRow(
            ind.id, ind.label, "mean",
            value={y: statistics.fmean(known[y]) if known[y] else None for y in years},
            count={y: len(known[y]) for y in years}, n={y: len(known[y]) for y in years},
            test=test, statistic=statistic, p=p, stars=stars(p),
        )
    if ind.where is None:
        raise ValueError(f"indicator {ind.id}: a {ind.kind} needs a condition")
    count = {y: sum(1 for r in among[y] if ind.where(r)) for y in years}
    n = {y: len(among[y]) for y in years}
    if ind.kind == "count":
        return TrendRow(ind.id, ind.label, "count", value=dict(count), count=count, n=n,
                        test=None, statistic=None, p=None, stars="")
    table = np.array([[count[y], n[y] - count[y]] for y in years if n[y] > 0])
    test, statistic, _, p, _ = independence_test(table) if len(table) >= 2 else (None, None, None, None, None)
    return TrendRow(
        ind.id, ind.label, "share", value={y: percent(count[y], n[y]) for y in years},
        count=count, n=n, test=test, statistic=statistic, p=p, stars=stars(p),
    )


def _anova(groups: list[list[float]]) -> tuple[str | None, float | None, float | None]:
    usable = [g for g in groups if len(g) >= 2]
    if len(usable) < 2:
        return None, None, None
    with warnings.catch_warnings():  # constant groups: p is NaN, reported as None
        warnings.simplefilter("ignore")
        result = f_oneway(*usable)
    p = float(result.pvalue)
    statistic = float(result.statistic)
    if not math.isfinite(p):
        return "anova", None, None
    return "anova", statistic, p
