"""geslacht_slachtoffer and leeftijd_slachtoffer.

The text first, the profile only when the chatter is the victim and the text
is silent. Only an explicitly stated age counts; a chatter's own age is not the
victim's when the chatter is someone else, and 'hij is 28' (the exploiter) or
'mijn broertje is pas 11' is nobody's victim age.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from zichtbaar.coding.model import Evidence, Finding
from zichtbaar.coding.numbers import AGE_WORD, age
from zichtbaar.coding.rules.base import Context, from_answer, from_hits
from zichtbaar.coding.text import rx

_MOD = r"(?:nu |net |pas |al |nog maar |maar |bijna |inmiddels |zelf |ook |btw |trouwens )?"
_NOT_AGE = r"(?! ?(?:kilo|kg|euro|eur|keer|minuten|min|uur|cm|weken|maanden|dagen|jaar samen|jaar met|jaar bij|jaar geleden|jaar getrouwd|jaar verkering|procent|%|januari|jan\b|februari|feb\b|maart|april|apr\b|mei\b|juni|juli|augustus|aug\b|september|sept?\b|oktober|okt\b|november|nov\b|december|dec\b|jarig|[/-]\d))"
SELF_AGE = rx(
    rf"(?:ik ben|ik bn|ik benn|ik b|k ben|kben|kbn|ben|bn|ik ben nu|ik word|ik wordt|k word) {_MOD}({AGE_WORD})(?: jaar| jr| j|jr|j)?(?: oud)?{_NOT_AGE}",
    rf"(?:ik ben|ben|bn|k ben|kben|als) (?:een |n )?(?:meisje|meid|jongen|vrouw|man|gast|jongeman) van ({AGE_WORD})(?: jaar| jr)?{_NOT_AGE}",
    rf"(?:ik ben|ben|k ben|kben|i'?m) (?:een |n )?(?:meisje|meid|jongen|vrouw|man|gast|jongeman|girl|boy),? ({AGE_WORD})(?: jaar| jr| j)?{_NOT_AGE}",
    rf"(?<![^\n])(?:hallo|hoi|hey|hi|goedenavond|goedemorgen|goedemiddag)?,? ?(?:ik ben |ben )?(?:een |n )?(?:meisje|meid|jongen|vrouw|man|gast)(?: uit \w+)?,? ({AGE_WORD})(?: jaar| jr| j)?{_NOT_AGE}",
    rf"(?:mijn leeftijd is|leeftijd:?) ({AGE_WORD})",
    rf"(?:ik word|ik wordt|k word|word ik) (?:volgende (?:week|maand)|binnenkort|over (?:een|twee|drie|\d) (?:weken|maanden|week|maand)|straks|morgen|deze maand|dit jaar|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)) ({AGE_WORD}){_NOT_AGE}",
    rf"(?:i am|i'm|im) (?:from [\w-]+,? )?({AGE_WORD})(?: years| year| yo| y/o)?(?: old)?{_NOT_AGE}",
    rf"(?:ik|ikke) \((?:[mvfj]\s?|[mvfj]/|jongen,?\s|meisje,?\s)?({AGE_WORD})(?:\s?[mvfj]|/[mvfj]|,?\sjongen|,?\smeisje)?\)",
    rf"(?<![^\n])({AGE_WORD}) (?:jaar|jr|j) oud{_NOT_AGE}",
)
THIRD_AGE = rx(
    rf"(?:ze|zij|ze's|zeis|ze is|zij is) (?:is )?{_MOD}({AGE_WORD})(?: jaar| jr)?(?: oud)?{_NOT_AGE}",
    rf"(?:ze|zij) (?:wordt|word) ({AGE_WORD})",
    rf"(?:ze|zij) is (?:net als ik|ook|net zoals ik|even oud als ik,?) ({AGE_WORD})(?: jaar| jr)?{_NOT_AGE}",
)
THIRD_AGE_MALE = rx(rf"hij is (?:pas |net |nog maar |maar )({AGE_WORD})(?: jaar| jr)?{_NOT_AGE}")
# The victim introduced by name or pronoun, age right after: 'Ahmad, hij is 17', 'Dewayne, 15 jaar',
# 'Sander, is 19', 'hij is net als ik 17', 'ze zijn allebei 14'. Exploiters are usually older, so
# a bare 'hij is 27' only counts up to 21.
NAMED_AGE = rx(
    rf"[\w\]\[-]+, (?:(?:hij|ze|zij) )?(?:is )?(?:pas |net |nu |al |nog maar )?({AGE_WORD})(?: jaar| jr)?(?: oud)?{_NOT_AGE}(?=[\s,.!?)]|$)",
    rf"(?:hij|ze|zij) (?:is|zijn|wordt) (?:net als ik |ook |allebei |allemaal |beide |pas |net |nu |nog maar |al )*({AGE_WORD})(?: jaar| jr)?(?: oud)?{_NOT_AGE}",
    rf"(?:mijn|mn|m'n|onze|een|haar|zijn) (?:[\w']+ )?(?:dochter|zoon|kind|meisje|jongen|leerling\w*|cli[eë]nte?|pupil|nichtje|neefje|broertje|zusje|vriendin|vriend|klasgenoot\w*)(?: [\w\]\[-]+)?,? (?:van |is |\()\s?({AGE_WORD})(?: jaar| jr)?{_NOT_AGE}",
)
AFTER_NOUN = re.compile(rf"^[^.!?\n]{{0,30}}?(?:(?<!\w)van ({AGE_WORD})(?: jaar| jr)?(?!\w){_NOT_AGE}|\(({AGE_WORD})\))")
# 'mijn zoon jayden is 15', 'mijn dochter is 17 jaar': the noun, perhaps a name, then the age.
NOUN_IS = re.compile(rf"^(?: [\w\[\]-]+)?,? (?:is|wordt|word) (?:pas |nu |net |nog maar |maar |al )?({AGE_WORD})(?!\w){_NOT_AGE}")
IN_NOUN = re.compile(rf"(?<!\w)van ({AGE_WORD})(?!\w){_NOT_AGE}|\(({AGE_WORD})\)")
AGE_QUESTION = re.compile(r"hoe oud|welke leeftijd|je leeftijd|jouw leeftijd|haar leeftijd|leeftijd van")
# An age question about someone else ('Hoe oud is hij ongeveer?'), unless it asks the visitor's too.
ABOUT_OTHER = re.compile(r"hoe oud (?:is|zijn|was|waren) |(?:zijn|haar|hun) leeftijd")
ABOUT_SELF = re.compile(r"hoe oud (?:ben|was|word|bent) (?:je|jij|u)|(?:je|jouw|uw) (?:eigen )?leeftijd")
# 'Hoe oud is hij?' — '24' — 'En jij?': the follow-up asks the visitor's age.
FOLLOW_UP = re.compile(r"^\W*(?:en )?(?:jij|je|u)(?: zelf)?\W*$")
ANSWER_AGE = re.compile(rf"^\W*(?:ik ben |ben |bn |ze is |zij is |hij is |ik |k )?(?:nu |net |pas |bijna |al )?({AGE_WORD})(?!\w){_NOT_AGE}")

SELF_GENDER = rx(
    r"(?:ik ben|ik bn|ben|bn|k ben|kben|ik ben zelf|als) (?:een |n |ook een )?(meisje|meid|meidje|girl|vrouw|dame|jongen|gast|jongeman|boy|man|kerel|mannetje)(?!\w)",
    r"(?:ik ben|ben) (?:een |n )?(m|v|man|vrouw|jongen|meisje) (?:van|\d)",
    r"(?:ik|ikke) \((m|v|f|jongen|meisje)(?:\s?|/|,\s?)\d\d\)",
    r"(?:ik|ikke) \(\d\d(?:\s?|/|,\s?)(m|v|f|jongen|meisje)\)",
)
GENDER_WORDS = {"meisje": "vrouw", "meid": "vrouw", "meidje": "vrouw", "girl": "vrouw", "vrouw": "vrouw", "dame": "vrouw",
                "v": "vrouw", "jongen": "man", "gast": "man", "jongeman": "man", "boy": "man", "man": "man", "kerel": "man",
                "mannetje": "man", "m": "man", "f": "vrouw"}
PROFILE_GENDER = {"v": "vrouw", "m": "man", "neutraal": "neutraal"}
SHE = rx(r"ze|zij|haar|d'r|der")
HE_WORDS = re.compile(r"(?<!\w)(?:hij|hem|zijn|z'n|zn)(?!\w)")
SHE_WORDS = re.compile(r"(?<!\w)(?:zij|haar|d'r)(?!\w)")
HE_WORDS_RX = rx(r"hij|hem|zijn|z'n|zn")


def code_gender(ctx: Context) -> Finding:
    doc = ctx.doc
    if ctx.self_victim:
        hits = [h for h in doc.find(SELF_GENDER) if h.asserted]
        if hits:
            word = next(g for g in hits[0].groups if g)
            return from_hits(GENDER_WORDS[word], hits[:1], 0.9)
        gender = ctx.chat.profile.gender
        if gender:
            return Finding(PROFILE_GENDER[gender], 0.85, (), source="profiel")
        return Finding("onbekend", 0.7, (), source="geen_bewijs")
    if ctx.victim_gender_hint is not None:
        gender, evidence = ctx.victim_gender_hint
        return Finding(gender, 0.85, (evidence,))
    # The victim is the topic of the opening messages: the pronouns there say who it is
    # ('ze' is left out: it is also 'they', the exploiters).
    opening = " ".join(doc.lowered[m] for m in doc.indices[:3])
    he, she_ = len(HE_WORDS.findall(opening)), len(SHE_WORDS.findall(opening))
    if he >= 2 and he > she_:
        hits = [h for h in doc.find(HE_WORDS_RX, context=False) if h.message in doc.indices[:3]]
        if hits:
            return from_hits("man", hits[:2], 0.6)
    she = doc.find(SHE, context=False)
    if len(she) >= 2 and not (he >= 2 and he > she_):
        return from_hits("vrouw", she[:2], 0.65)
    return Finding("onbekend", 0.6, (), source="geen_bewijs")


def code_age(ctx: Context) -> Finding:
    doc = ctx.doc
    if ctx.self_victim:
        for hit in doc.find(SELF_AGE):
            if not hit.asserted and not hit.negated:
                continue
            value = age(next((g for g in hit.groups if g), None))
            if value is None:
                continue
            low = hit.quote.lower()
            if "bijna" in low or "word" in low:
                value -= 1
            return from_hits(value, [hit], 0.9)
        found = _answered_age(ctx)
        if found is not None:
            return found
        if ctx.chat.profile.age is not None:
            return Finding(ctx.chat.profile.age, 0.75, (), source="profiel")
        return Finding("onbekend", 0.75, (), source="geen_bewijs")
    noun = ctx.victim_noun_hit
    if noun is not None:
        text = doc.chat.messages[noun.message].text
        inside = IN_NOUN.search(noun.quote.lower())
        m, base = (inside, noun.start) if inside else (AFTER_NOUN.match(text[noun.end :].lower()), noun.end)
        g = (1 if m.group(1) else 2) if m else 0
        if m and age(m.group(g)) is not None:
            s, e = base + m.start(g), base + m.end(g)
            return Finding(age(m.group(g)), 0.85, (Evidence(noun.message, s, e, text[s:e]),))
        m = NOUN_IS.match(text[noun.end :].lower())
        if m and age(m.group(1)) is not None:
            value = age(m.group(1)) - (1 if m.group(0).endswith(("wordt " + m.group(1), "word " + m.group(1))) else 0)
            s, e = noun.end + m.start(1), noun.end + m.end(1)
            return Finding(value, 0.85, (Evidence(noun.message, s, e, text[s:e]),))
    if noun is not None:
        # The same noun again elsewhere: 'het gaat over mijn zoon' … 'mijn zoon [naam] is 15'.
        word = next((g for g in noun.groups if g), None)
        if word:
            again = re.compile(rf"(?<!\w)(?:mijn|mn|m'n|onze|ons|een|het|de|die|dat|dit|haar|zijn) {re.escape(word)}"
                               rf"(?: [\w\[\]-]+)?,? (?:is|wordt|word|van) (?:pas |nu |net |nog maar |maar |al )?({AGE_WORD})(?: jaar| jr)?(?!\w){_NOT_AGE}")
            for m in again.finditer(doc.joined):
                value = age(m.group(1))
                if value is None:
                    continue
                slot = bisect_right(doc.starts, m.start()) - 1
                message, base = doc.indices[slot], doc.starts[slot]
                s, e = m.start(1) - base, m.end(1) - base
                if " word" in m.group(0):
                    value -= 1
                return Finding(value, 0.8, (Evidence(message, s, e, doc.chat.messages[message].text[s:e]),))
    patterns = [THIRD_AGE]
    if ctx.victim_gender_hint and ctx.victim_gender_hint[0] == "man":
        patterns.append(THIRD_AGE_MALE)
    for pattern in patterns:
        for hit in doc.find(pattern):
            value = age(next((g for g in hit.groups if g), None))
            if value is not None and not hit.hypothetical:
                return from_hits(value, [hit], 0.8)
    found = _answered_age(ctx, about_other=True)
    if found is not None:
        return found
    for hit in doc.find(NAMED_AGE):
        value = age(next((g for g in hit.groups if g), None))
        if value is None or hit.hypothetical or hit.negated:
            continue
        if value > 21 and re.match(r"(?:hij|ze|zij) ", hit.quote.lower()):
            continue  # 'hij is 27': most likely the exploiter
        if re.search(r"(?<!\w)(?:ik|ikzelf) (?:ben|bn) (?:[\w']+ )?$", doc.sentence_before(doc.starts[doc.indices.index(hit.message)] + hit.start)[-25:]):
            continue  # 'ik ben sanne, 16': the chatter's own age
        return from_hits(value, [hit], 0.7)
    return Finding("onbekend", 0.7, (), source="geen_bewijs")


OTHER_AGE_QUESTION = re.compile(r"hoe oud (?:is|was|zou) (?:ze|zij|hij|die|je \w+|jouw \w+|uw \w+|het)|haar leeftijd|zijn leeftijd|leeftijd van (?:haar|hem|je \w+|uw \w+)")


_ANY_MESSAGE = re.compile(r"\S")  # every counselor message; _asks_own_age picks the age questions


def _asks_own_age(doc, index: int) -> bool:
    question = doc.lowered[index]
    if AGE_QUESTION.search(question):
        return ABOUT_SELF.search(question) is not None or ABOUT_OTHER.search(question) is None
    if FOLLOW_UP.match(question):
        earlier = next((j for j in range(index - 1, -1, -1) if doc.roles[j] == "counselor"), None)
        return earlier is not None and AGE_QUESTION.search(doc.lowered[earlier]) is not None
    return False


def _answered_age(ctx: Context, about_other: bool = False) -> Finding | None:
    """The visitor's reply to an age question; when someone else is the
    victim only a question about that person counts ('hoe oud ben jij' is the chatter)."""
    doc = ctx.doc
    if about_other:
        answers = doc.answers(OTHER_AGE_QUESTION)
    else:
        answers = [a for a in doc.answers(_ANY_MESSAGE) if _asks_own_age(doc, a.question)]
    for answer in answers:
        m = ANSWER_AGE.match(answer.text)
        value = age(m.group(1)) if m else None
        if value is not None:
            if "bijna" in answer.text[: m.end()]:
                value -= 1
            return from_answer(value, answer, 0.85)
    return None
