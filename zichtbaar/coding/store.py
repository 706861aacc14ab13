"""Machine suggestions into the project store, for the coding workbench.

One ``Coding`` row per chat and variable, status "suggested", with the machine
coder's name ("regels-ckm-2021/1"), its confidence and evidence. Idempotent:
chats that already have suggestions from this coder and codebook version are
skipped, so running it after each import codes only the new chats.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from sqlalchemy import insert, select

from zichtbaar.coding.coder import RuleCoder
from zichtbaar.store import Store, iter_chats, save_codebook_version
from zichtbaar.store.models import Chat as ChatRow
from zichtbaar.store.models import Coding

BATCH = 200


def codebook_version_id(store: Store, codebook) -> int:
    with store.session() as session:
        version = save_codebook_version(session, codebook.id.rsplit("-", 1)[0], codebook.id, codebook.model_dump(mode="json"))
        return version.id


def code_store(store: Store, codebook_id: str = "ckm-2021", progress: Callable[[int], None] | None = None,
               coder=None) -> int:
    """Suggest codes for every chat in the store that has none from this coder.
    Returns the number of chats coded."""
    coder = coder or RuleCoder(codebook_id)
    version_id = codebook_version_id(store, coder.codebook)
    with store.session() as session:
        done = set(session.scalars(
            select(Coding.chat_id).where(Coding.codebook_version_id == version_id, Coding.machine_coder == coder.name).distinct()
        ))
        pks = dict(session.execute(select(ChatRow.chat_id, ChatRow.id)).all())
    coded = 0
    seen = 0
    chats = (chat for chat in iter_chats(store) if pks.get(chat.chat_id) not in done)
    while True:
        batch = list(islice(chats, BATCH))
        if not batch:
            break
        rows = []
        for chat in batch:
            coding = coder.code(chat)
            for s in coding.suggestions.values():
                rows.append({
                    "chat_id": pks[chat.chat_id], "codebook_version_id": version_id, "variable": s.variable,
                    "value": s.value, "machine_coder": coder.name, "status": "suggested",
                    "confidence": s.confidence, "evidence": [e.to_json() for e in s.evidence],
                })
        with store.session() as session:
            session.execute(insert(Coding), rows)
        coded += len(batch)
        seen += len(batch)
        if progress:
            progress(coded)
    return coded
