"""The tables of the project store.

Every stage after privacy reads from and writes to these tables; the migrations
in ``migrations/versions`` create them. There is deliberately no column for raw
chat text: message texts and visitor names arrive already pseudonymised, and
the only trace of the original identifiers is a keyed hash (``ChatPseudonym.key``)
that lets the cases stage link one person's chats without knowing who it is.

Timestamps of chats and messages are the naive local wall-clock times of the
export (see ``zichtbaar.transcript``); bookkeeping timestamps (``created_at``,
``imported_at``, ``at``) are naive UTC, so both backends store the same value.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# JSONB on PostgreSQL (indexable, compact), JSON text elsewhere.
JsonValue = JSON().with_variant(JSONB(), "postgresql")

CODING_STATUSES = ("suggested", "accepted", "rejected", "edited")
ROLES = ("visitor", "counselor")


def utcnow() -> datetime:
    """Naive UTC: SQLite has no time zones, so we store UTC without one everywhere."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    # Named constraints: Alembic needs names to alter them later (SQLite batch mode).
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {dict[str, Any]: JsonValue, list[Any]: JsonValue, Any: JsonValue}


class Import(Base):
    """One transcript file added to the store (one transaction)."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(500))  # file name only, no directory
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    chats_added: Mapped[int] = mapped_column(Integer, default=0)
    chats_already_present: Mapped[int] = mapped_column(Integer, default=0)
    messages_added: Mapped[int] = mapped_column(Integer, default=0)


class Person(Base):
    """One visitor behind one or more chats, as the cases stage links them."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(100), unique=True)  # e.g. "p0001"
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    chats: Mapped[list[Chat]] = relationship(back_populates="person")


class Chat(Base):
    __tablename__ = "chats"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(200), unique=True)
    visitor: Mapped[str] = mapped_column(String(200))  # pseudonym, never the username
    channel: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ended_at: Mapped[datetime] = mapped_column(DateTime)
    profile_age: Mapped[int | None] = mapped_column(Integer)
    profile_gender: Mapped[str | None] = mapped_column(String(20))
    topic: Mapped[str | None] = mapped_column(String(100))  # the counselor's tag, when the export has one
    import_id: Mapped[int] = mapped_column(ForeignKey("imports.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)

    person: Mapped[Person | None] = relationship(back_populates="chats")
    messages: Mapped[list[Message]] = relationship(
        order_by="Message.index", cascade="all, delete-orphan", passive_deletes=True
    )
    pseudonyms: Mapped[list[ChatPseudonym]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (CheckConstraint("role IN ('visitor', 'counselor')", name="role"),)

    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), primary_key=True)
    index: Mapped[int] = mapped_column("index", Integer, primary_key=True)  # position in the chat, from 0
    t: Mapped[datetime] = mapped_column(DateTime)
    role: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)  # pseudonymised


class ChatPseudonym(Base):
    """A placeholder used in one chat and the keyed hash of what it replaced.

    Equal keys across chats mean the same name/phone/e-mail: the cases stage
    links chats through them (hence the index on ``key``). One placeholder can
    stand for several originals ("Lieke" and "Lieke de Vries" are both
    ``[naam-1]``; two numbers are both ``[telefoonnummer]``), so a chat holds
    one row per original (type and key), not per placeholder.
    """

    __tablename__ = "chat_pseudonyms"
    __table_args__ = (UniqueConstraint("chat_id", "type", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    placeholder: Mapped[str] = mapped_column(String(100))  # "[naam-1]"
    type: Mapped[str] = mapped_column(String(50))  # "naam"
    key: Mapped[str] = mapped_column(String(128), index=True)  # HMAC of the normalised original


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Codebook(Base):
    """A codebook by name ("ckm"); its content lives in its versions."""

    __tablename__ = "codebooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    versions: Mapped[list[CodebookVersion]] = relationship(back_populates="codebook")


class CodebookVersion(Base):
    """One frozen version ("ckm-2021"); codings point here so old codings stay readable."""

    __tablename__ = "codebook_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    codebook_id: Mapped[int] = mapped_column(ForeignKey("codebooks.id"), index=True)
    version_id: Mapped[str] = mapped_column(String(100), unique=True)
    definition: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    codebook: Mapped[Codebook] = relationship(back_populates="versions")


class Coding(Base):
    """One value for one variable (or one segment code) of one chat, by one coder.

    The coder is either a user or a machine coder (``machine_coder`` such as
    "regels-ckm-2021/1"), never both. A machine suggestion keeps its row when a
    person reviews it: ``status`` and ``reviewed_by_id`` record the verdict.
    """

    __tablename__ = "codings"
    __table_args__ = (
        CheckConstraint("status IN ('suggested', 'accepted', 'rejected', 'edited')", name="status"),
        CheckConstraint("(user_id IS NULL) <> (machine_coder IS NULL)", name="one_coder"),
        Index("ix_codings_chat_variable", "chat_id", "codebook_version_id", "variable"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    codebook_version_id: Mapped[int] = mapped_column(ForeignKey("codebook_versions.id"))
    variable: Mapped[str] = mapped_column(String(300))  # variable name or code path
    value: Mapped[Any] = mapped_column(JsonValue)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    machine_coder: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="suggested")
    confidence: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JsonValue, default=list)  # [{message, start, end, quote}]
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)

    chat: Mapped[Chat] = relationship()
    codebook_version: Mapped[CodebookVersion] = relationship()
    user: Mapped[User | None] = relationship(foreign_keys=[user_id])
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])


class AuditEvent(Base):
    """Who did what, when: imports, reviews, exports, user changes."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))  # username, or "cli"/"system"
    action: Mapped[str] = mapped_column(String(100))  # "import", "coding.accept", ...
    target: Mapped[str | None] = mapped_column(String(300))
    detail: Mapped[dict[str, Any]] = mapped_column(JsonValue, default=dict)


LINK_STATUSES = ("proposed", "confirmed", "rejected")


class ChatLink(Base):
    """A proposed link between two chats of (maybe) one person, and the verdict.

    The cases stage writes proposals (score and evidence); a researcher
    confirms or rejects them. A decided link keeps its status when the
    proposals are computed again, so a rejected link stays rejected. ``kind``
    is "gebruikersnaam" for the same visitor pseudonym (linked without waiting
    for a verdict, unless rejected) or "gelijkenis" for a scored proposal.
    ``chat_a_id`` is the earlier chat.
    """

    __tablename__ = "chat_links"
    __table_args__ = (
        UniqueConstraint("chat_a_id", "chat_b_id"),
        CheckConstraint("status IN ('proposed', 'confirmed', 'rejected')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_a_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    chat_b_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    score: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JsonValue, default=list)  # [{kind, detail, weight}]
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    chat_a: Mapped[Chat] = relationship(foreign_keys=[chat_a_id])
    chat_b: Mapped[Chat] = relationship(foreign_keys=[chat_b_id])
