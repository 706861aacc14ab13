"""Selecting the cases of a period and the funnel of exclusions (seed 001 §2).

Order as in the seed: chats in the period, minus chats that started before it
(or whose person was already seen before it), minus chats not about
trafficking, minus duplicates of a person already counted ("dubbelingen"),
leaving the unique visitors. Each person is reported once, with the reason
when none of their chats remains.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from zichtbaar.cases.features import ChatFeatures
from zichtbaar.cases.filter import FilterDecision, decide
from zichtbaar.cases.period import STARTED_BEFORE, Period
from zichtbaar.cases.persons import Basis, LinkState, group

CHATS_IN_PERIOD = "chats in de periode"
NOT_TRAFFICKING = "geen mensenhandel"
DUPLICATES = "dubbelingen"
UNIQUE = "unieke bezoekers"


@dataclass(frozen=True)
class FunnelStep:
    label: str
    count: int
    subtracted: bool  # shown as "− n"


@dataclass(frozen=True)
class Funnel:
    period: Period
    basis: Basis
    steps: tuple[FunnelStep, ...]
    not_trafficking_reasons: dict[str, int]  # the "geen mensenhandel" step broken down
    filter_unconfirmed: int  # filter decisions that are a machine suggestion "te bevestigen"
    pending_links: int  # proposed links touching the period that no researcher decided

    @property
    def unique_visitors(self) -> int:
        return self.steps[-1].count

    def table(self) -> list[tuple[str, str]]:
        """Rows (label, count) as the report prints them; no plotting here."""
        return [(s.label, f"− {s.count}" if s.subtracted else str(s.count)) for s in self.steps]

    def to_text(self) -> str:
        width = max(len(s.label) for s in self.steps)
        lines = [f"Trechter {self.period.label()} ({self.basis.value})"]
        lines += [f"  {label:<{width}}  {count:>7}" for label, count in self.table()]
        for reason, n in sorted(self.not_trafficking_reasons.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"    {reason}: {n}")
        if self.filter_unconfirmed:
            lines.append(f"  filterbesluiten te bevestigen: {self.filter_unconfirmed}")
        if self.pending_links:
            lines.append(f"  koppelingen te beoordelen: {self.pending_links}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "basis": self.basis.value,
            "steps": [{"label": s.label, "count": s.count, "subtracted": s.subtracted} for s in self.steps],
            "not_trafficking_reasons": self.not_trafficking_reasons,
            "filter_unconfirmed": self.filter_unconfirmed,
            "pending_links": self.pending_links,
        }


@dataclass(frozen=True)
class Case:
    """One person of the period: their chats in it, and whether they count."""

    person_id: str
    chat_ids: tuple[str, ...]  # every chat of the person in the period
    first_chat: datetime  # the person's first chat ever (decides the period)
    included: bool
    reason: str | None  # why not included
    included_chat_ids: tuple[str, ...] = ()
    excluded_chats: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "person_id": self.person_id, "chat_ids": list(self.chat_ids), "included": self.included,
            "reason": self.reason, "first_chat": self.first_chat.isoformat(),
            "included_chat_ids": list(self.included_chat_ids), "excluded_chats": self.excluded_chats,
        }


@dataclass(frozen=True)
class Selection:
    funnel: Funnel
    cases: tuple[Case, ...]


def select_cases(
    chats: list[ChatFeatures],
    links: Iterable[LinkState],
    period: Period,
    basis: Basis = Basis.BEVESTIGD,
    decisions: dict[str, FilterDecision] | None = None,
) -> Selection:
    """The cases and funnel of ``period``. ``chats`` must hold every chat that
    may be linked (earlier years too), so a returning person is recognised."""
    links = list(links)
    ids = [c.chat_id for c in chats]
    component = group(ids, links, basis)
    members: dict[int, list[ChatFeatures]] = defaultdict(list)
    for chat in chats:
        members[component[chat.chat_id]].append(chat)

    in_period = [c for c in chats if period.touches(c.started_at, c.ended_at)]
    reasons: dict[str, str] = {}
    unconfirmed = 0
    for chat in in_period:
        people = members[component[chat.chat_id]]
        first = min(p.started_at for p in people)
        if chat.started_at < period.begins or first < period.begins:
            reasons[chat.chat_id] = STARTED_BEFORE
            continue
        decision = (decisions or {}).get(chat.chat_id) or decide(chat)
        unconfirmed += not decision.confirmed
        if not decision.about_trafficking:
            reasons[chat.chat_id] = decision.reason or NOT_TRAFFICKING
    remaining = [c for c in in_period if c.chat_id not in reasons]
    persons_left = {component[c.chat_id] for c in remaining}

    not_trafficking = Counter(r for r in reasons.values() if r != STARTED_BEFORE)
    started_before = sum(r == STARTED_BEFORE for r in reasons.values())
    steps = (
        FunnelStep(CHATS_IN_PERIOD, len(in_period), False),
        FunnelStep(STARTED_BEFORE, started_before, True),
        FunnelStep(NOT_TRAFFICKING, sum(not_trafficking.values()), True),
        FunnelStep(DUPLICATES, len(remaining) - len(persons_left), True),
        FunnelStep(UNIQUE, len(persons_left), False),
    )
    period_ids = {c.chat_id for c in in_period}
    pending = sum(1 for link in links if link.pending and (link.a in period_ids or link.b in period_ids))
    funnel = Funnel(period, basis, steps, dict(not_trafficking), unconfirmed, pending)

    cases = []
    grouped: dict[int, list[ChatFeatures]] = defaultdict(list)
    for chat in in_period:
        grouped[component[chat.chat_id]].append(chat)
    for number, period_chats in grouped.items():
        people = sorted(members[number], key=lambda c: (c.started_at, c.chat_id))
        period_chats.sort(key=lambda c: (c.started_at, c.chat_id))
        kept = tuple(c.chat_id for c in period_chats if c.chat_id not in reasons)
        excluded = {c.chat_id: reasons[c.chat_id] for c in period_chats if c.chat_id in reasons}
        cases.append(Case(
            person_id=person_label(people[0].chat_id), chat_ids=tuple(c.chat_id for c in period_chats),
            first_chat=people[0].started_at, included=bool(kept),
            reason=None if kept else excluded[period_chats[0].chat_id],
            included_chat_ids=kept, excluded_chats=excluded,
        ))
    cases.sort(key=lambda case: (case.first_chat, case.person_id))
    return Selection(funnel, tuple(cases))


def person_label(first_chat_id: str) -> str:
    """Stable across runs: a person is named after their first chat."""
    return f"persoon-{first_chat_id}"
