"""Selecting a quote: it lands in the year's data cut from the pseudonymised
store, and a passage outside its message is refused without a trace."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from zichtbaar.errors import InputError
from zichtbaar.report.dataset import load_year
from zichtbaar.report.quotes import select_quote
from zichtbaar.store import open_store
from zichtbaar.store.models import AuditEvent, Chat, Coding, Import, Message

TEXT = "toen zei [naam-1] dat ik het geld moest afgeven"


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'z.db'}")
    with store.session() as s:
        imp = Import(source="t.jsonl", sha256="0" * 64)
        s.add(imp)
        s.flush()
        chat = Chat(chat_id="c1", visitor="bezoeker-1", channel="chatmetfier", started_at=datetime(2021, 5, 1),
                    ended_at=datetime(2021, 5, 1, 1), import_id=imp.id)
        s.add(chat)
        s.flush()
        s.add(Message(chat_id=chat.id, index=0, t=datetime(2021, 5, 1), role="visitor", text=TEXT))
    yield store
    store.close()


def _counts(store) -> tuple[int, int]:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Coding)), s.scalar(select(func.count()).select_from(AuditEvent))


def test_selected_quote_is_cut_from_the_store(store):
    start = TEXT.index("ik het geld")
    quote = select_quote(store, "c1", 0, start, len(TEXT), by="anna", theme="Geld")
    assert quote.text == "ik het geld moest afgeven"
    with store.session() as s:
        coding = s.scalar(select(Coding))
        assert (coding.variable, coding.status, coding.value) == ("citaat", "accepted", "Geld")
        assert coding.evidence == [{"message": 0, "start": start, "end": len(TEXT)}]  # where, never the text
        assert s.scalar(select(AuditEvent.action)) == "citaat.selecteer"


@pytest.mark.parametrize("chat_id, message, start, end, field", [
    ("c9", 0, 0, 4, "chat_id"),
    ("c1", 3, 0, 4, "--message"),
    ("c1", 0, 10, 5, "--start/--end"),
    ("c1", 0, 0, len(TEXT) + 1, "--start/--end"),
])
def test_passage_outside_a_message_is_refused_and_changes_nothing(store, chat_id, message, start, end, field):
    before = _counts(store)
    with pytest.raises(InputError) as error:
        select_quote(store, chat_id, message, start, end, by="anna")
    assert error.value.field == field
    assert _counts(store) == before


def test_quote_of_an_included_case_reaches_the_report_data(store):
    # The chat is only a case when it is about trafficking: give it a confirmed coding.
    select_quote(store, "c1", 0, 0, 4, by="anna")
    with store.session() as s:
        version = s.scalar(select(Coding.codebook_version_id))
        user = s.scalar(select(Coding.user_id))
        s.add(Coding(chat_id=1, codebook_version_id=version, variable="vorm_uitbuiting", value="seksueel",
                     user_id=user, status="accepted"))
    quotes = load_year(store, 2021).quotes
    assert [(q.chat_id, q.text) for q in quotes] == [("c1", "toen")]
