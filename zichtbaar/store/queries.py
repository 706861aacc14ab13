"""The few reads and writes other stages share, so they need not repeat the SQL.

Chats come back as ``zichtbaar.transcript.Chat`` — the shape every stage
already reads from files — rebuilt from the (pseudonymised) store.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from zichtbaar.store.db import Store
from zichtbaar.store.models import AuditEvent, Chat, Codebook, CodebookVersion, Message
from zichtbaar.transcript import Chat as TranscriptChat
from zichtbaar.transcript import Message as TranscriptMessage
from zichtbaar.transcript import Profile

PAGE = 500  # chats per query while streaming


def count_chats_by_year(store: Store) -> dict[int, int]:
    """Chats per year in which they started, years ascending."""
    year = extract("year", Chat.started_at)
    with store.session() as session:
        rows = session.execute(select(year, func.count()).group_by(year).order_by(year))
        return {int(y): n for y, n in rows}


def iter_chats(store: Store, year: int | None = None) -> Iterator[TranscriptChat]:
    """Every chat (started in ``year`` if given), ordered by start time, page by
    page so that memory stays flat on a large store."""
    query = select(Chat).order_by(Chat.started_at, Chat.id)
    if year is not None:
        query = query.where(Chat.started_at >= datetime(year, 1, 1), Chat.started_at < datetime(year + 1, 1, 1))
    with store.session() as session:
        last: tuple[datetime, int] | None = None
        while True:
            page_query = query.limit(PAGE)
            if last is not None:  # keyset pagination: stable and cheap however deep
                page_query = page_query.where(
                    (Chat.started_at > last[0]) | ((Chat.started_at == last[0]) & (Chat.id > last[1]))
                )
            page = session.scalars(page_query).all()
            if not page:
                return
            yield from _rebuild(session, page)
            last = (page[-1].started_at, page[-1].id)
            session.expunge_all()


def load_chat(store: Store, chat_id: str) -> TranscriptChat | None:
    """One chat by its ``chat_id``, or None when the store does not hold it."""
    with store.session() as session:
        chat = session.scalar(select(Chat).where(Chat.chat_id == chat_id))
        return _rebuild(session, [chat])[0] if chat is not None else None


def save_codebook_version(session: Session, codebook: str, version_id: str, definition: dict[str, Any]) -> CodebookVersion:
    """Store a codebook version once; saving the same id again with another
    definition is refused, because codings already point at the old one."""
    version = session.scalar(select(CodebookVersion).where(CodebookVersion.version_id == version_id))
    if version is not None:
        if version.definition != definition:
            raise ValueError(f"codebook version {version_id!r} exists with another definition; give the change a new version id")
        return version
    book = session.scalar(select(Codebook).where(Codebook.name == codebook))
    if book is None:
        book = Codebook(name=codebook)
        session.add(book)
    version = CodebookVersion(codebook=book, version_id=version_id, definition=definition)
    session.add(version)
    session.flush()
    return version


def record_event(session: Session, actor: str, action: str, target: str | None = None, **detail: Any) -> AuditEvent:
    """Add an audit event in the caller's transaction, so it exists exactly when the change does."""
    event = AuditEvent(actor=actor, action=action, target=target, detail=detail)
    session.add(event)
    return event


def _rebuild(session: Session, chats: list[Chat]) -> list[TranscriptChat]:
    ids = [chat.id for chat in chats]
    rows = session.execute(
        select(Message.chat_id, Message.t, Message.role, Message.text)
        .where(Message.chat_id.in_(ids))
        .order_by(Message.chat_id, Message.index)
    )
    messages = {
        pk: [TranscriptMessage(t=t, role=role, text=text) for _, t, role, text in group]
        for pk, group in groupby(rows, key=lambda row: row[0])
    }
    return [
        TranscriptChat(
            chat_id=chat.chat_id,
            visitor=chat.visitor,
            channel=chat.channel,
            started_at=chat.started_at,
            profile=Profile(age=chat.profile_age, gender=chat.profile_gender),
            messages=messages[chat.id],
        )
        for chat in chats
    ]
