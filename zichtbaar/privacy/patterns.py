"""Regular patterns for identifiers written in chat Dutch.

deduce's own regex annotators are tuned to medical letters (capitals, full
dates, formatted numbers); these cover how teenagers type: any case, missing
spaces, "+31 6 1234 5678", "3 maart", "insta: lisa_03". Each finder returns
``Span`` candidates; the pseudonymiser resolves overlaps.

Kept on purpose (research data, not identifying): ages and durations ("ik ben
15", "3 jaar"), platform names, 112, countries. Service numbers ("0800-2000")
identify nobody but go anyway: annotators mark them, and no reader needs them. Phone numbers of any country
("+44 ...", "+225 ...", "0048 ...") go. Schools include what the truth marks
like a school: colleges and ROCs, named clubs ("vv X") and workplaces ("X BV",
"salon X", "ik werk bij X" with X capitalised and no brand of the stoplist).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str  # a zichtbaar.truth.PiiType
    priority: int = 0  # higher wins an overlap of equal length


def _spans(pattern: re.Pattern, text: str, kind: str, priority: int, group: int = 0) -> list[Span]:
    return [Span(m.start(group), m.end(group), kind, priority) for m in pattern.finditer(text)]


# --- e-mail and URLs ----------------------------------------------------------
_TLD = r"(?:nl|be|com|net|org|eu|de|fr|uk|info|io|me|tv|nu|live|co|app|biz|online|xyz|email|mail|ru|es|it|pl|tr|ma)"
EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}(?:@|\s?(?:\(at\)|\[at\]| at )\s?)[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:" + _TLD[3:-1] + r")\b"
    r"|(?<![\w.+-])[\w.+-]{1,64}\s?(?:@|\(at\)|\[at\])\s?[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\s?(?:\.|\(dot\)|\[dot\]|punt|dot)\s?" + _TLD + r"\b",
    I,
)
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:nl|be|com|net|org|eu|io|me|tv|gg|ly|info|co|app|link|xyz)\b(?:/[^\s<>\"']*)?",
    I,
)

# --- phone numbers: Dutch (0, +31, 0031, +31 (0)) and Belgian (+32, 0032) ------
_SEP = r"[\s.\-/]{0,3}"  # "06 - 12 34", "0 6 - 2 8 7 1": spaced digits too
PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)\s?3[12]" + _SEP + r"(?:\(0\)" + _SEP + r")?[1-9](?:" + _SEP + r"\d){7,8}"
    r"|\(?0" + _SEP + r"[1-9](?:" + _SEP + r"\)?" + _SEP + r"\d){8}"
    r"|\(?0[1-9](?:" + _SEP + r"\)?" + _SEP + r"\d){7}"
    r"|6(?:" + _SEP + r"\d){8}"
    r"|0[89]00" + _SEP + r"\d(?:" + _SEP + r"\d){3,6}"
    r")(?![\d])"
    # any other country: "+44 7700 900461", "+225 07 88 12 34", "0048 512 334 908"
    r"|(?<![\w+])(?:\+|00)\s?[1-9]\d{0,2}" + _SEP + r"(?:\(0\)" + _SEP + r")?\d(?:" + _SEP + r"\d){6,11}(?!\d)",
)

# "nul zes, drie acht, twee twee, ...": a number read out in words (nine digits or more)
_DIGIT_WORD = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|one|two|three|four|five|six|seven|eight|nine)"
PHONE_WORDS = re.compile(r"\b(?:nul|zero)(?:[\s,.-]+" + _DIGIT_WORD + r"){8,}\b", I)

# --- bank, BSN, licence plates ------------------------------------------------
IBAN = re.compile(r"\b[a-z]{2}\d{2}\s?[a-z]{4}(?:\s?\d){10}\b|\b(?:nl|be)\d{2}(?:\s?\d){12,16}\b", I)
NINE_DIGITS = re.compile(r"(?<![\d+])\d{3}[\s.]?\d{2,3}[\s.]?\d{3,4}(?!\d)")
BSN_CONTEXT = re.compile(r"\b(?:bsn|burgerservicenummer|sofinummer|sofi)\W{0,3}(?:nummer|nr)?\W{0,3}(\d[\d\s.]{7,11}\d)", I)
PLATE = re.compile(
    r"\b(?:[a-z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[a-z]{2}|\d{2}-[a-z]{2}-\d{2}|[a-z]{2}-\d{2}-[a-z]{2}"
    r"|[a-z]{2}-[a-z]{2}-\d{2}|\d{2}-[a-z]{2}-[a-z]{2}|\d{2}-[a-z]{3}-\d|\d-[a-z]{3}-\d{2}"
    r"|[a-z]{2}-\d{3}-[a-z]|[a-z]-\d{3}-[a-z]{2}|[a-z]{3}-\d{2}-[a-z]|[a-z]-\d{2}-[a-z]{3}"
    r"|\d-[a-z]{2}-\d{3}|\d{3}-[a-z]{2}-\d)\b",
    I,
)
# "kenteken gz 418 k", "nummerbord 12ABC3": a plate typed with spaces or none,
# after the word that says it is one (without it "is 16 en" would be a plate)
PLATE_NAMED = re.compile(
    r"\b(?:kenteken|nummerbord|nummerplaat)\w*\W{0,3}(?:is\W{1,3}|was\W{1,3})?"
    r"((?=[a-z\d\s-]{0,10}\d)(?=[a-z\d\s-]{0,10}[a-z])[a-z\d]{1,3}(?:[\s-]?[a-z\d]{1,3}){1,2})\b",
    I,
)

# --- postcodes -----------------------------------------------------------------
POSTCODE = re.compile(r"\b([1-9]\d{3})(\s?)([a-z]{2})\b", I)
_NOT_POSTCODE_LETTERS = frozenset({
    "en", "is", "de", "ik", "op", "in", "te", "na", "om", "al", "nu", "zo", "ja", "he", "ff", "of",
    "as", "af", "ga", "ok", "wo", "za", "di", "do", "vr", "ma", "jr", "uu", "km", "kg", "cm", "mm",
    "gb", "mb", "pm", "am", "st", "nd", "rd", "th", "me", "ze", "je", "we", "er", "an", "at", "to",
    "or", "so", "no", "be", "by", "it", "my", "up", "he", "hè", "eu", "bv", "nv", "xd", "hh", "uh",
    "eh", "oh", "ah", "ml", "cc", "mg", "ie", "gr",
})


# "kerkstraat 171c, 7472 en": a postcode right after a house number, whatever its letters
POSTCODE_AFTER_NUMBER = re.compile(r"\d[a-z]?\s*,\s*([1-9]\d{3}\s?[a-z]{2})\b", I)
POSTCODE_CONTEXT = re.compile(r"\bpostcode\W{0,3}(?:is\W{1,3})?([1-9]\d{3}\s?[a-z]{2})\b", I)


def postcodes(text: str) -> list[Span]:
    found = [Span(m.start(1), m.end(1), "postcode", 6) for m in POSTCODE_CONTEXT.finditer(text)]
    found += [Span(m.start(1), m.end(1), "postcode", 6) for m in POSTCODE_AFTER_NUMBER.finditer(text)]
    for m in POSTCODE.finditer(text):
        letters = m.group(3)
        if letters.lower() in _NOT_POSTCODE_LETTERS and not letters.isupper():
            continue
        if not m.group(2) and not letters.isupper() and letters.lower() in {"km", "kg", "cm", "mm", "gb", "mb", "ml", "mg", "gr", "uu", "pm", "am", "st", "nd", "rd", "th", "jr"}:
            continue
        found.append(Span(m.start(), m.end(), "postcode", 6))
    return found


# --- dates -----------------------------------------------------------------------
_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
    r"|january|february|march|may|june|july|october)"  # English, in chats by international students
)
DATE_WORDS = re.compile(
    r"\b(?:[0-3]?\d(?:e|ste|de)?\s+" + _MONTHS + r"\b\.?(?:\s+(?:'|’)?\d{2,4}\b)?"
    r"|" + _MONTHS + r"\b\.?\s+[0-3]?\d\b(?:,?\s+\d{4}\b)?)",
    I,
)
DATE_NUMERIC = re.compile(
    r"(?<![\d\w.,/-])(?:"
    r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}"
    r"|(?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])"
    r")(?![\d\w/-]|[.,]\d)",
)
# "3-4 keer", "2/3 weken": ranges and fractions, not dates.
_AFTER_RANGE = re.compile(
    r"\s*(?:x\b|keer|maal|jaar|jaren|jr|maand|maanden|week|weken|dag|dagen|uur|uren|min|minuten|"
    r"euro|eur|€|man|mensen|jongens|meiden|meisjes|kinderen|keertjes|procent|%|van\b|deel|stuks|"
    r"cijfer|punten|km|kilo|kg|glazen|biertjes|pillen|ons|gram|kwart|per\b)",
    I,
)


def dates(text: str) -> list[Span]:
    found = _spans(DATE_WORDS, text, "datum", 5)
    for m in DATE_NUMERIC.finditer(text):
        if m.group(0).count("-") + m.group(0).count("/") + m.group(0).count(".") == 1:
            if _AFTER_RANGE.match(text, m.end()):
                continue
        found.append(Span(m.start(), m.end(), "datum", 5))
    return found


# --- street + house number ---------------------------------------------------------
_STREET_SUFFIX = (
    r"(?:straat|str|laan|weg|plein|gracht|kade|dijk|singel|dreef|hof|park|pad|steeg|markt|baan"
    r"|plantsoen|wal|veld|erf|haven|allee|boulevard|kwartier|hoven|zijde|burcht|polder|horst"
    r"|dam|dijkje|straatje|pleintje|berg|lei|lein|hout|weide|akker|hoek|oord|rade|ring|kamp|tuin|tuinen|hage)"
)
STREET_NUMBER = re.compile(
    r"\b((?:[a-z]+\.?\s+){0,3}?[a-zà-ÿ'][\w'’-]*?" + _STREET_SUFFIX + r"(?:-(?:west|oost|noord|zuid))?)\s*(\d{1,4}(?:\s*-?\s*(?:bis|hs|huis|boven|beneden|bg|rood|zwart|iii|ii|i)\b|\s?-?\s?[a-z]\b|-\d{1,3}\b)?)(?![\d,.:]\d)",
    I,
)
STREET_CONTEXT = re.compile(
    r"\b(?:woon|woont|wonen|woonde|adres\s+is|adres:?|wonen\s+aan|staat\s+op|straat(?:naam)?\s+is|straat:)\s+(?:in|op|aan|bij)?\s*(?:de|het|'t)?\s*"
    r"([a-zà-ÿ][\w'’-]*" + _STREET_SUFFIX + r")\b",
    I,
)
_STREET_INTERFIXES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "la", "le"})
_STREET_LEADS = frozenset({
    "op", "in", "aan", "de", "het", "bij", "naar", "woon", "woont", "is", "was", "adres", "en", "of", "uit", "dam",
    "ik", "hij", "ze", "zij", "we", "wij", "hun", "vanaf", "tot", "via", "over", "langs",
})
_STREET_CUTS = _STREET_LEADS - {"de", "het", "dam"}
# "Laan van Meerdervoort 300", "plein 1944 12": the kind of street first
STREET_PREFIXED = re.compile(
    r"\b((?:laan|plein|kade|singel|dreef|weg|dijk|hof|park|straat|burgwal|gracht|pad|ring|markt)"
    r"\s+(?:van\s+(?:de\s+|der\s+|den\s+)?|der\s+|de\s+|ter\s+|'t\s+)[a-zà-ÿ][\w'’-]+)\s*(\d{1,4}[a-z]?)\b(?![,.]\d)",
    I,
)
_PLAIN_STREET_KINDS = frozenset({"weg", "dijk", "pad", "park", "markt", "ring", "straat", "plein", "hof"})
# "2334 BA Leiden": the town after a postcode
POSTCODE_TOWN = re.compile(r"(?<![\w-])[1-9]\d{3}\s?[A-Za-z]{2}\s*,?\s+([A-Z][\w'’-]+(?:\s+(?:aan|op|a/d)\s+[A-Za-z][\w'’ -]+)?)")
_NOT_STREET = frozenset({
    "onderweg", "snelweg", "weg", "halfweg", "schoolplein", "schoolpad", "bospad", "fietspad", "park",
    "dierenpark", "pretpark", "plein", "markt", "dijk", "straat", "zijstraat", "binnenstad",
})


def streets(text: str, is_word, digits: bool = True) -> list[Span]:
    """Street + number in any case ("kerkstraat 12b"), and a bare street after "ik woon in de"."""
    found = []
    for m in STREET_NUMBER.finditer(text) if digits else ():
        street = m.group(1)
        last = street.split()[-1].lower()
        if last in _NOT_STREET or len(last) < 5:
            continue
        lead = street.split()
        start = m.start(1)
        # "linh aan de hoofdstraat": nothing before a preposition belongs to the street
        cut = max((k for k, w in enumerate(lead[:-1]) if w.lower() in _STREET_CUTS), default=-1)
        for word in lead[:cut + 1]:
            start = text.index(word, start) + len(word)
        if cut >= 0:
            start = text.index(lead[cut + 1], start)
            lead = lead[cut + 1:]
        # keep only leading words that belong to the street name ("burgemeester de")
        # ("jan van galenstraat": a word before an interfix is part of the name)
        while len(lead) > 1 and is_word(lead[0].lower()) and lead[0].lower() not in {"burgemeester", "dokter", "prof", "pr", "sint", "st"} and not (
            len(lead) > 2 and lead[1].lower() in _STREET_INTERFIXES and lead[0].lower() not in _STREET_LEADS
        ):
            start += text[start:].index(lead[1], len(lead[0]))
            lead = lead[1:]
        found.append(Span(start, m.end(2), "adres", 4))
    for m in STREET_PREFIXED.finditer(text) if digits else ():
        words = m.group(1).split()
        name = words[-1]
        if name.lower() in _STREET_INTERFIXES or name.lower() in _STREET_LEADS:
            continue
        if words[0].lower() in _PLAIN_STREET_KINDS and not name[:1].isupper() and is_word(name.lower()):
            continue  # "de weg van huis 2 keer"
        found.append(Span(m.start(1), m.end(2), "adres", 4))
    for m in CAPITAL_STREET.finditer(text):
        found.append(Span(m.start(), m.end(), "adres", 4))
    for m in ANY_STREET.finditer(text):
        street = m.group(0).split()[-1].lower()  # "Goudse Houtsingel": an adjective leads some
        if street in _GENERIC_STREETS or street in _NOT_STREET:
            continue
        if street.endswith(("poort", "slaan")) and is_word(street):
            continue  # "paspoort", "terugslaan": documents and verbs, not streets ("vrijthof" is both)
        found.append(Span(m.start(), m.end(), "adres", 3))
    for m in STREET_CONTEXT.finditer(text) if _street_hinted(text.lower()) else ():
        if m.group(1).lower() not in _NOT_STREET:
            found.append(Span(m.start(1), m.end(1), "adres", 4))
    return found


# --- handles ------------------------------------------------------------------------
PLATFORMS = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|tt|discord|telegram|tg|kik|wickr|facebook|fb"
    r"|twitter|whatsapp|app|signal|roblox|fortnite|psn|xbox|steam|twitch|onlyfans|threads|bereal"
    r"|username|gebruikersnaam|account|accountnaam|handle|gamertag)"
)
HANDLE_CONTEXT = re.compile(
    r"\b" + PLATFORMS + r"\b(?:\s*(?:naam|name|account|acc|id))?\s*(?:is|was|heet|=|:|-)?\s*(?:is\s*)?:?\s*(@?[\w][\w.\-]*[\w](?:#\d{4})?|@?\w)",
    I,
)
AT_HANDLE = re.compile(r"(?<![\w.@])@[\w][\w.\-]*[\w]|(?<![\w.@])@\w")
MIXED_TOKEN = re.compile(r"(?<![\w@.\-/])[\w][\w.\-]*[\w](?![\w@])")
_UNIT = re.compile(
    r"^\d+(?:e|ste|de|x|jr|j|jaar|jarige|min|mins|u|uur|km|cm|mm|kg|gr|m|gb|mb|tb|k|st|nd|rd|th|am|pm|ml|l"
    r"|euro|eu|p|pk|d|w|h|s|sec|procent|cent|ct|mg|kilo|cl|dl|fps|hz|ghz|mp)$"
    r"|^\d{1,2}[uh:.]\d{2}$|^\d+[a-z]$|^(?:mp3|mp4|ps[345]|[345]g|h2o|b2b|g2g|covid19|covid-19|a1|a2|a4|b1|b2|c1|c2)$",
    I,
)


def handles(text: str, is_word, is_name=lambda word: False, is_typo=lambda word: False) -> list[Span]:
    found = _spans(AT_HANDLE, text, "account", 7)
    for m in HANDLE_CONTEXT.finditer(text):
        value = m.group(1)
        bare = value.lstrip("@").lower()
        explicit = value.startswith("@") or ":" in text[m.start():m.start(1)] or "=" in text[m.start():m.start(1)]
        if not explicit and (is_word(bare) or bare.isdigit() or len(bare) < 3 or is_typo(bare)):
            continue
        if explicit and len(bare) < 2:
            continue
        found.append(Span(m.start(1), m.end(1), "account", 7))
    for m in MIXED_TOKEN.finditer(text):
        token = m.group(0)
        if len(token) < 4 or not any(c.isalpha() for c in token) or is_word(token.lower()):
            continue
        has_digit = any(c.isdigit() for c in token)
        if "_" in token.strip("_"):
            pass
        elif "." in token and (has_digit or "_" in token):
            pass
        elif "." in token.strip(".") and not has_digit and any(
            is_name(part) or (len(part) >= 3 and not is_word(part)) for part in token.lower().split(".") if part
        ) and sum(len(part) >= 2 for part in token.split(".")) >= 2:  # "milan.x.fit", not "d.w.z"
            pass
        elif has_digit and sum(c.isalpha() for c in token) >= 2 and "." not in token and "-" not in token:
            if _UNIT.match(token):
                continue
        else:
            continue
        found.append(Span(m.start(), m.end(), "account", 3))
    return found


# --- schools -------------------------------------------------------------------------
SCHOOL_TYPE = re.compile(
    r"\b(college|lyceum|gymnasium|scholengemeenschap|atheneum|academie|campus|mavo|havo|vwo)\b", I
)
_SCHOOL_KINDS = (
    r"(?:basisschool|obs|cbs|pcbs|rkbs|ikc|sbo|vso|roc|mbo|hogeschool|kindcentrum|rsg|csg|osg|ksg|sg|pcc|isk|vavo"
    r"|universiteit|jenaplanschool|montessorischool|daltonschool|vrije\s+school|freinetschool|vrijeschool"
    r"|islamitische\s+(?:basis)?school|christelijke\s+(?:basis)?school|openbare\s+(?:basis)?school"
    r"|praktijkschool|mavo|lyceum|college|gymnasium|scholengemeenschap|atheneum)"
)
SCHOOL_NAMED = re.compile(
    r"\b" + _SCHOOL_KINDS + r"\s+((?:de|het|'t|van)\s+)?([a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?)",
    I,
)
# "ROC Midden Nederland", "Jenaplanschool De Regenboog": capitalised words after the kind
SCHOOL_NAMED_CAPITAL = re.compile(
    r"\b(?i:" + _SCHOOL_KINDS + r")\s+((?:(?:De|Het|'t|de|het|van|der|den)\s+)?[A-Z][\w'’-]+(?:\s+(?:van\s+|de\s+|der\s+)?[A-Z][\w'’-]+){0,3})",
)
# "Berchmanscollege", "Stedelijk Gymnasiumlyceum": a compound whose first part is a name
SCHOOL_COMPOUND = re.compile(
    r"((?:\b[A-Z][\w'’-]+\s+){0,2})\b([A-Za-zà-ÿ][\w'’-]{2,}?)(college|lyceum|gymnasium|school|campus)\b", I
)
_GENERIC_STEMS = frozenset({
    "basis", "hoge", "middelbare", "dans", "rij", "sport", "zomer", "avond", "hoor", "werk", "bijles", "muziek",
    "kook", "zwem", "school", "praktijk", "vak", "beroeps", "speciale", "openbare", "kunst", "taal", "brug",
    "bijzondere", "vrije", "nieuwe", "oude", "andere", "zondag", "huiswerk", "internaat", "kost", "voortgezet",
    "schakel", "vervolg", "strand", "bos", "lager", "vmbo", "havo", "vwo", "mbo", "hbo", "wo", "hele", "hogere",
    "lagere", "zaterdag", "ballet", "vecht", "box", "auto", "vlieg", "duik", "golf", "ski", "surf", "moskee",
    "koran", "pabo", "agrarische", "brug", "zorg",
})
# "vv Laakkwartier", "sv Spakenburg": sports clubs (marked like schools: a place of the child's week)
CLUB = re.compile(
    r"\b(?:vv|sv|rkvv|rksv|vvv|hc|mhc|vc|zc|kv|kc|av|tc|csv|svv|hsv|gvv|zvv|rkav|wsv|ijsv)\s+((?:de\s+)?[A-Za-zà-ÿ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
)
# "dansteam Dance Studio Xpress", "salon Nails by Linh": a capitalised name after the kind of place
NAMED_PLACE_OF_WEEK = re.compile(
    r"\b(?:dansteam|dansschool|dansgroep|sportschool|voetbalclub|vereniging|club|team|studio|salon|kapsalon"
    r"|nagelsalon|restaurant|bedrijf|winkel|sportclub|gym|bijbaan|stage|stageplek|werkgever|uitzendbureau)"
    r"\s+((?:[A-Z][\w'’&-]*|by|van|de|of)(?:\s+(?:[A-Z][\w'’&-]*|by|van|de|of)){0,3})"
)
# "Verbeek Tomaten BV", "Nails by Linh": firm names
FIRM = re.compile(
    r"\b((?:[A-Z][\w'’&-]+\s+){1,3})(?:B\.?V\.?|V\.?O\.?F\.?|N\.?V\.?|bv|vof)(?![\w])"
    r"|\b[A-Z][\w'’-]+\s+by\s+[A-Z][\w'’-]+\b"
)
# "ik studeer op Saxion", "zit op het wolfert van borselen", "werkt bij Verbeek"
_STUDY_VERB = re.compile(
    r"\b(?:studeer|studeert|studeerde|studeren|zit|zat|zitten|zaten|ga|gaat|ging|werk|werkt|werkte|werken|stage"
    r"|loop|liep|les|leerling|student|studente|docent|school)\b", I
)
STUDY_PLACE = re.compile(
    r"\b(?:op|bij|aan)\s+(?=((?:(?:het|de|'t)\s+)?"
    r"[A-Za-zà-ÿ][\w'’-]+(?:\s+(?:van|de|der|den|ter|'t)){0,2}(?:\s+[A-Za-zà-ÿ][\w'’-]+){0,2}))",
    I,
)
SCHOOL_CONTEXT = re.compile(
    r"\b(?:zit|zat|ga|ging|zitten|zaten|gaan|ben|was)\b[^.!?\n]{0,30}?\bop\s+(?:het|de|'t)\s+"
    r"([a-zà-ÿ][\w'’-]+(?:\s+(?:school|college|lyceum|havo|vwo|mavo|vmbo|gymnasium))?)",
    I,
)
_GENERIC_SCHOOL = frozenset({
    "school", "basisschool", "middelbare", "opvang", "bank", "bus", "trein", "bank",
    "hoek", "plek", "bed", "bank", "grond", "weg", "stoep", "straat", "computer", "telefoon", "site", "app",
})
_LEVEL = re.compile(r"\b(?:klas|groep|vmbo|havo|vwo|mavo|mbo|leerjaar|brugklas|de\s+(?:eerste|tweede|derde|vierde|vijfde|zesde)|\d\s*(?:e|de|ste))\b", I)
_SCHOOLISH = re.compile(
    r"(?:\w*(?:school|college|lyceum|gymnasium|havo|vwo|mavo|vmbo|roc|mbo|hbo|uni|universiteit|poort|academie|campus|atheneum))(?:\s|$)", I
)
_SCHOOL_STOP = frozenset({
    "op", "het", "de", "een", "mijn", "m'n", "mn", "naar", "zit", "zat", "ga", "ging", "van", "in", "the",
    "ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "bij", "uit", "en", "of", "dat", "die", "deze",
    "onze", "ons", "jouw", "zijn", "haar", "hun", "heb", "had", "ben", "was", "is", "niet", "wel", "nog",
    "ook", "al", "te", "met", "voor", "na", "om", "over", "dan", "maar", "want", "dus", "als", "echt",
    "gewoon", "andere", "nieuwe", "oude", "eerste", "vorig", "vorige", "middelbare", "hele", "zelfde",
    "zo'n", "welk", "welke", "hetzelfde", "dezelfde", "eigen", "hoger", "lager", "groep", "klas",
})


_WORDS = re.compile(r"[\w'’-]+")
_SCHOOL_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?")


def _name_words(words: list[str], is_word, is_known) -> int:
    """How many of the leading words belong to a name: unknown or capitalised
    words, joined by "van", "de"."""
    taken = 0
    for k, word in enumerate(words):
        low = word.lower()
        if low in ("van", "de", "der", "den", "ter", "'t") and k and k + 1 < len(words):
            continue
        if is_known(low) or (not is_word(low) and len(low) >= 3) or (word[:1].isupper() and low not in _SCHOOL_STOP):
            taken = k + 1
            continue
        break
    return taken


def more_schools(text: str, is_word, is_known=lambda word: False, is_blocked=lambda word: False,
                 is_stop=lambda word: False, is_typo=lambda word: False) -> list[Span]:
    """Named schools, clubs and workplaces beyond the classic "X college"."""
    found = []
    for m in SCHOOL_NAMED_CAPITAL.finditer(text):
        name = m.group(1).split()
        if name[-1].lower() in _SCHOOL_STOP or all(is_blocked(w.lower()) for w in name):
            continue
        found.append(Span(m.start(), m.end(1), "school", 5))
    for m in SCHOOL_COMPOUND.finditer(text):
        stem = m.group(2).lower()
        if stem in _GENERIC_STEMS or (is_word(stem) and not m.group(2)[:1].isupper()):
            continue
        if m.group(3).lower() in ("school", "campus") and not m.group(2)[:1].isupper():
            continue
        start = m.start(2)
        lead = m.group(1).split()
        while lead and (lead[0].lower() in _SCHOOL_STOP or _sentence_word(text, m.start(1))):
            lead = lead[1:]
            if not lead:
                break
        if lead:
            start = text.rindex(lead[0], m.start(1), m.start(2))
        found.append(Span(start, m.end(), "school", 5))
    for m in CLUB.finditer(text):
        word = m.group(1).split()[-1]
        if word[:1].isupper() or not is_word(word.lower()):
            found.append(Span(m.start(), m.end(1), "school", 5))
    for m in NAMED_PLACE_OF_WEEK.finditer(text):
        words = m.group(1).split()
        while words and words[-1].lower() in ("by", "van", "de", "of"):
            words.pop()
        if words and not all(is_blocked(w.lower()) for w in words):
            end = m.start(1) + len(" ".join(words))
            if text[m.start(1):end] == " ".join(words):
                found.append(Span(m.start(1), end, "school", 5))
    for m in FIRM.finditer(text):
        found.append(Span(m.start(), m.end(), "school", 5))
    for m in STUDY_PLACE.finditer(text):
        if not _STUDY_VERB.search(text, max(0, m.start() - 40), m.start()):
            continue
        words = m.group(1).split()
        article = words[0].lower() in ("het", "de", "'t")
        body = words[1:] if article else words
        # "bij lisa", "op snapchat", "bij jumbo"; but "op het wolfert" is a school
        if not body or body[0].lower() in _SCHOOL_STOP or (
            is_blocked(body[0].lower()) if not article else is_stop(body[0].lower())
        ):
            continue
        if len(body) > 1 and is_blocked(f"{body[0]} {body[1]}".lower()):
            continue  # "albert heijn"
        compound = SCHOOL_COMPOUND.fullmatch(body[0])
        if compound and compound.group(2).lower() in _GENERIC_STEMS:
            continue  # "op het hoorcollege"
        taken = _name_words(body, is_word, is_known)
        if not taken:
            continue
        first = body[0]
        # one ordinary word is not a name ("op het plein"); a known school, a
        # capital or an unknown word is
        if not (is_known(first.lower()) or first[:1].isupper() or not (is_word(first.lower()) or is_typo(first.lower()))):
            continue
        start = m.start(1) + (len(words[0]) + 1 if article else 0)
        end = text.index(body[taken - 1], start) + len(body[taken - 1]) if taken > 1 else start + len(first)
        found.append(Span(start, end, "school", 4))
    return found


def _sentence_word(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;"


def schools(text: str, is_word) -> list[Span]:
    found = []
    for m in SCHOOL_TYPE.finditer(text):
        # walk back over up to three name words: "het stedelijk dalton college"
        start = m.start()
        words = _WORDS.findall(text, max(0, start - 80), start)
        taken = 0
        # a number right before the kind belongs to the name ("koning willem 1 college"), a number alone does not
        numeral = bool(words) and words[-1].isdigit() and len(words[-1]) <= 2
        for word in reversed(words[-4:] if numeral else words[-3:]):
            if word.lower() in _SCHOOL_STOP or (word.isdigit() and not (numeral and taken == 0)):
                break
            taken += 1
        if numeral and taken == 1:
            taken = 0
        after = _SCHOOL_NAME_AFTER.match(text, m.end())  # "gymnasium Haganum"
        end = after.end() if after else m.end()
        if taken:
            kept = words[-taken:]
            start = text.rindex(kept[0], max(0, m.start() - 80), m.start())
            found.append(Span(start, end, "school", 5))
        elif after:
            found.append(Span(m.start(), end, "school", 5))
    for m in SCHOOL_NAMED.finditer(text):
        name = m.group(2)
        first = name.split()[0].lower()
        if first in _SCHOOL_STOP:
            continue
        end = m.end(2)
        if len(name.split()) == 2 and is_word(name.split()[1].lower()):
            end = m.start(2) + len(name.split()[0])
        if not m.group(1) and (is_word(first) or m.group(0).lower().startswith(("school", "so "))):
            continue
        found.append(Span(m.start(), end, "school", 5))
    for m in SCHOOL_CONTEXT.finditer(text):
        first = m.group(1).split()[0].lower()
        if first in _GENERIC_SCHOOL or (first in _SCHOOL_STOP and " " not in m.group(1)):
            continue
        if is_word(first) and not _SCHOOLISH.search(m.group(1)) and " " not in m.group(1):
            # "op het plein", "op de bank": only school-like words or unknown names
            if not _LEVEL.search(text[m.start():m.start(1)]):
                continue
        found.append(Span(m.start(1), m.end(1), "school", 4))
    return found


# --- BSN ------------------------------------------------------------------------------
_NON_DIGIT = re.compile(r"\D")


def elfproef(digits: str) -> bool:
    """The BSN check: weights 9..2 and -1 over nine digits, sum divisible by 11."""
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def bsns(text: str) -> list[Span]:
    found = [Span(m.start(1), m.end(1), "bsn", 8) for m in BSN_CONTEXT.finditer(text)]
    for m in NINE_DIGITS.finditer(text):
        digits = _NON_DIGIT.sub("", m.group(0))
        if len(digits) == 9 and elfproef(digits) and not digits.startswith("06"):
            found.append(Span(m.start(), m.end(), "bsn", 8))
    return found


_DIGIT = re.compile(r"\d")
_MAIL_HINT = re.compile(r"@|\(at\)|\[at\]| at ", I)
_DOT_WORD = re.compile(r"\w\.\w|://")
_HANDLE_HINT = re.compile(r"[\d_@]|\w\.\w")
_PLATFORM_WORDS = (frozenset(re.findall(r"[a-z]+", PLATFORMS)) - {"chat", "gram"}) | {"snapchat", "instagram"}
_LETTERS = re.compile(r"[^\W\d_]+")
_STREET_WORDS = ("woon", "adres", "staat op", "straat", "laan", "gracht", "singel", "dreef", "kade", "plein", "steeg",
                 "brug", "veste", "poort")
_STREET_ENDING = re.compile(r"[^\W\d_](?:weg|dijk|hof)\b")


def _street_hinted(low: str) -> bool:
    """Substring tests first: a regex with a class at every position costs more."""
    return any(w in low for w in _STREET_WORDS) or (
        ("weg" in low or "dijk" in low or "hof" in low) and _STREET_ENDING.search(low) is not None
    )
# A capitalised street name mid-sentence: "Julianastraat", "Vondellaan"
CAPITAL_STREET = re.compile(r"(?<=[\w,] )[A-Z][a-zà-ÿ'’-]{2,}(?:straat|laan|gracht|singel|dreef|kade|plein|steeg)\b")
# "ik woon op de lindelaan", "Rozenstraat was het": a street-shaped word in any case, anywhere
ANY_STREET = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-zà-ÿ]+e\s+)?[a-zà-ÿ][a-zà-ÿ'’-]{2,}(?:straat|laan|gracht|singel|dreef|kade|steeg|weg|plein|dijk"
    r"|hof|brug|veste|poort)\b",
    I,
)
_GENERIC_STREETS = frozenset({
    "onderweg", "snelweg", "halfweg", "uitweg", "omweg", "zijweg", "rijweg", "spoorweg", "waterweg", "luchtweg",
    "fietsweg", "autoweg", "zandweg", "landweg", "doorweg", "terugweg", "heenweg", "thuisweg", "middenweg",
    "zijstraat", "winkelstraat", "woonstraat", "hoofdstraatje", "schoolplein", "speelplein", "dorpsplein",
    "oprijlaan", "zeedijk", "binnendijk", "waterkade", "kerkhof", "gerechtshof", "binnenhof", "voorhof", "hof",
    "ophaalbrug", "loopbrug", "voetbrug", "spoorbrug", "fietsbrug", "slagboom", "toegangspoort", "schoolpoort",
    "zijpoort", "achterpoort", "hoofdpoort", "voorpoort",
})
_SCHOOL_HINTS = (
    "school", "college", "lyceum", "gymnas", "atheneum", "academie", "campus", "mavo", "havo", "vwo", "mbo", "roc",
    "obs", "cbs", "ikc", "sbo", "kindcentrum", "op het", "op de", "op 't",
    "sg ", "pcc", "isk", "vavo", "universiteit", "montessori", "dalton", "jenaplan", "vrije school", "freinet",
)


_MORE_SCHOOL_HINTS = _SCHOOL_HINTS + (
    "sg ", "pcc", "isk", "vavo", "universiteit", "vv ", "sv ", "hc ", "vc ", "kv ", "kc ", "av ", "tc ", "club",
    "team", "studio", "salon", "restaurant", "bedrijf", "winkel", "gym", "bijbaan", "stage", "werkgever",
    "uitzend", "bv", "b.v", "vof", " by ", "studeer", "zit", "zat", "werk", "ga ", "gaat", "ging", "loop", "liep",
    "les", "leerling", "student", "docent",
)


_SCHOOL_HINT = re.compile("|".join(re.escape(h) for h in _SCHOOL_HINTS))
_MORE_SCHOOL_HINT = re.compile("|".join(re.escape(h) for h in _MORE_SCHOOL_HINTS))


def structured(text: str, is_word, is_name=lambda word: False, is_typo=lambda word: False,
               is_school=lambda word: False, is_blocked=lambda word: False, is_stop=lambda word: False) -> list[Span]:
    """Every pattern-based candidate in one message (cheap tests first: most
    chat messages hold no digit, no @ and no dotted word)."""
    spans: list[Span] = []
    digits = _DIGIT.search(text) is not None
    if _MAIL_HINT.search(text):
        spans += _spans(EMAIL, text, "e-mail", 10)
    if _DOT_WORD.search(text):
        spans += _spans(URL, text, "url", 9)
    if digits:
        spans += _spans(PHONE, text, "telefoonnummer", 9)
        spans += _spans(IBAN, text, "iban", 9)
        spans += bsns(text)
        spans += _spans(PLATE, text, "kenteken", 8)
        spans += [Span(m.start(1), m.end(1), "kenteken", 8) for m in PLATE_NAMED.finditer(text)]
        spans += postcodes(text)
        spans += [Span(m.start(1), m.end(1), "plaats", 4) for m in POSTCODE_TOWN.finditer(text)]
        spans += dates(text)
    low = text.lower()
    if "nul " in low or "zero " in low:
        spans += _spans(PHONE_WORDS, text, "telefoonnummer", 9)
    if _HANDLE_HINT.search(text) or not _PLATFORM_WORDS.isdisjoint(_LETTERS.findall(low)):
        spans += handles(text, is_word, is_name, is_typo)
    if digits or _street_hinted(low):
        spans += streets(text, is_word, digits)
    if _SCHOOL_HINT.search(low):
        spans += schools(text, is_word)
    if _MORE_SCHOOL_HINT.search(low):
        spans += more_schools(text, is_word, is_school, is_blocked, is_stop, is_typo)
    return spans
