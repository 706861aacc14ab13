"""Plain-text transcripts, for people copying chats out of a helpline tool.

The format (docs/formats.md) is built so that every line has one reading:
a line that is exactly ``---`` separates chats, a line that starts with a
date and time starts a message, and any other line continues the message
before it. Only one chat is held in memory at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from zichtbaar.errors import InputError
from zichtbaar.ingest._checks import ChatChecker
from zichtbaar.ingest._source import iter_lines
from zichtbaar.ingest._timestamps import require_iso
from zichtbaar.ingest._validation import Loc, Place
from zichtbaar.transcript import Chat

SEPARATOR = "---"
HEADER_KEYS = ("chat_id", "visitor", "channel", "topic", "started_at", "age", "gender")
ROLES = {"bezoeker": "visitor", "visitor": "visitor", "hulpverlener": "counselor", "counselor": "counselor"}

STARTS_MESSAGE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}")
_MESSAGE = re.compile(
    r"(?P<t>[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)[ \t]+"
    r"(?P<role>[A-Za-z]+)[ \t]*:[ \t]?(?P<text>.*)\Z",
    re.DOTALL,
)
_HEADER = re.compile(r"(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*)\Z", re.DOTALL)

MESSAGE_SHAPE = "a message line 'YYYY-MM-DD HH:MM:SS role: text' with role bezoeker, hulpverlener, visitor or counselor"


@dataclass
class _Message:
    line: int
    t: str
    role: str
    lines: list[str]

    def text(self) -> str:
        lines = self.lines
        while len(lines) > 1 and not lines[-1].strip():
            lines = lines[:-1]  # blank lines before the next chat are layout, not text
        return "\n".join(lines)


@dataclass
class _Draft:
    """One chat while its lines are being read."""

    start: int
    header: dict[str, tuple[int, str]] = field(default_factory=dict)
    messages: list[_Message] = field(default_factory=list)
    in_messages: bool = False


def read_txt(path: Path, name: str) -> Iterator[Chat]:
    checker = ChatChecker(name, null_word="an empty value")
    draft: _Draft | None = None
    produced = False
    for number, line in iter_lines(path, name):
        if line.strip() == SEPARATOR:
            if draft is not None:
                yield _finish(draft, name, checker)
                produced = True
            draft = None
        elif draft is None:
            if line.strip():
                draft = _Draft(start=number)
                _header_line(draft, number, line, name)
        elif not draft.in_messages:
            if line.strip():
                _header_line(draft, number, line, name)
            else:
                draft.in_messages = True
        elif STARTS_MESSAGE.match(line):
            draft.messages.append(_message_line(number, line, name))
        elif draft.messages:
            draft.messages[-1].lines.append(line)
        elif line.strip():
            raise InputError(name, number, None, MESSAGE_SHAPE)
    if draft is not None:
        yield _finish(draft, name, checker)
        produced = True
    if not produced:
        raise InputError(name, None, None, "at least one chat (the file has no chats)")


def _header_line(draft: _Draft, number: int, line: str, name: str) -> None:
    if STARTS_MESSAGE.match(line):
        if draft.header:
            raise InputError(name, number, None, "a blank line between the header and the first message")
        raise InputError(name, number, None, "a header (chat_id: ..., visitor: ...) and a blank line before the messages")
    match = _HEADER.match(line)
    key = match["key"].lower() if match else None
    if key not in HEADER_KEYS:
        # The key is not echoed: a line pasted here by mistake may be chat text.
        raise InputError(name, number, None, f"a header line 'key: value' with key {', '.join(HEADER_KEYS)}")
    if key in draft.header:
        raise InputError(name, number, key, f"a single '{key}' line in the header of a chat")
    draft.header[key] = (number, match["value"].strip())


def _message_line(number: int, line: str, name: str) -> _Message:
    match = _MESSAGE.match(line)
    role = ROLES.get(match["role"].lower()) if match else None
    if role is None:
        raise InputError(name, number, "role", MESSAGE_SHAPE)
    return _Message(number, match["t"], role, [match["text"]])


def _finish(draft: _Draft, name: str, checker: ChatChecker) -> Chat:
    header = draft.header
    if not draft.messages:
        raise InputError(name, draft.start, "messages", f"a blank line after the header, then {MESSAGE_SHAPE}")

    def value(key: str) -> str | None:
        return header[key][1] or None if key in header else None

    def locate(loc: Loc) -> Place:
        if loc[0] == "messages" and len(loc) >= 2 and isinstance(loc[1], int):
            msg = draft.messages[loc[1]]
            return Place(msg.line, {"t": "time"}.get(str(loc[2]), str(loc[2])) if len(loc) > 2 else None)
        key = str(loc[-1]) if loc[0] == "profile" and len(loc) > 1 else str(loc[0])
        if key == "started_at" and key not in header:
            return locate(("messages", 0, "t"))  # the start time was taken from there
        if key in header:
            return Place(header[key][0], key)
        if key in HEADER_KEYS:
            return Place(draft.start, key, f"a header line '{key}: ...'")
        return Place(draft.start, None)

    started_at = value("started_at")
    if started_at is not None:
        require_iso(started_at, locate(("started_at",)), name)
    gender = value("gender")
    data = {
        "chat_id": value("chat_id") or "",
        "visitor": value("visitor") or "",
        "channel": value("channel"),
        "topic": value("topic"),
        # Copied chats often lack a start time; the first message is the best stand-in.
        "started_at": started_at or draft.messages[0].t,
        "profile": {"age": value("age"), "gender": gender.lower() if gender else None},
        "messages": [{"t": m.t, "role": m.role, "text": m.text()} for m in draft.messages],
    }
    return checker.from_data(data, locate)
