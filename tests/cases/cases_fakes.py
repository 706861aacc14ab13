"""Cases test helpers: chats as features, transcripts, and a STAND-IN
pseudonymiser (test double: keys the visitor and the names a test declares,
so the tests do not wait 8 s for deduce; the cases stage reads the same rows).
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from zichtbaar.cases.features import ChatFeatures
from zichtbaar.store import import_chats
from zichtbaar.privacy import Pseudonym, PseudonymisedChat
from zichtbaar.transcript import Chat, Message, Profile

KEY = b"cases-test-key-not-secret"


def keyed(text: str) -> str:
    return hmac.new(KEY, text.casefold().encode(), hashlib.sha256).hexdigest()


def features(chat_id: str, started: str, *, visitor: str | None = None, minutes: int = 20, age=None, gender=None,
             topic=None, keys=(), text: str = "", vorm: str | None = None, status: str = "voorgesteld",
             **codes) -> ChatFeatures:
    start = datetime.fromisoformat(started)
    values = dict(codes)
    if vorm is not None:
        values["vorm_uitbuiting"] = vorm
        values["_status:vorm_uitbuiting"] = status
    return ChatFeatures(
        chat_id=chat_id, visitor=visitor or f"bezoeker-{chat_id}", started_at=start,
        ended_at=start + timedelta(minutes=minutes), age=age, gender=gender, topic=topic,
        keys=frozenset((kind, keyed(value)) for kind, value in keys), text=text, codes=values,
    )


def chat(chat_id: str, started: str, visitor: str, texts: list[str], *, minutes: int = 20, topic: str | None = None,
         age: int | None = None) -> Chat:
    start = datetime.fromisoformat(started)
    step = timedelta(minutes=minutes) / max(1, len(texts) - 1)
    return Chat(
        chat_id=chat_id, visitor=visitor, channel="chatmetfier", topic=topic, started_at=start,
        profile=Profile(age=age, gender="v"),
        messages=[Message(t=start + i * step, role="visitor" if i % 2 == 0 else "counselor", text=t)
                  for i, t in enumerate(texts)],
    )


class StandInPseudonymiser:
    """Test double: replaces the declared names by [naam-N] and keys them."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = names or {}  # surface -> type

    def pseudonymise_many(self, chats):
        for original in chats:
            found: dict[str, Pseudonym] = {}
            messages = []
            for m in original.messages:
                text = m.text
                for surface, kind in self.names.items():
                    if surface in text:
                        p = found.setdefault(surface, Pseudonym(f"[{kind}-{len(found) + 1}]", kind, keyed(surface)))
                        text = text.replace(surface, p.placeholder)
                messages.append(m.model_copy(update={"text": text}))
            visitor = "bezoeker-" + keyed(original.visitor)[:12]
            yield PseudonymisedChat(original.model_copy(update={"messages": messages, "visitor": visitor}), tuple(found.values()))


def fill(store, chats: list[Chat], names: dict[str, str] | None = None) -> None:
    import_chats(store, chats, StandInPseudonymiser(names), source="test.jsonl", sha256="0" * 64)
