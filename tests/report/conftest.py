"""The coded demo store (built by ``coded_store``, shared with the other
folder's tests but built apart, since tests here add codings of their own),
and a small store built by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from coded_store import build
from zichtbaar.codebooks import load_codebook
from zichtbaar.store import open_store
from zichtbaar.store.models import Chat, Import, Message, User
from zichtbaar.store.queries import save_codebook_version


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    coded = build(tmp_path_factory.mktemp("report-demo"))
    yield coded
    coded.store.close()


@pytest.fixture
def small(tmp_path):
    """Three chats in 2021 and two users, no codings yet."""
    store = open_store(f"sqlite:///{tmp_path / 'z.db'}")
    with store.session() as s:
        imp = Import(source="t.jsonl", sha256="0" * 64)
        s.add(imp)
        s.flush()
        for i in range(3):
            chat = Chat(chat_id=f"c{i}", visitor=f"v{i}", channel="chatmetfier", started_at=datetime(2021, 3, 1 + i),
                        ended_at=datetime(2021, 3, 1 + i, 1), import_id=imp.id)
            s.add(chat)
            s.flush()
            s.add(Message(chat_id=chat.id, index=0, t=datetime(2021, 3, 1 + i), role="visitor",
                          text="hij zegt dat [naam-1] het geld krijgt"))
        for name in ("anna", "bram"):
            s.add(User(username=name, display_name=name.title(), role="onderzoeker", password_hash="!"))
        save_codebook_version(s, "ckm", "ckm-2021", load_codebook("ckm-2021").model_dump(mode="json"))
    yield store
    store.close()
