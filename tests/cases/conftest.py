"""Fixtures of the cases tests: a fresh store (helpers live in ``cases_fakes``)."""

from __future__ import annotations

import pytest

from zichtbaar.store import open_store


@pytest.fixture
def store(db_url):
    with open_store(db_url) as opened:
        yield opened
