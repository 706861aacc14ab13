"""Fixtures of the store tests: a fresh store, a small synthetic corpus."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store_fakes import synthetic_chat, write_jsonl
from zichtbaar.store import open_store


@pytest.fixture
def store(db_url):
    with open_store(db_url) as opened:
        yield opened


@pytest.fixture
def corpus(tmp_path) -> Path:
    """300 synthetic chats (more than one import batch) as a JSONL file."""
    rng = random.Random(2021)
    return write_jsonl(tmp_path / "export.jsonl", (synthetic_chat(i, rng) for i in range(300)))
