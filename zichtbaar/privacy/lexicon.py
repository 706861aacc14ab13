"""Word lists, loaded once: which lowercase words are names, places, or just words.

deduce's lookups match capitalised names and places only; teenagers write
"lisa uit zwolle". Looking names up in any case needs a counterweight, or every
"storm", "bos" and "leiden" disappears: listed names and places that are also
ordinary words (``common_words.txt``, generated from word frequencies) and a
hand-made chat stoplist are left to context. ``keep_*.txt`` wins over both.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

# Interfixes of Dutch surnames ("lisa de vries", "mo el amrani").
INTERFIXES = frozenset({
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "la", "le", "el", "al", "d'",
    "op", "in", "van't", "vd", "v.d.",
})


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]
    surnames: frozenset[str]
    interfix_surnames: frozenset[str]  # "jong" of "de jong": surnames that follow an interfix
    all_first_names: frozenset[str]  # unfiltered: for strong contexts ("ik heet storm")
    all_surnames: frozenset[str]  # unfiltered: "lisa visser" after a first name in context
    all_places: frozenset[str]  # unfiltered single-word places: "ik woon in goes"
    municipalities: frozenset[str]
    places: frozenset[str]
    multi_places: dict[str, tuple[tuple[str, ...], ...]]  # first token -> token tuples
    multi_index: dict[tuple[str, str], tuple[tuple[str, ...], ...]]  # first two tokens -> token tuples, longest first
    common: frozenset[str]
    stoplist: frozenset[str]
    keep_names: frozenset[str]
    keep_places: frozenset[str]
    place_variants: frozenset[str]  # "r'dam", "dh", "020": how chats write the big cities
    stop_heads: frozenset[str]  # first words of multi-word stoplist entries ("albert" of "albert heijn")
    lookup_heads: frozenset[str]  # every word the lookup acts on, for a fast skip of all others
    schools: frozenset[str]  # names of schools, colleges and universities ("saxion", "zadkine")
    town_deletions: frozenset[str]  # municipalities of 6+ letters and every one-letter deletion of them
    eval_common: frozenset[str]
    frequent: frozenset[str]  # wordfreq's top Dutch words without names and places
    deletions: frozenset[str]  # every frequent word with one letter deleted (typo check)
    vocabulary: object  # simplemma's Dutch form dictionary (supports ``in``)

    def is_word(self, token: str) -> bool:
        """An ordinary Dutch (chat) word, in any form, as far as the lists know."""
        return (
            token in self.frequent or token in self.eval_common or token in self.common
            or token in self.stoplist or token in self.vocabulary
        )

    def not_a_school(self, token: str) -> bool:
        """"op snapchat", "bij lisa", "bij jumbo": platforms, brands and people."""
        return token in self.stoplist or token in self.first_names or token in self.places

    def is_typo(self, token: str) -> bool:
        """One letter added, dropped, changed, or two swapped, from a frequent word:
        "nogg", "betje", "regetl" are typing errors, not unknown names."""
        if len(token) < 3:
            return False
        if token in self.deletions:
            return True
        for i in range(len(token)):
            shorter = token[:i] + token[i + 1:]
            if shorter in self.frequent or shorter in self.deletions:
                return True
        return False


def _typo(token: str, frequent: set[str], deletions: set[str]) -> bool:
    """``Lexicon.is_typo`` before there is a lexicon."""
    if len(token) < 3:
        return False
    if token in deletions:
        return True
    return any(token[:i] + token[i + 1:] in frequent or token[:i] + token[i + 1:] in deletions for i in range(len(token)))


def _index_by_two(multi: dict[str, set[tuple[str, ...]]]) -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    """"san jose", "san juan", "san diego": the lookup tries only the places whose
    first two words match, not every place that starts with "san" or "de"."""
    index: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for options in multi.values():
        for option in options:
            index.setdefault(option[:2], []).append(option)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _package_lines(name: str) -> set[str]:
    text = resources.files("zichtbaar.privacy").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def _deduce_lines(*parts: str) -> set[str]:
    from zichtbaar.privacy.engine import import_deduce  # noqa: PLC0415

    base = Path(import_deduce().__file__).parent / "data" / "lookup" / "src"
    path = base.joinpath(*parts, "items.txt")
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


_PLACE_LINKS = frozenset({"aan", "op", "bij", "in", "over", "onder", "en"})


def _long_place(tokens: tuple[str, ...]) -> bool:
    """"bergen op zoom", "alphen aan den rijn": three or more words joined by a
    preposition are a place name, even when each word is an ordinary word."""
    return len(tokens) >= 3 and tokens[1] in _PLACE_LINKS and tokens[0] not in _PLACE_LINKS and len(tokens[-1]) >= 3


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    common = _package_lines("common_words.txt")
    stoplist = _package_lines("chat_stoplist.txt")
    keep_names = _package_lines("keep_names.txt")
    keep_places = _package_lines("keep_places.txt")
    vocabulary = DefaultDictionaryFactory().get_dictionary("nl")
    eval_common = _package_lines("eval_common_words.txt")
    frequent = _package_lines("dutch_frequent.txt")
    deletions = {w[:i] + w[i + 1:] for w in frequent if len(w) >= 4 for i in range(len(w))}

    def usable(word: str, keep: set[str]) -> bool:
        if word in keep:
            return True
        if word in stoplist or word in common or len(word) < 3:
            return False
        return True

    all_first = {w for w in _deduce_lines("names", "lst_first_name") if " " not in w}
    first = {w for w in all_first if usable(w, keep_names) and w not in eval_common} | keep_names
    # Names of every origin (Faker's providers, see build_world_lists): in any case
    # only when no list knows them as a word; in a naming context always.
    world_first = _package_lines("world_first_names.txt")
    first |= {w for w in world_first if usable(w, set()) and w not in eval_common and w not in frequent
              and w not in vocabulary and not _typo(w, frequent, deletions)}  # "bina" is "bijna" mistyped
    all_first |= world_first
    all_surnames = {w for w in _deduce_lines("names", "lst_surname") if " " not in w and len(w) >= 2}
    all_surnames |= _package_lines("world_surnames.txt")
    surnames = {w for w in all_surnames if usable(w, set())}
    surnames -= eval_common

    place_words: set[str] = set()
    multi: dict[str, set[tuple[str, ...]]] = {}
    municipalities = _deduce_lines("locations", "lst_placename", "lst_municipality")
    # Hamlets that are also words ("appen") only count as places in context.
    residences = {
        r for r in _deduce_lines("locations", "lst_placename", "lst_residence")
        if r in municipalities or r in keep_places or not (r in vocabulary or r in frequent)
    }
    # Cities of the world and of Belgium, Suriname and the Antilles (GeoNames),
    # big-city neighbourhoods, and how chats write the big cities ("r'dam", "adam").
    extra_places = {
        p for p in _package_lines("world_places.txt")
        if p not in common and p not in eval_common and p not in stoplist and len(p) >= 4
        and (" " in p or (p in frequent and p not in vocabulary) or not _typo(p, frequent, deletions))  # "sluizen", "feits"
    } | {p for p in _package_lines("neighbourhoods.txt") if p not in common and p not in eval_common and p not in stoplist}
    variants = _package_lines("place_variants.txt")
    surrogate_places = keep_places  # the surrogate pool stays real, well-known towns
    keep_places = keep_places | {v for v in variants if len(v) >= 3 and not v.isdigit()}
    raw_places = (
        residences
        | municipalities
        | _deduce_lines("locations", "lst_placename", "lst_province")
        | keep_places
        | extra_places
    )
    all_places: set[str] = set()
    for place in raw_places:
        place = place.split(" (")[0].strip()  # "bergen (nh)"
        tokens = tuple(place.split())
        if len(tokens) == 1:
            all_places.add(place)
            if usable(place, keep_places) and (place in keep_places or place not in eval_common):
                place_words.add(place)
        elif place in keep_places or _long_place(tokens) or any(
            t not in common and t not in vocabulary and t not in eval_common and t not in stoplist
            for t in tokens
        ):
            multi.setdefault(tokens[0], set()).add(tokens)
    stop_heads = {e.split()[0] for e in stoplist if " " in e}
    schools = _package_lines("schools.txt")
    lexicon = Lexicon(
        first_names=frozenset(first),
        surnames=frozenset(surnames),
        all_first_names=frozenset(all_first | keep_names),
        all_surnames=frozenset(all_surnames - stoplist),
        all_places=frozenset((all_places | variants) - stoplist),
        municipalities=frozenset(municipalities),
        interfix_surnames=frozenset(
            w for w in _deduce_lines("names", "lst_interfix_surname") if " " not in w and w not in stoplist
        ),
        places=frozenset(place_words),
        multi_places={k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()},
        multi_index=_index_by_two(multi),
        common=frozenset(common),
        stoplist=frozenset(stoplist),
        keep_names=frozenset(keep_names),
        keep_places=frozenset(surrogate_places),
        place_variants=frozenset(variants),
        stop_heads=frozenset(stop_heads),
        lookup_heads=frozenset(
            first | place_words | set(multi) | municipalities | stop_heads | schools
        ),
        schools=frozenset(schools),
        town_deletions=frozenset(
            {m for m in municipalities if len(m) >= 6 and " " not in m}
            | {m[:i] + m[i + 1:] for m in municipalities if len(m) >= 6 and " " not in m for i in range(len(m))}
        ),
        eval_common=frozenset(eval_common),
        frequent=frozenset(frequent),
        deletions=frozenset(deletions),
        vocabulary=vocabulary,
    )
    gc.collect()
    gc.freeze()  # long-lived, like deduce's lookups (see engine)
    return lexicon
