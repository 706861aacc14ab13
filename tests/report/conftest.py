"""The coded demo store (built by ``coded_store``, shared with the other
folder's tests but built apart, since tests here add codings of their own)."""

from __future__ import annotations

import pytest

from coded_store import build


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    coded = build(tmp_path_factory.mktemp("report-demo"))
    yield coded
    coded.store.close()
