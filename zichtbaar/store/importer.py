"""Adding a transcript file to the store: read, pseudonymise, insert — all or nothing.

One file is one transaction: a bad record anywhere (an ``InputError`` from the
reader) rolls back every chat of the file, and imports acknowledged earlier stay.
Memory stays flat however large the file: chats stream from the reader through
the pseudonymiser and are inserted in batches with Core ``insert()``
(executemany), without ORM objects piling up in the session.

Chats are matched on ``chat_id`` *before* pseudonymising, so re-importing a file
(or a yearly export that repeats older chats) costs a lookup, not another run of
the pseudonymiser, and changes no chat.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from zichtbaar.errors import InputError
from zichtbaar.store.db import Store
from zichtbaar.store.models import Chat, ChatPseudonym, Import, Message
from zichtbaar.store.queries import record_event
from zichtbaar.transcript import Chat as TranscriptChat

BATCH_CHATS = 250  # a few thousand message rows per executemany


class _Pseudonym(Protocol):
    placeholder: str
    type: str
    key: str


class _PseudonymisedChat(Protocol):
    chat: TranscriptChat
    pseudonyms: tuple[_Pseudonym, ...]


class Pseudonymiser(Protocol):
    """What the import needs of ``zichtbaar.privacy``: raw chats in, pseudonymised out."""

    def pseudonymise_many(self, chats: Iterable[TranscriptChat]) -> Iterator[_PseudonymisedChat]: ...


@dataclass(frozen=True)
class ImportResult:
    source: str
    added: int
    already_present: int


def import_file(
    store: Store,
    path: Path,
    pseudonymiser: Pseudonymiser,
    progress: Callable[[int], None] | None = None,
    *,
    actor: str = "cli",
) -> ImportResult:
    """Import one transcript file (any format ``zichtbaar.ingest`` reads).

    ``progress`` is called with the number of chats handled so far (added or
    skipped as already present), after every batch and once at the end.
    Raises ``InputError`` for bad input; the store is then unchanged.
    """
    from zichtbaar.ingest import read_chats

    path = Path(path)
    chats = read_chats(path)  # checks format and existence before any work
    return import_chats(
        store, chats, pseudonymiser, source=path.name, sha256=_sha256(path), progress=progress, actor=actor
    )


def import_chats(
    store: Store,
    chats: Iterable[TranscriptChat],
    pseudonymiser: Pseudonymiser,
    *,
    source: str,
    sha256: str,
    progress: Callable[[int], None] | None = None,
    actor: str = "cli",
) -> ImportResult:
    """The import itself, for chats from any reader (``import_file`` reads a file)."""
    with store.session() as session:
        record = Import(source=source, sha256=sha256)
        session.add(record)
        session.flush()
        run = _Run(session, record.id, source, progress)
        pending: list[_PseudonymisedChat] = []
        for done in pseudonymiser.pseudonymise_many(run.new_chats(chats)):
            pending.append(done)
            if len(pending) >= BATCH_CHATS:
                run.insert(pending)
                pending = []
        run.insert(pending)  # the rest, and the final progress report

        record.chats_added = run.added
        record.chats_already_present = run.already_present
        record.messages_added = run.messages
        record_event(
            session, actor, "import", source, import_id=record.id, sha256=sha256, chats_added=run.added,
            chats_already_present=run.already_present, messages_added=run.messages,
        )
    return ImportResult(source=source, added=run.added, already_present=run.already_present)


class _Run:
    """Counters and the batch inserts of one import."""

    def __init__(self, session: Session, import_id: int, source: str, progress: Callable[[int], None] | None) -> None:
        self.session = session
        self.import_id = import_id
        self.source = source
        self.progress = progress
        self.added = self.already_present = self.messages = 0
        # chat_ids handed to the pseudonymiser but maybe not inserted yet (it
        # may buffer); catches a chat_id repeated within the file.
        self.seen: set[str] = set()

    def new_chats(self, chats: Iterable[TranscriptChat]) -> Iterator[TranscriptChat]:
        """The chats not in the store yet; the others are only counted."""
        iterator = iter(chats)
        while batch := list(islice(iterator, BATCH_CHATS)):
            for chat in batch:
                _refuse_nul(chat, self.source)
            ids = [chat.chat_id for chat in batch]
            stored = set(self.session.scalars(select(Chat.chat_id).where(Chat.chat_id.in_(ids))))
            for chat in batch:
                if chat.chat_id in stored or chat.chat_id in self.seen:
                    self.already_present += 1
                else:
                    self.seen.add(chat.chat_id)
                    yield chat
            self.report()

    def insert(self, batch: list[_PseudonymisedChat]) -> None:
        if batch:
            chat_rows = [_chat_row(done.chat, self.import_id) for done in batch]
            chats = Chat.__table__
            ids = self.session.execute(
                insert(chats).returning(chats.c.id, sort_by_parameter_order=True), chat_rows
            ).scalars().all()
            messages = [
                {"chat_id": pk, "index": i, "t": m.t, "role": m.role, "text": m.text}
                for pk, done in zip(ids, batch, strict=True)
                for i, m in enumerate(done.chat.messages)
            ]
            self.session.execute(insert(Message.__table__), messages)
            pseudonyms = [
                {"chat_id": pk, "placeholder": p.placeholder, "type": p.type, "key": p.key}
                for pk, done in zip(ids, batch, strict=True)
                for p in _distinct(done.pseudonyms)
            ]
            if pseudonyms:
                self.session.execute(insert(ChatPseudonym.__table__), pseudonyms)
            self.added += len(batch)
            self.messages += len(messages)
        self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.added + self.already_present)


def _refuse_nul(chat: TranscriptChat, source: str) -> None:
    """PostgreSQL cannot store NUL in text while SQLite can: refuse it on both,
    so a file imports the same whatever the URL."""
    fields = {"chat_id": chat.chat_id, "visitor": chat.visitor, "channel": chat.channel or ""}
    fields.update({f"messages[{i}].text": m.text for i, m in enumerate(chat.messages)})
    for field, value in fields.items():
        if "\x00" in value:
            where = f"{field} (chat {chat.chat_id!r})" if field != "chat_id" else field
            raise InputError(source, None, where, "text without NUL (\\u0000) characters")


def _distinct(pseudonyms: tuple[_Pseudonym, ...]) -> list[_Pseudonym]:
    """One per original (type, key): a repeat would only duplicate a link."""
    first: dict[tuple[str, str], _Pseudonym] = {}
    for pseudonym in pseudonyms:
        first.setdefault((pseudonym.type, pseudonym.key), pseudonym)
    return list(first.values())


def _chat_row(chat: TranscriptChat, import_id: int) -> dict:
    return {
        "chat_id": chat.chat_id,
        "visitor": chat.visitor,
        "channel": chat.channel,
        "topic": chat.topic,
        "started_at": chat.started_at,
        "ended_at": chat.ended_at,
        "profile_age": chat.profile.age,
        "profile_gender": chat.profile.gender,
        "import_id": import_id,
    }


def _sha256(path: Path) -> str:
    """Fingerprint of the file as imported, so an import can be traced to its export."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        raise InputError(str(path), None, None, "a readable transcript file") from None
    return digest.hexdigest()
