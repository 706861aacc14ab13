"""Cross-tabulation of two categorical variables, with the test SPSS would print.

Seed 001 Figuur 12 sets the perpetrator relation beside the duration of the
exploitation, collapsed to shorter and longer than two years ("bij de
uitbuitingssituaties die minder dan twee jaar duren ... 67% ... meer dan twee
jaar ... van 9% naar 32%"): percentages within each column, over the cases
where BOTH variables are known (the figure's n = 181).

Test: Pearson's chi-square without continuity correction on the whole table
(as `zichtbaar.analysis.comparison`). When an expected count is below 5, Fisher's
exact test instead: exact for 2×2; for larger tables SciPy's Monte Carlo
version with a fixed seed, so the same data always give the same p.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from scipy.stats import MonteCarloMethod, chi2_contingency, fisher_exact
from scipy.stats.contingency import expected_freq

from zichtbaar.analysis.comparison import FISHER_BELOW, stars
from zichtbaar.analysis.descriptives import is_known, percent
from zichtbaar.codebooks import Variable

MONTE_CARLO_RESAMPLES = 9_999
MONTE_CARLO_SEED = 2021

CrossTest = Literal["chi2", "fisher", "fisher-montecarlo"]


@dataclass(frozen=True)
class Group:
    """A labelled set of value ids shown as one row or column ("<2 jaar")."""

    id: str
    label: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class CrossTab:
    """Counts `counts[row][col]`; percentages are within columns."""

    row_variable: str
    col_variable: str
    rows: tuple[Group, ...]
    cols: tuple[Group, ...]
    counts: tuple[tuple[int, ...], ...]
    test: CrossTest | None
    statistic: float | None
    df: int | None
    p: float | None
    stars: str
    min_expected: float | None

    @property
    def n(self) -> int:
        return sum(map(sum, self.counts))

    def col_n(self, col: int) -> int:
        return sum(row[col] for row in self.counts)

    def row_n(self, row: int) -> int:
        return sum(self.counts[row])

    def col_percent(self, row: int, col: int) -> float | None:
        return percent(self.counts[row][col], self.col_n(col))

    def cell(self, row_id: str, col_id: str) -> int:
        r = next(i for i, g in enumerate(self.rows) if g.id == row_id)
        c = next(i for i, g in enumerate(self.cols) if g.id == col_id)
        return self.counts[r][c]


def groups_of(variable: Variable) -> tuple[Group, ...]:
    """One group per codebook value (the default rows or columns)."""
    return tuple(Group(v.id, v.label, (v.id,)) for v in variable.values)


def crosstab(
    pairs: Sequence[tuple[Any, Any]],
    row_variable: Variable,
    col_variable: Variable,
    *,
    rows: Sequence[Group] | None = None,
    cols: Sequence[Group] | None = None,
) -> CrossTab:
    """Cross-tabulate (row value, column value) pairs, one pair per case.

    A pair counts only when both values are known and fall in a group; pass
    `rows`/`cols` to collapse values (duur: '<1 jaar' + '1-2 jaar' = korter dan
    twee jaar) or to leave some out. Both variables must be categorical.
    """
    for var in (row_variable, col_variable):
        if var.type != "categorical":
            raise ValueError(f"crosstab needs categorical variables; {var.id} is {var.type}")
    row_groups = tuple(rows) if rows is not None else groups_of(row_variable)
    col_groups = tuple(cols) if cols is not None else groups_of(col_variable)
    row_index = {value: i for i, g in enumerate(row_groups) for value in g.values}
    col_index = {value: i for i, g in enumerate(col_groups) for value in g.values}
    table = np.zeros((len(row_groups), len(col_groups)), dtype=int)
    for row_value, col_value in pairs:
        if not (is_known(row_variable, row_value) and is_known(col_variable, col_value)):
            continue
        if row_value in row_index and col_value in col_index:
            table[row_index[row_value], col_index[col_value]] += 1
    test, statistic, df, p, min_expected = independence_test(table)
    return CrossTab(
        row_variable=row_variable.id, col_variable=col_variable.id, rows=row_groups, cols=col_groups,
        counts=tuple(tuple(int(x) for x in row) for row in table),
        test=test, statistic=statistic, df=df, p=p, stars=stars(p), min_expected=min_expected,
    )


def independence_test(table: np.ndarray) -> tuple[CrossTest | None, float | None, int | None, float | None, float | None]:
    """The test over the rows and columns that have any cases at all."""
    used = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if used.shape[0] < 2 or used.shape[1] < 2:
        return None, None, None, None, None  # nothing to compare
    min_expected = float(expected_freq(used).min())
    if min_expected >= FISHER_BELOW:
        result = chi2_contingency(used, correction=False)
        return "chi2", float(result.statistic), int(result.dof), float(result.pvalue), min_expected
    if used.shape == (2, 2):
        return "fisher", None, None, float(min(1.0, fisher_exact(used).pvalue)), min_expected
    method = MonteCarloMethod(n_resamples=MONTE_CARLO_RESAMPLES, rng=np.random.default_rng(MONTE_CARLO_SEED))
    return "fisher-montecarlo", None, None, float(fisher_exact(used, method=method).pvalue), min_expected


def value_pairs(records: Sequence[Mapping[str, Any]], row: str, col: str) -> list[tuple[Any, Any]]:
    """(row, col) values of each record, for `crosstab`."""
    return [(r.get(row), r.get(col)) for r in records]
