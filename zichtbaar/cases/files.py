"""`zichtbaar cases IN.jsonl`: the stage on a transcript file, without a store.

The chats are pseudonymised in memory with the project key (so keyed
pseudonyms match those of the store) and machine-coded when the coding stage
is installed. No researcher can confirm anything here, so the persons rest on
the machine's proposals (``Basis.VOORGESTELD``); the funnel says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from zichtbaar.cases.features import ChatFeatures, from_chats
from zichtbaar.cases.linking import propose_links
from zichtbaar.cases.period import Period
from zichtbaar.cases.persons import Basis, LinkState
from zichtbaar.cases.selection import Selection, select_cases


def features_from_file(path: Path, key: bytes, progress: Callable[[int], None] | None = None,
                       workers: int = 2) -> list[ChatFeatures]:
    from zichtbaar.ingest import read_chats
    from zichtbaar.privacy import Pseudonymiser

    # Read and validate the whole file first: a bad record fails in a second,
    # before deduce (8 s, 1 GB) loads. A year's export fits in memory.
    chats = list(read_chats(path))
    coder = _coder()
    out: list[ChatFeatures] = []
    for done in Pseudonymiser(key).pseudonymise_many(chats, workers=workers):
        out.extend(from_chats([done], coder))
        if progress is not None:
            progress(len(out))
    return out


def select_from_features(chats: list[ChatFeatures], period: Period) -> Selection:
    links = [LinkState(p.a, p.b, p.automatic, score=p.score) for p in propose_links(chats)]
    return select_cases(chats, links, period, Basis.VOORGESTELD)


def write_cases(selection: Selection, output: Path) -> None:
    """One JSON line per person; written whole or not at all."""
    temporary = output.with_name(output.name + ".part")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            for case in selection.cases:
                out.write(json.dumps(case.to_json(), ensure_ascii=False) + "\n")
        temporary.replace(output)
    except OSError:
        temporary.unlink(missing_ok=True)
        from zichtbaar.errors import InputError

        raise InputError(str(output), None, None, "a writable output path") from None


def _coder():
    try:
        from zichtbaar.coding import RuleCoder
    except ImportError:  # coding stage absent: the filter falls back on its own rule
        return None
    return RuleCoder("ckm-2021")
