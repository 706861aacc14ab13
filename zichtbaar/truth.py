"""Ground truth beside a synthetic corpus (``FILE.truth.jsonl``).

The generator writes it; the evaluation commands of each stage read it. It is a
contract between them, so it lives outside both.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

PiiType = Literal[
    "naam", "plaats", "school", "telefoonnummer", "e-mail", "account", "adres",
    "postcode", "datum", "url", "iban", "bsn", "kenteken",
]


class PiiSpan(BaseModel):
    """One occurrence of identifying text in one message (character offsets)."""

    model_config = ConfigDict(frozen=True)
    message: int
    start: int
    end: int
    type: PiiType
    text: str


class ChatTruth(BaseModel):
    """What a perfect coder and pseudonymiser would say about one chat."""

    model_config = ConfigDict(frozen=True)
    chat_id: str
    person_id: str
    scenario: str
    about_trafficking: bool
    variables: dict[str, Any]
    pii: list[PiiSpan]
