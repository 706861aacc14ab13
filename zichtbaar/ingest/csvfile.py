"""CSV exports: one row per message, the rows of one chat next to each other.

Only one chat's rows are held at a time, so memory stays flat. The csv module
reads from our line iterator, which keeps its ``line_num`` equal to physical
lines (a quoted message may span several) and reports non-UTF-8 bytes by line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from zichtbaar.errors import InputError
from zichtbaar.ingest._checks import ChatChecker
from zichtbaar.ingest._source import iter_lines
from zichtbaar.ingest._timestamps import require_iso
from zichtbaar.ingest._validation import Loc, Place
from zichtbaar.transcript import Chat

REQUIRED = ("chat_id", "visitor", "channel", "started_at", "t", "role", "text")
OPTIONAL = ("profile_age", "profile_gender", "topic")
# Columns that describe the chat rather than the message: equal on all its rows.
CHAT_LEVEL = ("visitor", "channel", "started_at", "profile_age", "profile_gender", "topic")

# A message of 100,000 characters is realistic; csv's default limit (131,072)
# is too close. The limit stays finite because it is also what stops a missing
# closing quote from swallowing the rest of a large file into memory.
FIELD_LIMIT = 1_000_000


def read_csv(path: Path, name: str) -> Iterator[Chat]:
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    checker = ChatChecker(name, null_word="an empty cell")
    rows = _records(path, name)
    columns, width = _header(rows, name)
    group: list[tuple[int, dict[str, str]]] = []
    for line, cells in rows:
        if len(cells) != width:
            raise InputError(
                name, line, None, f"{width} cells per row as in the header row (this row has {len(cells)})",
            )
        row = {col: cells[i] for col, i in columns.items()}
        chat_id = row["chat_id"]
        if group and chat_id != group[0][1]["chat_id"]:
            yield _chat(group, name, checker)
            group = []
        if not group and checker.seen(chat_id):
            raise InputError(
                name, line, "chat_id",
                "the rows of one chat next to each other: rows with this chat_id already came "
                f"from line {checker.first_line(chat_id)} on, and another chat came in between",
            )
        group.append((line, row))
    if group:
        yield _chat(group, name, checker)
    else:
        raise InputError(name, None, None, "at least one chat (the file has a header row but no messages)")


def _records(path: Path, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) of each non-blank CSV record."""
    reader = csv.reader((text for _, text in iter_lines(path, name, keepends=True)), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(name, start, None, _csv_problem(str(exc))) from None
        if any(cell.strip() for cell in cells):
            yield start, cells


def _csv_problem(message: str) -> str:
    # csv's messages name a syntax problem, never the data; translate the common ones.
    if "unexpected end of data" in message:
        return "a closing quote for the quoted cell that starts on this line"
    if "field larger than field limit" in message:
        return f"cells of at most {FIELD_LIMIT:,} characters (is a closing quote missing?)"
    if "expected after" in message:
        return "a comma or line end right after a closing quote (write a quote inside a quoted cell as \"\")"
    return f"valid CSV ({message})"


def _header(rows: Iterator[tuple[int, list[str]]], name: str) -> tuple[dict[str, int], int]:
    """The position of each column we use, and the header's width."""
    first = next(rows, None)
    if first is None:
        raise InputError(name, None, None, "at least one chat (the file is empty)")
    line, cells = first
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        col = cell.strip().lower()
        if col in REQUIRED or col in OPTIONAL:
            if col in columns:
                raise InputError(name, line, col, f"a single column named '{col}' in the header row")
            columns[col] = i
    for col in REQUIRED:
        if col not in columns:
            raise InputError(
                name, line, col,
                f"a column named '{col}' in the header row (required: {', '.join(REQUIRED)})",
            )
    return columns, len(cells)


def _chat(group: list[tuple[int, dict[str, str]]], name: str, checker: ChatChecker) -> Chat:
    first_line, first = group[0]
    for line, row in group[1:]:
        for col in CHAT_LEVEL:
            if col in row and row[col] != first[col]:
                raise InputError(
                    name, line, col, f"the same {col} on every row of a chat (as on line {first_line})"
                )
    lines = [line for line, _ in group]

    def locate(loc: Loc) -> Place:
        if loc[0] == "messages" and len(loc) >= 2 and isinstance(loc[1], int):
            return Place(lines[loc[1]], str(loc[2]) if len(loc) > 2 else None)
        if loc[0] == "profile":
            return Place(first_line, f"profile_{loc[1]}" if len(loc) > 1 else "profile_age")
        return Place(first_line, str(loc[0]))

    require_iso(first["started_at"], locate(("started_at",)), name)
    messages = []
    for i, (_, row) in enumerate(group):
        require_iso(row["t"], locate(("messages", i, "t")), name)
        messages.append({"t": row["t"], "role": row["role"], "text": row["text"].replace("\r\n", "\n")})
    data = {
        "chat_id": first["chat_id"],
        "visitor": first["visitor"],
        "channel": _or_none(first["channel"]),
        "topic": _or_none(first.get("topic", "")),
        "started_at": first["started_at"],
        "profile": {
            "age": _or_none(first.get("profile_age", "")),
            "gender": _or_none(first.get("profile_gender", "")),
        },
        "messages": messages,
    }
    return checker.from_data(data, locate)


def _or_none(cell: str) -> str | None:
    return cell if cell.strip() else None
