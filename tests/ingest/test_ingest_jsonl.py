"""JSONL: the contract format. Good files read back exactly; each kind of bad
record is refused with file, line, field and expectation, quoting nothing."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from ingest_samples import chat_dict, jsonl_text
from zichtbaar.ingest import read_chats, write_jsonl
from zichtbaar.transcript import Chat


def test_reads_contract_example_and_skips_blank_lines(write):
    path = write("chats.jsonl", jsonl_text(chat_dict("c0001")) + "\n   \n" + jsonl_text(chat_dict("c0002", "sanne_2006")))
    chats = list(read_chats(path))
    assert [c.chat_id for c in chats] == ["c0001", "c0002"]
    first = chats[0]
    assert first.visitor == "lieke123"
    assert first.started_at == datetime(2021, 2, 14, 19, 3)
    assert first.profile.age == 15 and first.profile.gender == "v"
    assert [m.role for m in first.messages] == ["visitor", "counselor", "visitor"]
    assert first.messages[1].text == "Hoi, fijn dat je er bent."


def test_ndjson_extension_is_jsonl(write):
    path = write("export.NDJSON", jsonl_text(chat_dict()))
    assert [c.chat_id for c in read_chats(path)] == ["c0001"]


def test_round_trip_through_write_jsonl(write, tmp_path):
    long_text = "Ik weet niet meer wat ik moet doen 😢 " * 3000
    source = [
        chat_dict("c1"),
        chat_dict("c2", "sanne_2006", profile={"age": None, "gender": None}, channel=None),
        chat_dict("c3", "jip", messages=[{"t": "2021-03-01T10:00:00", "role": "visitor", "text": long_text},
                                         {"t": "2021-03-01T10:00:05", "role": "counselor", "text": "Ëën moment,\ngoed?"}]),
    ]
    chats = list(read_chats(write("in.jsonl", jsonl_text(*source))))
    out = tmp_path / "out.jsonl"
    assert write_jsonl(chats, out) == 3
    raw = out.read_text(encoding="utf-8")
    assert "😢" in raw and "\\u" not in raw  # readable UTF-8, not escapes
    assert list(read_chats(out)) == chats
    assert [json.loads(line) for line in raw.splitlines()] == [c.to_json_dict() for c in chats]


@pytest.mark.parametrize(
    ("line_text", "field", "expected"),
    [
        ('{"chat_id": "c-geheim-7", "visitor": ', None, "valid JSON"),
        ('["lieke123", "Hij houdt mijn paspoort"]', None, "a JSON object (one chat per line), not an array"),
        ('"Mijn vriend Dennis zegt dat ik moet werken"', None, "not a string"),
        (json.dumps(chat_dict("c0009", channel="Hij houdt mijn paspoort \ud83d")), None, "valid JSON"),
    ],
    ids=["invalid-json", "array-not-object", "string-not-object", "lone-surrogate"],
)
def test_line_that_is_not_a_chat_object(write, refused, line_text, field, expected):
    good = jsonl_text(chat_dict("c0001"))
    path = write("chats.jsonl", good + line_text.rstrip("\n") + "\n" + good)
    refused(path, 2, field, expected)


def _without(d: dict, key: str) -> dict:
    return {k: v for k, v in d.items() if k != key}


def _message(i: int, **over) -> dict:
    chat = chat_dict("c0002")
    chat["messages"][i] = {**chat["messages"][i], **over}
    return chat


@pytest.mark.parametrize(
    ("chat", "field", "expected"),
    [
        (_without(chat_dict("c0002"), "chat_id"), "chat_id", "non-empty text of at most 200 characters (the field is missing)"),
        (chat_dict("", "lieke123"), "chat_id", "non-empty text"),
        (chat_dict(7, "lieke123"), "chat_id", "non-empty text"),
        (chat_dict("c0002", ["lieke123"]), "visitor", "non-empty text"),
        (chat_dict("c0002", started_at="14-02-2021 19:03"), "started_at", "ISO 8601"),
        (chat_dict("c0002", started_at=1613329380), "started_at", "ISO 8601"),
        (chat_dict("c0002", started_at="2021-02-14"), "started_at", "ISO 8601"),
        (chat_dict("c0002", profile={"age": 130, "gender": "v"}), "profile.age", "an integer 0–120 or null"),
        (chat_dict("c0002", profile={"age": "15", "gender": "v"}), "profile.age", "an integer 0–120 or null"),
        (chat_dict("c0002", profile={"age": 15, "gender": "vrouw"}), "profile.gender", "one of 'v', 'm', 'neutraal' or null"),
        (chat_dict("c0002", profile="Hij houdt mijn paspoort"), "profile", "an object with the fields age and gender"),
        (chat_dict("c0002", messages=[]), "messages", "a non-empty list of messages"),
        (chat_dict("c0002", messages="Hij houdt mijn paspoort"), "messages", "a non-empty list of messages"),
        (_message(2, role="bezoeker"), "messages[2].role", "'visitor' or 'counselor'"),
        (_message(1, t="2021-02-31T10:00:00"), "messages[1].t", "ISO 8601"),
        (_message(0, text=None), "messages[0].text", "text"),
        (chat_dict("c0002", messages=[{"t": "2021-02-14T19:03:10", "role": "visitor"}]), "messages[0].text", "(the field is missing)"),
        (chat_dict("c0002", messages=["Hij houdt mijn paspoort"]), "messages[0]", "an object with the fields t, role and text"),
    ],
    ids=[
        "missing-chat_id", "empty-chat_id", "number-chat_id", "list-visitor", "dutch-date", "epoch-number",
        "date-only", "age-out-of-range", "age-as-string", "bad-gender", "profile-not-object", "empty-messages",
        "messages-not-list", "bad-role", "impossible-date", "null-text", "missing-text", "message-not-object",
    ],
)
def test_bad_field_is_named_with_expectation(write, refused, chat, field, expected):
    path = write("chats.jsonl", jsonl_text(chat_dict("c0001"), chat_dict("c0001b"), chat))
    refused(path, 3, field, expected)


def test_error_names_first_problem_only_and_stops_there(write, refused):
    bad = chat_dict("c0002", profile={"age": -1, "gender": "x"})
    later_bad = chat_dict("c0003", messages=[])
    path = write("chats.jsonl", jsonl_text(chat_dict("c0001"), bad, later_bad))
    chats = read_chats(path)
    assert next(chats).chat_id == "c0001"  # records before the bad one do stream out
    refused(path, 2, "profile.age", "0–120")


def test_duplicate_chat_id_names_both_lines(write, refused):
    path = write("chats.jsonl", jsonl_text(chat_dict("c-geheim-7"), chat_dict("c2"), chat_dict("c-geheim-7", "sanne_2006")))
    refused(path, 3, "chat_id", "a chat_id not used earlier in this file (line 1 has the same chat_id)")


def test_messages_out_of_time_order(write, refused):
    chat = _message(2, t="2021-02-14T19:01:00")  # two and a half minutes before message 1
    refused(write("chats.jsonl", jsonl_text(chat)), 1, "messages[2].t", "messages in time order")


def test_small_clock_skew_is_accepted(write):
    chat = _message(2, t="2021-02-14T19:03:00")  # 40 s before message 1, after start
    assert len(list(read_chats(write("chats.jsonl", jsonl_text(chat))))) == 1


def test_start_more_than_an_hour_after_first_message(write, refused):
    late = chat_dict("c0002", started_at="2021-02-14T20:03:11")
    refused(write("chats.jsonl", jsonl_text(late)), 1, "started_at", "at most 1 hour after the chat's first message")
    one_hour = chat_dict("c0002", started_at="2021-02-14T20:03:10")  # exactly 1 h: a DST mix-up, accepted
    assert [c.chat_id for c in read_chats(write("ok.jsonl", jsonl_text(one_hour)))] == ["c0002"]
    early = chat_dict("c0002", started_at="2021-02-14T17:00:00")  # waited in the queue: fine
    assert [c.started_at.hour for c in read_chats(write("early.jsonl", jsonl_text(early)))] == [17]


def test_timezone_offsets_keep_wall_clock_time(write):
    chat = chat_dict("c0002", started_at="2021-02-14T19:03:00+01:00")
    [read] = read_chats(write("chats.jsonl", jsonl_text(chat)))
    assert read.started_at == datetime(2021, 2, 14, 19, 3)


def test_unknown_fields_are_dropped(write):
    chat = chat_dict("c0002", notitie="Hij houdt mijn paspoort")
    [read] = read_chats(write("chats.jsonl", jsonl_text(chat)))
    assert "notitie" not in read.to_json_dict()
    assert isinstance(read, Chat)
