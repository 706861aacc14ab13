"""What a year's report and exports are computed from: the cases of the year,
each with one value per codebook variable, the funnel, and the selected quotes.

Which value counts (`effective_codings`): a human decision wins over the
machine — the latest coding with status accepted or edited; otherwise the
latest machine suggestion; rejected codings never count.

Cases come from `zichtbaar.cases` (one per person, duplicates linked) when
that stage is installed. Without it every chat started in the year that is
coded as being about trafficking is one case, and the method section says so.
With several chats per person, a variable takes the first known value in chat
order (a later chat may tell what an earlier one left open).

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

from zichtbaar.codebooks import Codebook, available_codebooks, load_codebook
from zichtbaar.store import Store
from zichtbaar.store.models import Chat, Coding, CodebookVersion, Message, User

QUOTE_VARIABLE = "citaat"
CONFIRMED = ("accepted", "edited")
CHUNK = 500  # chat ids per IN (...) query


@dataclass(frozen=True)
class Case:
    """One unit of analysis: a person (or, without the cases stage, a chat)."""

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
    unit: str = "chat"  # "person" when the cases stage linked chats
    notes: tuple[str, ...] = field(default=())

    def values(self, variable: str) -> list[Any]:
        return [case.values.get(variable) for case in self.cases]

    @property
    def records(self) -> list[dict[str, Any]]:
        return [case.values for case in self.cases]


def year_bounds(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1), datetime(year + 1, 1, 1)


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


def load_year(store: Store, year: int) -> YearData:
    """The cases, funnel and quotes of one reporting year."""
    start, end = year_bounds(year)
    with store.session() as session:
        chats = session.execute(
            select(Chat.chat_id, Chat.started_at).where(Chat.started_at >= start, Chat.started_at < end)
            .order_by(Chat.started_at, Chat.id)
        ).all()
    chat_ids = [c for c, _ in chats]
    codebook = codebook_for(store, chat_ids, year)
    stage = _cases_stage()
    if stage is not None:
        return _from_cases_stage(store, year, codebook, stage)
    codings = effective_codings(store, codebook.id, chat_ids)
    tf = codebook.trafficking_filter
    filter_var = tf.variable if tf else "vorm_uitbuiting"
    uncoded = [c for c in chat_ids if codings.get(c, {}).get(filter_var) is None]
    not_trafficking = [c for c in chat_ids if tf is not None and codings.get(c, {}).get(filter_var) == tf.not_trafficking]
    excluded = set(uncoded) | set(not_trafficking)
    cases = tuple(
        Case(chat_id, (chat_id,), started, _complete(codebook, codings.get(chat_id, {})))
        for chat_id, started in chats if chat_id not in excluded
    )
    funnel = (
        FunnelStep(f"Chats gestart in {year}", len(chat_ids), "start"),
        FunnelStep("Nog niet gecodeerd", len(uncoded), "minus"),
        FunnelStep("Geen hulpvraag over mensenhandel", len(not_trafficking), "minus"),
        FunnelStep("Chats in de analyse", len(cases), "result"),
    )
    note = ("De koppeling van chats van dezelfde persoon (dubbelingen) is in deze versie nog niet "
            "beschikbaar: elke gecodeerde chat over mensenhandel telt als één casus.")
    return YearData(year, codebook, cases, funnel, _quotes(store, [c for c in chat_ids if c not in excluded]),
                    unit="chat", notes=(note,))


def _complete(codebook: Codebook, values: dict[str, Any]) -> dict[str, Any]:
    """Every variable present; an uncoded one is None (unknown, not a zero)."""
    return {v.id: values.get(v.id) for v in codebook.variables}


def _cases_stage():
    """`zichtbaar.cases` once it provides `funnel` and `included_cases`."""
    try:
        from zichtbaar.cases import funnel, included_cases  # type: ignore[attr-defined]
    except ImportError:
        return None
    return funnel, included_cases


def _from_cases_stage(store: Store, year: int, codebook: Codebook, stage) -> YearData:
    funnel_of, included_cases = stage
    persons = list(included_cases(store, year))
    chat_ids = [c for p in persons for c in p.chat_ids]
    codings = effective_codings(store, codebook.id, chat_ids)
    with store.session() as session:
        started: dict[str, datetime] = {}
        for begin in range(0, len(chat_ids), CHUNK):
            started.update(session.execute(
                select(Chat.chat_id, Chat.started_at).where(Chat.chat_id.in_(chat_ids[begin:begin + CHUNK]))).all())
    cases = []
    for person in persons:
        ordered = sorted(person.chat_ids, key=lambda c: (started.get(c) or datetime.max, c))
        merged: dict[str, Any] = {}
        for var in codebook.variables:
            values = [codings.get(c, {}).get(var.id) for c in ordered]
            known = [v for v in values if v is not None and not var.is_missing(v) and v != []]
            merged[var.id] = known[0] if known else next((v for v in values if v is not None), None)
        cases.append(Case(str(person.person_id), tuple(ordered), started.get(ordered[0]) or datetime(year, 1, 1), merged))
    steps = []
    raw_steps = list(getattr(funnel_of(store, year), "steps"))
    for i, step in enumerate(raw_steps):
        kind = "start" if i == 0 else "result" if i == len(raw_steps) - 1 else "minus"
        steps.append(FunnelStep(str(step.label), int(step.count), kind))
    cases.sort(key=lambda c: (c.started_at, c.case_id))
    return YearData(year, codebook, tuple(cases), tuple(steps), _quotes(store, chat_ids), unit="person")


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
