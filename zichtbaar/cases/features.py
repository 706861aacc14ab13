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
_WHEN_BEFORE = (
    r"(?:eerder|al eens|al vaker|laatst|toen|nog een keer|een keer eerder|tijdje geleden|gisteren|eergisteren"
    r"|(?:een\s+)?(?:paar|twee|drie|vier|\d+)\s+(?:dagen|dag|weken|week|maanden|maand|jaar)\s+(?:terug|geleden)"
    r"|(?:een\s+)?(?:week|maand|jaar|dag)\s+(?:terug|geleden)"
    r"|vorige?\s+(?:week|keer|maand|jaar|zomer|winter|lente|herfst)|vorig\s+jaar"
    r"|(?:deze|afgelopen|in\s+de)\s+(?:zomer|winter|lente|herfst|kerstvakantie|zomervakantie|meivakantie)"
    r"|(?:afgelopen\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))"
)
_SPOKE = r"(?:gechat|gecht|gesproken|gepraat|hier\s+geweest|contact\s+gehad|hier\s+verteld|een\s+gesprek\s+gehad)"
_RETURNING = re.compile(
    r"\b" + _WHEN_BEFORE + r"\b[^.?!]{0,40}\b" + _SPOKE + r"\b"
    r"|\b" + _SPOKE + r"\b[^.?!]{0,25}\b" + _WHEN_BEFORE + r"\b"
    r"|\b(?:ik\s+ben\s+het\s+weer|het\s+is\s+weer|weer\s+terug|weet\s+je\s+(?:het\s+)?nog|ik\s+ben\s+terug)\b"
    r"|\b(?:chatted|talked|spoke)\b[^.?!]{0,25}\b(?:before|last\s+(?:week|month|year|time))\b",
    re.IGNORECASE,
)
_OTHER_NAME = re.compile(r"\b(andere?|nieuwe?)\s+(naam|account|gebruikersnaam|username)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[a-z-]+(?:-\d+)?\]")
# A placeholder the visitor uses for themself: "ik heet [naam-1]", "[naam-1] is
# mijn naam", "ik woon in [plaats-1]", "ik zit op [school-1]". Their own name,
# town or school says far more about who they are than a name they mention.
# Placeholders may be "[naam-1]" or a surrogate name, so the words around are
# matched and the placeholder is looked up right after (or before) them.
_SELF_BEFORE = re.compile(
    r"\b(?:ik heet|k heet|heet ik|mijn naam is|mn naam is|m'n naam is|noem me|noem mij|ik ben|k ben|ben)\s*:?\s*"
    r"|\b(?:ik woon|k woon|woon|wij wonen|we wonen|ik kom|k kom|kom)\s+(?:in|bij|uit|vlakbij|in de buurt van)\s+"
    r"|\b(?:ik zit|k zit|zit)\s+(?:op|in)\s+(?:het |de |t |'t )?"
    r"|\bmijn school(?: is|:)?\s+(?:het |de )?"
    r"|\b(?:i am|i'm|im) from\s+",
    re.IGNORECASE,
)
# "ik ben [naam-1], 17, uit [plaats-1]": the town closes an introduction
_SELF_FROM = re.compile(
    r"\b(?:ik ben|k ben|kben)(?:\s*(?:\[[a-z-]+(?:-\d+)?\]|\d+|jaar|jr|j|,))+\s*uit\s+", re.IGNORECASE
)
_SELF_AFTER = re.compile(r",?\s*(?:zo heet ik|is mijn naam|heet ik)\b", re.IGNORECASE)
_OWN_TYPES = ("naam", "plaats", "school")


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
    self_keys: frozenset[tuple[str, str]] = frozenset()  # the visitor's own name, town, school (a subset of keys)
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


def own_keys(visitor_texts: Iterable[str], pseudonyms: Iterable[tuple[str, str, str]]) -> frozenset[tuple[str, str]]:
    """The keys of the placeholders the visitor uses for themself, from the
    pseudonymised text (placeholders still in) and (placeholder, type, key) rows."""
    by_placeholder: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for placeholder, kind, key in pseudonyms:
        if kind in _OWN_TYPES:
            by_placeholder[placeholder].append((kind, key))
    if not by_placeholder:
        return frozenset()
    found: set[tuple[str, str]] = set()
    for text in visitor_texts:
        present = [p for p in by_placeholder if p in text]
        if not present:
            continue
        for match in (*_SELF_BEFORE.finditer(text), *_SELF_FROM.finditer(text)):
            found.update(k for p in present if text.startswith(p, match.end()) for k in by_placeholder[p])
        for match in _SELF_AFTER.finditer(text):
            found.update(k for p in present if text.endswith(p, 0, match.start()) for k in by_placeholder[p])
    return frozenset(found)


def from_store(store, progress: Callable[[int], None] | None = None) -> list[ChatFeatures]:
    """Every chat of the store, in bulk queries (no per-chat round trips)."""
    from zichtbaar.store.models import Chat, ChatPseudonym, Message

    with store.session() as session:
        rows = session.execute(
            select(Chat.id, Chat.chat_id, Chat.visitor, Chat.started_at, Chat.ended_at, Chat.profile_age,
                   Chat.profile_gender, Chat.topic)
        ).all()
        keys: dict[int, set[tuple[str, str]]] = defaultdict(set)
        placeholders: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for pk, placeholder, kind, key in session.execute(
            select(ChatPseudonym.chat_id, ChatPseudonym.placeholder, ChatPseudonym.type, ChatPseudonym.key)
        ):
            keys[pk].add((kind, key))
            placeholders[pk].append((placeholder, kind, key))
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
            age=profile_age(age, started), gender=gender, topic=topic,
            keys=frozenset(keys.get(pk, ())), text=text, codes=codes.get(pk, {}),
            returning=returning, other_name=other, pk=pk,
            self_keys=own_keys(texts.get(pk, ()), placeholders.get(pk, ())),
        ))
        if progress and n % 1000 == 0:
            progress(n)
    return out


def store_codes(session) -> dict[int, dict[str, Any]]:
    """Per chat row: the value of each linking variable, a coder's over the
    machine's (a coder's own row, then a reviewed (accepted/edited) suggestion, then a plain
    suggestion; rejected values are dropped). Each value's status is kept under
    ``"_status:" + variable``: "bevestigd" or "voorgesteld"."""
    from zichtbaar.store.models import Coding

    best: dict[int, dict[str, tuple[int, Any]]] = defaultdict(dict)
    rows = session.execute(
        select(Coding.chat_id, Coding.variable, Coding.value, Coding.status, Coding.user_id)
        .where(Coding.variable.in_(LINK_CODES))
    )
    for pk, variable, value, status, user_id in rows:
        if status == "rejected":
            continue
        if user_id is not None:
            level = 4  # a coder's own value
        elif status in ("accepted", "edited"):
            level = 3  # the machine's row after review: accepted, or edited to the coder's value
        else:
            level = 1  # the machine's suggestion
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
        visitor_texts = [m.text for m in chat.messages if m.role == "visitor"]
        text, returning, other = text_signals(visitor_texts)
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
            self_keys=own_keys(visitor_texts, ((p.placeholder, p.type, p.key) for p in done.pseudonyms)),
        ))
    return out
