"""Links on the project store: verdicts survive re-runs, counts follow verdicts."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from cases_fakes import chat, fill
from zichtbaar.cases import Basis, funnel, included_cases, run_links
from zichtbaar.cases.decisions import decide_link, link_chats, list_links
from zichtbaar.errors import InputError
from zichtbaar.store.models import AuditEvent, Chat, Person

STORY = ["hoi", "hallo", "mijn vriend zegt dat ik met mannen mee moet voor geld in een hotel bij het station, hij heet Dex",
         "wat naar", "hij houdt al mijn geld en dreigt mijn broertje iets aan te doen in Zwolle", "ik lees mee"]
NAMES = {"Dex": "naam", "Zwolle": "plaats"}


def _corpus() -> list:
    chats = [
        chat("c01", "2021-02-01T20:00:00", "lieke123", STORY, age=15),
        chat("c02", "2021-02-20T20:00:00", "anoniem77", STORY[:4] + [STORY[4] + " :(", "ok"], age=15),
        chat("c03", "2021-03-01T20:00:00", "lieke123", ["hoi", "hey", "ik ben het weer, met mannen mee moeten", "ok"], age=15),
    ]
    chats += [chat(f"x{i:02d}", f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}T1{i % 10}:00:00", f"ander{i}",
                   ["hallo", "hoi", f"ik heb ruzie thuis over school en mijn telefoon {i}", "vervelend"], age=13 + i % 6)
              for i in range(20)]
    return chats


def _link(store, a: str, b: str):
    return next(l for l in list_links(store, status=None) if {l.chat_a, l.chat_b} == {a, b})


def test_rejected_link_stays_rejected_after_running_again(store):
    fill(store, _corpus(), NAMES)
    run_links(store)
    proposal = _link(store, "c01", "c02")
    assert proposal.kind == "gelijkenis" and proposal.status == "proposed" and proposal.evidence
    decide_link(store, proposal.id, "reject", "onderzoeker-a", note="ander verhaal")
    again = run_links(store)
    assert again.refresh.decided_kept >= 1
    after = _link(store, "c01", "c02")
    assert (after.id, after.status, after.decided_by) == (proposal.id, "rejected", "onderzoeker-a")
    with store.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "link.reject" in actions


def test_counts_rest_on_confirmed_links(store):
    fill(store, _corpus(), NAMES)
    run_links(store)
    before = funnel(store, 2021)
    assert before.basis is Basis.BEVESTIGD and before.pending_links >= 1
    # same username (c01, c03) is linked without a verdict
    persons = {c.person_id: c.chat_ids for c in included_cases(store, 2021)}
    assert persons["persoon-c01"] == ("c01", "c03")
    decide_link(store, _link(store, "c01", "c02").id, "confirm", "onderzoeker-a")
    after = funnel(store, 2021)
    assert after.unique_visitors == before.unique_visitors - 1
    assert {c.person_id: c.chat_ids for c in included_cases(store, 2021)}["persoon-c01"] == ("c01", "c02", "c03")
    steps = [s.count for s in after.steps]
    assert steps[0] - steps[1] - steps[2] - steps[3] == steps[4]


def test_included_cases_hold_only_the_chats_that_count(store):
    fill(store, _corpus() + [chat("c04", "2021-04-01T20:00:00", "lieke123", ["hoi", "hey", "ik heb ruzie thuis", "ok"])],
         NAMES)
    run_links(store)
    from zichtbaar.cases import Period, select_store

    [everything] = [c for c in select_store(store, Period.year(2021)).cases if c.person_id == "persoon-c01"]
    assert everything.chat_ids == ("c01", "c03", "c04")
    assert everything.excluded_chats == {"c04": "geen mensenhandel (geen signaal in de tekst)"}
    [counted] = [c for c in included_cases(store, 2021) if c.person_id == "persoon-c01"]
    assert counted.chat_ids == ("c01", "c03")


def test_persons_are_written_to_the_store(store):
    fill(store, _corpus(), NAMES)
    run = run_links(store)
    with store.session() as session:
        rows = dict(session.execute(select(Chat.chat_id, Person.label).join(Person, Chat.person_id == Person.id)).all())
        assert session.scalar(select(Person).where(Person.label == "persoon-c03")) is None
    assert rows["c01"] == rows["c03"] == "persoon-c01"
    assert len(set(rows.values())) == run.persons


def test_rejecting_the_same_username_link_splits_the_person(store):
    fill(store, _corpus(), NAMES)
    run_links(store)
    same = _link(store, "c01", "c03")
    assert same.kind == "gebruikersnaam"
    decide_link(store, same.id, "reject", "onderzoeker-b")
    run_links(store)
    persons = {c.person_id for c in included_cases(store, 2021) if {"c01", "c03"} & set(c.chat_ids)}
    assert len(persons) == 2


def test_a_researcher_can_link_what_the_machine_missed(store):
    fill(store, _corpus(), NAMES)
    run_links(store)
    link = link_chats(store, "x05", "x01", "onderzoeker-a")
    assert link.status == "confirmed" and (link.chat_a, link.chat_b) == ("x01", "x05")
    from zichtbaar.cases import Period, select_store

    cases = select_store(store, Period.year(2021)).cases
    assert [c.chat_ids for c in cases if "x01" in c.chat_ids] == [("x01", "x05")]


def test_counselor_topic_in_the_store_is_used(store):
    fill(store, _corpus(), NAMES)
    with store.session() as session:
        session.execute(update(Chat).where(Chat.chat_id == "x03").values(topic="financiële problemen"))
    result = funnel(store, 2021)
    assert result.not_trafficking_reasons.get("geen mensenhandel: financiële problemen") == 1


def test_bad_link_commands_are_input_errors(store):
    fill(store, _corpus(), NAMES)
    run_links(store)
    with pytest.raises(InputError, match="link id"):
        decide_link(store, 999999, "confirm", "a")
    with pytest.raises(InputError, match="verdict"):
        decide_link(store, _link(store, "c01", "c02").id, "maybe", "a")
    with pytest.raises(InputError, match="--status"):
        list_links(store, status="weet niet")
    with pytest.raises(InputError, match="chat b"):
        link_chats(store, "c01", "bestaat-niet", "a")


def test_machine_coding_filters_until_a_coder_decides(store):
    from zichtbaar.store import save_codebook_version
    from zichtbaar.store.models import Coding

    fill(store, _corpus(), NAMES)
    with store.session() as session:
        version = save_codebook_version(session, "ckm", "ckm-test", {"id": "ckm-test"})
        pk = session.scalar(select(Chat.id).where(Chat.chat_id == "c02"))
        session.add(Coding(chat_id=pk, codebook_version_id=version.id, variable="vorm_uitbuiting", value="geen",
                           machine_coder="regels-test", status="suggested", evidence=[]))
    suggested = funnel(store, 2021)
    assert suggested.not_trafficking_reasons.get("geen mensenhandel (volgens de codering)") == 1
    with store.session() as session:
        session.execute(update(Coding).where(Coding.chat_id == pk).values(status="rejected"))
    rejected = funnel(store, 2021)  # the coder rejected "geen": back to the rule, which sees trafficking
    assert "geen mensenhandel (volgens de codering)" not in rejected.not_trafficking_reasons
    with store.session() as session:
        session.execute(update(Coding).where(Coding.chat_id == pk).values(status="accepted"))
    accepted = funnel(store, 2021)
    assert accepted.not_trafficking_reasons.get("geen mensenhandel (volgens de codering)") == 1
    assert accepted.filter_unconfirmed == suggested.filter_unconfirmed - 1
