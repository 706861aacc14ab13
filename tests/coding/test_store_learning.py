"""Suggestions into the store (idempotent) and the learned coder trained on
codings marked accepted, written into a temporary store from the demo truth."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from zichtbaar.coding.coder import RuleCoder
from zichtbaar.coding.learned import LearnedCoder, NotEnoughCodings, train
from zichtbaar.coding.store import code_store
from zichtbaar.store import import_chats, open_store
from zichtbaar.store.models import Coding
from zichtbaar.synth import generate


@dataclass(frozen=True)
class _Passed:
    chat: object
    pseudonyms: tuple = ()


class PassThrough:
    """Test double for the pseudonymiser: the demo corpus is synthetic already."""

    def pseudonymise_many(self, chats):
        for chat in chats:
            yield _Passed(chat)


@pytest.fixture(scope="module")
def demo():
    return list(generate(160, seed=13))


@pytest.fixture
def store(tmp_path, demo):
    with open_store(f"sqlite:///{tmp_path / 'z.db'}") as opened:
        import_chats(opened, (c for c, _ in demo), PassThrough(), source="demo.jsonl", sha256="0" * 64)
        yield opened


def test_code_store_is_idempotent(store, demo):
    seen = []
    assert code_store(store, "ckm-2021", progress=seen.append) == len(demo)
    assert seen and seen[-1] == len(demo)
    with store.session() as s:
        rows = s.scalar(select(func.count()).select_from(Coding))
        row = s.scalars(select(Coding).where(Coding.variable == "vorm_uitbuiting")).first()
        assert row.machine_coder == RuleCoder("ckm-2021").name and row.status == "suggested"
        assert 0 <= row.confidence <= 1
    assert rows == len(demo) * 17
    assert code_store(store, "ckm-2021") == 0
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Coding)) == rows


@pytest.mark.slow
def test_train_on_confirmed_codings_and_code(store, demo, tmp_path):
    code_store(store, "ckm-2021")
    with pytest.raises(NotEnoughCodings):
        train(store, "ckm-2021", tmp_path / "m.model")  # nothing confirmed yet
    truth = {t.chat_id: t.variables for _, t in demo}
    with store.session() as s:  # a coder confirms every chat, correcting where the machine was wrong
        for row in s.scalars(select(Coding)):
            want = truth[row.chat.chat_id][row.variable]
            row.status = "accepted" if row.value == want else "edited"
            row.value = want
    path = train(store, "ckm-2021", tmp_path / "m.model")
    assert path.exists()
    learned = LearnedCoder(path, "ckm-2021")
    assert "vorm_uitbuiting" in learned.models
    for chat, t in demo[:40]:
        coding = learned.code(chat)
        assert learned.codebook.validate_values(coding.values, complete=True) == []
        for s in coding.suggestions.values():
            assert 0 <= s.confidence <= 1
            for e in s.evidence:
                assert chat.messages[e.message].text[e.start : e.end] == e.quote
