"""Importing transcript files: all or nothing, idempotent, pseudonymised only."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, table

from store_fakes import FakePseudonymiser, synthetic_chat, write_jsonl
from zichtbaar.errors import InputError
from zichtbaar.ingest import read_chats
from zichtbaar.privacy import Pseudonym, PseudonymisedChat
from zichtbaar.store import (
    ImportResult, count_chats_by_year, import_file, iter_chats, load_chat, open_store,
)
from zichtbaar.store.models import AuditEvent, Chat, ChatPseudonym, Import, Message


def counts(store) -> dict[str, int]:
    names = [n for n in inspect(store.engine).get_table_names() if n != "alembic_version"]
    with store.session() as session:
        return {n: session.scalar(select(func.count()).select_from(table(n))) for n in names}


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_import_stores_every_chat_message_and_pseudonym(store, corpus):
    result = import_file(store, corpus, FakePseudonymiser())

    source = lines(corpus)
    assert result == ImportResult(source="export.jsonl", added=len(source), already_present=0)
    n_messages = sum(len(c["messages"]) for c in source)
    stored = counts(store)
    assert stored["chats"] == len(source)
    assert stored["messages"] == n_messages
    assert stored["chat_pseudonyms"] == len(source)
    with store.session() as session:
        record = session.scalars(select(Import)).one()
        assert record.sha256 == hashlib.sha256(corpus.read_bytes()).hexdigest()
        assert (record.source, record.chats_added, record.chats_already_present, record.messages_added) == (
            "export.jsonl", len(source), 0, n_messages)
        assert set(session.scalars(select(Chat.import_id))) == {record.id}
        event = session.scalars(select(AuditEvent)).one()
        assert (event.action, event.target, event.actor) == ("import", "export.jsonl", "cli")
        assert event.detail["chats_added"] == len(source) and event.detail["import_id"] == record.id
        # chat metadata arrives as given
        first = session.scalars(select(Chat).where(Chat.chat_id == source[0]["chat_id"])).one()
        assert first.started_at.isoformat() == source[0]["started_at"]
        assert first.ended_at.isoformat() == source[0]["messages"][-1]["t"]
        assert (first.profile_age, first.profile_gender) == (source[0]["profile"]["age"], source[0]["profile"]["gender"])
        assert first.channel == "chatmetfier"


def test_only_the_pseudonymisers_output_reaches_the_store(store, corpus):
    import_file(store, corpus, FakePseudonymiser(keep_text=False))
    source = lines(corpus)
    with store.session() as session:
        assert set(session.scalars(select(Message.text))) == {"[tekst]"}
        visitors = set(session.scalars(select(Chat.visitor)))
    assert not visitors & {c["visitor"] for c in source}
    assert all(v.startswith("bezoeker-") for v in visitors)


def test_chats_come_back_as_they_went_in(store, corpus):
    pseudonymiser = FakePseudonymiser(keep_text=True)
    import_file(store, corpus, pseudonymiser)
    expected = {c.chat.chat_id: c.chat for c in FakePseudonymiser(keep_text=True).pseudonymise_many(read_chats(corpus))}

    back = list(iter_chats(store))
    assert {c.chat_id: c for c in back} == expected
    assert [c.started_at for c in back] == sorted(c.started_at for c in back)
    some = next(iter(expected))
    assert load_chat(store, some) == expected[some]
    assert load_chat(store, "bestaat-niet") is None


def test_counts_and_chats_per_year(store, corpus, monkeypatch):
    import zichtbaar.store.queries as queries

    monkeypatch.setattr(queries, "PAGE", 7)  # many pages: the keyset paging must not skip or repeat
    import_file(store, corpus, FakePseudonymiser())
    per_year = Counter(int(c["started_at"][:4]) for c in lines(corpus))

    assert count_chats_by_year(store) == dict(sorted(per_year.items()))
    in_2021 = list(iter_chats(store, year=2021))
    assert len(in_2021) == per_year[2021]
    assert {c.started_at.year for c in in_2021} == {2021}
    assert len({c.chat_id for c in iter_chats(store)}) == sum(per_year.values())


def test_importing_the_same_file_again_changes_no_chat(store, corpus):
    import_file(store, corpus, FakePseudonymiser())
    before = counts(store)
    again = FakePseudonymiser()
    result = import_file(store, corpus, again)

    assert (result.added, result.already_present) == (0, before["chats"])
    after = counts(store)
    assert {k: v for k, v in after.items() if k not in ("imports", "audit_events")} == \
        {k: v for k, v in before.items() if k not in ("imports", "audit_events")}
    assert again.seen == 0  # known chats are not even pseudonymised again
    with store.session() as session:
        latest = session.scalars(select(Import).order_by(Import.id.desc())).first()
        assert (latest.chats_added, latest.chats_already_present) == (0, before["chats"])


def test_a_file_overlapping_the_store_adds_only_new_chats(store, tmp_path):
    rng = random.Random(5)
    chats = [synthetic_chat(i, rng) for i in range(150)]
    import_file(store, write_jsonl(tmp_path / "2021.jsonl", chats[:100]), FakePseudonymiser())
    result = import_file(store, write_jsonl(tmp_path / "2022.jsonl", chats[50:]), FakePseudonymiser())

    assert (result.added, result.already_present) == (50, 50)
    with store.session() as session:
        assert set(session.scalars(select(Chat.chat_id))) == {c["chat_id"] for c in chats}


def test_bad_record_at_line_5000_stores_nothing_of_the_file(store, corpus, tmp_path):
    import_file(store, corpus, FakePseudonymiser())
    before = counts(store)
    rng = random.Random(9)
    chats = [synthetic_chat(10_000 + i, rng, messages=2) for i in range(5000)]
    chats[4999]["messages"][1]["role"] = "ouder"
    bad = write_jsonl(tmp_path / "bad.jsonl", chats)

    with pytest.raises(InputError) as caught:
        import_file(store, bad, FakePseudonymiser())
    assert caught.value.line == 5000 and "role" in caught.value.field
    assert counts(store) == before  # not the 4,999 good chats, no import row, no audit event
    assert all(c.chat_id < "c010000" for c in iter_chats(store))


def test_a_failure_after_some_batches_rolls_the_whole_import_back(store, corpus, tmp_path):
    rng = random.Random(3)
    first = write_jsonl(tmp_path / "eerste.jsonl", [synthetic_chat(i, rng) for i in range(1000, 1040)])
    import_file(store, first, FakePseudonymiser())
    before = counts(store)

    with pytest.raises(RuntimeError):
        import_file(store, corpus, FakePseudonymiser(fail_at=280))  # after the first batch was inserted
    assert counts(store) == before


def test_a_killed_import_loses_nothing_acknowledged(db_url, corpus, tmp_path):
    rng = random.Random(4)
    first = write_jsonl(tmp_path / "eerste.jsonl", [synthetic_chat(i, rng) for i in range(1000, 1040)])
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from store_fakes import FakePseudonymiser
        from zichtbaar.store import import_file, open_store

        class Killed(FakePseudonymiser):
            def pseudonymise_many(self, chats):
                for n, done in enumerate(super().pseudonymise_many(chats)):
                    if n == 290:  # a batch of 250 is already in the open transaction
                        os.kill(os.getpid(), signal.SIGKILL)
                    yield done

        store = open_store({db_url!r})
        print(import_file(store, {str(first)!r}, FakePseudonymiser()).added, flush=True)
        import_file(store, {str(corpus)!r}, Killed())
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == -9, run.stderr
    assert run.stdout.strip() == "40"

    with open_store(db_url) as store:
        stored = counts(store)
        assert (stored["chats"], stored["imports"], stored["audit_events"]) == (40, 1, 1)
        result = import_file(store, corpus, FakePseudonymiser())  # the store is still usable
        assert result.added == 300


def test_missing_file_is_bad_input_and_changes_nothing(store, tmp_path):
    before = counts(store)
    with pytest.raises(InputError) as caught:
        import_file(store, tmp_path / "bestaat-niet.jsonl", FakePseudonymiser())
    assert "bestaat-niet.jsonl" in str(caught.value)
    assert counts(store) == before


def test_progress_reports_chats_done_so_far(store, corpus):
    seen: list[int] = []
    import_file(store, corpus, FakePseudonymiser(), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 300 and len(set(seen)) > 1

    again: list[int] = []
    import_file(store, corpus, FakePseudonymiser(), progress=again.append)
    assert again[-1] == 300


TRICKY = [
    "Ĳsselmeer, café, naïef, coördinatie, één — ‘aanhalingstekens’ „zo” …",
    "emoji 😀🙈💔🇳🇱 👩🏽‍💻 en samengestelde e\u0301 en zero\u200bwidth",
    "العربية · 中文 · русский · עברית",
    "tabs\tnieuwe\nregels\r\nen \\backslashes\\ en \"quotes\" en 'enkel' en %s %% {x} ; DROP TABLE chats; --",
]


def test_utf8_emoji_and_very_long_texts_survive(store, tmp_path):
    rng = random.Random(8)
    long_text = "".join(rng.choice(["ë", "😀", "a", " ", "ĳ", "\n", "我", "x" * 7]) for _ in range(40_000))[:100_000]
    long_text = long_text.ljust(100_000, "ü")
    assert len(long_text) == 100_000
    chat = synthetic_chat(1, rng, messages=len(TRICKY) + 1)
    for message, value in zip(chat["messages"], [*TRICKY, long_text]):
        message["text"] = value
    chat["visitor"] = "zoë_😀"
    import_file(store, write_jsonl(tmp_path / "utf8.jsonl", [chat]), FakePseudonymiser(keep_text=True))

    back = load_chat(store, chat["chat_id"])
    assert [m.text for m in back.messages] == [*TRICKY, long_text]
    with store.session() as session:
        assert session.scalar(select(func.length(Message.text)).where(Message.index == len(TRICKY))) == 100_000
        assert session.scalar(select(func.count()).select_from(ChatPseudonym)) == 1


class TwoNumbersPseudonymiser(FakePseudonymiser):
    """As the real one does: two phone numbers in a chat are both
    [telefoonnummer], and two forms of one name are both [naam-1]."""

    def pseudonymise_many(self, chats):
        for done in super().pseudonymise_many(chats):
            extra = (Pseudonym("[telefoonnummer]", "telefoonnummer", "a" * 64),
                     Pseudonym("[telefoonnummer]", "telefoonnummer", "b" * 64),
                     Pseudonym("[naam-1]", "naam", "c" * 64),
                     Pseudonym("[naam-1]", "naam", "d" * 64),
                     Pseudonym("[naam-1]", "naam", "c" * 64))  # a repeat adds nothing
            yield PseudonymisedChat(done.chat, done.pseudonyms + extra)


def test_one_placeholder_may_stand_for_several_originals(store, corpus):
    import_file(store, corpus, TwoNumbersPseudonymiser())
    with store.session() as session:
        rows = session.execute(select(ChatPseudonym.placeholder, ChatPseudonym.key)
                               .join(Chat).where(Chat.chat_id == "c000000")).all()
        linked = session.scalar(select(func.count(func.distinct(ChatPseudonym.chat_id))).where(ChatPseudonym.key == "d" * 64))
    assert sorted((p, k[0]) for p, k in rows if p != "[account-1]") == [
        ("[naam-1]", "c"), ("[naam-1]", "d"), ("[telefoonnummer]", "a"), ("[telefoonnummer]", "b")]
    assert len(rows) == 5  # and the visitor's [account-1]
    assert linked == 300  # the key links every chat that mentions the same original


@pytest.mark.parametrize("where", ["text", "chat_id", "visitor"])
def test_nul_characters_are_refused_on_every_backend(store, corpus, tmp_path, where):
    """PostgreSQL cannot hold NUL in text; SQLite could, but a file must import
    the same whatever the URL."""
    import_file(store, corpus, FakePseudonymiser())
    before = counts(store)
    rng = random.Random(6)
    chats = [synthetic_chat(20_000 + i, rng) for i in range(3)]
    if where == "text":
        chats[2]["messages"][1]["text"] = "geheim\u0000woord"
    else:
        chats[2][where] += "\u0000"

    with pytest.raises(InputError) as caught:
        import_file(store, write_jsonl(tmp_path / "nul.jsonl", chats), FakePseudonymiser())
    assert caught.value.file == "nul.jsonl" and where in caught.value.field and "NUL" in caught.value.expected
    assert "geheim" not in str(caught.value)
    assert counts(store) == before
