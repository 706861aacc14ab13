"""JSONL transcripts: one chat per line, the contract of DESIGN.md."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path

from zichtbaar.errors import InputError
from zichtbaar.ingest._checks import ChatChecker
from zichtbaar.ingest._source import iter_lines
from zichtbaar.ingest._validation import Loc, Place, dotted
from zichtbaar.transcript import Chat

_JSON_KINDS = {"[": "an array", '"': "a string", "t": "true", "f": "false", "n": "null"}


def read_jsonl(path: Path, name: str) -> Iterator[Chat]:
    checker = ChatChecker(name, null_word="null")
    produced = False
    for number, text in iter_lines(path, name):
        if not text.strip():
            continue

        def locate(loc: Loc, number: int = number, text: str = text) -> Place:
            if not loc:  # the line itself is not a chat object
                kind = _JSON_KINDS.get(text.lstrip()[:1], "a number")
                return Place(number, None, f"a JSON object (one chat per line), not {kind}")
            return Place(number, dotted(loc))

        chat = checker.from_json(text, locate)
        produced = True
        yield chat
    if not produced:
        raise InputError(name, None, None, "at least one chat (the file has no chats)")


def write_jsonl(chats: Iterable[Chat], path: str | PathLike[str]) -> int:
    """Write chats in the contract's JSONL shape; returns how many were written.

    Non-ASCII stays readable (ensure_ascii=False): researchers open these files
    in an editor, and Dutch text full of \\u00eb escapes is not readable.
    """
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for chat in chats:
            out.write(json.dumps(chat.to_json_dict(), ensure_ascii=False))
            out.write("\n")
            count += 1
    return count
