"""The plain-text format people type or paste: header block, blank line,
one message per line, continuation lines, chats separated by '---'."""

from __future__ import annotations

from datetime import datetime

import pytest

from zichtbaar.ingest import read_chats

TWO_CHATS = """\
chat_id: c0001
visitor: lieke123
channel: chatmetfier
started_at: 2021-02-14 19:03:00
age: 15
gender: V

2021-02-14 19:03:10 bezoeker: Mijn vriend Dennis zegt dat ik moet werken
2021-02-14 19:03:40 hulpverlener: Hoi, fijn dat je er bent.
Wat bedoel je met werken?

Neem je tijd.
2021-02-14 19:05 bezoeker:Hij houdt mijn paspoort

---
chat_id: c0002
visitor: sanne_2006

2021-03-01T10:00:00 Visitor: hoi
2021-03-01 10:00:30 COUNSELOR: Hoi!
"""


def test_reads_header_messages_continuations_and_separator(write):
    first, second = read_chats(write("chats.txt", TWO_CHATS))
    assert first.chat_id == "c0001" and first.visitor == "lieke123" and first.channel == "chatmetfier"
    assert first.started_at == datetime(2021, 2, 14, 19, 3)
    assert first.profile.age == 15 and first.profile.gender == "v"
    assert [m.role for m in first.messages] == ["visitor", "counselor", "visitor"]
    assert first.messages[1].text == "Hoi, fijn dat je er bent.\nWat bedoel je met werken?\n\nNeem je tijd."
    assert first.messages[2].text == "Hij houdt mijn paspoort"  # trailing blank line before --- dropped
    assert first.messages[2].t == datetime(2021, 2, 14, 19, 5)
    # no started_at, age, gender, channel: start = first message, unknowns stay unknown
    assert second.started_at == datetime(2021, 3, 1, 10, 0)
    assert second.channel is None and second.profile.age is None and second.profile.gender is None
    assert [m.role for m in second.messages] == ["visitor", "counselor"]


def test_empty_header_values_mean_unknown(write):
    text = "chat_id: c1\nvisitor: lieke123\nage:\ngender: \n\n2021-02-14 19:03:10 bezoeker: hoi\n"
    [chat] = read_chats(write("chats.txt", text))
    assert chat.profile.age is None and chat.profile.gender is None


def _chat(header: str, body: str = "2021-02-14 19:03:10 bezoeker: Mijn vriend Dennis zegt dat ik moet werken\n") -> str:
    return header + "\n" + body


GOOD = _chat("chat_id: c0001\nvisitor: lieke123\n")


@pytest.mark.parametrize(
    ("text", "line", "field", "expected"),
    [
        (GOOD + "---\n" + _chat("chat_id: c0002\nHij houdt mijn paspoort\n"), 7, None, "a header line 'key: value' with key chat_id"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nbezoeker: lieke123\n"), 7, None, "a header line 'key: value'"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: sanne_2006\nvisitor: lieke123\n"), 8, "visitor", "a single 'visitor' line"),
        (GOOD + "---\n" + _chat("visitor: sanne_2006\n"), 6, "chat_id", "a header line 'chat_id: ...'"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: sanne_2006\nage: vijftien\n"), 8, "age", "an integer 0–120 or an empty value"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: sanne_2006\ngender: vrouw\n"), 8, "gender", "one of 'v', 'm', 'neutraal'"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: sanne_2006\nstarted_at: 14 feb 2021\n"), 8, "started_at", "ISO 8601"),
        (GOOD + "---\nchat_id: c0002\nvisitor: sanne_2006\n2021-02-14 19:03:10 bezoeker: hoi\n", 8, None, "a blank line between the header and the first message"),
        (GOOD + "---\n2021-02-14 19:03:10 bezoeker: Hij houdt mijn paspoort\n", 6, None, "a header (chat_id: ..., visitor: ...)"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: s\n", "2021-02-14 19:03:10 Hij houdt mijn paspoort\n"), 9, "role", "role bezoeker, hulpverlener, visitor or counselor"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: s\n", "2021-02-14 19:03:10 moeder: Hij houdt mijn paspoort\n"), 9, "role", "a message line 'YYYY-MM-DD HH:MM:SS role: text'"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: s\n", "Hij houdt mijn paspoort\n"), 9, None, "a message line"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: s\n", "2021-02-30 19:03:10 bezoeker: hoi\n"), 9, "time", "ISO 8601"),
        (GOOD + "---\n" + _chat("chat_id: c0002\nvisitor: s\n", "2021-02-14 19:03:10 bezoeker: hoi\n2021-02-14 18:03:10 hulpverlener: hoi\n"), 10, "time", "time order"),
        (GOOD + "---\nchat_id: c0002\nvisitor: s\n\n", 6, "messages", "a blank line after the header, then a message line"),
        (GOOD + "---\n" + GOOD.replace("c0001", "c-geheim-7") + "---\n" + GOOD.replace("c0001", "c-geheim-7"), 11, "chat_id", "not used earlier in this file (line 6 has"),
    ],
    ids=[
        "header-line-without-colon", "unknown-header-key", "duplicate-header-key", "missing-chat_id", "bad-age",
        "bad-gender", "bad-started_at", "no-blank-line-before-messages", "no-header", "message-without-role",
        "unknown-role-word", "text-before-first-message", "impossible-date", "out-of-order", "no-messages",
        "duplicate-chat_id",
    ],
)
def test_bad_txt_is_refused_with_line_and_field(write, refused, text, line, field, expected):
    refused(write("chats.txt", text), line, field, expected)


def test_separator_line_always_separates(write):
    text = GOOD + "---\n\n---\n" + GOOD.replace("c0001", "c0002") + "---\n"
    assert [c.chat_id for c in read_chats(write("chats.txt", text))] == ["c0001", "c0002"]
