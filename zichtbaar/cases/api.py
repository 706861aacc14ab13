"""The cases stage on the project store, and the two calls the report uses.

    run_links(store)                 # propose links, keep verdicts, set persons
    funnel(store, 2021)              # Funnel: steps with Dutch labels and counts
    included_cases(store, 2021)      # list[Case] of the unique visitors

Counts rest on confirmed links (and same-username links) unless
``basis=Basis.VOORGESTELD`` is asked for; ``Funnel.pending_links`` says how
many proposals still wait for a researcher.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import delete, insert, select, update

from zichtbaar.cases.decisions import RefreshResult, link_states, refresh_links
from zichtbaar.cases.features import ChatFeatures, from_store
from zichtbaar.cases.selection import Case, Funnel, Selection, person_label, select_cases
from zichtbaar.cases.linking import propose_links
from zichtbaar.cases.period import Period
from zichtbaar.cases.persons import Basis, group
from zichtbaar.store.db import Store
from zichtbaar.store.models import Chat, Person


@dataclass(frozen=True)
class LinkRun:
    chats: int
    proposals: int
    refresh: RefreshResult
    persons: int


def run_links(store: Store, actor: str = "cli", progress: Callable[[str], None] | None = None) -> LinkRun:
    """Propose links over the whole store, keep every verdict, and write the
    persons (confirmed basis) to ``Chat.person_id``."""
    _say(progress, "kenmerken laden")
    chats = from_store(store)
    _say(progress, "koppelingen voorstellen")
    proposals = propose_links(chats)
    _say(progress, "koppelingen opslaan")
    refresh = refresh_links(store, proposals, actor)
    _say(progress, "personen bijwerken")
    persons = assign_persons(store, chats)
    return LinkRun(len(chats), len(proposals), refresh, persons)


def select_store(store: Store, period: Period, basis: Basis = Basis.BEVESTIGD) -> Selection:
    chats = from_store(store)
    return select_cases(chats, link_states(store, chats), period, basis)


def funnel(store: Store, year: int, basis: Basis = Basis.BEVESTIGD) -> Funnel:
    """The funnel of ``year`` as seed 001 §2 reports it, from the store."""
    return select_store(store, Period.year(year), basis).funnel


def included_cases(store: Store, year: int, basis: Basis = Basis.BEVESTIGD) -> list[Case]:
    """The unique visitors of ``year`` (first chat in the year, about trafficking).
    Here ``chat_ids`` are the chats that count: a person's chat that is not
    about trafficking is left out, so its codes do not reach the analysis."""
    return [
        replace(case, chat_ids=case.included_chat_ids, excluded_chats={})
        for case in select_store(store, Period.year(year), basis).cases
        if case.included
    ]


def assign_persons(store: Store, chats: list[ChatFeatures] | None = None) -> int:
    """Write ``Person`` rows and ``Chat.person_id`` for the confirmed basis;
    persons left without chats are removed. Returns the number of persons."""
    chats = chats if chats is not None else from_store(store)
    if not chats:
        return 0
    component = group([c.chat_id for c in chats], link_states(store, chats), Basis.BEVESTIGD)
    first: dict[int, ChatFeatures] = {}
    for chat in sorted(chats, key=lambda c: (c.started_at, c.chat_id)):
        first.setdefault(component[chat.chat_id], chat)
    label = {chat.chat_id: _label(first[component[chat.chat_id]].chat_id) for chat in chats}
    with store.session() as session:
        known = dict(session.execute(select(Person.label, Person.id)).all())
        missing = sorted(set(label.values()) - set(known))
        if missing:
            session.execute(insert(Person), [{"label": name} for name in missing])
            known = dict(session.execute(select(Person.label, Person.id)).all())
        current = dict(session.execute(select(Chat.id, Chat.person_id)).all())
        changes = [
            {"id": chat.pk, "person_id": known[label[chat.chat_id]]}
            for chat in chats
            if chat.pk is not None and current.get(chat.pk) != known[label[chat.chat_id]]
        ]
        if changes:
            session.execute(update(Chat), changes)
        used = select(Chat.person_id).where(Chat.person_id.is_not(None))
        session.execute(delete(Person).where(Person.id.not_in(used)))
    return len(set(label.values()))


def _label(first_chat_id: str) -> str:
    name = person_label(first_chat_id)
    if len(name) <= 100:
        return name
    return "persoon-" + hashlib.sha256(first_chat_id.encode()).hexdigest()[:24]


def _say(progress: Callable[[str], None] | None, what: str) -> None:
    if progress is not None:
        progress(what)
