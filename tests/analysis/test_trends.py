"""Year-over-year comparison: counts, shares with their own denominators, means; tests across years."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import chi2_contingency, f_oneway

from zichtbaar.analysis.trends import Indicator, compare_years
from zichtbaar.codebooks import load_codebook

AGE = load_codebook("ckm-2021").variable("leeftijd_slachtoffer")


def years():
    def cases(men, women, unknown, ages):
        out = [{"geslacht_slachtoffer": "man"}] * men + [{"geslacht_slachtoffer": "vrouw"}] * women
        out += [{"geslacht_slachtoffer": "onbekend"}] * unknown
        return [dict(c, leeftijd_slachtoffer=a) for c, a in zip(out, ages + ["onbekend"] * len(out))]
    return {2019: cases(6, 250, 4, [15, 16, 17, 19]), 2020: cases(19, 230, 5, [14, 15, 30]), 2021: cases(24, 284, 6, [20, 22, 25, 30, 18])}


INDICATORS = [
    Indicator("n", "Casussen", "count", where=lambda r: True),
    Indicator("man", "Aandeel mannen", "share", where=lambda r: r["geslacht_slachtoffer"] == "man",
              among=lambda r: r["geslacht_slachtoffer"] != "onbekend"),
    Indicator("age", "Gemiddelde leeftijd", "mean", variable=AGE),
]


def test_counts_shares_and_means_per_year():
    rows = {r.id: r for r in compare_years(years(), INDICATORS)}
    assert rows["n"].value == {2019: 260, 2020: 254, 2021: 314}
    assert rows["man"].count == {2019: 6, 2020: 19, 2021: 24} and rows["man"].n == {2019: 256, 2020: 249, 2021: 308}
    assert rows["man"].value[2021] == 7.8
    expected = chi2_contingency(np.array([[6, 250], [19, 230], [24, 284]]), correction=False)
    assert rows["man"].test == "chi2" and rows["man"].p == pytest.approx(expected.pvalue)
    assert rows["age"].n == {2019: 4, 2020: 3, 2021: 5} and rows["age"].value[2021] == pytest.approx(23.0)
    assert rows["age"].p == pytest.approx(f_oneway([15, 16, 17, 19], [14, 15, 30], [20, 22, 25, 30, 18]).pvalue)
    assert rows["n"].test is None


def test_indicator_without_condition_is_a_programming_error():
    with pytest.raises(ValueError):
        compare_years(years(), [Indicator("x", "X", "share")])
