"""The report shows the cases stage's funnel and cases, and its numbers equal
counts made directly from the fixture's truth over those cases (plain Python,
not the analysis or cases functions the report uses)."""

from __future__ import annotations

import re
import statistics
from collections import Counter

import pytest

from zichtbaar.cases import Basis, funnel, included_cases
from zichtbaar.codebooks import load_codebook
from zichtbaar.report import load_year, report_for

YEAR = 2021
CB = load_codebook("ckm-2021")


@pytest.fixture(scope="module")
def report(demo):
    return report_for(demo.store, YEAR)


def figure(report, title):
    matches = [f for f in report.figures if f.title == title]
    assert len(matches) == 1, [f.title for f in report.figures]
    return matches[0]


def counts_by_label(fig, series=0):
    return {cat: fig.chart.series[series].counts[i] for i, cat in enumerate(fig.chart.categories)}


def labelled(variable, counter):
    var = CB.variable(variable)
    return {var.value(k).label: n for k, n in counter.items()}


def test_report_shows_the_cases_stage_funnel_and_cases(demo, report):
    stage = funnel(demo.store, YEAR)
    assert [(s.label, s.count) for s in report.funnel] == [(s.label, s.count) for s in stage.steps]
    assert [s.kind for s in report.funnel] == ["start", "minus", "minus", "minus", "result"]
    data = load_year(demo.store, YEAR)
    assert [(c.case_id, c.chat_ids) for c in data.cases] == [(c.person_id, c.chat_ids) for c in included_cases(demo.store, YEAR)]


def test_funnel_and_cases_equal_the_truth(demo, report):
    expected = demo.funnel(YEAR)
    assert tuple(s.count for s in report.funnel) == expected.counts()
    assert expected.started_before > 0 and expected.not_trafficking > 0 and expected.duplicates > 0  # every step is tried
    assert expected.unique == len(demo.cases(YEAR)) > 20
    data = load_year(demo.store, YEAR)
    assert sorted((c.case_id, c.chat_ids) for c in data.cases) == [(c.label, c.chat_ids) for c in demo.cases(YEAR)]
    several = [c for c in demo.cases(YEAR) if len(c.chat_ids) > 1]
    assert several  # persons with more than one chat are in the year, so merging is tested


def test_merged_values_are_the_first_known_value_in_chat_order(demo):
    data = {c.case_id: c.values for c in load_year(demo.store, YEAR).cases}
    expected = {c.label: c.values for c in demo.cases(YEAR)}
    assert data == expected
    # the rule matters here: some person's first chat leaves a variable open that a later one tells
    differs = [(c, v.id) for c in demo.cases(YEAR) if len(c.chat_ids) > 1 for v in CB.variables
               if c.values[v.id] != next(t for t in demo.chats if t.chat_id == c.chat_ids[0]).variables.get(v.id)]
    assert differs


def test_method_section_names_the_case_unit_and_basis(report):
    method = next(s for s in report.sections if s.title == "Onderzoeksverantwoording")
    text = " ".join(method.paragraphs)
    assert "Een casus is een persoon" in text
    assert f"De tellingen rusten op {Basis.BEVESTIGD.value}" in text
    assert report.basis == Basis.BEVESTIGD.value
    assert "wacht" not in text  # the researcher decided every link in the fixture


@pytest.mark.parametrize("title,variable", [
    ("Vormen van uitbuiting", "vorm_uitbuiting"),
    ("Achtergrond bezoeker", "achtergrond_chatter"),
    ("Ontmoeting pleger en slachtoffer", "ontmoeting"),
    ("Acuut onveilige situatie bij het eerste contact", "acuut_onveilig"),
])
def test_categorical_figures_count_known_values_only(demo, report, title, variable):
    values = [c.values[variable] for c in demo.cases(YEAR)]
    known = Counter(v for v in values if v not in ("onbekend", None))
    fig = figure(report, title)
    assert fig.n == sum(known.values())
    shown = {k: v for k, v in counts_by_label(fig).items() if v}
    assert shown == labelled(variable, known)
    for i, count in enumerate(fig.chart.series[0].counts):  # percentages of the figure's own n
        assert fig.chart.series[0].percents[i] == pytest.approx(100 * count / fig.n, abs=0.051)


def test_coercion_figure_counts_cases_with_any_means(demo, report):
    lists = [c.values["dwangmiddelen"] for c in demo.cases(YEAR)]
    with_any = [l for l in lists if l]
    fig = figure(report, "Dwangmiddelen")
    assert fig.n == len(with_any)
    expected = labelled("dwangmiddelen", Counter(m for l in with_any for m in set(l)))
    assert {k: v for k, v in counts_by_label(fig).items() if v} == expected
    text = " ".join(p for s in report.sections for p in s.paragraphs)
    assert f"in totaal {sum(len(set(l)) for l in with_any)} dwangmiddelen" in text


def test_age_numbers(demo, report):
    ages = [c.values["leeftijd_slachtoffer"] for c in demo.cases(YEAR)]
    known = [a for a in ages if isinstance(a, int)]
    fig = figure(report, "Leeftijd slachtoffers")
    assert fig.n == len(known) and sum(fig.chart.series[0].counts) == len(known)
    text = " ".join(p for s in report.sections for p in s.paragraphs)
    mean = f"{statistics.fmean(known):.1f}".replace(".", ",")
    assert f"De gemiddelde leeftijd is {mean} jaar" in text
    assert f"de jongste is {min(known)} en de oudste {max(known)} jaar" in text


def test_gender_by_form_crosstab(demo, report):
    pairs = [(c.values["vorm_uitbuiting"], c.values["geslacht_slachtoffer"]) for c in demo.cases(YEAR)]
    known = [(f, g) for f, g in pairs if g != "onbekend"]
    fig = figure(report, "Vorm van mensenhandel per geslacht")
    assert fig.n == len(known)
    for series in fig.chart.series:
        gender_label = series.name.split(" (n = ")[0]
        gender = next(v.id for v in CB.variable("geslacht_slachtoffer").values if v.label == gender_label)
        expected_n = sum(1 for _, g in known if g == gender)
        assert f"(n = {expected_n})" in series.name
        for category, count in zip(fig.chart.categories, series.counts):
            form = next(v.id for v in CB.variable("vorm_uitbuiting").values if v.label == category)
            assert count == sum(1 for f, g in known if f == form and g == gender)


def test_relation_by_duration_collapses_to_two_years(demo, report):
    sexual = [c.values for c in demo.cases(YEAR) if c.values["vorm_uitbuiting"] == "seksueel"]
    both = [(v["pleger_relatie"], v["duur"]) for v in sexual if v["pleger_relatie"] != "onbekend" and v["duur"] != "onbekend"]
    fig = figure(report, "Slachtoffer-daderrelatie bij korter en langer dan twee jaar durende seksuele uitbuiting")
    assert fig.n == len(both)
    short = Counter(r for r, d in both if d in ("<1 jaar", "1-2 jaar"))
    table = {s.name.split(" (n = ")[0]: dict(zip(fig.chart.categories, s.counts)) for s in fig.chart.series}
    if short:
        assert {k: v for k, v in table["Korter dan twee jaar"].items() if v} == labelled("pleger_relatie", short)
    assert fig.note.startswith("Toets:")


def test_criminal_activities(demo, report):
    criminal = [c.values for c in demo.cases(YEAR) if c.values["vorm_uitbuiting"] in ("crimineel", "seksueel_en_crimineel")]
    fig = figure(report, "Vormen van criminele uitbuiting")
    assert fig.n == sum(1 for v in criminal if v["criminele_activiteiten"])


def test_year_comparison_counts_each_year(demo, report):
    fig = figure(report, "Slachtoffers van mensenhandel per jaar")
    assert fig.chart.categories == ("2019", "2020", "2021")
    assert fig.chart.series[0].counts == tuple(len(demo.cases(y)) for y in (2019, 2020, 2021))
    victims = tuple(sum(1 for c in demo.cases(y) if c.values["achtergrond_chatter"] == "slachtoffer") for y in (2019, 2020, 2021))
    assert fig.chart.series[1].counts == victims


def test_figures_are_numbered_in_order_with_their_n(report):
    numbers = [f.number for f in report.figures]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 14
    for f in report.figures:
        assert re.fullmatch(rf"Figuur {f.number}\. .+ \(n = {f.n}\)", f.caption)
        assert f.chart.value_axis and f.chart.category_axis
