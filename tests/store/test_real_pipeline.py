"""The import with the real reader, generator and pseudonymiser on both backends.

The real pseudonymiser forks worker processes while the import holds its
transaction open; this checks that nothing of that connection breaks, that the
pseudonymiser's pseudonyms fit the schema, and that no identifying text from
the ground truth reaches the store.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from zichtbaar.store import count_chats_by_year, import_file, iter_chats
from zichtbaar.store.models import ChatPseudonym, Message

privacy = pytest.importorskip("zichtbaar.privacy")
synth = pytest.importorskip("zichtbaar.synth")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    path = root / "demo.jsonl"
    truth = synth.write_corpus(path, chats=60, seed=3)
    return path, [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def pseudonymiser(tmp_path_factory):
    privacy.warm_up()  # deduce loads once for both backends
    return privacy.Pseudonymiser(privacy.load_or_create_key(tmp_path_factory.mktemp("key") / "zichtbaar.key"))


@pytest.mark.slow
def test_real_import_stores_no_identifying_text(store, demo, pseudonymiser):
    path, truths = demo
    result = import_file(store, path, pseudonymiser)
    assert (result.added, result.already_present) == (60, 0)

    with store.session() as session:
        texts = "\n".join(session.scalars(select(Message.text)))
        assert session.scalar(select(func.count()).select_from(ChatPseudonym)) > 0
    exact = {s["text"] for t in truths for s in t["pii"] if s["type"] in ("telefoonnummer", "e-mail", "iban")}
    assert exact and not [value for value in exact if value in texts]
    assert sum(count_chats_by_year(store).values()) == 60
    assert all(chat.visitor.startswith("bezoeker-") for chat in iter_chats(store))

    again = import_file(store, path, pseudonymiser)
    assert (again.added, again.already_present) == (0, 60)
