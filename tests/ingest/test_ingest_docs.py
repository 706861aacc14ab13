"""The examples in docs/formats.md are real: each reads as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zichtbaar.ingest import read_chats

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.mark.parametrize(("lang", "name"), [("json", "voorbeeld.jsonl"), ("csv", "voorbeeld.csv"), ("text", "voorbeeld.txt")])
def test_documented_example_reads(tmp_path, lang, name):
    [example] = _blocks(lang)
    path = tmp_path / name
    path.write_text(example, encoding="utf-8")
    chats = list(read_chats(path))
    assert [c.chat_id for c in chats] == ["c0001", "c0002"]
    assert chats[0].visitor == "lieke123" and chats[1].visitor == "sanne_2006"
    assert chats[0].profile.age == 15 and chats[1].profile.age is None
    assert chats[0].messages[0].text == "hoi"
    assert chats[1].messages[0].role == "visitor"


def test_csv_example_keeps_quotes_and_line_breaks(tmp_path):
    path = tmp_path / "voorbeeld.csv"
    path.write_text(_blocks("csv")[0], encoding="utf-8")
    chats = list(read_chats(path))
    assert chats[1].messages[0].text == 'Mag ik iets vragen?\nHet gaat over mijn vriend. Hij zei: "je moet".'
    assert chats[1].channel is None


def test_txt_example_continuation(tmp_path):
    path = tmp_path / "voorbeeld.txt"
    path.write_text(_blocks("text")[0], encoding="utf-8")
    first, second = read_chats(path)
    assert first.messages[1].text == "Hoi, fijn dat je er bent.\nWaar wil je het over hebben?"
    assert [m.role for m in second.messages] == ["visitor", "counselor"]
