"""The reporting period: a person belongs to the year of their first chat.

Seed 001 §2 counts the chats of one calendar year and removes those that
"voor 2021 gestart" were: a chat that began on 31 December and ran into
January belongs to the year it started, and a person whose first chat was in
an earlier period is not a new visitor of this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from zichtbaar.errors import InputError

STARTED_BEFORE = "gestart vóór de periode"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive, as "1 januari tot en met 31 december"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def parse(cls, start: str, end: str, source: str = "command line") -> Period:
        first = _parse_date(start, source, "--from")
        last = _parse_date(end, source, "--to")
        if last < first:
            raise InputError(source, None, "--to", f"a date on or after --from ({first.isoformat()})")
        return cls(first, last)

    @property
    def begins(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def ends(self) -> datetime:
        """The first moment after the period (exclusive bound)."""
        return datetime.combine(self.end + timedelta(days=1), time.min)

    def touches(self, started_at: datetime, ended_at: datetime) -> bool:
        """The chat has any message inside the period."""
        return started_at < self.ends and ended_at >= self.begins

    def contains(self, moment: datetime) -> bool:
        return self.begins <= moment < self.ends

    def label(self) -> str:
        return f"{self.start.isoformat()} t/m {self.end.isoformat()}"


def _parse_date(text: str, source: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InputError(source, None, option, "a date as YYYY-MM-DD") from None
