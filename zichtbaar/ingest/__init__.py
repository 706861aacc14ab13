"""Ingest: read transcript files (JSONL, CSV, plain text) into validated Chats.

Readers stream: one chat is in memory at a time, so a file of any size reads
with flat memory. The first bad record stops the read with an InputError that
names file, line, field and what was expected, and never quotes the file's
text. Callers that import should consume the whole iterator before committing
anything, so that nothing of a bad file is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from os import PathLike, fspath
from pathlib import Path
from typing import Literal

from zichtbaar.errors import InputError
from zichtbaar.ingest.csvfile import read_csv
from zichtbaar.ingest.detect import FORMATS, detect_format
from zichtbaar.ingest.jsonl import read_jsonl, write_jsonl
from zichtbaar.ingest.txt import read_txt
from zichtbaar.transcript import Chat

Format = Literal["jsonl", "csv", "txt"]

_READERS = {"jsonl": read_jsonl, "csv": read_csv, "txt": read_txt}

__all__ = ["FORMATS", "Format", "detect_format", "read_chats", "write_jsonl"]


def read_chats(path: str | PathLike[str], format: Format | None = None) -> Iterator[Chat]:
    """Stream the chats of one transcript file.

    The format and the file's existence are checked at once (so a typo fails
    before any work starts); records are read and validated lazily.
    """
    name = fspath(path)
    if format is None:
        format = detect_format(path)
    elif format not in _READERS:
        raise InputError(name, None, "format", f"one of {', '.join(FORMATS)}")
    path = Path(path)
    if not path.is_file():
        raise InputError(name, None, None, "an existing file")
    return _READERS[format](path, name)
