"""Selecting a quote: it lands in the year's data cut from the pseudonymised
store, and a passage outside its message is refused without a trace."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from zichtbaar.errors import InputError
from zichtbaar.report.dataset import load_year
from zichtbaar.report.quotes import select_quote
from zichtbaar.store.models import AuditEvent, Chat, Coding, Message, User


def _text(store, chat_id: str = "c0") -> str:
    with store.session() as s:
        return s.scalar(select(Message.text).join(Chat).where(Chat.chat_id == chat_id, Message.index == 0))


def _counts(store) -> tuple[int, int]:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Coding)), s.scalar(select(func.count()).select_from(AuditEvent))


def test_selected_quote_is_cut_from_the_store(small):
    text = _text(small)
    start = text.index("het geld")
    quote = select_quote(small, "c0", 0, start, len(text), by="anna", theme="Geld")
    assert quote.text == "het geld krijgt"
    with small.session() as s:
        coding = s.scalar(select(Coding))
        assert (coding.variable, coding.status, coding.value) == ("citaat", "accepted", "Geld")
        assert coding.evidence == [{"message": 0, "start": start, "end": len(text)}]  # where, never the text
        assert s.scalar(select(AuditEvent.action)) == "citaat.selecteer"


def test_an_unknown_researcher_is_added_by_name(small):
    select_quote(small, "c0", 0, 0, 3, by="carla")
    with small.session() as s:
        assert s.scalar(select(User.display_name).join(Coding, Coding.user_id == User.id)) == "carla"


@pytest.mark.parametrize("chat_id, message, start, end, field", [
    ("c9", 0, 0, 4, "chat_id"),
    ("c0", 3, 0, 4, "--message"),
    ("c0", 0, 10, 5, "--start/--end"),
    ("c0", 0, 0, None, "--start/--end"),  # one past the message's end
])
def test_passage_outside_a_message_is_refused_and_changes_nothing(small, chat_id, message, start, end, field):
    end = len(_text(small)) + 1 if end is None else end
    before = _counts(small)
    with pytest.raises(InputError) as error:
        select_quote(small, chat_id, message, start, end, by="anna")
    assert error.value.field == field
    assert _counts(small) == before


def test_quote_of_an_included_case_reaches_the_report_data(small):
    # The chat is only a case when it is about trafficking: give it a confirmed coding.
    select_quote(small, "c0", 0, 0, 3, by="anna")
    with small.session() as s:
        version, user = s.execute(select(Coding.codebook_version_id, Coding.user_id)).one()
        chat = s.scalar(select(Chat.id).where(Chat.chat_id == "c0"))
        s.add(Coding(chat_id=chat, codebook_version_id=version, variable="vorm_uitbuiting", value="seksueel",
                     user_id=user, status="accepted"))
    quotes = load_year(small, 2021).quotes
    assert [(q.chat_id, q.text) for q in quotes] == [("c0", "hij")]
