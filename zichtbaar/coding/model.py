"""What a machine coder hands to a human coder: a value per variable, how sure
it is, and the exact spans of the chat that support it.

Evidence offsets index the message text as stored (pseudonymised or raw), so a
workbench can highlight ``text[start:end]`` and the coder checks instead of
searches. Models are frozen dataclasses: a coding is a fact about one chat.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    message: int
    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {"message": self.message, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed value. ``source`` says which rule (or model) decided, so a
    coder and the calibration can tell a stated fact from a default."""

    variable: str
    value: Any
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    source: str = "regel"


@dataclass(frozen=True)
class ChatCoding:
    chat_id: str
    codebook: str
    suggestions: dict[str, Suggestion]
    # Why a chat coded `geen` is not about trafficking (for the cases funnel).
    exclusion_reason: str | None = None

    @property
    def not_trafficking_reason(self) -> str | None:
        return self.exclusion_reason

    @property
    def values(self) -> dict[str, Any]:
        return {name: s.value for name, s in self.suggestions.items()}

    def to_json(self) -> dict[str, Any]:
        """The DESIGN.md line, plus per-variable confidence."""
        evidence = [
            {"variable": s.variable, "value": s.value, **e.to_json()}
            for s in self.suggestions.values()
            for e in s.evidence
        ]
        return {
            "chat_id": self.chat_id,
            "variables": self.values,
            "evidence": evidence,
            "confidence": {name: round(s.confidence, 3) for name, s in self.suggestions.items()},
        }

    def to_json_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's internal result before the coder turns it into a Suggestion."""

    value: Any
    confidence: float
    evidence: tuple[Evidence, ...] = field(default=())
    source: str = "regel"
