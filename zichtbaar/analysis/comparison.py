"""Group comparison as in seed 002 (Tabel 1 and 2, §2.4 footnote 12), done the way
the researchers did it in SPSS, so that our stars can be set beside theirs.

Methods, and why:

- Categorical variable: per category a 2×2 table (this category vs. all other
  known categories × the two groups). Pearson's chi-square WITHOUT Yates'
  continuity correction, i.e. the "Pearson Chi-Square" row of SPSS Crosstabs.
  The seed's stars only come out that way: with Yates' correction Tabel 1
  "16 tot 17 jaar" (p 0.0089 → 0.0126) and Tabel 2 "Korter dan 7 dagen"
  (p 0.032 → 0.058), "3 tot 12 maanden" and "5 tot 10 jaar" would lose a
  star (tests/analysis/test_seed002.py shows it).
- Fisher's exact test (two-sided) instead, as soon as one expected count of
  that 2×2 table is below 5 ("Wanneer de verwachte frequenties te laag waren").
- Numeric variable: Student's independent t-test with pooled variance, the
  "Equal variances assumed" row SPSS prints first; the seed reports
  t(589) = 4,27 for groups of 84 and 507, and 589 = 84 + 507 − 2 is Student's
  df (Welch's df is not an integer). Welch's t is reported beside it in
  `welch` for readers who want it; p and stars come from Student's test.
- Each variable has its own n: a row with an empty or "onbekend" value is left
  out of that variable only ("alleen als het kenmerk bekend is").
- Exactly two groups: the seed compares two, and a per-category Fisher test and
  the t-test are two-group tests. More groups is an input error.
- Stars: `*` p < 0.05, `**` p ≤ 0.01, `***` p ≤ 0.001, exactly as the seed's note.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from typing import Literal

import numpy as np
from scipy.stats import chi2_contingency, fisher_exact, ttest_ind
from scipy.stats.contingency import expected_freq

from zichtbaar.analysis.table import Table
from zichtbaar.errors import InputError

MISSING = frozenset({"", "onbekend"})
"""Cell values that mean 'not known' (compared after strip + lower case)."""

MEAN_CATEGORY = "gemiddelde"
FISHER_BELOW = 5

VariableKind = Literal["categorical", "numeric"]
TestName = Literal["chi2", "fisher", "t"]


def stars(p: float | None) -> str:
    """Significance stars with the seed's boundaries (Tabel 1/2 note)."""
    if p is None or math.isnan(p):
        return ""
    if p <= 0.001:
        return "***"
    if p <= 0.01:
        return "**"
    if p < 0.05:
        return "*"
    return ""


@dataclass(frozen=True)
class WelchResult:
    """Welch's t-test (unequal variances), reported beside Student's."""

    t: float | None
    df: float | None
    p: float | None


@dataclass(frozen=True)
class ComparisonRow:
    """One line of a comparison table: a category of a variable, or its mean.

    `percent` is rounded half-up to one decimal as the seed prints it; `counts`
    and `n` are exact. For a mean row (`category == "gemiddelde"`) `counts`
    equals `n`, `percent` is None and `mean`/`sd` (sample sd) are filled.
    `statistic` is chi-square or Student's t; None for Fisher. `p` is None
    only when a test is undefined (e.g. no variation at all).
    """

    variable: str
    category: str
    counts: dict[str, int]
    n: dict[str, int]
    percent: dict[str, float] | None
    test: TestName
    p: float | None
    stars: str
    statistic: float | None = None
    df: float | None = None
    min_expected: float | None = None
    mean: dict[str, float] | None = None
    sd: dict[str, float | None] | None = None
    welch: WelchResult | None = None


@dataclass(frozen=True)
class Comparison:
    """The comparison of two groups over several variables."""

    group: str
    groups: tuple[str, str]
    rows: tuple[ComparisonRow, ...]
    missing_group: int = 0
    kinds: dict[str, VariableKind] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "group": self.group,
            "groups": list(self.groups),
            "missing_group": self.missing_group,
            "kinds": dict(self.kinds),
            "rows": [asdict(row) for row in self.rows],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)


def compare(
    rows: Table | Iterable[Mapping[str, str | None]],
    group: str,
    variables: Sequence[str],
    *,
    kinds: Mapping[str, VariableKind] | None = None,
    source: str = "<rows>",
) -> Comparison:
    """Compare two groups (values of column `group`) on each of `variables`.

    A variable is numeric when every known value is a number (decimal comma
    allowed) and it has more than two distinct values; otherwise categorical.
    `kinds` overrides that guess (e.g. SPSS-style numeric codes 1/2/3).
    Rows whose group value is unknown are left out of everything and counted
    in `missing_group`.
    """
    if isinstance(rows, Table):
        source, columns, records = rows.source, set(rows.columns), list(rows.rows)
    else:
        records = [dict(r) for r in rows]
        columns = {key for r in records for key in r}
    if not records:
        raise InputError(source, None, None, "at least one data row")
    variables = [v.strip() for v in variables if v.strip()]
    if not variables:
        raise InputError(source, None, "--vars", "at least one variable to compare")
    for name in [group, *variables]:
        if name not in columns:
            raise InputError(source, 1, name, f"a column of that name (columns: {_list(sorted(columns))})")
    if group in variables:
        raise InputError(source, None, group, "the group column not to be among the compared variables")
    if len(set(variables)) != len(variables):
        raise InputError(source, None, "--vars", "each variable once")
    kinds = dict(kinds or {})
    for name, kind in kinds.items():
        if name not in variables or kind not in ("categorical", "numeric"):
            raise InputError(source, None, name, "a compared variable with kind 'categorical' or 'numeric'")

    labelled = [(_known(r.get(group)), r) for r in records]
    missing_group = sum(1 for g, _ in labelled if g is None)
    present = sorted({g for g, _ in labelled if g is not None}, key=natural_key)
    if len(present) != 2:
        # The values are not listed: a wrongly chosen group column may hold chat text.
        raise InputError(source, None, group, f"exactly two groups (known values), found {len(present)}")
    groups = (present[0], present[1])

    out: list[ComparisonRow] = []
    decided: dict[str, VariableKind] = {}
    for variable in variables:
        values = {g: [] for g in groups}
        for g, record in labelled:
            if g is not None:
                value = _known(record.get(variable))
                if value is not None:
                    values[g].append(value)
        if not all(values[g] for g in groups):  # group values unnamed: they might be text
            raise InputError(source, None, variable, f"at least one known value in each group of '{group}'")
        kind = kinds.get(variable) or _guess_kind(values)
        decided[variable] = kind
        if kind == "numeric":
            out.append(_mean_row(source, group, variable, groups, values))
        else:
            out.extend(_category_rows(variable, groups, values))
    return Comparison(group, groups, tuple(out), missing_group, decided)


def natural_key(text: str) -> tuple:
    """Sort "2 tot 5 jaar" before "10 jaar of langer"; case-insensitive."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text.casefold()) if part)


def _known(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return None if value.lower() in MISSING else value


def _number(value: str) -> float | None:
    text = value.replace(",", ".") if value.count(",") == 1 and "." not in value else value
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _guess_kind(values: Mapping[str, list[str]]) -> VariableKind:
    every = [v for vs in values.values() for v in vs]
    if all(_number(v) is not None for v in every) and len(set(every)) > 2:
        return "numeric"
    return "categorical"


def _category_rows(variable: str, groups: tuple[str, str], values: Mapping[str, list[str]]) -> list[ComparisonRow]:
    n = {g: len(values[g]) for g in groups}
    categories = sorted({v for g in groups for v in values[g]}, key=natural_key)
    rows = []
    for category in categories:
        counts = {g: sum(1 for v in values[g] if v == category) for g in groups}
        table = np.array([[counts[g], n[g] - counts[g]] for g in groups])
        expected = expected_freq(table)
        min_expected = float(expected.min())
        if min_expected < FISHER_BELOW:
            test: TestName = "fisher"
            p = float(min(1.0, fisher_exact(table, alternative="two-sided").pvalue))
            statistic, df = None, None
        else:
            test = "chi2"
            result = chi2_contingency(table, correction=False)
            p, statistic, df = float(result.pvalue), float(result.statistic), float(result.dof)
        rows.append(ComparisonRow(
            variable=variable, category=category, counts=counts, n=n,
            percent={g: _percent(counts[g], n[g]) for g in groups},
            test=test, p=p, stars=stars(p), statistic=statistic, df=df, min_expected=min_expected,
        ))
    return rows


def _mean_row(source: str, group: str, variable: str, groups: tuple[str, str], values: Mapping[str, list[str]]) -> ComparisonRow:
    numbers: dict[str, list[float]] = {}
    for g in groups:
        parsed = [_number(v) for v in values[g]]
        if any(x is None for x in parsed):
            raise InputError(source, None, variable, "numbers only (or empty/onbekend) in a numeric variable")
        numbers[g] = [x for x in parsed if x is not None]
        if len(numbers[g]) < 2:
            raise InputError(source, None, variable, f"at least two known values in each group of '{group}' for a t-test")
    a, b = (np.asarray(numbers[g]) for g in groups)
    with warnings.catch_warnings():  # constant data: p is None below, no warning text
        warnings.simplefilter("ignore", RuntimeWarning)
        student = ttest_ind(a, b, equal_var=True)
        welch = ttest_ind(a, b, equal_var=False)
    n = {g: len(numbers[g]) for g in groups}
    p = _finite(student.pvalue)
    return ComparisonRow(
        variable=variable, category=MEAN_CATEGORY, counts=dict(n), n=n, percent=None,
        test="t", p=p, stars=stars(p), statistic=_finite(student.statistic), df=_finite(student.df),
        mean={g: float(np.mean(numbers[g])) for g in groups},
        sd={g: float(np.std(numbers[g], ddof=1)) for g in groups},
        welch=WelchResult(_finite(welch.statistic), _finite(welch.df), _finite(welch.pvalue)),
    )


def _finite(x: float) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def _percent(count: int, n: int) -> float:
    """Percentage rounded half-up to one decimal, exactly (no binary-float ties)."""
    tenths = Fraction(1000 * count, n) + Fraction(1, 2)
    return math.floor(tenths) / 10


def _list(names: Sequence[str], limit: int = 12) -> str:
    shown = [name[:40] for name in names[:limit]]
    return ", ".join(shown) + (", ..." if len(names) > limit else "")
