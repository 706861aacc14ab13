"""Link proposals and a researcher's verdicts on the project store.

Re-running the linking refreshes the score and evidence of every pair it
proposes again, inserts new pairs and drops undecided pairs it no longer
proposes; a confirmed or rejected pair is never touched, so a rejected link
stays rejected. Every verdict is an audit event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import aliased

from zichtbaar.cases.features import ChatFeatures
from zichtbaar.cases.linking import LinkProposal
from zichtbaar.cases.persons import CONFIRMED, PROPOSED, REJECTED, LinkState
from zichtbaar.errors import InputError
from zichtbaar.store.db import Store
from zichtbaar.store.models import Chat, ChatLink, utcnow
from zichtbaar.store.queries import record_event

USERNAME, SIMILARITY = "gebruikersnaam", "gelijkenis"
VERDICTS = {"confirm": CONFIRMED, "reject": REJECTED, "reopen": PROPOSED}


@dataclass(frozen=True)
class RefreshResult:
    added: int
    updated: int
    dropped: int
    decided_kept: int


@dataclass(frozen=True)
class StoredLink:
    id: int
    chat_a: str
    chat_b: str
    kind: str
    score: float | None
    status: str
    evidence: list
    decided_by: str | None
    decided_at: datetime | None
    started_a: datetime
    started_b: datetime

    def state(self) -> LinkState:
        return LinkState(self.chat_a, self.chat_b, self.kind == USERNAME, self.status, self.score)


def refresh_links(store: Store, proposals: Iterable[LinkProposal], actor: str = "cli") -> RefreshResult:
    proposals = list(proposals)
    with store.session() as session:
        pk = dict(session.execute(select(Chat.chat_id, Chat.id)).all())
        existing = {
            (a, b): (link_id, status)
            for link_id, a, b, status in session.execute(
                select(ChatLink.id, ChatLink.chat_a_id, ChatLink.chat_b_id, ChatLink.status)
            )
        }
        now = utcnow()
        new_rows, changed, seen = [], [], set()
        kept = 0
        for proposal in proposals:
            a, b = pk[proposal.a], pk[proposal.b]
            kind = USERNAME if proposal.automatic else SIMILARITY
            score = None if proposal.automatic else proposal.score
            evidence = [e.to_json() for e in proposal.evidence if e.kind != "gebruikersnaam"] or [
                {"kind": "gebruikersnaam", "detail": "zelfde gebruikersnaam", "weight": None}
            ]
            seen.add((a, b))
            if (a, b) in existing:
                link_id, status = existing[(a, b)]
                kept += status != PROPOSED
                changed.append({"id": link_id, "kind": kind, "score": score, "evidence": evidence, "updated_at": now})
            else:
                new_rows.append({
                    "chat_a_id": a, "chat_b_id": b, "kind": kind, "score": score, "evidence": evidence,
                    "status": PROPOSED, "created_at": now, "updated_at": now,
                })
        stale = [link_id for pair, (link_id, status) in existing.items() if pair not in seen and status == PROPOSED]
        if new_rows:
            session.execute(insert(ChatLink), new_rows)
        if changed:
            session.execute(update(ChatLink), changed)
        for start in range(0, len(stale), 500):
            session.execute(delete(ChatLink).where(ChatLink.id.in_(stale[start:start + 500])))
        kept += sum(1 for pair, (_, status) in existing.items() if pair not in seen and status != PROPOSED)
        record_event(session, actor, "links.refresh", None, added=len(new_rows), updated=len(changed),
                     dropped=len(stale), decided_kept=kept)
    return RefreshResult(len(new_rows), len(changed), len(stale), kept)


def list_links(store: Store, status: str | None = None, year: int | None = None) -> list[StoredLink]:
    """Links best first; ``year``: either chat started in that year."""
    a, b = aliased(Chat), aliased(Chat)
    query = (
        select(ChatLink, a.chat_id, b.chat_id, a.started_at, b.started_at)
        .join(a, a.id == ChatLink.chat_a_id).join(b, b.id == ChatLink.chat_b_id)
    )
    if status is not None:
        if status not in VERDICTS.values():
            raise InputError("command line", None, "--status", "one of proposed, confirmed, rejected")
        query = query.where(ChatLink.status == status)
    if year is not None:
        start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
        query = query.where(((a.started_at >= start) & (a.started_at < end)) | ((b.started_at >= start) & (b.started_at < end)))
    with store.session() as session:
        rows = session.execute(query).all()
    links = [
        StoredLink(link.id, ca, cb, link.kind, link.score, link.status, link.evidence, link.decided_by,
                   link.decided_at, sa, sb)
        for link, ca, cb, sa, sb in rows
    ]
    links.sort(key=lambda l: (l.kind != USERNAME, -(l.score or 0.0), l.id))
    return links


def decide_link(store: Store, link_id: int, verdict: str, actor: str, note: str | None = None) -> StoredLink:
    """Confirm, reject or reopen one link; recorded as an audit event."""
    if verdict not in VERDICTS:
        raise InputError("command line", None, "verdict", "confirm, reject or reopen")
    with store.session() as session:
        link = session.get(ChatLink, link_id)
        if link is None:
            raise InputError("command line", None, "link id", f"the id of a stored link (no link {link_id})")
        link.status = VERDICTS[verdict]
        link.decided_by = None if verdict == "reopen" else actor
        link.decided_at = None if verdict == "reopen" else utcnow()
        link.note = note
        record_event(session, actor, f"link.{verdict}", f"link:{link_id}", chat_a_id=link.chat_a_id,
                     chat_b_id=link.chat_b_id, kind=link.kind, score=link.score)
    return next(l for l in list_links(store) if l.id == link_id)


def link_chats(store: Store, chat_a: str, chat_b: str, actor: str, note: str | None = None) -> StoredLink:
    """A researcher links two chats the machine did not propose (confirmed at once)."""
    with store.session() as session:
        rows = dict(session.execute(select(Chat.chat_id, Chat.id).where(Chat.chat_id.in_([chat_a, chat_b]))).all())
        for name, chat_id in (("chat a", chat_a), ("chat b", chat_b)):
            if chat_id not in rows:
                raise InputError("command line", None, name, "the chat_id of a chat in the store")
        if chat_a == chat_b:
            raise InputError("command line", None, "chat b", "a different chat than chat a")
        starts = dict(session.execute(select(Chat.id, Chat.started_at).where(Chat.id.in_(rows.values()))).all())
        a, b = sorted(rows.values(), key=lambda pk: (starts[pk], pk))
        link = session.scalar(select(ChatLink).where(ChatLink.chat_a_id == a, ChatLink.chat_b_id == b))
        if link is None:
            link = ChatLink(chat_a_id=a, chat_b_id=b, kind=SIMILARITY, score=None,
                            evidence=[{"kind": "onderzoeker", "detail": "handmatig gekoppeld", "weight": None}])
            session.add(link)
        link.status, link.decided_by, link.decided_at, link.note = CONFIRMED, actor, utcnow(), note
        session.flush()
        link_id = link.id
        record_event(session, actor, "link.manual", f"link:{link_id}", chat_a_id=a, chat_b_id=b)
    return next(l for l in list_links(store) if l.id == link_id)


def link_states(store: Store, chats: list[ChatFeatures]) -> list[LinkState]:
    """Stored links plus same-username links for chats never linked yet, so the
    counts work before the first linking run too."""
    stored = [link.state() for link in list_links(store)]
    known = {(s.a, s.b) for s in stored}
    by_visitor: dict[str, list[ChatFeatures]] = {}
    for chat in sorted(chats, key=lambda c: (c.started_at, c.chat_id)):
        by_visitor.setdefault(chat.visitor, []).append(chat)
    extra = []
    for group in by_visitor.values():
        for earlier, later in zip(group, group[1:]):
            if (earlier.chat_id, later.chat_id) not in known:
                extra.append(LinkState(earlier.chat_id, later.chat_id, True))
    return stored + extra
