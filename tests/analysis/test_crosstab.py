"""Cross-tabulation: counts over cases where both values are known, column
percentages, and the test SPSS would print."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import chi2_contingency, fisher_exact

from zichtbaar.analysis.crosstab import Group, crosstab
from zichtbaar.codebooks import load_codebook

CB = load_codebook("ckm-2021")
REL, DUUR = CB.variable("pleger_relatie"), CB.variable("duur")
SHORT = Group("kort", "Korter dan twee jaar", ("<1 jaar", "1-2 jaar"))
LONG = Group("lang", "Twee jaar of langer", (">2 jaar",))


def pairs(spec):
    return [pair for pair, k in spec for _ in range(k)]


def test_counts_collapse_groups_and_skip_unknown():
    data = pairs([(("partner", "<1 jaar"), 20), (("partner", "1-2 jaar"), 10), (("partner", ">2 jaar"), 12),
                  (("familie", "<1 jaar"), 8), (("familie", ">2 jaar"), 25), (("sociale_omgeving", "<1 jaar"), 9),
                  (("sociale_omgeving", ">2 jaar"), 7), (("onbekend", ">2 jaar"), 50), (("partner", "onbekend"), 40)])
    t = crosstab(data, REL, DUUR, cols=[SHORT, LONG])
    assert t.counts == ((30, 12), (8, 25), (9, 7)) and t.n == 91
    assert t.col_n(0) == 47 and t.col_percent(0, 0) == 63.8
    expected = chi2_contingency(np.array(t.counts), correction=False)
    assert t.test == "chi2" and t.p == pytest.approx(expected.pvalue) and t.df == 2
    assert t.stars == "***"


def test_small_2x2_uses_fisher():
    data = pairs([(("partner", "<1 jaar"), 3), (("partner", ">2 jaar"), 1), (("familie", "<1 jaar"), 1), (("familie", ">2 jaar"), 4)])
    t = crosstab(data, REL, DUUR, rows=[Group("partner", "P", ("partner",)), Group("familie", "F", ("familie",))], cols=[SHORT, LONG])
    assert t.test == "fisher"
    assert t.p == pytest.approx(fisher_exact([[3, 1], [1, 4]]).pvalue)


def test_small_larger_table_uses_reproducible_monte_carlo_fisher():
    data = pairs([(("partner", "<1 jaar"), 3), (("familie", "1-2 jaar"), 2), (("sociale_omgeving", ">2 jaar"), 4), (("partner", ">2 jaar"), 1)])
    first, second = crosstab(data, REL, DUUR), crosstab(data, REL, DUUR)
    assert first.test == "fisher-montecarlo" and first.p == second.p and 0 < first.p < 0.2


def test_no_test_with_one_filled_column():
    t = crosstab([("partner", "<1 jaar"), ("familie", "<1 jaar")], REL, DUUR)
    assert t.test is None and t.p is None and t.stars == ""


def test_only_categorical_variables():
    with pytest.raises(ValueError):
        crosstab([], CB.variable("dwangmiddelen"), DUUR)
