"""Places by their shape and position, where no list knows them.

Towns are found by lists (lookups) and by "ik woon in X" (names.context_spans);
neighbourhoods, squares and schools are too many for any list. They show up
in positions a reader recognises: right after a town ("in zwolle,
stadshagen"), after a preposition and an article ("bij de Keizerslanden"),
after "het" ("op het dollard"), after their kind ("wijk Deppenbroek") or by
their ending ("de Zuiderzeewijk").
"""

from __future__ import annotations

import re

from zichtbaar.privacy.lexicon import Lexicon
from zichtbaar.privacy.names import FUNCTION_WORDS, PLACE_WORDS, WORD
from zichtbaar.privacy.patterns import Span


_COMPASS = frozenset({"noord", "oost", "zuid", "west", "centrum", "stad", "zuidoost", "noordoost", "zuidwest", "noordwest"})
_AFTER_PLACE = re.compile(r"(\s*,?\s*(?:in\s+)?(?:de\s+|het\s+|'t\s+)?)([^\W\d_][\w'’-]+)")

PROPER_AFTER_HET = re.compile(r"\b(?:het|'t)\s+([^\W\d_][\w'’-]+)", re.I)
_HET_LEAD = re.compile(r"(?:\b(op|van|naar|heel|bij|in|rond|achter|voor)\s+|^\s*|[.!?:;,]\s*)$", re.I)
_SCHOOL_LEADS = frozenset({"op", "van", "naar", "heel"})
_ABBREVIATION = re.compile(r"[bcdfghjklmnpqrstvwxz]{2,5}")
_NOT_PROPER = frozenset({"zelfde", "allerergste", "allerbeste", "allerliefst", "meeste", "minste"})

CAPITAL_AFTER_ARTICLE = re.compile(
    r"\b(in|bij|naar|op|uit|rond|richting|vanaf|achter|tegenover)\s+(?:de|het|'t)\s+([A-Z][\w'’-]+)"
)
# "wijk Deppenbroek", "locatie Dieren", "gemeente Best": a place by its kind
PLACE_NOUN = re.compile(
    r"\b(?:wijk|woonwijk|locatie|vestiging|gemeente|regio|dorp|stadsdeel|buurt|woonplaats|plaatsje)\s*:?\s+"
    r"(?:is\s+)?([A-Z][\w'’-]+|[^\W\d_][\w'’-]*(?:wijk|kwartier|buurt|broek|veen|dorp|hoven|rade|oord|hage))",
)
# "bij metro slinge", "halte Kraaiennest": a stop is named after its place
TRANSIT_STOP = re.compile(r"\b(?:metro|metrostation|metrohalte|tramhalte|bushalte|halte)\s+([^\W\d_][\w'’-]+)", re.I)
# "op het plein 40-45", "Plein 1944": a square named after a year
NUMBERED_SQUARE = re.compile(r"\bplein\s+'?\d{2,4}(?:\s?-\s?'?\d{2,4})?\b", re.I)
# "in baalderveld", "uit de vinkenhorst" no: right after the preposition, a word no
# dictionary has that ends like a neighbourhood or hamlet
SUFFIX_PLACE = re.compile(r"\b(?:in|uit|bij|naar|vanuit)\s+([^\W\d_]{3,}(?:veld|hoek|kamp|broek|dorp|hage|rade|oord|hoven|veen"
                          r"|weide|horst|burg|wijk|kwartier|stede|rode|loo|akker|akkeren|esch|enk|hout|haar|laar))\b", re.I)
# "in de stedenwijk", "uit de Zuiderzeewijk": a neighbourhood by its ending
NEIGHBOURHOOD_WORD = re.compile(r"\b(?:de|het|'t)\s+([^\W\d_][\w'’-]{2,}(?:wijk|kwartier))\b", re.I)
_GENERIC_NEIGHBOURHOODS = frozenset({
    "woonwijk", "nieuwbouwwijk", "volkswijk", "arbeiderswijk", "studentenwijk", "achterstandswijk", "villawijk",
    "probleemwijk", "buitenwijk", "rosse", "kwartier", "stadswijk", "vinexwijk", "hoofdkwartier", "winkelwijk",
})
_PLACE_NOUNS = frozenset({"wijk", "woonwijk", "locatie", "vestiging", "gemeente", "regio", "dorp", "stadsdeel", "buurt",
                          "woonplaats", "plaatsje"})


def place_spans(text: str, lex: Lexicon) -> list[Span]:
    """Places (and schools) by position or shape in one message."""
    found: list[Span] = []
    low = text.lower()
    has = low.__contains__
    words = set(WORD.findall(low))
    places_hinted = not words.isdisjoint(PLACE_WORDS)
    for m in CAPITAL_AFTER_ARTICLE.finditer(text) if places_hinted else ():
        # "bij de Keizerslanden", "bij het Tussen Meer": a proper name after a
        # preposition and an article is a place (or, after "op", a school)
        word = m.group(2).lower()
        if word not in lex.eval_common and word not in lex.stoplist and word not in FUNCTION_WORDS \
                and not _in_stop_phrase(text, m.start(2), lex):
            kind = "school" if m.group(1).lower() == "op" else "plaats"
            found.append(Span(m.start(2), m.end(2), kind, 2))
    for m in PLACE_NOUN.finditer(text) if not words.isdisjoint(_PLACE_NOUNS) else ():
        word = m.group(1).lower()
        if word not in FUNCTION_WORDS and word not in lex.stoplist:
            found.append(Span(m.start(1), m.end(1), "plaats", 3))
    for m in TRANSIT_STOP.finditer(text) if has("metro") or has("halte") else ():
        word = m.group(1).lower()
        if word not in FUNCTION_WORDS and word not in lex.stoplist and (
                m.group(1)[:1].isupper() or word in lex.all_places or word not in lex.frequent):
            found.append(Span(m.start(1), m.end(1), "plaats", 3))
    for m in NUMBERED_SQUARE.finditer(text) if has("plein") else ():
        found.append(Span(m.start(), m.end(), "plaats", 3))
    for m in SUFFIX_PLACE.finditer(text) if places_hinted else ():
        word = m.group(1).lower()
        if word not in lex.vocabulary and word not in lex.eval_common and word not in lex.stoplist:
            found.append(Span(m.start(1), m.end(1), "plaats", 2))
    for m in NEIGHBOURHOOD_WORD.finditer(text) if has("wijk") or has("kwartier") else ():
        if m.group(1).lower() not in _GENERIC_NEIGHBOURHOODS:
            found.append(Span(m.start(1), m.end(1), "plaats", 3))
    for m in PROPER_AFTER_HET.finditer(text) if has("het") or has("'t") else ():
        # "op het dollard", "heel het Olympus": after "het" a word that no
        # dictionary lists but that is frequent in Dutch text is a proper name —
        # a school, a square, a building ("het station" is in the dictionary);
        # after a preposition, opening a sentence or capitalised ("ik vind het
        # genoeg": there "het" is a pronoun)
        word = m.group(1).lower()
        if _ABBREVIATION.fullmatch(word) and word not in lex.stoplist and word not in lex.frequent:
            lead = _HET_LEAD.search(text, max(0, m.start() - 12), m.start())
            if lead and (lead.group(1) or "").lower() in _SCHOOL_LEADS:
                found.append(Span(m.start(1), m.end(1), "school", 2))  # "op het hml", "van het csg"
            continue
        if (len(word) < 4 or word not in lex.frequent or word in lex.vocabulary or word in lex.english_words
                or word in lex.eval_common or word in lex.stoplist or word in _NOT_PROPER or lex.is_compound(word)):
            continue
        lead = _HET_LEAD.search(text, max(0, m.start() - 12), m.start())
        if lead or m.group(1)[:1].isupper():
            kind = "school" if lead and (lead.group(1) or "").lower() in _SCHOOL_LEADS else "plaats"
            found.append(Span(m.start(1), m.end(1), kind, 2))
    return found


def _in_stop_phrase(text: str, start: int, lex: Lexicon) -> bool:
    """"bij de Albert Heijn": a capitalised word that opens a brand the stoplist knows."""
    words = text[start:start + 40].lower().split()
    return any(" ".join(words[:n]) in lex.stoplist for n in (2, 3))


def neighbourhoods_after(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"in [zwolle] stadshagen", "in [enschede], in Roombeek": the word right
    after a town is its neighbourhood when it is capitalised or no frequent word."""
    found = []
    for span in spans:
        if span.type != "plaats":
            continue
        m = _AFTER_PLACE.match(text, span.end)
        if not m or (not m.group(1).strip() and not m.group(1)):
            continue
        word = m.group(2).lower()
        if word in FUNCTION_WORDS or word in lex.stoplist or len(word) < 3 or word in _COMPASS:
            continue
        if m.group(2)[:1].isupper() or word in lex.all_places or not (
                word in lex.frequent or word in lex.eval_common or word in lex.english_words):
            found.append(Span(m.start(2), m.end(2), "plaats", 1))
    return found
