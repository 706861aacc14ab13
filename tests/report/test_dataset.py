"""Which coding counts, how quotes are cut, and how the cases stage's persons
become the report's cases (small stores built by hand)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from zichtbaar.cases import Basis
from zichtbaar.cases.decisions import link_chats
from zichtbaar.cases.linking import THRESHOLD
from zichtbaar.report import build_report
from zichtbaar.report.dataset import effective_codings, load_year
from zichtbaar.store.models import Chat, ChatLink, Coding, User


def add(store, chat_id, variable, value, status, user=None, machine=None, evidence=()):
    with store.session() as s:
        pk = s.scalar(select(Chat.id).where(Chat.chat_id == chat_id))
        uid = s.scalar(select(User.id).where(User.username == user)) if user else None
        s.add(Coding(chat_id=pk, codebook_version_id=1, variable=variable, value=value, status=status,
                     user_id=uid, machine_coder=machine, evidence=list(evidence)))


def test_human_decision_wins_over_a_later_machine_suggestion(small):
    add(small, "c0", "acuut_onveilig", "nee", "accepted", user="anna")
    add(small, "c0", "acuut_onveilig", "ja", "suggested", machine="regels/1")
    add(small, "c1", "acuut_onveilig", "ja", "suggested", machine="regels/1")
    add(small, "c1", "acuut_onveilig", "onbekend", "suggested", machine="regels/2")
    add(small, "c2", "acuut_onveilig", "ja", "rejected", machine="regels/1")
    add(small, "c2", "duur", "<1 jaar", "accepted", user="anna")
    add(small, "c2", "duur", ">2 jaar", "edited", user="bram")
    got = effective_codings(small, "ckm-2021", ["c0", "c1", "c2"])
    assert got["c0"]["acuut_onveilig"] == "nee"
    assert got["c1"]["acuut_onveilig"] == "onbekend"  # the latest suggestion
    assert "acuut_onveilig" not in got["c2"]  # rejected never counts
    assert got["c2"]["duur"] == ">2 jaar"  # the latest confirmed coding


def test_other_codebook_versions_do_not_mix_in(small):
    add(small, "c0", "duur", "<1 jaar", "accepted", user="anna")
    assert effective_codings(small, "ckm-2020", ["c0"]) == {}


def test_uncoded_and_not_trafficking_chats_leave_the_funnel(small):
    add(small, "c0", "vorm_uitbuiting", "seksueel", "accepted", user="anna")
    add(small, "c1", "vorm_uitbuiting", "geen", "accepted", user="anna")
    # c2 is not coded and its text has no trafficking signal: the filter's rule leaves it out
    data = load_year(small, 2021)
    assert [(c.case_id, c.chat_ids) for c in data.cases] == [("persoon-c0", ("c0",))]
    assert [(s.label, s.count, s.kind) for s in data.funnel] == [
        ("chats in de periode", 3, "start"), ("gestart vóór de periode", 0, "minus"),
        ("geen mensenhandel", 2, "minus"), ("dubbelingen", 0, "minus"), ("unieke bezoekers", 1, "result")]
    assert data.cases[0].values["duur"] is None  # uncoded is None, not "onbekend"
    assert data.basis is Basis.BEVESTIGD
    assert any("1 chat(s)" in note and "te bevestigen" in note for note in data.notes)  # c2's rule decision


def test_quotes_are_cut_from_the_stored_message(small):
    add(small, "c0", "vorm_uitbuiting", "seksueel", "accepted", user="anna")
    add(small, "c0", "citaat", "Geld", "accepted", user="anna",
        evidence=[{"message": 0, "start": 0, "end": 13, "quote": "iets anders dat niet klopt"},
                  {"message": 0, "start": 5, "end": 999}, {"message": 7, "start": 0, "end": 3}])
    add(small, "c0", "citaat", None, "suggested", machine="regels/1", evidence=[{"message": 0, "start": 0, "end": 3}])
    quotes = load_year(small, 2021).quotes
    assert [(q.text, q.theme, q.coder) for q in quotes] == [("hij zegt dat ", "Geld", "Anna")]


def test_linked_chats_are_one_person_with_first_known_values(small):
    for chat, value in (("c0", "onbekend"), ("c1", "ja"), ("c2", "nee")):
        add(small, chat, "vorm_uitbuiting", "seksueel", "accepted", user="anna")
        add(small, chat, "acuut_onveilig", value, "accepted", user="anna")
    add(small, "c1", "duur", ">2 jaar", "accepted", user="anna")
    link_chats(small, "c1", "c0", "anna")
    data = load_year(small, 2021)
    assert [(c.case_id, c.chat_ids) for c in data.cases] == [("persoon-c0", ("c0", "c1")), ("persoon-c2", ("c2",))]
    assert data.cases[0].values["acuut_onveilig"] == "ja"  # c0 left it open, c1 tells
    assert data.cases[0].values["duur"] == ">2 jaar"
    assert data.cases[1].values["acuut_onveilig"] == "nee"
    assert [(s.label, s.count) for s in data.funnel][-2:] == [("dubbelingen", 1), ("unieke bezoekers", 2)]


def test_a_person_seen_in_an_earlier_year_is_not_counted_again(small):
    with small.session() as s:
        s.execute(update(Chat).where(Chat.chat_id == "c0").values(started_at=datetime(2020, 12, 1),
                                                                   ended_at=datetime(2020, 12, 1, 1)))
    for chat in ("c0", "c1", "c2"):
        add(small, chat, "vorm_uitbuiting", "seksueel", "accepted", user="anna")
    link_chats(small, "c0", "c1", "anna")
    data = load_year(small, 2021)
    assert [c.case_id for c in data.cases] == ["persoon-c2"]
    assert [(s.label, s.count) for s in data.funnel][:2] == [("chats in de periode", 2), ("gestart vóór de periode", 1)]
    assert [c.case_id for c in load_year(small, 2020).cases] == ["persoon-c0"]  # c1 is not in 2020


def test_the_basis_decides_whether_an_undecided_proposal_counts(small):
    for chat in ("c0", "c1", "c2"):
        add(small, chat, "vorm_uitbuiting", "seksueel", "accepted", user="anna")
    with small.session() as s:
        pk = dict(s.execute(select(Chat.chat_id, Chat.id)).all())
        s.add(ChatLink(chat_a_id=pk["c0"], chat_b_id=pk["c1"], kind="gelijkenis", score=THRESHOLD + 1, evidence=[],
                       status="proposed"))
    confirmed = load_year(small, 2021)
    assert [c.case_id for c in confirmed.cases] == ["persoon-c0", "persoon-c1", "persoon-c2"]
    assert any(note.startswith("1 voorgestelde koppeling") and "niet" in note for note in confirmed.notes)
    proposed = load_year(small, 2021, Basis.VOORGESTELD)
    assert [(c.case_id, c.chat_ids) for c in proposed.cases] == [("persoon-c0", ("c0", "c1")), ("persoon-c2", ("c2",))]
    assert proposed.basis is Basis.VOORGESTELD
    text = " ".join(report_paragraphs(proposed))
    assert f"De tellingen rusten op {Basis.VOORGESTELD.value}" in text and "al mee" in text


def report_paragraphs(data):
    method = build_report(data).sections[0]
    return list(method.paragraphs)


def test_a_persons_chat_not_about_trafficking_adds_no_values(small):
    add(small, "c0", "vorm_uitbuiting", "geen", "accepted", user="anna")
    add(small, "c0", "acuut_onveilig", "ja", "accepted", user="anna")
    add(small, "c1", "vorm_uitbuiting", "seksueel", "accepted", user="anna")
    link_chats(small, "c0", "c1", "anna")
    data = load_year(small, 2021)
    assert [(c.case_id, c.chat_ids) for c in data.cases] == [("persoon-c0", ("c1",))]
    assert data.cases[0].values["acuut_onveilig"] is None  # c0's coding does not count
    assert data.cases[0].values["vorm_uitbuiting"] == "seksueel"
