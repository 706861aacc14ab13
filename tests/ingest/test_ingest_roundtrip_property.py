"""Any message text survives JSONL and CSV unchanged (CSV normalises CRLF
inside a text to LF, as documented); readers never choke on odd Unicode."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest_samples import chat_dict, csv_rows, csv_text, jsonl_text
from zichtbaar.ingest import read_chats
from zichtbaar.ingest.txt import STARTS_MESSAGE

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


def _chat(texts_: list[str]) -> dict:
    return chat_dict("c1", messages=[
        {"t": f"2021-02-14T19:{10 + i:02d}:00", "role": ("visitor", "counselor")[i % 2], "text": t}
        for i, t in enumerate(texts_)
    ])


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_any_text_round_trips_through_jsonl_and_csv(texts_):
    chat = _chat(texts_)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp, "c.jsonl")
        jsonl.write_text(jsonl_text(chat), encoding="utf-8")
        [from_jsonl] = read_chats(jsonl)
        assert [m.text for m in from_jsonl.messages] == texts_

        csv_path = Path(tmp, "c.csv")
        csv_path.write_bytes(csv_text(csv_rows(chat)).encode("utf-8"))
        [from_csv] = read_chats(csv_path)
        assert [m.text for m in from_csv.messages] == [t.replace("\r\n", "\n") for t in texts_]


def _fits_txt(text: str) -> bool:
    """Texts the plain-text format can carry verbatim (see docs/formats.md)."""
    lines = text.split("\n")
    return (
        "\r" not in text  # CR before LF is a line ending there
        and all(not STARTS_MESSAGE.match(line) and line.strip() != "---" for line in lines[1:])
        and (len(lines) == 1 or lines[-1].strip() != "")  # trailing blank lines are layout
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(texts.filter(_fits_txt), min_size=1, max_size=4))
def test_texts_round_trip_through_txt(texts_):
    roles = ("bezoeker", "hulpverlener")
    body = "".join(f"2021-02-14 19:{10 + i:02d}:00 {roles[i % 2]}: {t}\n" for i, t in enumerate(texts_))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "c.txt")
        path.write_text("chat_id: c1\nvisitor: lieke123\n\n" + body, encoding="utf-8", newline="")
        [chat] = read_chats(path)
    assert [m.text for m in chat.messages] == texts_
    assert [m.role for m in chat.messages] == [("visitor", "counselor")[i % 2] for i in range(len(texts_))]
