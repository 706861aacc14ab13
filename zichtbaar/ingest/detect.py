"""Which reader a file needs, from its name alone.

Sniffing content would be guesswork on exactly the files that need a clear
answer (a CSV with one column looks like text); an extension is explicit, and
``format=`` overrides it.
"""

from __future__ import annotations

from os import PathLike, fspath
from pathlib import Path

from zichtbaar.errors import InputError

FORMATS = ("jsonl", "csv", "txt")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "txt"}


def detect_format(path: str | PathLike[str]) -> str:
    """'jsonl', 'csv' or 'txt' by extension (case-insensitive), else InputError."""
    suffix = Path(path).suffix.lower()
    try:
        return _EXTENSIONS[suffix]
    except KeyError:
        raise InputError(
            fspath(path), None, None,
            "a file name ending in .jsonl, .ndjson, .csv or .txt (or name the format explicitly)",
        ) from None
