"""Physical lines of a transcript file, decoded one at a time.

Decoding per line (instead of opening the file in text mode) is what lets a
non-UTF-8 byte be reported with its line number, and what keeps memory flat:
only the current line is ever held, however large the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zichtbaar.errors import InputError

_BOM = "\ufeff"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def iter_lines(path: Path, name: str, *, keepends: bool = False) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) for each physical line, counted from 1.

    A UTF-8 byte order mark is dropped; CRLF and LF both end a line. With
    ``keepends`` the line ending is kept (the csv module needs it to tell a
    newline inside a quoted field from the end of a record).
    """
    try:
        handle = open(path, "rb")
    except OSError:
        raise InputError(name, None, None, "a readable file") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(_UTF16_BOMS):
                raise InputError(name, 1, None, "UTF-8 text (this file is UTF-16; save it as UTF-8)")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    name, number, None, f"UTF-8 text (byte {exc.start + 1} of the line is not UTF-8)"
                ) from None
            if number == 1 and text.startswith(_BOM):
                text = text[1:]
            if not keepends:
                text = text.rstrip("\n")
                if text.endswith("\r"):
                    text = text[:-1]
            yield number, text
