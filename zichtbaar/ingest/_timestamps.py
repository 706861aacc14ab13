"""The one timestamp shape text formats may use.

pydantic's lax mode reads "1613329380" as a UTC epoch and "2021-02-14" as
midnight; in an export of Dutch wall-clock times both are silent errors. CSV
and plain-text values are therefore gated to ISO 8601 date + time first.
"""

from __future__ import annotations

import re

from zichtbaar.errors import InputError
from zichtbaar.ingest._validation import ISO_DATETIME, Place

ISO_PREFIX = re.compile(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}")


def require_iso(value: str, place: Place, name: str) -> None:
    if not ISO_PREFIX.match(value):
        raise InputError(name, place.line, place.field, ISO_DATETIME)
