"""The coded demo store the report and export tests share, and what a correct
report must count in it, worked out from the synthetic corpus's ground truth.

The store: the synthetic corpus imported, its truth stored as accepted codings
of one researcher (``zichtbaar.report.demo``), the machine's link proposals made
(``run_links``) and judged by a researcher who knows the truth: a link between
chats of one person is confirmed, any other link rejected, and chats of one
person the machine did not pair are linked by hand. So on the confirmed basis
the persons of the cases stage are the persons of the truth.

The expectation (``expected_cases``, ``expected_funnel``) is plain Python over
the truth file and the corpus file only — no report, analysis or cases code —
following the rules the report promises: a person belongs to the year of
their first chat ever; only chats started in the year that are about
trafficking (truth ``vorm_uitbuiting`` is not "geen") count; a person is named
after their first chat; a variable takes the first known value in chat order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from zichtbaar.cases.api import run_links
from zichtbaar.cases.decisions import decide_link, link_chats, list_links
from zichtbaar.codebooks import load_codebook
from zichtbaar.report.demo import code_with_truth
from zichtbaar.store import Store, import_file, open_store
from zichtbaar.synth import write_corpus

CHATS = 500
SEED = 11
RESEARCHER = "demo-onderzoeker"
CODEBOOK = load_codebook("ckm-2021")


class PassThrough:
    """Test double for the pseudonymiser: the synthetic texts pass unchanged
    (they contain no real person), which keeps the fixture fast."""

    def pseudonymise_many(self, chats):
        for chat in chats:
            yield SimpleNamespace(chat=chat, pseudonyms=())


@dataclass(frozen=True)
class TruthChat:
    chat_id: str
    person_id: str  # the truth's person, not the store's
    started_at: datetime
    ended_at: datetime  # last message
    variables: dict[str, Any]


@dataclass(frozen=True)
class ExpectedCase:
    label: str  # "persoon-<first chat ever>"
    chat_ids: tuple[str, ...]  # the person's chats that count, in order
    values: dict[str, Any]  # first known value per variable over those chats


@dataclass(frozen=True)
class ExpectedFunnel:
    in_period: int
    started_before: int
    not_trafficking: int
    duplicates: int
    unique: int

    def counts(self) -> tuple[int, ...]:
        return (self.in_period, self.started_before, self.not_trafficking, self.duplicates, self.unique)


@dataclass
class CodedStore:
    store: Store
    chats: list[TruthChat]

    def cases(self, year: int) -> list[ExpectedCase]:
        return expected_cases(self.chats, year)

    def funnel(self, year: int) -> ExpectedFunnel:
        return expected_funnel(self.chats, year)

    def case_of(self, chat_id: str, year: int) -> ExpectedCase:
        return next(c for c in self.cases(year) if chat_id in c.chat_ids)


def build(root: Path, chats: int = CHATS, seed: int = SEED) -> CodedStore:
    corpus = root / "demo.jsonl"
    truth_path = write_corpus(corpus, chats, seed)
    store = open_store(f"sqlite:///{root / 'zichtbaar.db'}")
    import_file(store, corpus, PassThrough())
    code_with_truth(store, truth_path, username=RESEARCHER)
    truth = read_truth(corpus, truth_path)
    judge_links(store, truth)
    return CodedStore(store, truth)


def read_truth(corpus: Path, truth_path: Path) -> list[TruthChat]:
    raw = {c["chat_id"]: c for c in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    out = []
    for line in truth_path.read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        chat = raw[t["chat_id"]]
        out.append(TruthChat(
            t["chat_id"], t["person_id"], datetime.fromisoformat(chat["started_at"]),
            max(datetime.fromisoformat(m["t"]) for m in chat["messages"]), t["variables"],
        ))
    # Every chat carries a filter decision in its coding, so no chat falls to the text rule.
    assert all(t.variables["vorm_uitbuiting"] not in (None, "onbekend") for t in out)
    return out


def judge_links(store: Store, truth: list[TruthChat]) -> None:
    """A researcher who knows the truth: confirm true links, reject the rest,
    link by hand what the machine missed."""
    person = {t.chat_id: t.person_id for t in truth}
    run_links(store, actor=RESEARCHER)
    confirmed = set()
    for link in list_links(store):
        same = person[link.chat_a] == person[link.chat_b]
        decide_link(store, link.id, "confirm" if same else "reject", RESEARCHER)
        if same:
            confirmed.add(frozenset((link.chat_a, link.chat_b)))
    for chats in _by_person(truth).values():
        for earlier, later in zip(chats, chats[1:]):
            if frozenset((earlier.chat_id, later.chat_id)) not in confirmed:
                link_chats(store, earlier.chat_id, later.chat_id, RESEARCHER, note="test: zelfde persoon")


def expected_funnel(truth: list[TruthChat], year: int) -> ExpectedFunnel:
    begins, ends = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    first = {pid: chats[0].started_at for pid, chats in _by_person(truth).items()}
    in_period = [t for t in truth if t.started_at < ends and t.ended_at >= begins]
    before = [t for t in in_period if t.started_at < begins or first[t.person_id] < begins]
    not_trafficking = [t for t in in_period if t not in before and t.variables["vorm_uitbuiting"] == "geen"]
    left = [t for t in in_period if t not in before and t not in not_trafficking]
    persons = {t.person_id for t in left}
    return ExpectedFunnel(len(in_period), len(before), len(not_trafficking), len(left) - len(persons), len(persons))


def expected_cases(truth: list[TruthChat], year: int) -> list[ExpectedCase]:
    begins, ends = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    cases = []
    for chats in _by_person(truth).values():
        if not begins <= chats[0].started_at < ends:
            continue  # the person belongs to the year of their first chat
        counted = [t for t in chats if begins <= t.started_at < ends and t.variables["vorm_uitbuiting"] != "geen"]
        if counted:
            values = {v.id: _first_known(v, [t.variables.get(v.id) for t in counted]) for v in CODEBOOK.variables}
            cases.append(ExpectedCase(f"persoon-{chats[0].chat_id}", tuple(t.chat_id for t in counted), values))
    return sorted(cases, key=lambda c: c.label)


def _first_known(variable, values: list[Any]) -> Any:
    known = [v for v in values if v is not None and v != [] and not variable.is_missing(v)]
    if known:
        return known[0]
    return next((v for v in values if v is not None), None)


def _by_person(truth: list[TruthChat]) -> dict[str, list[TruthChat]]:
    out: dict[str, list[TruthChat]] = defaultdict(list)
    for t in sorted(truth, key=lambda t: (t.started_at, t.chat_id)):
        out[t.person_id].append(t)
    return out
