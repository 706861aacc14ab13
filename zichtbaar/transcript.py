"""The chat transcript: the one shape every stage reads and writes.

The JSONL contract in DESIGN.md is the source of truth; these models are its
Python face. They are strict on purpose: a transcript that does not fit is bad
input, and bad input must be refused before anything is stored.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Role = Literal["visitor", "counselor"]
Gender = Literal["v", "m", "neutraal"]


class _Strict(BaseModel):
    # Unknown fields are ignored rather than kept: an export may carry fields we
    # do not know, and keeping them would let unvetted (raw) text into the store.
    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=False)


class Message(_Strict):
    t: datetime
    role: Role
    text: str

    @field_validator("t")
    @classmethod
    def _naive(cls, value: datetime) -> datetime:
        # Exports carry local (Dutch) wall-clock time; a zone would make the
        # period boundaries of the annual report ambiguous.
        return value.replace(tzinfo=None) if value.tzinfo else value


class Profile(_Strict):
    age: int | None = Field(default=None, ge=0, le=120)
    gender: Gender | None = None


class Chat(_Strict):
    chat_id: str = Field(min_length=1, max_length=200)
    visitor: str = Field(min_length=1, max_length=200)
    channel: str | None = None
    # The counselor's tag from the helpline system ("mensenhandel", "seksueel
    # geweld", ...), when the export carries one; the cases stage prefers it
    # over the machine's suggestion.
    topic: str | None = Field(default=None, max_length=100)
    started_at: datetime
    profile: Profile = Profile()
    messages: list[Message] = Field(min_length=1)

    @field_validator("started_at")
    @classmethod
    def _naive(cls, value: datetime) -> datetime:
        return value.replace(tzinfo=None) if value.tzinfo else value

    @property
    def ended_at(self) -> datetime:
        return max(m.t for m in self.messages)

    def to_json_dict(self) -> dict:
        """The contract's JSON shape (datetimes as ISO strings); the optional
        topic appears only when the export carried one."""
        return self.model_dump(mode="json", exclude={"topic"} if self.topic is None else None)
