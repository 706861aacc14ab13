"""Recall first: a word that no dictionary knows is treated as a name.

Lists and context patterns find the names their authors thought of; on chats by
new hands the names they did not think of leak ("sjonnie", "dewayne",
"kruiskamp"). The asymmetry decides: a leaked name can identify a child, an
over-redacted word costs a reader one word. So every token that is not Dutch
(simplemma's forms, frequent words, the chat stoplist), not English, not a
typing error of a frequent word and not a compound of Dutch words
("jeugdzorgwerker", "snapgroep") is taken for a name, a place or a school,
whatever its case. Even a word one letter off a frequent word ("wezep", "wyck")
counts: on chats written by people (five hand-written sets, 60,000 words) such
words were names or places far more often than typing errors, except for the
two slips fingers make — a letter dropped ("noit") or two swapped ("hefet") —
which stay. Stretched words ("hoii", "echtt") are known. Public organisations,
platforms, domain words and street slang are in the chat stoplist.
"""

from __future__ import annotations

import re

from zichtbaar.privacy.lexicon import Lexicon
from zichtbaar.privacy.names import TOKEN, sentence_start
from zichtbaar.privacy.patterns import Span

_STRETCH = re.compile(r"([^\W\d_])\1{2,}")  # "jaaaa", "echttt"
_LAUGH = re.compile(r"^(?:[hj]+[aeiou]+){2,}h?$|^(?:x+d+|l+o+l+|h+m+|p+f+|o+e+f+|a+r+g+h*|u+g+h+|e+h+m*)$")
_SCHOOL_BEFORE = re.compile(r"\b(?:op|naar)\s+(?:het|de|t|'t)\s*$|\b(?:zit|zat|ga|ging)\s+op\s*$", re.I)
_SCHOOL_AFTER = re.compile(r"\s*(?:college|lyceum|school|scholengemeenschap|mavo|havo|vwo|vmbo|gymnasium)\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:in|uit|naar|vanuit|richting|vlakbij|nabij|buurt\s+van|omgeving)\s*$", re.I)


def unknown_spans(text: str, lex: Lexicon) -> list[Span]:
    found: list[Span] = []
    frequent = lex.frequent
    tokens = list(TOKEN.finditer(text))
    for i, tok in enumerate(tokens):
        word = tok.group(0).lower()
        if word in frequent or len(word) < 3:  # most words: nothing to decide
            continue
        if word.isascii() and not word.isalpha() and "-" not in word and "'" not in word:
            continue
        if _is_known(word, lex) or lex.ends_stop_phrase([t.group(0).lower() for t in tokens[max(0, i - 2):i + 1]]):
            continue
        capital = tok.group(0)[:1].isupper() and not sentence_start(text, tok.start())
        if not (_unknown(word, lex) or capital and not lex.is_compound(word, strict=True)):
            continue
        found.append(Span(tok.start(), tok.end(), _kind(text, tok.start(), tok.end(), word, lex), 1))
    return found


def _is_known(word: str, lex: Lexicon) -> bool:
    """Dutch in any form, or chat noise (stretched words, laughter)."""
    if lex.is_word(word) or word in lex.english_words or _LAUGH.match(word):
        return True
    if "'" in word or "’" in word:  # "doesn't", "m'n"
        return all(lex.is_word(p) or p in lex.english_words or len(p) < 3 for p in re.split(r"['’]", word))
    if word[-1] == word[-2] and (lex.is_word(word[:-1]) or word[:-1] in lex.english_words):
        return True  # "hoii", "nogg", "echtt"
    if _STRETCH.search(word):
        short = _STRETCH.sub(r"\1", word)
        if lex.is_word(short) or lex.is_word(_STRETCH.sub(r"\1\1", word)) or _LAUGH.match(short):
            return True
    if _contraction(word, lex):
        return True
    return "-" in word and all(lex.is_word(part) or len(part) < 3 for part in word.split("-"))


def _contraction(word: str, lex: Lexicon) -> bool:
    """"kheb", "kwoon", "kmoet": 'k (ik) glued to a verb, everywhere in teenage
    chat. The rest must be a short verb form (its lemma an infinitive, "-n"),
    and a name that is k + a word ("koen", "kaan") is on a name list."""
    if word[0] != "k" or len(word) > 7 or word[1:] not in lex.frequent:
        return False
    lemma = lex.vocabulary.get(word[1:])
    return (
        lemma is not None and lemma != word[1:] and lemma.endswith("n")
        and word not in lex.all_first_names and word not in lex.all_surnames and word not in lex.all_places
    )


def _unknown(word: str, lex: Lexicon) -> bool:
    """Not a slip of the finger and not a compound; listed names always count
    (the lookups decide about a listed name that is also a slip: "noor", "geleen")."""
    if _slip(word, lex):
        return False
    if word in lex.all_first_names or word in lex.all_places or word in lex.all_surnames:
        return True
    return not lex.is_compound(word)


def _slip(word: str, lex: Lexicon) -> bool:
    """A letter dropped from a frequent word ("geleen", "noit") or two swapped
    ("hefet", "regetl"): the typing errors people make. Names are seldom one."""
    if word in lex.deletions:
        return True
    return any(word[:i] + word[i + 1] + word[i] + word[i + 2:] in lex.frequent for i in range(len(word) - 1))


def _kind(text: str, start: int, end: int, word: str, lex: Lexicon) -> str:
    before = text[max(0, start - 24):start]
    if _SCHOOL_BEFORE.search(before) or _SCHOOL_AFTER.match(text, end):
        return "school"
    if word in lex.all_places or (_PLACE_BEFORE.search(before) and word not in lex.all_first_names):
        return "plaats"
    return "naam"
