"""What every format shares: encodings, line endings, very long messages,
format detection and empty or missing files."""

from __future__ import annotations

import pytest

from ingest_samples import chat_dict, csv_rows, csv_text, jsonl_text
from zichtbaar.errors import InputError
from zichtbaar.ingest import detect_format, read_chats

TXT = "chat_id: c0001\nvisitor: lieke123\n\n2021-02-14 19:03:10 bezoeker: {text}\n2021-02-14 19:03:40 hulpverlener: Hoi, fijn dat je er bent.\n"


def _in_format(fmt: str, text: str) -> str:
    chat = chat_dict("c0001", messages=[
        {"t": "2021-02-14T19:03:10", "role": "visitor", "text": text},
        {"t": "2021-02-14T19:03:40", "role": "counselor", "text": "Hoi, fijn dat je er bent."},
    ])
    if fmt == "jsonl":
        return jsonl_text(chat)
    if fmt == "csv":
        return csv_text(csv_rows(chat), lineterminator="\n")
    return TXT.format(text=text)


FORMATS = {"jsonl": "chats.jsonl", "csv": "export.csv", "txt": "chats.txt"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("variant", ["plain", "bom", "crlf", "bom+crlf"])
def test_bom_and_crlf_and_emoji(write, fmt, variant):
    text = "Ik ben bang 😢🙏🏽 — héél bang"
    content = _in_format(fmt, text)
    if "crlf" in variant:
        content = content.replace("\n", "\r\n")
    data = content.encode("utf-8")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    [chat] = read_chats(write(FORMATS[fmt], data))
    assert chat.chat_id == "c0001"  # not '\ufeffc0001' or a BOM-prefixed header
    assert chat.messages[0].text == text
    assert chat.messages[1].text == "Hoi, fijn dat je er bent."  # no stray '\r'


@pytest.mark.parametrize("fmt", FORMATS)
def test_message_of_100000_characters(write, fmt):
    text = ("Hij zegt dat ik hem geld schuldig ben. " * 2600)[:100_000]
    [chat] = read_chats(write(FORMATS[fmt], _in_format(fmt, text)))
    assert len(chat.messages[0].text) == 100_000
    assert chat.messages[0].text == text


@pytest.mark.parametrize("fmt", FORMATS)
def test_non_utf8_bytes_name_the_line(write, refused, fmt):
    good = _in_format(fmt, "hoi").encode("utf-8")
    lines = good.splitlines(keepends=True)
    bad_line = len(lines)  # last message line of the single chat
    lines[-1] = lines[-1].replace(b"Hoi, fijn", "Hoi Zoë, fijn".encode("cp1252"))  # a Windows-1252 export
    assert b"Zo\xeb" in lines[-1]
    path = write(FORMATS[fmt], b"".join(lines))
    refused(path, bad_line, None, "UTF-8 text")


def test_utf16_file_gets_a_hint(write, refused):
    path = write("export.csv", csv_text(csv_rows(chat_dict())).encode("utf-16"))
    refused(path, 1, None, "this file is UTF-16; save it as UTF-8")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("content", [b"", b"\n\r\n  \n", b"\xef\xbb\xbf"], ids=["empty", "blank-lines", "bom-only"])
def test_empty_file(write, refused, fmt, content):
    refused(write(FORMATS[fmt], content), None, None, "at least one chat")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("A.JSONL", "jsonl"), ("dir.v2/export.CSV", "csv"), ("a.txt", "txt")],
)
def test_detect_format(name, fmt):
    assert detect_format(name) == fmt


@pytest.mark.parametrize("name", ["chats.json", "chats.xlsx", "chats", "chats.jsonl.gz"])
def test_unknown_extension(write, name):
    path = write(name, jsonl_text(chat_dict()))
    with pytest.raises(InputError) as info:
        read_chats(path)  # refused before any reading starts
    assert info.value.file == str(path) and info.value.line is None
    assert "a file name ending in .jsonl, .ndjson, .csv or .txt" in info.value.expected


def test_format_argument_overrides_extension(write, refused):
    path = write("export.dat", jsonl_text(chat_dict()))
    assert [c.chat_id for c in read_chats(path, format="jsonl")] == ["c0001"]
    with pytest.raises(InputError) as info:
        read_chats(path, format="xml")
    assert info.value.field == "format" and "jsonl, csv, txt" in info.value.expected
    # read as CSV, the JSON line is a header without the required columns
    refused(path, 1, "chat_id", "a column named 'chat_id'", format="csv")


def test_missing_file_and_directory(tmp_path):
    for path in (tmp_path / "weg.jsonl", tmp_path):
        with pytest.raises(InputError) as info:
            read_chats(path, format="jsonl")
        assert info.value.file == str(path) and "an existing file" in info.value.expected


def test_file_name_is_the_path_as_given(write, monkeypatch, tmp_path):
    write("chats.jsonl", "[]\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as info:
        list(read_chats("chats.jsonl"))
    assert str(info.value).startswith("chats.jsonl, line 1: expected a JSON object")
