"""Places and schools given as the answer to a counselor's question.

"Woon je in Son of ergens anders?" — "rooi". "Zit je daar op school?" — "ja
goudse waarden". A visitor who answers a where-question often writes nothing
but the name, with no "in" or "op" before it and no capital, and the name is
often an ordinary word too ("rooi", "zetten"). The question says what
the answer is: a short reply to it is taken for the place or the school,
unless it is made of words people use anyway ("weet ik niet", "bij mijn oma").
"""

from __future__ import annotations

import re

from zichtbaar.privacy.lexicon import Lexicon
from zichtbaar.privacy.names import FUNCTION_WORDS, TOKEN
from zichtbaar.privacy.patterns import Span

_ASKS_SCHOOL = re.compile(r"\b(?:welke\s+school|op\s+school|naar\s+school|op\s+welke|school\s+zit)\b", re.I)
_ASKS_PLACE = re.compile(
    r"\b(?:woon\s+je|woont\s+u|waar\s+woon|waar\s+kom|uit\s+welke|in\s+welke|welke\s+(?:plaats|stad|wijk|buurt|dorp|regio)"
    r"|waar\s+(?:ben|zit)\s+je\s+nu|waar\s+is\s+dat|waar\s+was\s+dat|waar\s+gebeurt)\b",
    re.I,
)
_LEADS = frozenset({"ja", "jaa", "jep", "yes", "nee", "in", "op", "uit", "bij", "het", "de", "t", "'t", "naar", "ik", "woon",
                    "zit", "daar", "klopt"})
# Words of answers that name nothing ("weet ik niet", "zeg ik liever niet", "ver weg").
_NOT_NAMES = frozenset({
    "weet", "wet", "idk", "geen", "zeg", "liever", "ergens", "thuis", "buurt", "hier", "daar", "anders", "stad", "dorp",
    "school", "klas", "ver", "weg", "dichtbij", "centrum", "randstad", "noorden", "zuiden", "oosten", "westen",
    "midden", "land", "buiten", "binnen", "vmbo", "mbo", "havo", "vwo", "hbo", "uni", "basisschool", "middelbare",
    "praktijkonderwijs", "speciaal", "onderwijs", "niks", "nergens", "sorry", "privé", "prive", "geheim", "huis",
    "opvang", "instelling", "groep", "gezin", "pleeggezin", "moeder", "vader", "oma", "opa", "tante", "oom",
})
MAX_WORDS = 4  # a reply longer than this is a sentence, which the other rules read


def answer_spans(texts: list[str], roles: list[str], spans: list[list[Span]], lex: Lexicon) -> list[list[Span]]:
    """``spans`` with the answers to where-questions added (a new list per message)."""
    out = [list(message) for message in spans]
    asked: str | None = None
    for index, (text, role) in enumerate(zip(texts, roles)):
        if role == "counselor":
            asked = _question(text)
            continue
        if asked is None or not text:
            continue
        kind, asked = asked, None  # only the first reply answers
        span = _answer(text, kind, lex)
        if span is None:
            continue
        # "blaise pascal": the whole answer, not the one word a list knew
        inside = [s for s in out[index] if span.start <= s.start and s.end <= span.end]
        if any(s.start < span.end and span.start < s.end for s in out[index] if s not in inside):
            continue
        out[index] = sorted([s for s in out[index] if s not in inside] + [span], key=lambda s: s.start)
    return out


def _question(text: str) -> str | None:
    if "?" not in text:
        return None
    last = text[text.rfind(".", 0, text.rfind("?")) + 1:]  # the sentence that asks
    if _ASKS_SCHOOL.search(last):
        return "school"
    if _ASKS_PLACE.search(last):
        return "plaats"
    return None


def _answer(text: str, kind: str, lex: Lexicon) -> Span | None:
    tokens = list(TOKEN.finditer(text))
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    words = [t.group(0).lower() for t in tokens]
    first = 0
    while first < len(words) and words[first] in _LEADS:
        first += 1
    rest = words[first:]
    if not rest or any(w in FUNCTION_WORDS or w in _NOT_NAMES or w in lex.stoplist or w.isdigit() for w in rest):
        return None
    if all(w in lex.eval_common for w in rest) and not (len(rest) > 1 or rest[0] in lex.all_places):
        return None  # "thuis", "ergens": one common word; "goudse waarden", "rooi" are names
    if kind == "school" and all(w in lex.first_names for w in rest):
        return None  # "lisa": a friend at school, which the name rules take
    return Span(tokens[first].start(), tokens[-1].end(), kind, 2)
