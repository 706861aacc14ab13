"""Small hand-written chats for the coding tests: ``chat("hoi", "C:Hoe oud ben je?", "15")``."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from zichtbaar.coding import RuleCoder
from zichtbaar.transcript import Chat, Message, Profile

START = datetime(2021, 10, 5, 19, 0)


def make_chat(*texts: str, age: int | None = None, gender: str | None = None, chat_id: str = "t1",
              started_at: datetime = START) -> Chat:
    messages = []
    for i, text in enumerate(texts):
        role = "counselor" if text.startswith("C:") else "visitor"
        messages.append(Message(t=started_at + timedelta(seconds=30 * i), role=role, text=text[2:] if role == "counselor" else text))
    return Chat(chat_id=chat_id, visitor="bezoeker", channel="chatmetfier", started_at=started_at,
                profile=Profile(age=age, gender=gender), messages=messages)


@pytest.fixture(scope="session")
def coder() -> RuleCoder:
    return RuleCoder("ckm-2021")


@pytest.fixture(scope="session")
def code(coder):
    """Code a hand-written chat and return its values."""
    def run(*texts: str, **kwargs):
        return coder.code(make_chat(*texts, **kwargs))
    return run
