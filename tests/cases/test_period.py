"""The reporting period: first chat decides, late-December chats, bad dates."""

from __future__ import annotations

import pytest

from cases_fakes import features
from zichtbaar.cases.filter import FilterDecision
from zichtbaar.cases.period import STARTED_BEFORE, Period
from zichtbaar.cases.persons import Basis, LinkState
from zichtbaar.cases.selection import select_cases
from zichtbaar.errors import InputError

YES = FilterDecision(True, "hulpverlener")


def _steps(selection) -> dict[str, int]:
    return {s.label: s.count for s in selection.funnel.steps}


def test_chat_starting_on_new_years_eve_belongs_to_the_year_it_started():
    late = features("c1", "2020-12-31T23:58:00", minutes=40, vorm="seksueel")  # ends 1 January 00:38
    january = features("c2", "2021-01-01T00:05:00", vorm="seksueel")
    chats = [late, january]
    in_2021 = select_cases(chats, [], Period.year(2021))
    assert _steps(in_2021)["chats in de periode"] == 2  # it has messages in 2021
    assert _steps(in_2021)[STARTED_BEFORE] == 1
    assert {c.person_id: c.reason for c in in_2021.cases}["persoon-c1"] == STARTED_BEFORE
    assert in_2021.funnel.unique_visitors == 1
    in_2020 = select_cases(chats, [], Period.year(2020))
    assert [c.chat_ids for c in in_2020.cases if c.included] == [("c1",)]


def test_person_whose_first_chat_was_the_year_before_is_not_a_new_visitor():
    first = features("c1", "2020-11-02T20:00:00", visitor="bezoeker-aa", vorm="seksueel")
    again = features("c2", "2021-02-03T20:00:00", visitor="bezoeker-aa", vorm="seksueel")
    other = features("c3", "2021-03-03T20:00:00", visitor="bezoeker-bb", vorm="seksueel")
    links = [LinkState("c1", "c2", automatic=True)]
    selection = select_cases([first, again, other], links, Period.year(2021))
    cases = {c.person_id: c for c in selection.cases}
    assert cases["persoon-c1"].included is False
    assert cases["persoon-c1"].reason == STARTED_BEFORE
    assert cases["persoon-c1"].chat_ids == ("c2",)
    assert cases["persoon-c3"].included is True
    assert _steps(selection) == {"chats in de periode": 2, STARTED_BEFORE: 1, "geen mensenhandel": 0,
                                 "dubbelingen": 0, "unieke bezoekers": 1}


def test_link_to_an_earlier_chat_under_another_name_counts_only_once_confirmed():
    first = features("c1", "2020-12-10T20:00:00", vorm="seksueel")
    later = features("c2", "2021-01-20T20:00:00", vorm="seksueel")
    proposed = LinkState("c1", "c2", automatic=False, score=9.0)
    confirmed_only = select_cases([first, later], [proposed], Period.year(2021), Basis.BEVESTIGD)
    assert confirmed_only.funnel.unique_visitors == 1
    assert confirmed_only.funnel.pending_links == 1
    with_proposals = select_cases([first, later], [proposed], Period.year(2021), Basis.VOORGESTELD)
    assert with_proposals.funnel.unique_visitors == 0
    weak = LinkState("c1", "c2", automatic=False, score=6.0)  # listed for review only
    assert select_cases([first, later], [weak], Period.year(2021), Basis.VOORGESTELD).funnel.unique_visitors == 1
    rejected = LinkState("c1", "c2", automatic=False, status="rejected")
    assert select_cases([first, later], [rejected], Period.year(2021), Basis.VOORGESTELD).funnel.unique_visitors == 1


def test_funnel_follows_the_seed_order_and_adds_up():
    chats = [
        features("c1", "2021-01-05T10:00:00", visitor="bezoeker-a", vorm="seksueel"),
        features("c2", "2021-02-05T10:00:00", visitor="bezoeker-a", vorm="seksueel"),
        features("c3", "2021-03-05T10:00:00", vorm="geen"),
        features("c4", "2021-04-05T10:00:00", vorm="crimineel"),
        features("c5", "2022-01-05T10:00:00", vorm="crimineel"),
    ]
    links = [LinkState("c1", "c2", automatic=True)]
    funnel = select_cases(chats, links, Period.year(2021)).funnel
    assert [s.label for s in funnel.steps] == [
        "chats in de periode", STARTED_BEFORE, "geen mensenhandel", "dubbelingen", "unieke bezoekers"]
    assert [s.count for s in funnel.steps] == [4, 0, 1, 1, 2]
    assert funnel.table()[2] == ("geen mensenhandel", "− 1")
    assert "unieke bezoekers" in funnel.to_text()


@pytest.mark.parametrize("start,end,field", [
    ("2021-13-01", "2021-12-31", "--from"), ("gisteren", "2021-12-31", "--from"),
    ("2021-01-01", "", "--to"), ("2021-12-31", "2021-01-01", "--to"),
])
def test_bad_dates_name_the_option(start, end, field):
    with pytest.raises(InputError) as raised:
        Period.parse(start, end)
    assert raised.value.field == field
    assert "YYYY-MM-DD" in str(raised.value) or "on or after" in str(raised.value)
