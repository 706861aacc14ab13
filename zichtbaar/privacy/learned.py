"""A learned second opinion on the words the rules left alone.

The rules (lists, context patterns, "unknown word is a name") are tuned on the
chats their authors saw; on chats by new hands the names that are also ordinary
words or stand where no pattern looks ("ik ben yas,", "een roemeens meisje,
ana", "bij de summa", initials "RJ") leak. A logistic regression over the word,
its shape, its lexicon memberships and the two words either side, trained on the
hand-written development chats (``scripts/train_privacy_model.py``), scores each
remaining token that could be a name; above the threshold it becomes a span of
type naam, plaats or school, and the pseudonymiser spreads it over the chat.

Only candidates are scored: tokens outside every rule span that are not among
the few thousand most frequent Dutch words (``eval_common``), not words the
training chats used often and never as PII (the model's ``skip``), and not
lowercase single letters; the scoring is one NumPy pass per chat. Features are strings looked up in the model's own vocabulary (no
hashing, no pickle): the model file is a NumPy ``.npz`` of the feature names,
a weight matrix and the threshold, read with ``allow_pickle=False``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat

import numpy as np

from zichtbaar.privacy.lexicon import Lexicon
from zichtbaar.privacy.names import sentence_start
from zichtbaar.privacy.patterns import Span

MODEL_FILE = "token_model.npz"
CLASSES = ("none", "naam", "plaats", "school")
WORD = re.compile(r"[^\W_][^\W_]*(?:['’\-][^\W_]+)*")
_ZEROS = repeat(0)
_SPREAD = frozenset({"naam", "plaats", "school", "account"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One token the rules did not cover, with its features: those of the word
    alone (the same wherever it stands, so cached) and those of this place."""

    message: int
    start: int
    end: int
    word: str
    word_features: tuple[str, ...]
    context_features: tuple[str, ...]

    @property
    def features(self) -> tuple[str, ...]:
        return self.word_features + self.context_features


_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # word -> (word features, lexicon flags)


def _word_features(word: str, lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    known = _WORDS.get(word)
    if known is None:
        if len(_WORDS) > 50_000:
            _WORDS.clear()
        flags = tuple(_flags(word, lex))
        known = _WORDS[word] = (
            ("bias", "w=" + word, "p3=" + word[:3], "s3=" + word[-3:], "s2=" + word[-2:], f"len={min(len(word), 9)}") + flags,
            flags,
        )
    return known


def _flags(word: str, lex: Lexicon) -> list[str]:
    flags = []
    if word in lex.first_names:
        flags.append("L:first")
    elif word in lex.all_first_names:
        flags.append("L:allfirst")
    if word in lex.all_surnames:
        flags.append("L:sur")
    if word in lex.places:
        flags.append("L:place")
    elif word in lex.all_places:
        flags.append("L:allplace")
    if word in lex.schools:
        flags.append("L:school")
    if word in lex.stoplist:
        flags.append("L:stop")
    if word in lex.common:
        flags.append("L:common")
    if word in lex.frequent:
        flags.append("L:freq")
    elif word in lex.vocabulary:
        flags.append("L:vocab")
    if word in lex.english_words:
        flags.append("L:en")
    if not flags:
        flags.append("L:none")
    return flags


_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")


def _shouting(text: str) -> bool:
    """"HALLO IS HIER IEMAND": capitals say nothing in a message typed in capitals."""
    if text.isupper():
        return True
    upper = len(_UPPER.findall(text))
    return upper >= 8 and upper > 3 * len(_LOWER.findall(text))


def _shape(surface: str, text: str, start: int, shouting: bool) -> list[str]:
    out = []
    if shouting:
        out.append("S:shout")
    elif surface[0].isupper():
        if surface.isupper() and len(surface) <= 3:
            out.append("S:initials")
        elif surface.isupper():
            out.append("S:upper")
        out.append("S:capstart" if sentence_start(text, start) else "S:capmid")
    else:
        out.append("S:lower")
    if not surface.isalpha():
        if any(c.isdigit() for c in surface):
            out.append("S:digit")
        if "-" in surface:
            out.append("S:hyphen")
    return out


def _covered(spans: list[Span], length: int) -> bytearray | None:
    if not spans:
        return None
    taken = bytearray(length + 1)
    for span in spans:
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    return taken


def candidates(
    texts: list[str], roles: list[str] | None, spans: list[list[Span]], lex: Lexicon, skip: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The tokens of a chat worth scoring, with their features.

    Most messages hold only frequent words: one ``findall`` and set differences
    (in C) dismiss them before any per-token Python runs. Skipped: the most
    frequent Dutch words, ``skip`` (words the training chats used often and
    never as PII), and one-word names the rules found anywhere in the chat
    (propagation hides every mention of them anyway)."""
    common, frequent = lex.eval_common, lex.frequent
    found = {texts[i][s.start:s.end].lower() for i, message in enumerate(spans) for s in message if s.type in _SPREAD}
    out: list[Candidate] = []
    for index, text in enumerate(texts):
        if not text:
            continue
        low = text.lower()
        if len(low) != len(text):  # a character whose lowercase is longer ("İ"): offsets would drift
            low = "".join(c.lower()[0] for c in text)
        words = WORD.findall(low)
        rare = set(words).difference(common)
        if rare:
            rare.difference_update(skip)
            rare.difference_update(found)
        if not rare:
            continue
        picks = [i for i, w in enumerate(words) if w in rare]
        positions = None
        taken = _covered(spans[index], len(text))
        shouting = None
        for i in picks:
            word = words[i]
            if word.isdigit() or _NUMBER_WORD.fullmatch(word) or lex.ends_stop_phrase(words[max(0, i - 2):i + 1]):
                continue  # "ik ben zestien" is an age, which the research needs
            if positions is None:
                positions = [m.span() for m in WORD.finditer(low)]
            start, end = positions[i]
            if len(word) <= 2:
                if not text[start:end].isupper():
                    if len(word) == 1 or word in frequent:
                        continue
                else:
                    if shouting is None:
                        shouting = _shouting(text)
                    if shouting and word in frequent:
                        continue
            if taken is not None and any(taken[start:end]):
                continue
            if shouting is None:
                shouting = _shouting(text)
            role = roles[index] if roles else "?"
            word_features, flags = _word_features(word, lex)
            context = _context_features(text, positions, words, i, role, taken, shouting, flags)
            out.append(Candidate(index, start, end, word, word_features, context))
    return out


_UNITS = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_NUMBER_WORD = re.compile(
    rf"{_UNITS}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
    rf"|(?:{_UNITS}[eë]n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
)


def _context(i: int, tokens: list, lowered: list[str], taken: bytearray | None) -> str:
    if i < 0 or i >= len(tokens):
        return "<s>"
    if taken is not None and taken[tokens[i][0]]:
        return "<pii>"
    return lowered[i]


def _context_features(text: str, tokens: list, lowered: list[str], i: int, role: str, taken,
                      shouting: bool, flags: tuple[str, ...]) -> tuple[str, ...]:
    start, end = tokens[i]
    before = text[start - 1] if start > 0 else "^"
    after = text[end] if end < len(text) else "$"
    p1, p2 = _context(i - 1, tokens, lowered, taken), _context(i - 2, tokens, lowered, taken)
    n1, n2 = _context(i + 1, tokens, lowered, taken), _context(i + 2, tokens, lowered, taken)
    shape = _shape(text[start:end], text, start, shouting)
    return (
        "r=" + role, "b=" + (before if not before.isalnum() else "a"), "a=" + (after if not after.isalnum() else "a"),
        "p1=" + p1, "p2=" + p2, "n1=" + n1, "n2=" + n2, "p21=" + p2 + "_" + p1, "n12=" + n1 + "_" + n2,
        "p1n1=" + p1 + "_" + n1, *shape, *[shape[0] + "&" + f for f in flags],
    )


@dataclass(frozen=True)
class TokenModel:
    """Multinomial logistic regression over string features (``CLASSES``)."""

    vocabulary: dict[str, int]  # feature -> row of ``weights``; rows start at 1
    weights: np.ndarray  # (1 + features, classes); row 0 is zeros
    bias: np.ndarray  # (classes,)
    threshold: float
    skip: frozenset[str] = frozenset()  # words never scored (see ``candidates``)
    _word_rows: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def probabilities(self, found: list[Candidate]) -> np.ndarray:
        """P(class) per candidate, one vectorised pass for the whole chat."""
        if not found:
            return np.zeros((0, len(CLASSES)))
        get, cache = self.vocabulary.get, self._word_rows
        rows, starts = [], []
        for cand in found:
            starts.append(len(rows))
            word_rows = cache.get(cand.word)
            if word_rows is None:
                if len(cache) > 50_000:
                    cache.clear()
                word_rows = cache[cand.word] = [r for r in map(get, cand.word_features, _ZEROS) if r]
            rows.extend(word_rows)
            rows.extend(map(get, cand.context_features, _ZEROS))  # unknown -> row 0, all zeros
        scores = np.add.reduceat(self.weights[rows], starts, axis=0)
        scores += self.bias
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def spans(self, texts: list[str], roles: list[str] | None, spans: list[list[Span]], lex: Lexicon) -> list[list[Span]]:
        """New PII spans per message (empty lists where nothing scored above the threshold)."""
        out: list[list[Span]] = [[] for _ in texts]
        found = candidates(texts, roles, spans, lex, self.skip)
        if not found:
            return out
        probs = self.probabilities(found)
        pii = 1.0 - probs[:, 0]
        for n in np.flatnonzero(pii >= self.threshold):
            cand = found[n]
            kind = CLASSES[1 + int(np.argmax(probs[n, 1:]))]
            out[cand.message].append(Span(cand.start, cand.end, kind, 0))
        return out

    def save(self, path) -> None:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            path, features=np.asarray(names, dtype=str), weights=self.weights[1:].astype(np.float32),
            bias=self.bias.astype(np.float32), threshold=np.float32(self.threshold), classes=np.asarray(CLASSES, dtype=str),
            skip=np.asarray(sorted(self.skip), dtype=str),
        )

    @classmethod
    def read(cls, source) -> TokenModel:
        with np.load(source, allow_pickle=False) as data:
            if tuple(str(c) for c in data["classes"]) != CLASSES:
                raise ValueError(f"{MODEL_FILE}: classes {tuple(data['classes'])} expected {CLASSES}")
            names = data["features"].tolist()
            weights = data["weights"].astype(np.float64)
            return cls(
                vocabulary={name: i + 1 for i, name in enumerate(names)},
                weights=np.vstack([np.zeros((1, weights.shape[1])), weights]),
                bias=data["bias"].astype(np.float64),
                threshold=float(data["threshold"]),
                skip=frozenset(data["skip"].tolist()),
            )


@lru_cache(maxsize=1)
def load_model() -> TokenModel:
    """The shipped model (package data; built by ``scripts/train_privacy_model.py``).
    A missing file is an installation error, not a reason to leak more."""
    resource = resources.files("zichtbaar.privacy").joinpath("data").joinpath(MODEL_FILE)
    if not resource.is_file():
        raise RuntimeError(f"zichtbaar/privacy/data/{MODEL_FILE} is missing: run scripts/train_privacy_model.py")
    with resource.open("rb") as handle:
        return TokenModel.read(handle)
