"""Pairwise link quality against ground truth (`zichtbaar evaluate-links`).

Every pair of chats put in one person counts as a predicted link; every pair
of chats of one true person as a true link. Only chats present in both files
count, so a CASES file of one year is measured on that year's chats.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from pydantic import ValidationError

from zichtbaar.errors import InputError
from zichtbaar.truth import ChatTruth


@dataclass(frozen=True)
class LinkScores:
    chats: int
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        return {"chats": self.chats, "true_pairs": self.true_pairs, "predicted_pairs": self.predicted_pairs,
                "correct_pairs": self.correct_pairs, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def read_cases(path: Path) -> dict[str, str]:
    """chat_id → person_id from a CASES.jsonl."""
    person: dict[str, str] = {}
    for number, record in _records(path):
        pid, chat_ids = record.get("person_id"), record.get("chat_ids")
        if not isinstance(pid, str) or not pid:
            raise InputError(str(path), number, "person_id", "a non-empty string")
        if not isinstance(chat_ids, list) or not all(isinstance(c, str) and c for c in chat_ids):
            raise InputError(str(path), number, "chat_ids", "a list of chat ids")
        for chat_id in chat_ids:
            if chat_id in person:
                raise InputError(str(path), number, "chat_ids", f"each chat in one person only ({chat_id!r} repeats)")
            person[chat_id] = pid
    return person


def read_truth(path: Path) -> dict[str, str]:
    person: dict[str, str] = {}
    for number, record in _records(path):
        try:
            truth = ChatTruth.model_validate(record)
        except ValidationError as error:
            field = ".".join(str(p) for p in error.errors()[0]["loc"]) or None
            raise InputError(str(path), number, field, "a ChatTruth line (chat_id, person_id, ...)") from None
        person[truth.chat_id] = truth.person_id
    return person


def score_links(predicted: dict[str, str], truth: dict[str, str]) -> LinkScores:
    chats = sorted(set(predicted) & set(truth))
    pred_pairs = _pairs({c: predicted[c] for c in chats})
    true_pairs = _pairs({c: truth[c] for c in chats})
    return LinkScores(len(chats), len(true_pairs), len(pred_pairs), len(pred_pairs & true_pairs))


def evaluate_links(cases: Path, truth: Path) -> LinkScores:
    return score_links(read_cases(cases), read_truth(truth))


def _pairs(person: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for chat_id, pid in person.items():
        groups[pid].append(chat_id)
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def _records(path: Path):
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8")
    except OSError:
        raise InputError(str(path), None, None, "an existing, readable JSONL file") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(str(path), number, None, "one JSON object per line") from None
                if not isinstance(record, dict):
                    raise InputError(str(path), number, None, "a JSON object")
                yield number, record
        except UnicodeDecodeError:
            raise InputError(str(path), None, None, "UTF-8 text") from None
