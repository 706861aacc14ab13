"""The state rules share while one chat is coded, and small helpers to turn
hits into findings. A new Context per chat: no state leaks between chats."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zichtbaar.coding.model import Evidence, Finding
from zichtbaar.coding.text import Answer, Doc, Hit


@dataclass
class Context:
    doc: Doc
    found: dict[str, Finding] = field(default_factory=dict)
    # Who the victim is, as the chatter rule worked out.
    self_victim: bool = True
    victim_gender_hint: tuple[str, Evidence] | None = None  # from the noun naming the victim
    victim_noun_hit: Hit | None = None
    victim_age: int | None = None
    exclusion_reason: str | None = None

    @property
    def chat(self):
        return self.doc.chat

    def value(self, variable: str) -> Any:
        f = self.found.get(variable)
        return f.value if f is not None else None


def from_hits(value: Any, hits: list[Hit], confidence: float) -> Finding:
    hearsay = bool(hits) and all(h.hearsay for h in hits)
    conf = confidence - (0.05 if hearsay else 0.0)
    return Finding(value, conf, tuple(h.evidence for h in hits[:3]), source="horen_zeggen" if hearsay else "regel")


def from_answer(value: Any, answer: Answer, confidence: float) -> Finding:
    return Finding(value, confidence, (answer.evidence,), source="antwoord")


def unknown(value: Any, confidence: float) -> Finding:
    return Finding(value, confidence, (), source="geen_bewijs")
