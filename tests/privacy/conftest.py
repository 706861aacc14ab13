"""One deduce start (7 s) for the whole privacy suite."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from zichtbaar.transcript import Chat, Message

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def make_chat(texts: list[str], visitor: str = "lieke123", chat_id: str = "c0001", roles: list[str] | None = None) -> Chat:
    start = datetime(2021, 2, 14, 19, 3)
    roles = roles or ["visitor" if i % 2 == 0 else "counselor" for i in range(len(texts))]
    return Chat(
        chat_id=chat_id,
        visitor=visitor,
        channel="chatmetfier",
        started_at=start,
        profile={"age": 15, "gender": "v"},
        messages=[Message(t=start + timedelta(seconds=30 * i), role=r, text=t) for i, (t, r) in enumerate(zip(texts, roles))],
    )


@pytest.fixture(scope="session")
def pseudonymiser():
    from zichtbaar.privacy import Pseudonymiser

    p = Pseudonymiser(KEY)
    p.pseudonymise(make_chat(["warm-up"]))  # loads deduce and the word lists once
    return p


@pytest.fixture(scope="session")
def run(pseudonymiser):
    """Pseudonymise texts as one chat; returns the output texts."""

    def _run(*texts: str) -> list[str]:
        return [m.text for m in pseudonymiser.pseudonymise(make_chat(list(texts))).chat.messages]

    return _run


def present(surface: str, text: str) -> bool:
    """``surface`` occurs in ``text`` as a whole word, in any case."""
    return re.search(r"(?<![^\W_])" + re.escape(surface.lower()) + r"(?![^\W_])", text.lower()) is not None


def assert_pseudonymised(out: str, gone: list[str], kept: list[str]) -> None:
    """Every surface in ``gone`` was replaced and every word in ``kept`` stayed."""
    for surface in gone:
        assert not present(surface, out), f"{surface!r} left in {out!r}"
    for word in kept:
        assert present(word, out), f"{word!r} removed from {out!r}"
