"""A coded demo store: the synthetic corpus imported, its ground truth stored
as accepted codings of one researcher (zichtbaar.report.demo), and the truth
kept beside it so tests can count independently of the report code."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from zichtbaar.report.demo import code_with_truth
from zichtbaar.store import import_file, open_store
from zichtbaar.synth import write_corpus

CHATS = 500
SEED = 11


class PassThrough:
    """Test double for the pseudonymiser: the synthetic texts pass unchanged
    (they contain no real person), which keeps the fixture fast."""

    def pseudonymise_many(self, chats):
        for chat in chats:
            yield SimpleNamespace(chat=chat, pseudonyms=())


def build(root: Path, chats: int = CHATS, seed: int = SEED):
    truth_path = write_corpus(root / "demo.jsonl", chats, seed)
    store = open_store(f"sqlite:///{root / 'zichtbaar.db'}")
    import_file(store, root / "demo.jsonl", PassThrough())
    code_with_truth(store, truth_path)
    chats_by_id = {c["chat_id"]: c for c in map(json.loads, (root / "demo.jsonl").read_text(encoding="utf-8").splitlines())}
    truths = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines()]
    for t in truths:
        t["started_at"] = chats_by_id[t["chat_id"]]["started_at"]
    return store, truths


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    store, truths = build(tmp_path_factory.mktemp("export-demo"))
    yield SimpleNamespace(store=store, truths=truths, cases=lambda year: expected_cases(truths, year))
    store.close()



def expected_cases(truths, year: int) -> list[dict]:
    """The cases a correct report counts: chats started in `year` whose truth
    says they are about trafficking (one chat = one case without the cases stage)."""
    return [t for t in truths if t["started_at"].startswith(str(year)) and t["variables"]["vorm_uitbuiting"] != "geen"]
