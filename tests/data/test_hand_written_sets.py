"""The hand-written evaluation sets must fit the contracts they measure
against: transcripts that ingest accepts, PII offsets that point at their text,
and codings with values the codebook allows — a free-text value would silently
turn a variable's measurement into nonsense."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from zichtbaar.codebooks import load_codebook

DATA = Path(__file__).parent
SETS = ["heldout", "dev", "devcoding", "dev2", "devlinks", "devcoding2", "dev3", "devlinks2", "check", "fresh1", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"]


def _build():
    spec = importlib.util.spec_from_file_location("heldout_build", DATA / "heldout" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build


@pytest.mark.parametrize("name", SETS)
def test_set_fits_the_contracts(name):
    chats, truths = _build()(DATA / name)  # validates Chat and ChatTruth
    assert len(chats) >= 40
    codebook = load_codebook("ckm-2021")
    for chat, truth in zip(chats, truths):
        for span in truth["pii"]:
            assert chat["messages"][span["message"]]["text"][span["start"]:span["end"]] == span["text"]
        if truth["variables"]:  # the PII-only development set leaves them empty
            assert codebook.validate_values(truth["variables"], complete=True) == [], truth["chat_id"]
