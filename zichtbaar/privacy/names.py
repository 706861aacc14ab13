"""Names and places in any case: list lookups, context patterns, surnames.

Lookups are case-insensitive but skip list entries that are also ordinary
words (see lexicon). Context makes up for that: after "ik heet", "mijn vriend",
"juf" or "ik woon in" a word is a name or place even if the lists do not know
it, unless it is an ordinary word ("ik ben bang", "mijn vriend zegt").
"""

from __future__ import annotations

import re

from zichtbaar.privacy.lexicon import INTERFIXES, Lexicon
from zichtbaar.privacy.patterns import Span

TOKEN = re.compile(r"(?:'s-)?[^\W\d_][^\W_]*(?:['’\-][^\W_]+)*")

_RELATIONS = (
    r"(?:beste\s+)?(?:vriend|vriendje|vriendin|vriendinnetje|vriendinnen|vrienden|zus|zusje|zussen|broer|broertje"
    r"|neef|neefje|nicht|nichtje|mentor|mentrix|oom|tante|ex|docent|leraar|lerares|coach|trainer|buurman|buurvrouw"
    r"|buurjongen|buurmeisje|baas|stiefvader|stiefmoeder|stiefbroer|stiefzus|opa|oma|vader|moeder|pa|ma|papa"
    r"|mama|klasgenoot|klasgenote|collega|bff|lover|loverboy|pooier|vriendje|crush|date|schat|man|vrouw"
    r"|jongen|meisje|chauffeur|hulpverlener|begeleider|voogd|pleegvader|pleegmoeder|halfbroer|halfzus)"
)
_FILLER = r"(?:(?:btw|trouwens|truowens|toruwens|trouwesn|eigenlijk|gewoon|gwn|gewon|dus|echt|wel|zelf|hier|nu|ff|even|maar|ook|altijd|allemaal)\s+){0,2}"
_NAME = r"([^\W\d_][\w'’-]*)"
STRONG_NAME = re.compile(
    r"\b(?:ik\s+heet|k\s+heet|naam\s+is|naam\s*:|genaamd"
    r"|(?:noem|noemt|noemen|noemde|noemden)\s+(?:ze\s+|zij\s+|we\s+|wij\s+|jullie\s+|ik\s+)?(?:hem|haar|me|mij|zich|zichzelf|ons)"
    r"(?:\s+(?:de|het))?"
    r"|(?:noemen|noemden)\s+(?:ze|zij|we|wij|jullie|iedereen)(?:\s+(?:hem|haar))?\s+(?:de|het)"
    r"|(?:my|his|her|their)\s+name\s+is|call\s+(?:me|him|her))\s*,?\s+"
    + _FILLER + _NAME,
    re.I,
)
# "hij heet X" is often "hij heeft" mistyped: X must be a listed first name or unknown.
NAMING = re.compile(
    r"\b(?:heet|heette|heten|noem\s+hem|noem\s+haar|noemen\s+hem|noemen\s+haar|noemt\s+zich)\s*,?\s+" + _FILLER + _NAME,
    re.I,
)
STRONG_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s*,?\s*(?:zo\s+heet|heet\s+(?:hij|ze|zij)\b|is\s+(?:zijn|haar|mijn)\s+naam)",
    re.I,
)
# "mijn naam oksana", "de naam Dorin" (but "mijn naam staat erop")
NAME_NOUN = re.compile(
    r"\b(?:mijn|m'?n|mn|de|haar|zijn|z'n|met\s+als)\s+(?:naam|bijnaam|achternaam|voornaam|roepnaam)\s*,?\s+(?:is\s+)?"
    r"((?:(?:van|de|der|den|ter|ten|te|el|al)\s+){0,3}[^\W\d_][\w'’-]*)",
    re.I,
)
QUOTED_NAME = re.compile(
    r"\b(?:als|heet|heette|noemen|noemt|noemde|genaamd|bijnaam|naam)\s*[:,]?\s*[\"“'‘]([A-Z][\w'’-]*)[\"”'’]"
    r"|\b(?:[Hh]eet|[Hh]eette|[Gg]enaamd|[Bb]ijnaam|[Nn]aam),?\s*[\"“]([a-z][\w'’-]*)[\"”]"  # onder een andere naam, "sky"
)
_RELATIVE = re.compile(r"\s+(?:die|dat|wie)\b")
VOCATIVE = re.compile(r",\s+([A-Z][a-zà-ÿ'’-]+)\s*(?:[.!?]|$)")
NAME_BEFORE_VERB = re.compile(
    r"\b(?:ze|zij|hij|die|jij|je|u)\s+([^\W\d_][\w'’-]*)\s+(?:heet|heette|heten|heetten|genoemd|noemt|noemde)\b", re.I
)
# "Dewayne M.": a capitalised word and an initial
_THING_NAMED = re.compile(r"\b(?:dit|dat|het|zoiets|wat|hoe|dat\s+ding|zo'n\s+\w+)\s*$", re.I)
_INITIAL_HINT = re.compile(r" [A-Z]\.")
NAME_INITIAL = re.compile(r"(?<=[\w,;:] )([A-Z][a-zà-ÿ'’-]{2,})\s+[A-Z]\.(?![\w.])")
RELATION_NAME = re.compile(
    r"\b(?:mijn|m'?n|mn|onze|ons|zijn|haar|z'n|der|je|jouw|die|de|een)\s+" + _RELATIONS
    + r"\s*,?\s+(?:heet\s+|is\s+|genaamd\s+)?" + _NAME,
    re.I,
)
_PERSONS = r"(?:" + _RELATIONS[3:-1] + r"|dochter|dochtertje|zoon|zoontje|kind|kindje|kinderen|buren|leerling|cliënt|client)"
RELATION_PAREN = re.compile(r"\b" + _PERSONS + r"\b[^()\n]{0,40}?\(\s*" + _NAME + r"\s*\)", re.I)
TITLE_NAME = re.compile(
    r"\b(?:juf|juffrouw|meester|meneer|mevrouw|mevr|mw|dhr|mr|mrs|ms|tante|oom|ome|opa|oma|dokter|dr|agent|coach"
    r"|madam|madame|mister|miss|chef|baas|boss)\.?\s+"
    r"((?:(?:van|de|der|den|ter|ten|te|'t)\s+){0,3}[^\W\d_][\w'’-]*)",
    re.I,
)
IK_BEN = re.compile(
    r"\b(?:ik\s+ben|k\s+ben|ben\s+ik|ik\s+bn|hier\s+is|groetjes|groeten|liefs|doei|hoi|hey|hallo|hai|hee|hé|dag"
    r"|i\s+am|i'm|im|this\s+is)\s*,?\s+"
    + _FILLER + _NAME + r"(?=(\s*(?:,|\.|!|\?|$|btw|trouwens|truowens|hoor|haha|en\s+ik|en\s+ben|\(|:|;|\s[^\w\s]))?)",
    re.I,
)
STRONG_PLACE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|woonden|kom|kwam|komt|kom\s+zelf|ben|zijn|zit|verhuisd|verhuizen|opgegroeid"
    r"|nog\s+steeds|nog\s+altijd)"  # "nog steeds in roden": a return visit restating where they live
    r"\s+(?:in|uit|bij|naar|vlakbij|naast|buiten|rond|richting)\s+([^\W\d_][\w'’-]*)",
    re.I,
)
AREA_CODE_PLACE = re.compile(r"\b(?:in|uit|naar|vanuit|richting)\s+(0[1-9]{1,2}0)\b(?![\d\s-]*\d)")
CAPITAL_PLACE = re.compile(r"\b(?:in|uit|naar|bij|vanuit|richting|rond|buiten|nabij|vlakbij|from|to|near)\s+([A-Z][\w'’-]+)")
# "ik woon in utrecht, (in) (de) leidsche rijn": the part after the town is a neighbourhood.
NEIGHBOURHOOD = re.compile(
    r"\b(?:woon|woont|wonen|woonde|woonden|kom\s+uit|kwam\s+uit|opgegroeid\s+in)\s+(?:in|bij|uit)?\s*"
    r"((?:[^\W\d_][\w'’-]*)(?:\s+(?:aan|op|bij)\s+(?:den\s+|de\s+)?[^\W\d_][\w'’-]*|\s+[^\W\d_][\w'’-]*)??)"
    r"(?:\s*,\s*(?:in\s+)?|\s+in\s+)((?:(?:de|het|'t)\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)"
    r"(?=\s*(?:$|[.,!?;:()]|[^\w\s]|\s+(?:en|maar|want|dus|ofzo|enzo|btw|trouwens|haha|lol|hoor)\b))",
    re.I,
)
# Cheap tests before the costly patterns: most messages hold none of these words.
WORD = re.compile(r"[^\W\d_]+")
_RELATION_WORDS = frozenset(re.findall(r"[a-z]+", _RELATIONS))
_TITLE_WORDS = frozenset(re.findall(r"[a-z]+", TITLE_NAME.pattern.split("\\.?")[0]))
_IK_BEN_WORDS = frozenset({"ben", "bn", "hier", "groetjes", "groeten", "liefs", "doei", "hoi", "hey", "hallo", "hai", "hee", "hé", "dag",
                           "am", "m", "im", "this"})
PLACE_WORDS = frozenset({"in", "uit", "bij", "naar", "vlakbij", "naast", "buiten", "rond", "richting"})

# Adjectives that follow "ik ben" and are also listed first names.
_PREDICATES = frozenset({
    "lief", "klaar", "vrij", "best", "blij", "bang", "moe", "boos", "ziek", "alleen", "thuis", "weg", "stil",
    "kwijt", "zat", "goed", "fit", "klein", "groot", "oud", "jong", "raar", "gek", "slim", "dom", "mooi", "sterk",
    "rijk", "arm", "heel", "zwanger", "bezig", "jarig", "verliefd", "eerlijk", "benieuwd", "zeker", "wakker",
    "welkom", "er", "hier", "daar", "trots", "bereid", "vrijgezel", "single", "binnen", "buiten", "boven",
})
SURNAME_AFTER = re.compile(r"[ \t]+((?:(?:van|de|der|den|ter|ten|te|'t|el|al|la|le|d')[ \t]+){0,3})([^\W\d_][\w'’-]*)", re.I)

FUNCTION_WORDS = frozenset({
    "niet", "het", "de", "een", "zo", "ook", "echt", "eigenlijk", "gewoon", "trouwens", "dus", "maar", "wel",
    "jij", "hij", "zij", "ze", "je", "u", "die", "dat", "ik", "me", "mij", "we", "wij", "jullie", "er", "nog",
    "al", "nu", "toen", "daar", "hier", "wat", "wie", "waar", "hoe", "als", "en", "of", "want", "om", "op",
    "in", "aan", "van", "met", "voor", "bij", "naar", "uit", "tegen", "over", "onder", "heel", "erg", "zeer",
    "best", "ook", "weer", "altijd", "nooit", "soms", "vaak", "zelf", "alleen", "samen", "allemaal", "iets",
    "niks", "niets", "iemand", "niemand", "alles", "ok", "oke", "ja", "nee", "jaa", "neee", "he", "hè", "haha",
    "heet", "is", "was", "zijn", "ben", "bent", "heeft", "had", "wil", "kan", "moet", "mag", "zal", "gaat",
    "sorry", "dank", "bedankt", "thanks", "doei", "hoi", "hallo", "hey", "groetjes", "xx", "x",
    "den", "der", "anders", "ook", "zo", "maar", "mee",
    "haar", "hem", "hun", "mijn", "mn", "zn", "jouw", "uw", "onze", "ons",  # "ze noemt hem haar vriend"
    "da",  # Flemish "dat": "da is wel awkward"
    # English, which visitors write too ("call her, my phone", "in the weekend")
    "the", "my", "your", "his", "her", "our", "their", "its", "him", "you", "they", "this", "that", "and", "with",
    "from", "am", "are", "to", "of", "it", "me",
})


def _token_at(text: str, start: int) -> re.Match | None:
    return TOKEN.match(text, start)


def context_spans(text: str, lex: Lexicon) -> list[Span]:
    """Names and places that context marks, even if the lists do not know them."""
    found: list[Span] = []

    def add(start: int, kind: str, strong: bool, first_name_ok: bool = False) -> None:
        token = _token_at(text, start)
        if token is None:
            return
        word = token.group(0).lower()
        if word in FUNCTION_WORDS or len(word) < 2:
            return
        # "ik ben sky trouwens": an introduction outweighs the stoplist's "sky"
        if word in lex.stoplist and not ((strong or first_name_ok) and word in lex.all_first_names
                                         and word not in _NOT_INTRODUCTIONS):
            return
        # an unknown word is a name only if it is not a typing error of a word
        typo = not lex.is_word(word) and lex.is_typo(word)
        unknown = len(word) >= 3 and not lex.is_word(word) and not typo
        if kind == "naam":
            if strong and typo and word not in lex.all_first_names:
                return
            if word in lex.first_names or strong or (first_name_ok and word in lex.all_first_names) or unknown:
                span = Span(token.start(), token.end(), "naam", 3)
                found.append(extend_surname(text, span, lex, strong=True))
            return
        if word in lex.places or word in lex.multi_places:
            return  # the lookup finds it (with its full multi-word form)
        if strong or unknown:
            found.append(Span(token.start(), token.end(), kind, 3))

    low = text.lower()
    has = low.__contains__
    words = set(WORD.findall(low))
    naming = has("heet") or has("heten") or has("noem") or has("genoemd")
    if naming or has("naam") or has("name") or has("call") or has("genaamd"):
        for m in STRONG_NAME.finditer(text):
            add(m.start(1), "naam", strong=True)
        for m in NAMING.finditer(text):
            if _THING_NAMED.search(text, max(0, m.start() - 12), m.start()):
                continue  # "dit heet sextortion", "hoe heet dat": a thing, not a person
            add(m.start(1), "naam", strong=False, first_name_ok=True)
        for m in STRONG_NAME_BEFORE.finditer(text):
            add(m.start(1), "naam", strong=m.group(1).lower() in lex.all_first_names)
        for m in NAME_NOUN.finditer(text) if has("naam") else ():
            parts = m.group(1).split()
            if len(parts) > 1 and parts[0].lower() in INTERFIXES and parts[-1].lower() not in FUNCTION_WORDS:
                found.append(Span(m.start(1), m.end(1), "naam", 3))  # "zijn achternaam is de Vries"
            else:
                add(m.start(1), "naam", strong=False, first_name_ok=True)
        for m in NAME_BEFORE_VERB.finditer(text) if naming else ():
            word = m.group(1).lower()
            if word not in FUNCTION_WORDS and (word in lex.all_first_names or not lex.is_typo(word)):
                add(m.start(1), "naam", strong=word in lex.all_first_names or m.group(1)[:1].isupper())
    if has(".") and _INITIAL_HINT.search(text):
        for m in NAME_INITIAL.finditer(text):
            if not lex.is_word(m.group(1).lower()) or m.group(1).lower() in lex.all_first_names:
                found.append(Span(m.start(1), m.end(), "naam", 3))
    if has("("):
        for m in RELATION_PAREN.finditer(text):
            add(m.start(1), "naam", strong=True)
    if not words.isdisjoint(_RELATION_WORDS):
        for m in RELATION_NAME.finditer(text):
            # "mn vriend beer, hij ...": a listed name that closes the phrase
            # "een meisje bo die ik ken": a relative clause closes it too,
            # "mn vriend storm wil ...": and so does the verb it is the subject of
            add(m.start(1), "naam", strong=False, first_name_ok=m.group(1)[:1].isupper() or _closes(text, m.end(1))
                or _RELATIVE.match(text, m.end(1)) is not None
                or (_VERB_AFTER.match(text, m.end(1)) is not None and m.group(1).lower() not in _NOT_SUBJECTS))
    for m in TITLE_NAME.finditer(text) if not words.isdisjoint(_TITLE_WORDS) else ():
        parts = m.group(1).split()
        if len(parts) > 1:  # "meneer de groot": an interfix makes the next word a surname
            last = parts[-1].lower()
            if _SCHOOL_CLASS.match(text, m.end(1)):
                continue  # "juf van groep 8", "meester van klas 2b"
            if last in lex.interfix_surnames or not lex.is_word(last):
                found.append(Span(m.start(1), m.end(1), "naam", 3))
        else:
            word = m.group(1).lower()
            # "mevr bos", "meester visser": after a title a listed surname is one, in any case
            formal = m.group(0).split()[0].lower().rstrip(".") in _FORMAL_TITLES
            surname = m.group(1)[:1].isupper() or (
                (word in lex.all_surnames or word in lex.all_first_names)
                and (formal or (word not in lex.eval_common and not lex.is_word(word)))
            )
            add(m.start(1), "naam", strong=surname and word not in FUNCTION_WORDS, first_name_ok=True)
    for m in IK_BEN.finditer(text) if not words.isdisjoint(_IK_BEN_WORDS) else ():
        word = m.group(1).lower()
        # "ik ben Storm", "ik ben storm btw": a listed first name, capitalised or
        # closing the introduction, is a name; "ik ben lief" stays an adjective.
        introduced = m.group(1)[:1].isupper() or m.group(2) is not None
        after = SURNAME_AFTER.match(text, m.end(1))
        if after and not after.group(1) and after.group(2).lower() in lex.all_surnames and _closes(text, after.end(2)):
            introduced = True  # "ik ben storm dekker btw"
        listed = word in lex.all_first_names and (word not in _PREDICATES or m.group(1)[:1].isupper() or
                                                   (m.group(2) or "").strip().lower() in {"btw", "trouwens", "truowens"})
        if (introduced and not listed and len(word) >= 2 and word not in FUNCTION_WORDS and not _common(word, lex)
                and word not in lex.english_words):  # "I am tired"
            found.append(Span(m.start(1), m.end(1), "naam", 3))  # "ik ben yas, ...": even a word one letter off
        else:
            add(m.start(1), "naam", strong=False, first_name_ok=listed and introduced)
    places_hinted = not words.isdisjoint(PLACE_WORDS)
    for m in STRONG_PLACE.finditer(text) if places_hinted else ():
        word = m.group(1).lower()
        residence = _RESIDENCE.match(m.group(0))
        listed = word in lex.all_places and (
            word not in lex.eval_common or word in lex.municipalities or m.group(1)[:1].isupper()
        )
        add(m.start(1), "plaats", strong=bool(residence) and (listed or m.group(1)[:1].isupper()))
    for m in AREA_CODE_PLACE.finditer(text) if places_hinted and has("0") else ():
        found.append(Span(m.start(1), m.end(1), "plaats", 3))  # "ik woon in 020"
    for m in CAPITAL_PLACE.finditer(text) if places_hinted or has("from") or has("near") else ():
        # "in Putten", "uit Haren": a listed town, capitalised after a preposition;
        # "from Sliven": any capitalised word no dictionary knows
        word = m.group(1).lower()
        if word in lex.all_places or (not lex.is_word(word) and word not in lex.english_words
                                      and word not in lex.stoplist and not lex.is_typo(word)):
            found.append(Span(m.start(1), m.end(1), "plaats", 3))
    for m in NEIGHBOURHOOD.finditer(text) if places_hinted and _RESIDENCE.search(low) else ():
        town = m.group(1).lower()
        if not (town in lex.places or town in lex.all_places or town in lex.keep_places
                or tuple(town.split()) in lex.multi_places.get(town.split()[0], ()) or m.group(1)[:1].isupper()):
            continue
        content = [w for w in m.group(2).lower().split() if w not in ("de", "het", "'t")]
        if not content or content[0] in FUNCTION_WORDS or any(w in FUNCTION_WORDS or w in lex.stoplist for w in content):
            continue
        found.append(Span(m.start(2), m.end(2), "plaats", 3))
    for m in VOCATIVE.finditer(text) if has(",") else ():
        # "Dank je wel, Sky.": a counselor addresses the visitor by name
        word = m.group(1).lower()
        if word not in _NOT_INTRODUCTIONS and word not in FUNCTION_WORDS and (
                word in lex.all_first_names or not _common(word, lex)):
            found.append(Span(m.start(1), m.end(1), "naam", 3))
    for m in QUOTED_NAME.finditer(text) if ('"' in text or "“" in text or "'" in text) else ():
        group = 1 if m.group(1) else 2
        word = m.group(group).lower()
        if word not in lex.stoplist or (group == 2 and word in lex.all_first_names):
            found.append(Span(m.start(group), m.end(group), "naam", 3))  # kent hem alleen als "Boef"
    for m in NAME_AS_SUBJECT.finditer(text) if not words.isdisjoint(_SUBJECT_VERBS) else ():
        word = m.group(1).lower()
        if word in lex.all_first_names and word not in FUNCTION_WORDS and word not in _NOT_SUBJECTS:
            found.append(Span(m.start(1), m.end(1), "naam", 3))  # "bo is de ergste", "sky zegt dat"
    for m in NAME_OF_CLASS.finditer(text) if has("klas") or _CLASS_CODE.search(text) else ():
        word = m.group(1).lower()
        if word in lex.all_first_names and word not in FUNCTION_WORDS:
            found.append(Span(m.start(1), m.end(1), "naam", 3))  # "storm van 3a", "roos uit mijn klas"
    return found


_NOT_INTRODUCTIONS = frozenset({"man", "guy", "mam", "pap", "baby", "babe", "bro", "sis", "schat"})
# Listed first names that open clauses as ordinary words ("dan is het klaar").
_NOT_SUBJECTS = _NOT_INTRODUCTIONS | {"dan", "kent", "mee", "zusje", "net", "pas", "men", "mens", "god", "iedereen", "elke"}
_SUBJECT_VERBS = frozenset({
    "zegt", "zei", "heeft", "had", "is", "was", "wil", "wilde", "gaat", "ging", "kwam", "komt", "weet", "wist",
    "vindt", "vond", "doet", "deed", "moet", "moest", "kan", "kon", "zit", "zat", "woont", "woonde", "stuurde",
    "stuurt", "appt", "appte", "belde", "belt", "snapt", "vertelde", "vertelt", "zag", "ziet", "heeft",
})
_VERB_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_SUBJECT_VERBS)) + r")\b", re.I)
# A listed first name that is also a word ("bo", "sky", "roos") as the subject of
# a clause: at its start and straight before a finite verb. An article would make it a noun.
NAME_AS_SUBJECT = re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?:en|maar|want|dus|toen|dat|omdat|als|ook|alleen|zelfs|en\s+toen)\s+)"
    r"([^\W\d_][\w'’-]*)\s+(?:" + "|".join(sorted(_SUBJECT_VERBS)) + r")\b",
    re.I,
)
_SCHOOL_CLASS = re.compile(r"\s*(?:\d|[1-6]\s?[a-h]\b)")
_CLASS_CODE = re.compile(r"\b[1-6]\s?[a-h]\d?\b", re.I)
NAME_OF_CLASS = re.compile(r"\b([^\W\d_][\w'’-]*)\s+(?:van|uit|in)\s+(?:[1-6]\s?[a-h]\d?\b|(?:mijn|m'?n|mn|onze|de)\s+klas\b)", re.I)




def _common(word: str, lex: Lexicon) -> bool:
    """A word people actually use ("moe", "oke"), not merely one a dictionary
    lists in some form ("yas"): after "ik ben …," only the first is no name."""
    return word in lex.frequent or word in lex.eval_common or word in lex.stoplist


_CONTRACTED = frozenset({"he", "she", "it", "da", "wa", "that", "what", "there", "here", "who", "let"})  # he's, da's


def lookup_spans(text: str, lex: Lexicon) -> list[Span]:
    """First names and places from the lists, in any case, multi-word places included."""
    found: list[Span] = []
    tokens = list(TOKEN.finditer(text))
    lowered = [t.group(0).lower() for t in tokens]
    skip_until = -1
    heads = lex.lookup_heads
    for i, (tok, word) in enumerate(zip(tokens, lowered)):
        if tok.start() < skip_until:
            continue
        if word[-2:] in ("'s", "’s") and word not in heads:
            base = word[:-2]  # "lisa's moeder", "daan's schuld": the name without the possessive
            if base in lex.all_first_names and base not in lex.stoplist and base not in _CONTRACTED:
                found.append(Span(tok.start(), tok.start() + len(base), "naam", 2))
            continue
        if word not in heads:  # most words: nothing to look up
            if not ("-" in word or (i and lowered[i - 1] in _LOCATIVE)
                    or (len(word) >= 4 and (word[-1] == word[-2] or word[-2] == word[-3]))
                    or (text[tok.start()].isupper() and word in lex.all_first_names)):
                continue
        options = lex.multi_index.get((word, lowered[i + 1])) if i + 1 < len(lowered) and word in lex.multi_places else None
        if options:
            matched = False
            for option in options:
                n = len(option)
                if tuple(lowered[i:i + n]) == option and _adjacent(text, tokens[i:i + n]):
                    found.append(Span(tok.start(), tokens[i + n - 1].end(), "plaats", 2))
                    skip_until = tokens[i + n - 1].end()
                    matched = True
                    break
            if matched:
                continue
        lower_case = tok.group(0)[:1].islower()
        if word in lex.stop_heads and i + 1 < len(tokens) and f"{word} {lowered[i + 1]}" in lex.stoplist:
            skip_until = tokens[i + 1].end()  # "albert heijn", "burger king"
            continue
        if len(word) >= 4 and (word[-1] == word[-2] or word[-2] == word[-3]) and word not in lex.first_names \
                and word not in lex.places:
            stretched = _STRETCH.sub(r"\1", word)  # "lisaaa", "yaraa": a stretched name
            if stretched != word and stretched in lex.first_names and not lex.is_word(word):
                found.append(Span(tok.start(), tok.end(), "naam", 2))
                continue
        if word in lex.schools and (not lex.is_word(word) or (not lower_case and (
                len(word) > 3 or sum(ch.isupper() for ch in tok.group(0)) > 1))):
            found.append(Span(tok.start(), tok.end(), "school", 2))  # "ik zit op avans", "de UM", not "Um, ..."
            continue
        if word in lex.first_names:
            # "een roos", "de mark": a lowercase word after an article is a noun
            # "een rode roos": also with one adjective between article and noun
            noun = lower_case and i and (
                (lowered[i - 1] in _ARTICLES and text[tokens[i - 1].end():tok.start()].isspace())
                or (i > 1 and lowered[i - 2] in _ARTICLES and lowered[i - 1].endswith("e")
                    and lex.is_word(lowered[i - 1]) and lowered[i - 1] not in lex.first_names)
            )
            if not noun:
                found.append(Span(tok.start(), tok.end(), "naam", 2))
        elif word in lex.places:
            # "jaar geleen" is "geleden" mistyped; only towns of note are safe
            if not (lower_case and word not in lex.municipalities and word not in lex.keep_places
                    and word not in lex.place_variants and word not in lex.frequent and lex.is_typo(word)
                    and not (i and lowered[i - 1] in PLACE_WORDS)):
                found.append(Span(tok.start(), tok.end(), "plaats", 2))
        elif (word in lex.word_places and i and word not in FUNCTION_WORDS and word not in lex.stoplist
              and (lowered[i - 1] in _LOCATIVE or (i > 1 and lowered[i - 1] in ("de", "het") and lowered[i - 2] in _LOCATIVE))):
            # "in leiden", "uit goes", "in de pijp": a town or neighbourhood that is also a word, after a locative
            found.append(Span(tok.start(), tok.end(), "plaats", 2))
        elif (i and lowered[i - 1] in ("in", "uit") and word in lex.all_places and word not in FUNCTION_WORDS
              and word not in lex.stoplist and _closes(text, tok.end())):
            # "gezeten in zetten": a listed village that closes the sentence after "in"
            found.append(Span(tok.start(), tok.end(), "plaats", 2))
        elif "-" in word:
            parts = word.split("-")
            if parts[0] in lex.first_names and all(p in lex.first_names or p in lex.surnames for p in parts):
                found.append(Span(tok.start(), tok.end(), "naam", 2))
            elif parts[0] in lex.places or parts[0] in lex.municipalities:
                found.append(Span(tok.start(), tok.end(), "plaats", 2))  # "zwolle-zuid", "almere-haven"
        elif i and lowered[i - 1] in _LOCATIVE and word not in FUNCTION_WORDS and word not in lex.stoplist and (
            (len(word) <= 3 and word in lex.place_variants) or _misspelt_town(word, lex)
        ):
            # "naar dh", "in 020", "in tilbrug": short forms and misspelt towns after a locative
            found.append(Span(tok.start(), tok.end(), "plaats", 2))
        elif (not lower_case and word in lex.all_first_names and word not in lex.stoplist
              and (len(word) >= 3 or word in _SHORT_NAMES and not tok.group(0).isupper())
              and not sentence_start(text, tok.start()) and not _in_capital_run(tokens, i, text)
              and not _DATE_NEAR.search(text, tok.end(), tok.end() + 4)):
            # "dat Storm op zaterdag": a capitalised listed name inside a sentence
            found.append(Span(tok.start(), tok.end(), "naam", 2))
    if found and len(found) < len(tokens) and ("," in text or not _LIST_JOINS.isdisjoint(lowered)):
        found += _listed_together(tokens, lowered, found, lex)
    return found


_STRETCH = re.compile(r"([^\W\d_])\1+(?=[^\W\d_]?$)")
_SHORT_NAMES = frozenset({"bo", "mo", "jo", "ed", "al", "yu", "li"})  # "vertelde Bo me", not "AB" of a postcode
_DATE_NEAR = re.compile(r"\s*\d")
_LIST_JOINS = frozenset({"en", "of", "&", "n", "plus"})


_SENTENCE_END = frozenset(".!?:;\"'“”‘(-*>")


def sentence_start(text: str, start: int) -> bool:
    """Nothing but a sentence mark (or nothing) before ``start``: a capital there says nothing."""
    i = start - 1
    while i >= 0 and text[i].isspace():  # no copy of the text before: called for many tokens of long messages
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _in_capital_run(tokens: list[re.Match], i: int, text: str) -> bool:
    """"Centrum Seksueel Geweld", "Chat met Fier": a word inside a capitalised
    title or institution name is not a first name on that evidence alone."""
    def capital(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].group(0)[:1].isupper() and not sentence_start(text, tokens[j].start())
    return (capital(i - 1) and capital(i + 1)) or (capital(i + 1) and capital(i + 2)) or (capital(i - 1) and capital(i - 2))


def _misspelt_town(word: str, lex: Lexicon) -> bool:
    """"tilbrug", "rotterdan": one letter off a municipality of six letters or more."""
    if len(word) < 6 or lex.is_word(word):
        return False
    return any(v in lex.town_deletions for v in {word} | {word[:k] + word[k + 1:] for k in range(len(word))})


def _listed_together(tokens: list[re.Match], lowered: list[str], found: list[Span], lex: Lexicon) -> list[Span]:
    """"met joy en april", "lisa, roos en fien": beside a name in a list, a word
    that lists know as a first name is one too, whatever else it means."""
    named = {s.start for s in found if s.type == "naam"}
    extra: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.start() not in named:
            continue
        for j in (i + 2, i - 2):
            if not 0 <= j < len(tokens) or tokens[j].start() in named:
                continue
            a, b = (i, j) if i < j else (j, i)
            between = tokens[a].string[tokens[a].end():tokens[b].start()].strip().lower()
            if not (between in {",", "&", "+"} or lowered[a + 1] in _LIST_JOINS and between == lowered[a + 1]):
                continue
            word = lowered[j]
            if word in lex.all_first_names and word not in FUNCTION_WORDS and word not in lex.stoplist and len(word) >= 3:
                extra.append(Span(tokens[j].start(), tokens[j].end(), "naam", 2))
                named.add(tokens[j].start())
    return extra


_FORMAL_TITLES = frozenset({"juf", "juffrouw", "meester", "meneer", "mevrouw", "mevr", "mw", "dhr", "mr", "dokter", "dr"})
_LOCATIVE = frozenset({"in", "uit", "naar", "vanuit", "bij", "richting", "vlakbij", "nabij"})
# not "dat": "hij zei dat noa het deed" ("dat" is far more often a conjunction)
_ARTICLES = frozenset({"een", "de", "het", "geen", "elke", "iedere", "deze", "die", "welke", "zo'n", "n", "'n", "ne"})


def _adjacent(text: str, tokens: list[re.Match]) -> bool:
    return all(text[a.end():b.start()].strip(" -") == "" for a, b in zip(tokens, tokens[1:]))


def extend_surname(text: str, span: Span, lex: Lexicon, strong: bool = False) -> Span:
    """"lisa de vries", "Mo El Amrani", "ik heet noor visser": a name followed by an
    interfix and a surname-like word, or by a listed surname, takes the surname along."""
    m = SURNAME_AFTER.match(text, span.end)
    if not m:
        return span
    interfix = m.group(1).split()
    word = m.group(2).lower()
    if word in FUNCTION_WORDS or word in lex.stoplist or (word in _PREDICATES and not interfix):
        return span
    if interfix and all(w.lower() in INTERFIXES for w in interfix) and (
        word in lex.interfix_surnames or not lex.is_word(word)
    ):
        return Span(span.start, m.end(2), span.type, span.priority)
    if not interfix and (
        (word in lex.surnames and not lex.is_word(word))
        or ((strong or m.group(2)[:1].isupper()) and word in lex.all_surnames and word not in lex.eval_common)
        or (strong and word in lex.all_surnames and _closes(text, m.end(2)))
        or (strong and not lex.is_word(word) and not lex.is_typo(word) and _closes(text, m.end(2)))
    ):
        return Span(span.start, m.end(2), span.type, span.priority)
    return span


# "een rechercheur, van der linden": "van der"/"van den" open a surname even
# without a first name (in today's Dutch they open little else)
INTERFIX_NAME = re.compile(r"\b(?:van\s+der|van\s+den|vd|v\.\s?d\.)\s+([^\W\d_][\w'’-]+)", re.I)


def interfix_names(text: str, lex: Lexicon) -> list[Span]:
    low = text.lower()
    if "van d" not in low and "vd " not in low and "v.d" not in low:
        return []
    return [Span(m.start(), m.end(1), "naam", 2) for m in INTERFIX_NAME.finditer(text)
            if (word := m.group(1).lower()) not in FUNCTION_WORDS and word not in lex.eval_common
            and word not in lex.stoplist]


def _closes(text: str, end: int) -> bool:
    """The name is the end of a clause: "ik heet noor visser btw"."""
    return _CLOSING.match(text, end) is not None


_CLOSING = re.compile(r"\s*(?:$|[.,!?;:()]|[^\w\s]|btw\b|trouwens\b|truowens\b|hoor\b|haha\b)")
_RESIDENCE = re.compile(r"(?:woon|woont|wonen|woonde|woonden|kom|kwam|komt|verhuisd|opgegroeid|nog\s+(?:steeds|altijd))", re.I)
