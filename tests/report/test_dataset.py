"""Which coding counts, how quotes are cut, and how cases from the cases stage
are used once it exists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from zichtbaar.codebooks import load_codebook
from zichtbaar.report import dataset
from zichtbaar.report.dataset import effective_codings, load_year
from zichtbaar.store import open_store
from zichtbaar.store.models import Chat, Coding, Import, Message, User
from zichtbaar.store.queries import save_codebook_version


@pytest.fixture
def small(tmp_path):
    """Three chats in 2021 and two users, no codings yet."""
    store = open_store(f"sqlite:///{tmp_path / 'z.db'}")
    with store.session() as s:
        imp = Import(source="t.jsonl", sha256="0" * 64)
        s.add(imp)
        s.flush()
        for i in range(3):
            chat = Chat(chat_id=f"c{i}", visitor=f"v{i}", channel="chatmetfier", started_at=datetime(2021, 3, 1 + i),
                        ended_at=datetime(2021, 3, 1 + i, 1), import_id=imp.id)
            s.add(chat)
            s.flush()
            s.add(Message(chat_id=chat.id, index=0, t=datetime(2021, 3, 1 + i), role="visitor",
                          text="hij zegt dat [naam-1] het geld krijgt"))
        for name in ("anna", "bram"):
            s.add(User(username=name, display_name=name.title(), role="onderzoeker", password_hash="!"))
        save_codebook_version(s, "ckm", "ckm-2021", load_codebook("ckm-2021").model_dump(mode="json"))
    yield store
    store.close()


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
    data = load_year(small, 2021)
    assert [c.case_id for c in data.cases] == ["c0"]
    assert [(s.label, s.count) for s in data.funnel] == [
        ("Chats gestart in 2021", 3), ("Nog niet gecodeerd", 1),
        ("Geen hulpvraag over mensenhandel", 1), ("Chats in de analyse", 1)]
    assert data.cases[0].values["duur"] is None  # uncoded is None, not "onbekend"
    assert any("dubbelingen" in note for note in data.notes)


def test_quotes_are_cut_from_the_stored_message(small):
    add(small, "c0", "vorm_uitbuiting", "seksueel", "accepted", user="anna")
    add(small, "c0", "citaat", "Geld", "accepted", user="anna",
        evidence=[{"message": 0, "start": 0, "end": 13, "quote": "iets anders dat niet klopt"},
                  {"message": 0, "start": 5, "end": 999}, {"message": 7, "start": 0, "end": 3}])
    add(small, "c0", "citaat", None, "suggested", machine="regels/1", evidence=[{"message": 0, "start": 0, "end": 3}])
    quotes = load_year(small, 2021).quotes
    assert [(q.text, q.theme, q.coder) for q in quotes] == [("hij zegt dat ", "Geld", "Anna")]


def test_cases_stage_links_chats_and_supplies_the_funnel(small, monkeypatch):
    for chat, value in (("c0", "onbekend"), ("c1", "ja"), ("c2", "nee")):
        add(small, chat, "vorm_uitbuiting", "seksueel", "accepted", user="anna")
        add(small, chat, "acuut_onveilig", value, "accepted", user="anna")

    @dataclass
    class Person:
        person_id: str
        chat_ids: list

    funnel = SimpleNamespace(steps=[SimpleNamespace(label="Chats in 2021", count=3),
                                    SimpleNamespace(label="Gekoppelde dubbelingen", count=1),
                                    SimpleNamespace(label="Unieke bezoekers", count=2)])
    monkeypatch.setattr(dataset, "_cases_stage",
                        lambda: (lambda store, year: funnel, lambda store, year: [Person("p1", ["c1", "c0"]), Person("p2", ["c2"])]))
    data = load_year(small, 2021)
    assert data.unit == "person"
    assert [(c.case_id, c.chat_ids) for c in data.cases] == [("p1", ("c0", "c1")), ("p2", ("c2",))]
    assert data.cases[0].values["acuut_onveilig"] == "ja"  # first known value in chat order
    assert [s.kind for s in data.funnel] == ["start", "minus", "result"]
