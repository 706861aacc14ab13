"""The stage end to end on the synthetic corpus with known persons: the rule
coder's codes in the store, linking, the funnel, and the pairwise figures."""

from __future__ import annotations

import json

import pytest

from cases_fakes import fill
from zichtbaar.cases import Basis, funnel, run_links
from zichtbaar.cases.decisions import link_states
from zichtbaar.cases.evaluate import score_links
from zichtbaar.cases.features import from_store
from zichtbaar.cases.persons import group
from zichtbaar.synth import write_corpus
from zichtbaar.transcript import Chat


@pytest.fixture
def coded_store(store, tmp_path):
    coding = pytest.importorskip("zichtbaar.coding")
    path = tmp_path / "demo.jsonl"
    truth_path = write_corpus(path, 600, seed=11)
    chats = [Chat.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]
    fill(store, chats)
    coding.code_store(store)
    truth = {t["chat_id"]: t["person_id"] for t in map(json.loads, truth_path.read_text(encoding="utf-8").splitlines())}
    return store, truth


def test_funnel_and_links_on_the_demo_corpus(coded_store):
    store, truth = coded_store
    run = run_links(store)
    assert run.chats == 600 and run.proposals > 0
    for year in (2020, 2021, 2022):
        steps = [s.count for s in funnel(store, year).steps]
        assert steps[0] - steps[1] - steps[2] - steps[3] == steps[4] > 0
    chats = from_store(store)
    component = group([c.chat_id for c in chats], link_states(store, chats), Basis.VOORGESTELD)
    scores = score_links({c: str(n) for c, n in component.items()}, truth)
    # same-username links are always right; proposals above the threshold nearly so
    assert scores.precision >= 0.9
    assert scores.recall >= 0.25
    confirmed = score_links({c: str(n) for c, n in group([c.chat_id for c in chats], link_states(store, chats),
                                                            Basis.BEVESTIGD).items()}, truth)
    assert confirmed.precision == 1.0 and confirmed.recall <= scores.recall
