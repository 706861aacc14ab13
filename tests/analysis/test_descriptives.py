"""Descriptive statistics: every variable its own n, unknown is not zero."""

from __future__ import annotations

import statistics

import pytest

from zichtbaar.analysis.descriptives import Bin, binned, frequencies, percent, summarize_numeric
from zichtbaar.codebooks import load_codebook

CB = load_codebook("ckm-2021")


def test_unknown_and_uncoded_are_left_out_of_n():
    values = ["ja", "nee", "onbekend", None, "ja", "onbekend"]
    freq = frequencies(values, CB.variable("acuut_onveilig"))
    assert (freq.n, freq.unknown, freq.total) == (3, 3, 6)
    assert [(c.id, c.count, c.percent) for c in freq.categories] == [("ja", 2, 66.7), ("nee", 1, 33.3)]


def test_multi_valued_counts_cases_and_mentions():
    values = [["geweld", "sextortion"], [], ["geweld"], None, ["geweld", "anders"]]
    freq = frequencies(values, CB.variable("dwangmiddelen"))
    assert freq.n == 3 and freq.unknown == 2
    assert freq.count("geweld") == 3 and freq.percent("geweld") == 100.0
    assert freq.mentions == 5
    assert frequencies(values, CB.variable("dwangmiddelen"), keep_empty=False).categories[-1].id == "anders"


def test_text_variable_most_frequent_first():
    freq = frequencies(["snapchat", None, "instagram", "snapchat"], CB.variable("platform"))
    assert [(c.id, c.count) for c in freq.categories] == [("snapchat", 2), ("instagram", 1)] and freq.n == 3


@pytest.mark.parametrize("count,n,expected", [(1, 8, 12.5), (1, 6, 16.7), (1, 3, 33.3), (49, 400, 12.3), (0, 5, 0.0)])
def test_percent_rounds_half_up_exactly(count, n, expected):
    assert percent(count, n) == expected


def test_percent_of_nothing_is_none():
    assert percent(0, 0) is None


def test_numeric_summary_matches_statistics():
    ages = [14, 15, "onbekend", 17, 22, 35, None, 16]
    known = [14, 15, 17, 22, 35, 16]
    s = summarize_numeric(ages, CB.variable("leeftijd_slachtoffer"))
    assert (s.n, s.unknown, s.minimum, s.maximum) == (6, 2, 14, 35)
    assert s.mean == pytest.approx(statistics.fmean(known)) and s.median == statistics.median(known)
    assert s.sd == pytest.approx(statistics.stdev(known))
    assert s.below == {16: 2, 18: 4, 25: 5} and s.percent_below(18) == 66.7


def test_empty_numeric_summary():
    s = summarize_numeric(["onbekend"], CB.variable("leeftijd_slachtoffer"))
    assert s.n == 0 and s.mean is None and s.below[18] == 0


def test_bins_must_cover_every_value():
    var = CB.variable("leeftijd_slachtoffer")
    freq = binned([11, 12, 17, 40, "onbekend"], var, [Bin("<12", None, 12), Bin("12-17", 12, 18), Bin("18+", 18, None)])
    assert [c.count for c in freq.categories] == [1, 2, 1] and freq.n == 4
    with pytest.raises(ValueError):
        binned([50], var, [Bin("<18", None, 18)])
