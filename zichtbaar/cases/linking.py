"""Proposing links between chats of one person ("dubbelingen").

Blocking first, never all pairs: candidate pairs are the chats that share the
visitor pseudonym, a rare keyed pseudonym (the same handle, phone number, or
an uncommon name/place/school), or rare words of their story (an inverted
index over TF-IDF terms with a document-frequency cap, as a sparse product).
Only candidates are scored.

The score is a sum of log-odds-like weights, each one an ``Evidence`` line a
researcher can read: shared keys weighted by how rare they are, the profile's
age moving with the calendar and the gender staying put, the codes of the
story (pleger, vorm, duur, platform) agreeing, the similarity of the visitor's
own words, an explicit "ik heb hier al eens gechat", and the time between the
chats. A pair at or above ``THRESHOLD`` is proposed; below it is dropped.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from zichtbaar.cases.features import ChatFeatures

THRESHOLD = 8.0  # a link is proposed from here (score units: summed weights; ~0.9 precision on the demo corpus)
SAME_VISITOR = "zelfde gebruikersnaam"
KEY_TYPES = {"naam": 1.0, "plaats": 0.8, "school": 1.0, "account": 1.6, "telefoonnummer": 1.6, "e-mail": 1.6}
KEY_BLOCK_DF = 25  # a key in more chats than this does not make pairs by itself
TEXT_BLOCK_DF = 0.01  # fraction of chats: rarer terms make text candidate pairs
TEXT_BLOCK_MIN = 0.25  # cosine on the rare terms needed to become a candidate
MAX_DAYS = 3 * 365  # a person returning after more than three years is not proposed
CODE_WEIGHTS = {  # agreement weight, disagreement weight
    "pleger_relatie": (0.3, -2.0), "pleger_familie_detail": (0.5, -2.0), "vorm_uitbuiting": (0.3, -2.5),
    "ontmoeting": (0.3, -1.0), "platform": (0.5, -0.5), "duur": (0.2, -0.5),
    "achtergrond_chatter": (0.3, -2.0), "meerdere_plegers": (0.1, -0.3),
}
UNKNOWN = {None, "onbekend", "", "null"}


@dataclass(frozen=True)
class Evidence:
    kind: str  # "sleutel", "leeftijd", "geslacht", "code", "tekst", "verwijzing", "tijd", "gebruikersnaam"
    detail: str  # Dutch, never raw text: placeholders, codes, numbers
    weight: float

    def to_json(self) -> dict:
        return {"kind": self.kind, "detail": self.detail, "weight": round(self.weight, 2)}


@dataclass(frozen=True)
class LinkProposal:
    a: str  # chat_id of the earlier chat
    b: str  # chat_id of the later chat
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def automatic(self) -> bool:
        """Same username: linked without waiting for a researcher (a researcher may still reject it)."""
        return any(e.kind == "gebruikersnaam" for e in self.evidence)


def propose_links(chats: list[ChatFeatures], threshold: float = THRESHOLD) -> list[LinkProposal]:
    """Scored links between chats that plausibly belong to one person."""
    if len(chats) < 2:
        return []
    order = sorted(range(len(chats)), key=lambda i: (chats[i].started_at, chats[i].chat_id))
    chats = [chats[i] for i in order]
    model = _TextModel(chats)
    key_df = Counter(k for c in chats for k in c.keys)
    n = len(chats)
    proposals = []
    for i, j in sorted(_candidates(chats, key_df, model)):
        a, b = chats[i], chats[j]
        if a.visitor == b.visitor:
            proposals.append(LinkProposal(a.chat_id, b.chat_id, math.inf,
                                          (Evidence("gebruikersnaam", SAME_VISITOR, math.inf),)))
            continue
        evidence = _score(a, b, key_df, n, model.similarity(i, j))
        score = sum(e.weight for e in evidence)
        if score >= threshold:
            proposals.append(LinkProposal(a.chat_id, b.chat_id, round(score, 3), tuple(evidence)))
    return proposals


class _TextModel:
    def __init__(self, chats: list[ChatFeatures]) -> None:
        texts = [c.text for c in chats]
        self.matrix = None
        try:
            vectoriser = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32)
            self.matrix = vectoriser.fit_transform(texts).tocsr()
        except ValueError:  # no words at all (empty vocabulary)
            return

    def similarity(self, i: int, j: int) -> float:
        if self.matrix is None:
            return 0.0
        return float(self.matrix[i].multiply(self.matrix[j]).sum())

    def rare_pairs(self, n: int) -> sparse.coo_matrix | None:
        if self.matrix is None:
            return None
        df = np.diff(self.matrix.tocsc().indptr)
        cap = max(10, int(TEXT_BLOCK_DF * n))
        keep = np.flatnonzero(df <= cap)
        rare = self.matrix[:, keep]
        norms = np.sqrt(rare.multiply(rare).sum(axis=1)).A1
        norms[norms == 0] = 1.0
        rare = sparse.diags(1.0 / norms) @ rare
        product = sparse.triu(rare @ rare.T, k=1).tocoo()
        mask = product.data >= TEXT_BLOCK_MIN
        return product.row[mask], product.col[mask]


def _candidates(chats: list[ChatFeatures], key_df: Counter, model: _TextModel) -> set[tuple[int, int]]:
    groups: dict[object, list[int]] = defaultdict(list)
    for i, chat in enumerate(chats):
        groups[("bezoeker", chat.visitor)].append(i)
        for key in chat.keys:
            if key_df[key] <= KEY_BLOCK_DF:
                groups[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in groups.values():
        if len(members) > 1:
            pairs.update(combinations(members, 2))  # members ascend: (earlier, later)
    rare = model.rare_pairs(len(chats))
    if rare is not None:
        pairs.update(zip(rare[0].tolist(), rare[1].tolist()))
    return {(i, j) for i, j in pairs if (chats[j].started_at - chats[i].started_at).days <= MAX_DAYS}


def _score(a: ChatFeatures, b: ChatFeatures, key_df: Counter, n: int, text_similarity: float) -> list[Evidence]:
    evidence: list[Evidence] = []
    for kind, key in a.keys & b.keys:
        factor = KEY_TYPES.get(kind)
        if factor is None:
            continue
        weight = factor * min(4.0, math.log(n / key_df[(kind, key)]))
        evidence.append(Evidence("sleutel", f"zelfde {kind} (in {key_df[(kind, key)]} chats)", weight))
    if b.other_name or b.returning:
        weight = 2.0 if b.other_name else 1.0
        evidence.append(Evidence("verwijzing", "latere chat zegt hier eerder te hebben gechat"
                                 + (" onder een andere naam" if b.other_name else ""), weight))
    years = (b.started_at - a.started_at).days / 365.25
    if a.age is not None and b.age is not None:
        gap = b.age - a.age - years
        if -1.0 <= gap <= 1.0:
            evidence.append(Evidence("leeftijd", f"leeftijd {a.age} → {b.age} past bij de tijd ertussen", 1.0))
        else:
            evidence.append(Evidence("leeftijd", f"leeftijd {a.age} → {b.age} past niet bij de tijd ertussen", -4.0))
    if a.gender and b.gender:
        if a.gender == b.gender:
            evidence.append(Evidence("geslacht", f"zelfde geslacht ({a.gender})", 0.5))
        elif "neutraal" not in (a.gender, b.gender):
            evidence.append(Evidence("geslacht", f"geslacht {a.gender} → {b.gender}", -3.0))
    for variable, (agree, disagree) in CODE_WEIGHTS.items():
        va, vb = a.codes.get(variable), b.codes.get(variable)
        if va in UNKNOWN or vb in UNKNOWN or va == [] or vb == []:
            continue
        if va == vb:
            evidence.append(Evidence("code", f"{variable} = {va}", agree))
        else:
            evidence.append(Evidence("code", f"{variable}: {va} ≠ {vb}", disagree))
    if text_similarity > 0.05:
        evidence.append(Evidence("tekst", f"woorden van de bezoeker lijken op elkaar (cosinus {text_similarity:.2f})",
                                 12.0 * text_similarity))
    days = (b.started_at - a.started_at).total_seconds() / 86400
    evidence.append(Evidence("tijd", f"{days:.0f} dagen ertussen", -1.5 * math.log1p(max(days, 0.0) / 30)))
    return evidence
