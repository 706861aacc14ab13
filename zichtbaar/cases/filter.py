"""The trafficking filter: is a chat about human trafficking, and who says so.

The decision per chat comes from the best source available, in this order:
the counselor's tag in the export (``topic``), a coder's confirmed coding of
``vorm_uitbuiting``, the machine's suggestion (marked "te bevestigen" until a
researcher confirms it), and last a plain rule-based signal for when nothing
has been coded. Tests and callers can pass decisions directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from zichtbaar.cases.features import ChatFeatures

Source = Literal["hulpverlener", "codeur", "machine", "regel"]
NOT_TRAFFICKING = "geen mensenhandel"
TRAFFICKING_TOPICS = {"mensenhandel", "seksuele uitbuiting", "criminele uitbuiting", "arbeidsuitbuiting", "uitbuiting"}
# Counselor tags that name another problem, with the seed's reasons.
OTHER_TOPICS = {
    "sextortion": "geen mensenhandel: sextortion zonder uitbuiting",
    "seksueel geweld": "geen mensenhandel: ander seksueel geweld",
    "ander seksueel geweld": "geen mensenhandel: ander seksueel geweld",
    "financiële problemen": "geen mensenhandel: financiële problemen",
    "financiele problemen": "geen mensenhandel: financiële problemen",
    "afpersing": "geen mensenhandel: afpersing",
}
_SIGNAL = re.compile(
    r"\b(uitbuit\w*|mensenhandel|loverboy\w*|pooier|klanten|met mannen mee|seks voor geld|"
    r"geld (?:aan|voor) (?:hem|haar)|drugs (?:vervoeren|verkopen|bewaren)|dealen|moet (?:werken|verdienen))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FilterDecision:
    about_trafficking: bool
    source: Source
    reason: str | None = None  # Dutch, for excluded chats
    confirmed: bool = True  # False: a machine's suggestion a researcher still has to confirm

    @property
    def label(self) -> str:
        suffix = "" if self.confirmed else " (te bevestigen)"
        return (self.reason or "mensenhandel") + suffix


def decide(chat: ChatFeatures) -> FilterDecision:
    """The filter decision for one chat from what its features carry."""
    if chat.topic:
        topic = chat.topic.strip().casefold()
        if topic in TRAFFICKING_TOPICS:
            return FilterDecision(True, "hulpverlener")
        reason = OTHER_TOPICS.get(topic, f"{NOT_TRAFFICKING}: {topic}")
        return FilterDecision(False, "hulpverlener", reason)
    vorm = chat.codes.get("vorm_uitbuiting")
    if vorm not in (None, "onbekend"):
        confirmed = chat.codes.get("_status:vorm_uitbuiting") == "bevestigd"
        source: Source = "codeur" if confirmed else "machine"
        if vorm == "geen":
            reason = chat.codes.get("_reden") or f"{NOT_TRAFFICKING} (volgens de codering)"
            if not reason.startswith(NOT_TRAFFICKING):
                reason = f"{NOT_TRAFFICKING}: {reason}"
            return FilterDecision(False, source, reason, confirmed)
        return FilterDecision(True, source, None, confirmed)
    if _SIGNAL.search(chat.text):
        return FilterDecision(True, "regel", None, False)
    return FilterDecision(False, "regel", f"{NOT_TRAFFICKING} (geen signaal in de tekst)", False)
