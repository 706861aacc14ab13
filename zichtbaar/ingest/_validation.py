"""Turn a rejected transcript into an InputError a researcher can act on.

pydantic's own messages can carry the offending value (its ``input``), and that
value may be raw chat text. So the error is rebuilt from the location and the
error type only: a field path and a sentence about what was expected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from zichtbaar.errors import InputError

Loc = tuple[str | int, ...]

ISO_DATETIME = "a date-time in ISO 8601, e.g. 2021-02-14T19:03:00"
_ID = "non-empty text of at most 200 characters"

# Field path (message indexes replaced by "*") -> what a valid value looks like.
# "{null}" is how the format spells "unknown" (null in JSON, an empty cell in CSV).
_EXPECTED: dict[tuple[str, ...], str] = {
    ("chat_id",): _ID,
    ("visitor",): _ID,
    ("channel",): "text or {null}",
    ("started_at",): ISO_DATETIME,
    ("profile",): "an object with the fields age and gender, or {null}",
    ("profile", "age"): "an integer 0–120 or {null}",
    ("profile", "gender"): "one of 'v', 'm', 'neutraal' or {null}",
    ("messages",): "a non-empty list of messages",
    ("messages", "*"): "an object with the fields t, role and text",
    ("messages", "*", "t"): ISO_DATETIME,
    ("messages", "*", "role"): "'visitor' or 'counselor'",
    ("messages", "*", "text"): "text",
}


@dataclass(frozen=True)
class Place:
    """Where a field of one chat sits in the file, in the format's own terms."""

    line: int | None
    field: str | None
    expected: str | None = None  # overrides the generic expectation when set


Locator = Callable[[Loc], Place]


def dotted(loc: Loc) -> str:
    """('messages', 3, 'role') -> 'messages[3].role' (indexes count from 0)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def expectation(loc: Loc, error_type: str, msg: str, null_word: str) -> str:
    key = tuple("*" if isinstance(p, int) else p for p in loc)
    base = _EXPECTED.get(key)
    if base is None:
        # Unknown location: pydantic's msg never includes the input value itself.
        base = msg.removeprefix("Input should be ").rstrip(".")
    base = base.format(null=null_word)
    if error_type == "missing":
        return f"{base} (the field is missing)"
    return base


def _json_problem(msg: str) -> str:
    # jiter's messages name the problem and a position within the line, never the input.
    detail = msg.removeprefix("Invalid JSON: ").replace(" at line 1 column ", " at column ")
    return f"valid JSON, one chat object per line ({detail})"


def to_input_error(exc: ValidationError, name: str, locate: Locator, null_word: str) -> InputError:
    """The first problem of a rejected chat (the one on the earliest line)."""
    candidates = []
    for order, err in enumerate(exc.errors(include_url=False, include_input=False, include_context=False)):
        loc = tuple(err["loc"])
        place = locate(loc)
        if err["type"] == "json_invalid":
            expected = _json_problem(err["msg"])
        else:
            expected = place.expected or expectation(loc, err["type"], err["msg"], null_word)
        line_key = place.line if place.line is not None else 0
        candidates.append((line_key, order, InputError(name, place.line, place.field, expected)))
    return min(candidates, key=lambda c: (c[0], c[1]))[2]
