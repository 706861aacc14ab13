"""Codebooks, codings, users, audit events and persons, on both backends."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from store_fakes import FakePseudonymiser, synthetic_chat, write_jsonl
from zichtbaar.store import import_file, record_event, save_codebook_version
from zichtbaar.store.models import (
    AuditEvent, Chat, ChatPseudonym, Codebook, CodebookVersion, Coding, Message, Person, User,
)

CKM_2020 = {"variables": {"vorm_uitbuiting": ["seksueel", "crimineel", "arbeid", "geen"], "corona": ["ja", "nee", "onbekend"]}}
CKM_2021 = {"variables": {
    "vorm_uitbuiting": ["seksueel", "crimineel", "seksueel_en_crimineel", "arbeid", "geen"],
    "digitaal_aspect": ["ja", "nee"],
    "leeftijd_slachtoffer": {"type": "integer", "or": "onbekend"},
}}
EVIDENCE = [{"message": 3, "start": 10, "end": 42, "quote": "hij zegt dat ik hem nog geld schuldig ben"},
            {"message": 7, "start": 0, "end": 5, "quote": "ik ben 16 😀"}]


@pytest.fixture
def chats(store, tmp_path):
    rng = random.Random(11)
    source = [synthetic_chat(i, rng) for i in range(4)]
    source[1]["visitor"] = source[3]["visitor"] = "dezelfde_bezoeker"
    import_file(store, write_jsonl(tmp_path / "chats.jsonl", source), FakePseudonymiser())
    with store.session() as session:
        return {c.chat_id: c.id for c in session.scalars(select(Chat))}


@pytest.fixture
def coder(store):
    with store.session() as session:
        user = User(username="anna", display_name="Anna de Vries", role="codeur", password_hash="$argon2id$v=19$x")
        session.add(user)
    return user.id


def test_codebook_versions_keep_old_codings_readable(store, chats, coder):
    with store.session() as session:
        v2020 = save_codebook_version(session, "ckm", "ckm-2020", CKM_2020)
        v2021 = save_codebook_version(session, "ckm", "ckm-2021", CKM_2021)
        session.add_all([
            Coding(chat_id=chats["c000000"], codebook_version=v2020, variable="corona", value="ja", user_id=coder,
                   status="accepted"),
            Coding(chat_id=chats["c000000"], codebook_version=v2021, variable="digitaal_aspect", value="ja",
                   machine_coder="regels-ckm-2021/1", confidence=0.87, evidence=EVIDENCE),
        ])
    with store.session() as session:
        book = session.scalars(select(Codebook)).one()
        assert book.name == "ckm" and [v.version_id for v in book.versions] == ["ckm-2020", "ckm-2021"]
        old = session.scalars(select(Coding).join(CodebookVersion).where(CodebookVersion.version_id == "ckm-2020")).one()
        assert (old.variable, old.value, old.user.username, old.codebook_version.definition) == (
            "corona", "ja", "anna", CKM_2020)
        new = session.scalars(select(Coding).where(Coding.variable == "digitaal_aspect")).one()
        assert new.evidence == EVIDENCE and new.confidence == pytest.approx(0.87)
        assert (new.status, new.user_id, new.machine_coder) == ("suggested", None, "regels-ckm-2021/1")
        assert new.codebook_version.definition == CKM_2021


def test_saving_a_codebook_version_twice(store):
    with store.session() as session:
        first = save_codebook_version(session, "ckm", "ckm-2021", CKM_2021)
    with store.session() as session:
        assert save_codebook_version(session, "ckm", "ckm-2021", CKM_2021).id == first.id
        with pytest.raises(ValueError, match="ckm-2021"):
            save_codebook_version(session, "ckm", "ckm-2021", CKM_2020)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(CodebookVersion)) == 1


@pytest.mark.parametrize("value", [
    "onbekend", 15, None, ["geweld", "sextortion"], [], {"duur": "1-2 jaar", "duur_detail": "meerdere jaren"},
    "Dwangmiddel > Fysiek geweld kind", True, 0.5,
])
def test_coding_values_round_trip_as_json(store, chats, value):
    with store.session() as session:
        version = save_codebook_version(session, "ckm", "ckm-2021", CKM_2021)
        session.add(Coding(chat_id=chats["c000001"], codebook_version=version, variable="x", value=value,
                           machine_coder="regels/1", evidence=EVIDENCE))
    with store.session() as session:
        stored = session.scalars(select(Coding)).one()
        assert stored.value == value and type(stored.value) is type(value)


def test_review_verdict_on_a_machine_suggestion(store, chats, coder):
    with store.session() as session:
        version = save_codebook_version(session, "ckm", "ckm-2021", CKM_2021)
        suggestion = Coding(chat_id=chats["c000002"], codebook_version=version, variable="vorm_uitbuiting",
                            value="seksueel", machine_coder="regels/1", evidence=EVIDENCE)
        session.add(suggestion)
    with store.session() as session:
        coding = session.get(Coding, suggestion.id)
        coding.status, coding.reviewed_by_id, coding.reviewed_at = "accepted", coder, datetime(2026, 3, 1, 10, 0)
        record_event(session, "anna", "coding.accept", f"coding:{coding.id}", variable="vorm_uitbuiting")
    with store.session() as session:
        coding = session.get(Coding, suggestion.id)
        assert (coding.status, coding.reviewed_by.username) == ("accepted", "anna")
        event = session.scalars(select(AuditEvent)).all()[-1]
        assert (event.actor, event.action, event.detail) == ("anna", "coding.accept", {"variable": "vorm_uitbuiting"})


@pytest.mark.parametrize("fields", [
    {"machine_coder": "regels/1", "user_id": "coder"},  # two coders
    {},  # no coder
    {"machine_coder": "regels/1", "status": "misschien"},  # not a status
])
def test_codings_refuse_an_impossible_coder_or_status(store, chats, coder, fields):
    fields = {k: coder if v == "coder" else v for k, v in fields.items()}
    with pytest.raises(IntegrityError), store.session() as session:
        version = save_codebook_version(session, "ckm", "ckm-2021", CKM_2021)
        session.add(Coding(chat_id=chats["c000000"], codebook_version=version, variable="x", value="ja", **fields))
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Coding)) == 0


def test_usernames_are_unique(store, coder):
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(User(username="anna", display_name="Een andere Anna", role="lezer", password_hash="x"))
    with store.session() as session:
        user = session.scalars(select(User)).one()
        assert (user.display_name, user.role, user.active) == ("Anna de Vries", "codeur", True)
        assert user.created_at <= datetime.now()


def test_audit_events_keep_order_and_detail(store):
    with store.session() as session:
        record_event(session, "anna", "login")
        record_event(session, "anna", "export", "rapport-2021.sav", format="sav", rows=314, variables=["geslacht"])
    with pytest.raises(RuntimeError), store.session() as session:
        record_event(session, "bram", "export", "mislukt.xlsx")
        raise RuntimeError("the export failed: its event must not remain")
    with store.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)).all()
    assert [(e.actor, e.action, e.target) for e in events] == [("anna", "login", None), ("anna", "export", "rapport-2021.sav")]
    assert events[1].detail == {"format": "sav", "rows": 314, "variables": ["geslacht"]}


def test_persons_link_chats_found_through_shared_pseudonym_keys(store, chats):
    with store.session() as session:
        shared = (select(ChatPseudonym.key).group_by(ChatPseudonym.key).having(func.count() > 1)).scalar_subquery()
        linked = session.scalars(select(Chat).join(ChatPseudonym).where(ChatPseudonym.key == shared)).all()
        assert sorted(c.chat_id for c in linked) == ["c000001", "c000003"]
        person = Person(label="p0001", chats=linked)
        session.add(person)
    with store.session() as session:
        person = session.scalars(select(Person)).one()
        assert sorted(c.chat_id for c in person.chats) == ["c000001", "c000003"]
        assert session.scalar(select(func.count()).select_from(Chat).where(Chat.person_id.is_(None))) == 2
        session.execute(delete(Person))  # undoing a link keeps the chats
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Chat).where(Chat.person_id.is_(None))) == 4


def test_foreign_keys_are_enforced(store, chats):
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Message(chat_id=max(chats.values()) + 100, index=0, t=datetime(2021, 1, 1), role="visitor", text="x"))
    with store.session() as session:  # deleting a chat takes its messages and pseudonyms along
        session.execute(delete(Chat).where(Chat.chat_id == "c000000"))
    with store.session() as session:
        pk = chats["c000000"]
        assert session.scalar(select(func.count()).select_from(Message).where(Message.chat_id == pk)) == 0
        assert session.scalar(select(func.count()).select_from(ChatPseudonym).where(ChatPseudonym.chat_id == pk)) == 0
