"""The trafficking filter: counselor's tag, coder, machine, rule — in that order."""

from __future__ import annotations

from cases_fakes import features
from zichtbaar.cases.filter import decide
from zichtbaar.cases.period import Period
from zichtbaar.cases.selection import select_cases


def test_counselor_tag_wins_over_the_machine():
    chat = features("c1", "2021-03-01T12:00:00", topic="sextortion", vorm="seksueel")
    decision = decide(chat)
    assert (decision.about_trafficking, decision.source, decision.confirmed) == (False, "hulpverlener", True)
    assert decision.reason == "geen mensenhandel: sextortion zonder uitbuiting"
    assert decide(features("c2", "2021-03-01T12:00:00", topic="Mensenhandel", vorm="geen")).about_trafficking


def test_unknown_counselor_tag_keeps_its_name_as_reason():
    decision = decide(features("c1", "2021-03-01T12:00:00", topic="relatieproblemen"))
    assert decision.reason == "geen mensenhandel: relatieproblemen"


def test_machine_suggestion_is_to_be_confirmed_and_a_coders_verdict_is_not():
    machine = decide(features("c1", "2021-03-01T12:00:00", vorm="geen"))
    assert (machine.about_trafficking, machine.source, machine.confirmed) == (False, "machine", False)
    assert machine.label.endswith("(te bevestigen)")
    coder = decide(features("c2", "2021-03-01T12:00:00", vorm="crimineel", status="bevestigd"))
    assert (coder.about_trafficking, coder.source, coder.confirmed) == (True, "codeur", True)


def test_machine_reason_is_kept():
    chat = features("c1", "2021-03-01T12:00:00", vorm="geen", _reden="financiële problemen")
    assert decide(chat).reason == "geen mensenhandel: financiële problemen"


def test_rule_signal_when_nothing_is_coded():
    told = features("c1", "2021-03-01T12:00:00", text="mijn vriend zegt dat ik met mannen mee moet voor geld")
    assert decide(told).about_trafficking and decide(told).source == "regel"
    other = features("c2", "2021-03-01T12:00:00", text="ik heb ruzie met mijn moeder over school")
    assert not decide(other).about_trafficking
    assert decide(other).confirmed is False


def test_passed_decisions_override_and_unconfirmed_ones_are_counted():
    from zichtbaar.cases.filter import FilterDecision

    chats = [features("c1", "2021-03-01T12:00:00", vorm="seksueel"), features("c2", "2021-04-01T12:00:00", vorm="seksueel")]
    decisions = {"c2": FilterDecision(False, "codeur", "geen mensenhandel: ander seksueel geweld")}
    funnel = select_cases(chats, [], Period.year(2021), decisions=decisions).funnel
    assert funnel.not_trafficking_reasons == {"geen mensenhandel: ander seksueel geweld": 1}
    assert funnel.filter_unconfirmed == 1  # c1: the machine's, not yet confirmed
