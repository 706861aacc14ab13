"""What linking and filtering know about one chat, after pseudonymisation.

Only what survives pseudonymisation is used: the visitor pseudonym, the keyed
hashes of names/places/schools/handles/phones (``ChatPseudonym``), the
self-reported profile, the times, the pseudonymised visitor text and the
machine's (or a coder's) codes. The same ``ChatFeatures`` come from the store
(``from_store``) or from a transcript file pseudonymised in memory
(``from_file``), so both paths link and count identically.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

# Before 2021 an empty age field was stored as 16 (seed 001 §2): not a statement.
AGE_DEFAULT_BEFORE_2021 = 16
LINK_CODES = (
    "vorm_uitbuiting", "achtergrond_chatter", "pleger_relatie", "pleger_familie_detail", "ontmoeting",
    "platform", "duur", "meerdere_plegers", "geslacht_slachtoffer", "leeftijd_slachtoffer",
)
# "ik heb hier al eens gechat", "al eerder met jullie gechat", "vorige week ook gesproken"
_RETURNING = re.compile(
    r"\b(eerder|al eens|laatst|vorige (?:week|keer|maand)|tijdje geleden|al vaker|nog een keer)\b[^.?!]{0,40}"
    r"\b(gechat|gecht|gesproken|gepraat|hier geweest|contact gehad)\b"
    r"|\b(gechat|gesproken|gepraat)\b[^.?!]{0,25}\b(eerder|al eens|vorige keer)\b",
    re.IGNORECASE,
)
_OTHER_NAME = re.compile(r"\b(andere?|nieuwe?)\s+(naam|account|gebruikersnaam|username)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[a-z-]+(?:-\d+)?\]")


@dataclass(frozen=True)
class ChatFeatures:
    chat_id: str
    visitor: str  # pseudonym ("bezoeker-…")
    started_at: datetime
    ended_at: datetime
    age: int | None  # self-reported, None when unknown or the pre-2021 default
    gender: str | None
    topic: str | None = None  # the counselor's tag, when the export has one
    keys: frozenset[tuple[str, str]] = frozenset()  # (type, keyed hash)
    text: str = ""  # the visitor's messages, pseudonymised, placeholders removed
    codes: dict[str, Any] = field(default_factory=dict)
    returning: bool = False  # says they chatted here before
    other_name: bool = False  # ... under another name/account
    pk: int | None = None  # store row id, when from the store


def profile_age(age: int | None, started_at: datetime) -> int | None:
    if age == AGE_DEFAULT_BEFORE_2021 and started_at.year < 2021:
        return None
    return age


def text_signals(visitor_texts: Iterable[str]) -> tuple[str, bool, bool]:
    texts = list(visitor_texts)
    joined = "\n".join(texts)
    returning = any(_RETURNING.search(t) for t in texts)
    other = returning and any(_OTHER_NAME.search(t) for t in texts)
    return _PLACEHOLDER.sub(" ", joined).lower(), returning, other


def from_store(store, progress: Callable[[int], None] | None = None) -> list[ChatFeatures]:
    """Every chat of the store, in bulk queries (no per-chat round trips)."""
    from zichtbaar.store.models import Chat, ChatPseudonym, Coding, Message

    with store.session() as session:
        has_topic = hasattr(Chat, "topic")
        rows = session.execute(
            select(Chat.id, Chat.chat_id, Chat.visitor, Chat.started_at, Chat.ended_at, Chat.profile_age,
                   Chat.profile_gender, Chat.topic if has_topic else Chat.channel)
        ).all()
        keys: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for pk, kind, key in session.execute(select(ChatPseudonym.chat_id, ChatPseudonym.type, ChatPseudonym.key)):
            keys[pk].add((kind, key))
        texts: dict[int, list[str]] = defaultdict(list)
        messages = session.execute(
            select(Message.chat_id, Message.text).where(Message.role == "visitor").order_by(Message.chat_id, Message.index)
        )
        for pk, text in messages:
            texts[pk].append(text)
        codes = store_codes(session)
    out = []
    for n, (pk, chat_id, visitor, started, ended, age, gender, topic) in enumerate(rows, start=1):
        text, returning, other = text_signals(texts.get(pk, ()))
        out.append(ChatFeatures(
            chat_id=chat_id, visitor=visitor, started_at=started, ended_at=ended,
            age=profile_age(age, started), gender=gender, topic=topic if has_topic else None,
            keys=frozenset(keys.get(pk, ())), text=text, codes=codes.get(pk, {}),
            returning=returning, other_name=other, pk=pk,
        ))
        if progress and n % 1000 == 0:
            progress(n)
    return out


def store_codes(session) -> dict[int, dict[str, Any]]:
    """Per chat row: the value of each linking variable, a coder's verdict over
    the machine's suggestion (accepted/edited human rows win; rejected ones are
    dropped). Values carry their status under ``"_status:" + variable``."""
    from zichtbaar.store.models import Coding

    rank = {"accepted": 3, "edited": 3, "suggested": 1}
    best: dict[int, dict[str, tuple[int, Any]]] = defaultdict(dict)
    rows = session.execute(
        select(Coding.chat_id, Coding.variable, Coding.value, Coding.status, Coding.user_id)
        .where(Coding.variable.in_(LINK_CODES))
    )
    for pk, variable, value, status, user_id in rows:
        if status == "rejected":
            continue
        level = rank.get(status, 0) + (1 if user_id is not None else 0)
        current = best[pk].get(variable)
        if current is None or level > current[0]:
            best[pk][variable] = (level, value)
    out: dict[int, dict[str, Any]] = {}
    for pk, values in best.items():
        codes: dict[str, Any] = {}
        for variable, (level, value) in values.items():
            codes[variable] = value
            codes["_status:" + variable] = "bevestigd" if level >= 3 else "voorgesteld"
        out[pk] = codes
    return out


def from_chats(pseudonymised: Iterable[Any], coder: Any | None) -> list[ChatFeatures]:
    """From ``PseudonymisedChat``s (chat + pseudonyms) and an optional coder
    with ``code(chat) -> ChatCoding``."""
    out = []
    for done in pseudonymised:
        chat = done.chat
        text, returning, other = text_signals(m.text for m in chat.messages if m.role == "visitor")
        codes: dict[str, Any] = {}
        if coder is not None:
            coding = coder.code(chat)
            codes = {name: s.value for name, s in coding.suggestions.items() if name in LINK_CODES}
            codes = {**codes, **{"_status:" + k: "voorgesteld" for k in list(codes)}}
            if coding.exclusion_reason:
                codes["_reden"] = coding.exclusion_reason
        out.append(ChatFeatures(
            chat_id=chat.chat_id, visitor=chat.visitor, started_at=chat.started_at, ended_at=chat.ended_at,
            age=profile_age(chat.profile.age, chat.started_at), gender=chat.profile.gender, topic=chat.topic,
            keys=frozenset((p.type, p.key) for p in done.pseudonyms), text=text, codes=codes,
            returning=returning, other_name=other,
        ))
    return out
