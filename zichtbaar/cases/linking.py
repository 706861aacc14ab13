"""Proposing links between chats of one person ("dubbelingen").

Blocking first, never all pairs: candidate pairs are the chats that share the
visitor pseudonym, a rare keyed pseudonym (the same handle, phone number, or
an uncommon name/place/school), rare words of their story (an inverted index
over TF-IDF terms with a document-frequency cap, as a sparse product in
slices), or the same age and gender within a few chats of each other in time
(sorted neighbourhood; the age is the profile's, else the age the visitor
states for themself). Only candidates are scored: about 15 per chat on a
25,000-chat store.

The score is a sum of log-odds-like weights, each one an ``Evidence`` line a
researcher can read: shared keys weighted by how rare they are, the profile's
age moving with the calendar and the gender staying put, the codes of the
story (pleger, vorm, duur, platform) agreeing, the similarity of the visitor's
own words, an explicit "ik heb hier al eens gechat", and the number of chats
started in between (the prior: a busier helpline needs stronger evidence).
Agreement on a rare value weighs more than on a common one (Fellegi–Sunter's
u-probability, estimated from the chats themselves); a key both chats use for
the visitor themself ("ik heet [naam-1]", "ik woon in [plaats-1]") weighs more
than one they merely mention, and a commonly mentioned key (a popular first
name, a big city) little. Finally a later chat continues one earlier story:
candidates that compete for the same chat share the odds (``_compete``), so
of several look-alike girls in one town none is linked on that alone — but
earlier chats that are themselves linked (one person's first and second chat,
or the same username) are allies, not rivals.

A key's rarity is smoothed with pseudo-chats that lack it (``KEY_PRIOR_CHATS``):
how rare a boyfriend's name is belongs to the population, so two of fifty chats
naming him weigh as much as two of 25,000. Both chats giving the visitor's own
name or town, and different ones, counts against a link; a machine-suggested
code that disagrees counts less than a confirmed one, because a return visit
often tells less.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple
from itertools import combinations

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from zichtbaar.cases.features import ChatFeatures, profile_age

# Score units are summed weights. From THRESHOLD a proposal counts as a link
# when counts may rest on proposals (pairwise precision 0.97 on the demo corpus,
# seed 7, 3,000 chats; 1.00 and 0.92 on two hand-written development sets);
# from REVIEW it is listed for a researcher.
THRESHOLD = 8.0
REVIEW = 5.0
SAME_VISITOR = "zelfde gebruikersnaam"
# Per key type, times the key's rarity (at most 4): a handle, phone number,
# e-mail address, the pimp's car plate or an ad's URL belongs to one person, a
# name or town to many.
KEY_TYPES = {"naam": 1.0, "plaats": 0.8, "school": 1.0, "adres": 1.2, "account": 2.4, "telefoonnummer": 2.4,
             "e-mail": 2.4, "kenteken": 2.4, "iban": 2.4, "url": 2.4}
KEY_BLOCK_DF = 25  # a key in more chats than this does not make pairs by itself
TEXT_BLOCK_DF = 0.01  # fraction of chats: rarer terms make text candidate pairs
TEXT_BLOCK_MIN = 0.25
CHUNK = 2000  # rows of the sparse product at a time
PAIR_CHUNK = 20000  # candidate pairs whose cosine is computed at a time  # cosine on the rare terms needed to become a candidate
TIME_WEIGHT, TIME_SCALE = 2.0, 50.0  # weight of the chats started in between
BACKGROUND_PER_DAY = 2.0  # when the caller does not know how many chats lie between
NEIGHBOURS = 4  # later chats with the same age and gender paired with each chat
MAX_DAYS = 3 * 365  # a person returning after more than three years is not proposed
CODE_WEIGHTS = {  # agreement weight, disagreement weight
    "pleger_relatie": (0.3, -2.0), "pleger_familie_detail": (0.5, -2.0), "vorm_uitbuiting": (0.3, -2.5),
    "ontmoeting": (0.3, -1.0), "platform": (0.5, -0.5), "duur": (0.2, -0.5),
    "achtergrond_chatter": (0.3, -2.0), "meerdere_plegers": (0.1, -0.3),
}
UNKNOWN = {None, "onbekend", "", "null"}
COMPETE_FROM = 8.0  # score at which a rival candidate starts to count (odds 1)
RETURNING_WEIGHT, OTHER_NAME_WEIGHT = 3.0, 3.0
TEXT_WEIGHT = 6.0  # times the cosine of the visitor's words (TF-IDF)
AGE_SCALE, GENDER_SCALE = 1.0, 1.0  # times log(1 / share of chats with that age, gender)
# Both chats say the visitor's own name or town, and they differ: rarely one person
# (a spelling variant hashes differently, so not a veto).
OWN_CONFLICT = {"naam": -2.0, "plaats": -3.0}
SELF_KEY_BONUS = {"naam": 2.0, "plaats": 0.8, "school": 0.8}  # both chats use the key for the visitor themself
COMMON_KEY_SHARE = 0.01  # a key mentioned (not as one's own) in more than this share of chats is weak ...
KEY_CAP = 4.0  # no key alone is certain: a rare name still recurs in a big store
KEY_PRIOR_CHATS = 200  # pseudo-chats without the key: a key's rarity belongs to the population, not the sample
COMMON_KEY_MIN = 5  # ... and in more than this many: in 50 chats, two naming one boyfriend is no coincidence
MACHINE_DISAGREEMENT = 0.4  # a suggested (unconfirmed) code that disagrees counts this much of the weight


class Evidence(NamedTuple):
    """One line of a link's evidence. The Dutch text is formatted when read:
    a 25,000-chat store scores half a million pairs and shows a few thousand."""

    kind: str  # "sleutel", "leeftijd", "geslacht", "code", "tekst", "verwijzing", "tijd", "gebruikersnaam"
    template: str  # Dutch, never raw text: placeholders, codes, numbers ("{}" filled from args)
    weight: float
    args: tuple = ()

    @property
    def detail(self) -> str:
        return self.template.format(*self.args) if self.args else self.template

    def to_json(self) -> dict:
        return {"kind": self.kind, "detail": self.detail, "weight": round(self.weight, 2)}


@dataclass(frozen=True)
class LinkProposal:
    a: str  # chat_id of the earlier chat
    b: str  # chat_id of the later chat
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def likely(self) -> bool:
        """Strong enough to count when no researcher has decided."""
        return self.score >= THRESHOLD

    @property
    def automatic(self) -> bool:
        """Same username: linked without waiting for a researcher (a researcher may still reject it)."""
        return any(e.kind == "gebruikersnaam" for e in self.evidence)


def propose_links(chats: list[ChatFeatures], threshold: float = REVIEW) -> list[LinkProposal]:
    """Scored links between chats that plausibly belong to one person, from
    ``threshold`` up (default: everything worth a researcher's look)."""
    if len(chats) < 2:
        return []
    order = sorted(range(len(chats)), key=lambda i: (chats[i].started_at, chats[i].chat_id))
    chats = [chats[i] for i in order]
    model = _TextModel(chats)
    key_df = Counter(k for c in chats for k in c.keys)
    rarity = _Rarity(chats)
    n = len(chats)
    pairs = sorted(_candidates(chats, key_df, model))
    starts = np.array([c.started_at.timestamp() for c in chats])  # ascending: chats are sorted
    first_at = np.searchsorted(starts, starts).tolist()  # chats started before chat j
    first_after = np.searchsorted(starts, starts, side="right").tolist()  # ... up to and with chat i
    similarity = model.similarities(pairs)
    proposals = []
    scored: list[tuple[int, int, list[Evidence], float]] = []
    same_visitor: set[tuple[int, int]] = set()
    for (i, j), text_similarity in zip(pairs, similarity):
        a, b = chats[i], chats[j]
        if a.visitor == b.visitor:
            proposals.append(LinkProposal(a.chat_id, b.chat_id, math.inf,
                                          (Evidence("gebruikersnaam", SAME_VISITOR, math.inf),)))
            same_visitor.add((i, j))
            continue
        between = int(first_at[j] - first_after[i])
        evidence = _score(a, b, key_df, n, float(text_similarity), rarity, between)
        scored.append((i, j, evidence, sum(e.weight for e in evidence)))
    for i, j, evidence, score in _compete(scored, same_visitor):
        if score >= threshold:
            proposals.append(LinkProposal(chats[i].chat_id, chats[j].chat_id, round(score, 3), tuple(evidence)))
    return proposals


def _compete(scored: list[tuple[int, int, list[Evidence], float]], same_visitor: set[tuple[int, int]]):
    """A later chat continues one earlier story: the candidates for its
    predecessor compete. Each pair's odds are divided by one plus the odds of
    the other candidates for the same later chat (and likewise for the same
    earlier chat's successor), so a pair that is only one of several equally
    good explanations loses weight and the best explanation keeps it. A rival
    that is itself likely linked to the pair's chat is no rival: a person's
    third chat has two true predecessors."""
    def odds(score: float) -> float:
        return math.exp(min(50.0, score - COMPETE_FROM))

    score_of = {(i, j): score for i, j, _, score in scored}
    score_of.update((pair, math.inf) for pair in same_visitor)
    later: dict[int, list[tuple[int, float]]] = defaultdict(list)
    earlier: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i, j, _, score in scored:
        if score > COMPETE_FROM - 7.0:  # a rival with odds below 1/1000 changes nothing
            later[j].append((i, odds(score)))
            earlier[i].append((j, odds(score)))

    def allied(x: int, y: int) -> bool:
        return score_of.get((min(x, y), max(x, y)), -math.inf) >= THRESHOLD

    for i, j, evidence, score in scored:
        rivals = sum(o for k, o in later[j] if k != i and not allied(k, i))
        rivals += sum(o for k, o in earlier[i] if k != j and not allied(k, j))
        if rivals > 0.05:
            penalty = -math.log1p(rivals)
            evidence = evidence + [Evidence("concurrentie", "andere kandidaten passen ook bij een van beide chats",
                                            penalty)]
            score += penalty
        yield i, j, evidence, score


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
        return float(self.similarities([(i, j)])[0])

    def similarities(self, pairs: list[tuple[int, int]]) -> np.ndarray:
        """Cosine per pair, in one sparse operation (rows are L2-normalised)."""
        if self.matrix is None or not pairs:
            return np.zeros(len(pairs))
        rows, cols = np.array(pairs).T
        out = np.empty(len(pairs))
        for start in range(0, len(pairs), PAIR_CHUNK):  # bounded memory on a large store
            r, c = rows[start:start + PAIR_CHUNK], cols[start:start + PAIR_CHUNK]
            out[start:start + PAIR_CHUNK] = np.asarray(self.matrix[r].multiply(self.matrix[c]).sum(axis=1)).ravel()
        return out

    def rare_pairs(self, n: int) -> sparse.coo_matrix | None:
        if self.matrix is None:
            return None
        df = np.diff(self.matrix.tocsc().indptr)
        cap = max(10, int(TEXT_BLOCK_DF * n))
        keep = np.flatnonzero(df <= cap)
        rare = self.matrix[:, keep]
        norms = np.sqrt(rare.multiply(rare).sum(axis=1)).A1
        norms[norms == 0] = 1.0
        rare = (sparse.diags(1.0 / norms) @ rare).tocsr()
        transposed = rare.T.tocsc()
        rows, cols = [], []
        for start in range(0, n, CHUNK):  # in slices: the whole product would hold every weak pair at once
            block = (rare[start:start + CHUNK] @ transposed).tocoo()
            mask = (block.data >= TEXT_BLOCK_MIN) & (block.col > block.row + start)
            rows.append(block.row[mask] + start)
            cols.append(block.col[mask])
        return np.concatenate(rows), np.concatenate(cols)


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
    # Sorted neighbourhood: within a block of the same stated age and gender,
    # each chat with the next few in time (a return visit is usually soon) —
    # and with the next few a year older, who had a birthday in between.
    profile: dict[tuple, list[int]] = defaultdict(list)
    for i, chat in enumerate(chats):
        age = visitor_age(chat)
        if age is not None:
            profile[(age, chat.gender)].append(i)
    for (age, gender), members in profile.items():
        older = profile.get((age + 1, gender), [])
        for k, i in enumerate(members):
            pairs.update((i, j) for j in members[k + 1:k + 1 + NEIGHBOURS])
            first = bisect.bisect_right(older, i)  # indices ascend with time
            pairs.update((i, j) for j in older[first:first + NEIGHBOURS // 2])
    rare = model.rare_pairs(len(chats))
    if rare is not None:
        pairs.update(zip(rare[0].tolist(), rare[1].tolist()))
    return {(i, j) for i, j in pairs if (chats[j].started_at - chats[i].started_at).days <= MAX_DAYS}


def visitor_age(chat: ChatFeatures) -> int | None:
    """The profile's age, else the age the visitor states for themself in the
    text (the coder's victim age when the visitor is the victim): half of the
    profiles leave the age empty, many visitors still say "ik ben 15"."""
    if chat.age is not None:
        return chat.age
    if chat.codes.get("achtergrond_chatter") == "slachtoffer":
        value = chat.codes.get("leeftijd_slachtoffer")
        if isinstance(value, int) and not isinstance(value, bool) and 8 <= value <= 80:
            # A coder may have copied the profile's pre-2021 default into the code.
            if profile_age(value, chat.started_at) is not None:
                return value
    return None


class _Rarity:
    """How common a profile value or code is: agreeing on a rare value says
    more (a 17-year-old boy) than on a common one (a girl) — the u-probability
    of Fellegi and Sunter, estimated from the chats themselves."""

    def __init__(self, chats: list[ChatFeatures]) -> None:
        self.n = max(1, len(chats))
        self._memo: dict[tuple, float] = {}  # scored pairs ask the same few values millions of times
        self.counts: dict[str, Counter] = defaultdict(Counter)
        for chat in chats:
            self.counts["leeftijd"][visitor_age(chat)] += 1
            self.counts["geslacht"][chat.gender] += 1
            for variable in CODE_WEIGHTS:
                self.counts[variable][_hashable(chat.codes.get(variable))] += 1

    def weight(self, variable: str, value, scale: float) -> float:
        key = (variable, _hashable(value), scale)
        known = self._memo.get(key)
        if known is None:
            share = self.counts[variable][key[1]] / self.n
            known = self._memo[key] = scale * min(3.0, math.log(1.0 / max(share, 1e-6)))
        return known


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def _confirmed(chat: ChatFeatures, variable: str) -> bool:
    return chat.codes.get("_status:" + variable) == "bevestigd"


def _score(a: ChatFeatures, b: ChatFeatures, key_df: Counter, n: int, text_similarity: float,
           rarity: _Rarity | None = None, between: int | None = None) -> list[Evidence]:
    evidence: list[Evidence] = []
    for kind, key in a.keys & b.keys:
        factor = KEY_TYPES.get(kind)
        if factor is None:
            continue
        df = key_df[(kind, key)]
        own = (kind, key) in a.self_keys and (kind, key) in b.self_keys
        weight = factor * min(KEY_CAP, math.log((n + KEY_PRIOR_CHATS) / df))
        if own:
            weight += SELF_KEY_BONUS.get(kind, 0.0)
        elif df > max(COMMON_KEY_SHARE * n, COMMON_KEY_MIN):
            weight *= 0.3  # a name everyone mentions (a common first name, a big city)
        evidence.append(Evidence("sleutel", "zelfde {}{} (in {} chats)", weight, (kind, " (eigen)" if own else "", df)))
    for kind in OWN_CONFLICT if a.self_keys and b.self_keys else ():
        own_a = {k for k in a.self_keys if k[0] == kind}
        own_b = {k for k in b.self_keys if k[0] == kind}
        if own_a and own_b and not own_a & own_b:
            evidence.append(Evidence("sleutel", "andere eigen {}", OWN_CONFLICT[kind], (kind,)))
    if b.other_name or b.returning:
        weight = OTHER_NAME_WEIGHT if b.other_name else RETURNING_WEIGHT
        evidence.append(Evidence("verwijzing", "latere chat zegt hier eerder te hebben gechat"
                                 + (" onder een andere naam" if b.other_name else ""), weight))
    years = (b.started_at - a.started_at).days / 365.25
    age_a, age_b = visitor_age(a), visitor_age(b)
    if age_a is not None and age_b is not None:
        gap = age_b - age_a - years
        if -1.0 <= gap <= 1.0:
            weight = rarity.weight("leeftijd", age_a, AGE_SCALE) if rarity and age_a == age_b else 0.8
            evidence.append(Evidence("leeftijd", "leeftijd {} → {} past bij de tijd ertussen", weight, (age_a, age_b)))
        else:
            evidence.append(Evidence("leeftijd", "leeftijd {} → {} past niet bij de tijd ertussen", -4.0, (age_a, age_b)))
    if a.gender and b.gender:
        if a.gender == b.gender:
            weight = rarity.weight("geslacht", a.gender, GENDER_SCALE) if rarity else 0.5
            evidence.append(Evidence("geslacht", "zelfde geslacht ({})", weight, (a.gender,)))
        elif "neutraal" not in (a.gender, b.gender):
            evidence.append(Evidence("geslacht", "geslacht {} → {}", -3.0, (a.gender, b.gender)))
    for variable, (agree, disagree) in CODE_WEIGHTS.items():
        va, vb = a.codes.get(variable), b.codes.get(variable)
        if va in UNKNOWN or vb in UNKNOWN or va == [] or vb == []:
            continue
        if va == vb:
            weight = agree * rarity.weight(variable, va, 1.0) if rarity else agree
            evidence.append(Evidence("code", "{} = {}", weight, (variable, va)))
        elif _confirmed(a, variable) and _confirmed(b, variable):
            evidence.append(Evidence("code", "{}: {} ≠ {}", disagree, (variable, va, vb)))
        elif not (variable == "vorm_uitbuiting" and "geen" in (va, vb)):
            # A return visit often tells less ("hij heeft weer contact gezocht"):
            # the machine then reads "geen" uitbuiting, or misreads who is chatting.
            evidence.append(Evidence("code", "{}: {} ≠ {} (voorgesteld)", MACHINE_DISAGREEMENT * disagree, (variable, va, vb)))
    if text_similarity > 0.05:
        evidence.append(Evidence("tekst", "woorden van de bezoeker lijken op elkaar (cosinus {:.2f})",
                                 TEXT_WEIGHT * text_similarity, (text_similarity,)))
    # The prior: the more chats started between the two, the less likely any
    # one of them is the return visit — so the weight follows the helpline's
    # volume, not the calendar, and a busier year needs stronger evidence.
    days = (b.started_at - a.started_at).total_seconds() / 86400
    others = between if between is not None else days * BACKGROUND_PER_DAY
    evidence.append(Evidence("tijd", "{:.0f} dagen en {:.0f} andere chats ertussen",
                             -TIME_WEIGHT * math.log1p(others / TIME_SCALE), (days, others)))
    return evidence
