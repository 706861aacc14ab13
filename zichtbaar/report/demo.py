"""A coded demo store: the synthetic corpus's ground truth written as if a
researcher had coded every chat, so the report and the exports can be tried
(and tested, and benchmarked) before any real coding has been done.

Only for the synthetic demo corpus (`zichtbaar demo`): the truth file is what a
careful coder would code, which is exactly what a human coding looks like to
the report. A few passages of visitor messages become selected quotes.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import insert, select

from zichtbaar.codebooks import load_codebook
from zichtbaar.report.dataset import QUOTE_VARIABLE
from zichtbaar.store import Store
from zichtbaar.store.models import Chat, Coding, CodebookVersion, Message, User, utcnow
from zichtbaar.store.queries import record_event, save_codebook_version

QUOTE_EVERY = 40  # one quote per this many trafficking chats
QUOTE_MAX = 160  # characters


def code_with_truth(store: Store, truth_path: Path, codebook_id: str = "ckm-2021", username: str = "demo-onderzoeker") -> int:
    """Store the truth variables of each chat as accepted codings by `username`;
    returns the number of chats coded. Chats missing from the store are skipped."""
    codebook = load_codebook(codebook_id)
    truths = [json.loads(line) for line in Path(truth_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    with store.session() as session:
        version = session.scalar(select(CodebookVersion).where(CodebookVersion.version_id == codebook_id))
        if version is None:
            version = save_codebook_version(session, codebook_id.rsplit("-", 1)[0], codebook_id, codebook.model_dump(mode="json"))
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(username=username, display_name="Demo-onderzoeker", role="onderzoeker", password_hash="!")
            session.add(user)
            session.flush()
        pks = dict(session.execute(select(Chat.chat_id, Chat.id)).all())
        now = utcnow()
        rows, quotes, coded = [], [], 0
        for truth in truths:
            pk = pks.get(truth["chat_id"])
            if pk is None:
                continue
            coded += 1
            for variable in codebook.ids:
                rows.append({"chat_id": pk, "codebook_version_id": version.id, "variable": variable,
                             "value": truth["variables"].get(variable), "user_id": user.id, "status": "accepted",
                             "evidence": [], "created_at": now})
            if truth.get("about_trafficking") and coded % QUOTE_EVERY == 0:
                quotes.append((pk, truth["variables"].get("vorm_uitbuiting")))
        for pk, form in quotes:
            span = _visitor_span(session, pk)
            if span is not None:
                label = codebook.variable("vorm_uitbuiting").value(form).label if form in codebook.variable("vorm_uitbuiting").value_ids() else None
                rows.append({"chat_id": pk, "codebook_version_id": version.id, "variable": QUOTE_VARIABLE, "value": label,
                             "user_id": user.id, "status": "accepted", "evidence": [span], "created_at": now})
        for start in range(0, len(rows), 5000):
            session.execute(insert(Coding.__table__), rows[start:start + 5000])
        record_event(session, username, "coding.demo-truth", codebook_id, chats=coded)
    return coded


def _visitor_span(session, chat_pk: int) -> dict | None:
    """The longest visitor message's first sentence (at most QUOTE_MAX characters)."""
    messages = session.execute(
        select(Message.index, Message.text).where(Message.chat_id == chat_pk, Message.role == "visitor")
    ).all()
    if not messages:
        return None
    index, text = max(messages, key=lambda m: len(m[1]))
    end = min(len(text), QUOTE_MAX)
    for mark in ".?!":
        cut = text.find(mark, 20)
        if 0 < cut < end:
            end = cut + 1
    return {"message": index, "start": 0, "end": end, "quote": text[:end]} if end > 0 else None
