"""What a year's report and exports are computed from: the cases of the year,
each with one value per codebook variable, the funnel, and the selected quotes.

Which value counts (`effective_codings`): a human decision wins over the
machine — the latest coding with status accepted or edited; otherwise the
latest machine suggestion; rejected codings never count.

A case is a person ("unieke bezoeker"): `zichtbaar.cases` selects them —
the person's first chat ever falls in the year, and of their chats started in
the year only those about trafficking count — and links a person's chats on
a stated basis (confirmed links by default, `Basis.BEVESTIGD`). With several
chats per person, a variable takes the first known value in chat order (a
later chat may tell what an earlier one left open).

Quotes (`citaat`): a researcher marks a passage by storing a Coding row with
variable "citaat", status accepted, their user id, the theme (or null) as
value and the passage in `evidence` [{message, start, end}]. The text is cut
from the stored, pseudonymised message — never taken from the evidence JSON —
so a quote can only ever show pseudonymised text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, tuple_

from zichtbaar.cases import Basis, Funnel, Period
from zichtbaar.cases.api import select_store
from zichtbaar.codebooks import Codebook, available_codebooks, load_codebook
from zichtbaar.store import Store
from zichtbaar.store.models import Chat, Coding, CodebookVersion, Message, User

QUOTE_VARIABLE = "citaat"
CONFIRMED = ("accepted", "edited")
CHUNK = 500  # chat ids per IN (...) query


@dataclass(frozen=True)
class Case:
    """One unit of analysis: a person (their chats of the year that count)."""

    case_id: str
    chat_ids: tuple[str, ...]
    started_at: datetime  # first chat
    values: dict[str, Any]


@dataclass(frozen=True)
class FunnelStep:
    label: str
    count: int
    kind: str  # "start", "minus" or "result"


@dataclass(frozen=True)
class Quote:
    chat_id: str
    theme: str | None
    text: str  # pseudonymised, cut from the stored message
    coder: str


@dataclass(frozen=True)
class YearData:
    year: int
    codebook: Codebook
    cases: tuple[Case, ...]
    funnel: tuple[FunnelStep, ...]
    quotes: tuple[Quote, ...] = ()
    basis: Basis = Basis.BEVESTIGD  # which links made the persons
    notes: tuple[str, ...] = field(default=())

    def values(self, variable: str) -> list[Any]:
        return [case.values.get(variable) for case in self.cases]

    @property
    def records(self) -> list[dict[str, Any]]:
        return [case.values for case in self.cases]


def effective_codings(store: Store, codebook_id: str, chat_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """chat_id → {variable: value} under codebook version `codebook_id`
    (human-confirmed coding wins, else the latest machine suggestion)."""
    chosen: dict[tuple[str, str], tuple[bool, int, Any]] = {}
    ids = list(dict.fromkeys(chat_ids))
    with store.session() as session:
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(
                select(Chat.chat_id, Coding.variable, Coding.value, Coding.status, Coding.id)
                .join(Chat, Coding.chat_id == Chat.id)
                .join(CodebookVersion, Coding.codebook_version_id == CodebookVersion.id)
                .where(CodebookVersion.version_id == codebook_id, Chat.chat_id.in_(ids[start:start + CHUNK]),
                       Coding.status != "rejected", Coding.variable != QUOTE_VARIABLE)
            )
            for chat_id, variable, value, status, pk in rows:
                rank = (status in CONFIRMED, pk)
                key = (chat_id, variable)
                if key not in chosen or rank > chosen[key][:2]:
                    chosen[key] = (*rank, value)
    out: dict[str, dict[str, Any]] = {}
    for (chat_id, variable), (_, _, value) in chosen.items():
        out.setdefault(chat_id, {})[variable] = value
    return out


def codebook_for(store: Store, chat_ids: Sequence[str], year: int) -> Codebook:
    """The codebook version most codings of these chats use; with none yet,
    the shipped ckm version of the year (or the newest one before it)."""
    counts: dict[str, int] = {}
    with store.session() as session:
        for start in range(0, len(chat_ids), CHUNK):
            rows = session.execute(
                select(CodebookVersion.version_id, func.count())
                .join(Coding, Coding.codebook_version_id == CodebookVersion.id)
                .join(Chat, Coding.chat_id == Chat.id)
                .where(Chat.chat_id.in_(chat_ids[start:start + CHUNK]))
                .group_by(CodebookVersion.version_id)
            )
            for version_id, n in rows:
                counts[version_id] = counts.get(version_id, 0) + n
        if counts:
            version_id = max(counts, key=lambda v: (counts[v], v))
            if version_id in available_codebooks():
                return load_codebook(version_id)
            definition = session.scalar(select(CodebookVersion.definition).where(CodebookVersion.version_id == version_id))
            return Codebook.model_validate(definition)
    shipped = [c for c in available_codebooks() if c.startswith("ckm-")]
    earlier = [c for c in shipped if c <= f"ckm-{year}"]
    return load_codebook(max(earlier) if earlier else min(shipped))


def load_year(store: Store, year: int, basis: Basis = Basis.BEVESTIGD) -> YearData:
    """The cases, funnel and quotes of one reporting year, as the cases stage
    selects them on ``basis``."""
    selection = select_store(store, Period.year(year), basis)
    persons = [case for case in selection.cases if case.included]
    chat_ids = [c for person in persons for c in person.included_chat_ids]
    codebook = codebook_for(store, chat_ids, year)
    codings = effective_codings(store, codebook.id, chat_ids)
    cases = tuple(
        Case(person.person_id, person.included_chat_ids, person.first_chat,
             _merge(codebook, [codings.get(c, {}) for c in person.included_chat_ids]))
        for person in persons
    )
    steps = selection.funnel.steps
    funnel = tuple(
        FunnelStep(step.label, step.count, "start" if i == 0 else "result" if i == len(steps) - 1 else "minus")
        for i, step in enumerate(steps)
    )
    return YearData(year, codebook, cases, funnel, _quotes(store, chat_ids), basis, _notes(selection.funnel))


def _merge(codebook: Codebook, per_chat: list[dict[str, Any]]) -> dict[str, Any]:
    """One value per variable for a person whose chats are given in order:
    the first known value; else the first coded one (e.g. "onbekend"); an
    uncoded variable is None (unknown, not a zero)."""
    merged: dict[str, Any] = {}
    for var in codebook.variables:
        values = [codes.get(var.id) for codes in per_chat]
        known = [v for v in values if v is not None and not var.is_missing(v) and v != []]
        merged[var.id] = known[0] if known else next((v for v in values if v is not None), None)
    return merged


def _notes(funnel: Funnel) -> tuple[str, ...]:
    """What the reader must know about numbers that still rest on the machine."""
    notes = []
    if funnel.pending_links:
        notes.append(f"{funnel.pending_links} voorgestelde koppeling(en) tussen chats van dit jaar wacht(en) nog op "
                     "beoordeling door een onderzoeker; "
                     + ("ze tellen hier niet mee." if funnel.basis is Basis.BEVESTIGD else
                        "ze tellen hier al mee als hun score boven de drempel ligt."))
    if funnel.filter_unconfirmed:
        notes.append(f"Bij {funnel.filter_unconfirmed} chat(s) rust het besluit of het gesprek over mensenhandel gaat "
                     "nog op een suggestie van de machine (te bevestigen).")
    return tuple(notes)


def _quotes(store: Store, chat_ids: Sequence[str]) -> tuple[Quote, ...]:
    found: list[Quote] = []
    with store.session() as session:
        for begin in range(0, len(chat_ids), CHUNK):
            rows = session.execute(
                select(Chat.id, Chat.chat_id, Coding.value, Coding.evidence, User.display_name)
                .join(Chat, Coding.chat_id == Chat.id)
                .join(User, Coding.user_id == User.id)
                .where(Coding.variable == QUOTE_VARIABLE, Coding.status.in_(CONFIRMED),
                       Chat.chat_id.in_(chat_ids[begin:begin + CHUNK]))
                .order_by(Chat.started_at, Coding.id)
            ).all()
            wanted = {(pk, int(span["message"])) for pk, _, _, evidence, _ in rows for span in evidence or []
                      if isinstance(span, dict) and isinstance(span.get("message"), int)}
            texts = dict(((pk, index), text) for pk, index, text in session.execute(
                select(Message.chat_id, Message.index, Message.text)
                .where(tuple_(Message.chat_id, Message.index).in_(list(wanted)))).all()) if wanted else {}
            for pk, chat_id, value, evidence, coder in rows:
                for span in evidence or []:
                    text = texts.get((pk, span.get("message"))) if isinstance(span, dict) else None
                    start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
                    if text is None or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
                        continue  # a span that does not fit its message is skipped, not guessed
                    found.append(Quote(chat_id, value if isinstance(value, str) else None, text[start:end], coder))
    return tuple(found)
