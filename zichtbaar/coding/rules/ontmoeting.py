"""ontmoeting and platform: how victim and exploiter first met.

Only the first meeting counts ('ik ken hem van tiktok', 'we kennen elkaar
uit de buurt', 'hij stuurde me een dm op snapchat'); platforms used later in
the exploitation ('hij stuurt de klanten via snap') are for digitaal_aspect.
"""

from __future__ import annotations

import re

from zichtbaar.coding.lexicon import PLATFORMS, alternation
from zichtbaar.coding.model import Finding
from zichtbaar.coding.rules.base import Context, from_answer, from_hits
from zichtbaar.coding.text import rx

_PLAT = alternation(PLATFORMS)
PLATFORM_WORD = re.compile(rf"(?<![\w@.])({_PLAT})(?!\w)")
ONLINE_WORD = re.compile(r"(?<!\w)(?:online|internet|app|apps|site|website|forum|chat|game|gamen|gamend|social media|sociale media|insta\w*|snap\w*|tiktok|tik tok|dating\w*|chatsite|pro[- ]?ana)(?!\w)")
OFFLINE_WORD = re.compile(
    r"(?<!\w)(?:school|werk|stad|station|kermis|feest|feestje|buurt|straat|wijk|sportclub|club|voetbal|disco|uitgaan|kroeg|"
    r"instelling|jeugdzorg|opvang|azc|winkel|markt|park|bus|trein|vriendin|vriend|vrienden|festival|camping|vakantie|stage|"
    r"klas|sportschool|bijbaan|baantje|kerk|moskee|dorp|plein|hangplek|skatebaan|zwembad|bioscoop|snackbar|supermarkt|"
    r"buren|familie|neef|nicht|broer|zus|kennis|kennissen|feestjes|party|cafe|café|coffeeshop|woongroep|groep)(?!\w)"
)
MEET = rx(
    r"(?:ken|kent|kende|kennen|leren kennen|lren kennen|leeren kennen|lere kennen|ontmoet|ontmoette|ontmoetten|tegengekomen|tegen gekomen|leerde (?:ik|ze) (?:hem|haar) kennen|in contact gekomen|contact gekregen|gematcht|match) (?:[\w']+ ){0,3}?(?:van|uit|via|op|bij|in|door|tijdens) ((?:[\w'-]+ ){0,3}[\w'-]+)",
    r"(?:ik|ze|we) (?:heb|heeft|hebben) (?:hem|haar|elkaar) (?:[\w']+ )?(?:op|via|in|bij) ((?:[\w'-]+ ){0,3}?[\w'-]+) (?:leren kennen|ontmoet|lren kennen)",
    r"(?:die|dat|wie) (?:ik|ze|zij|hij) (?:[\w']+ )?(?:via|op|van|uit|bij) ((?:[\w'-]+ ){0,2}?[\w'-]+) (?:heb |heeft |hebben )?(?:leren kennen|ontmoet|leerde kennen|ken|kent|kende)",
    r"(?:leerde|leerden) (?:ik|ze|we|wij) (?:hem|haar|elkaar|ze) kennen (?:op|via|in|bij|van) ((?:[\w'-]+ ){0,2}[\w'-]+)",
    r"(?:ik|ze|we) (?:leerde|leerden) (?:hem|haar|elkaar|ze) kennen (?:op|via|in|bij|van) ((?:[\w'-]+ ){0,2}[\w'-]+)",
    r"(?:ik|ze|we|wij) (?:speelde|speelden|gamede|gameden|zat|zaten) (?:[\w']+ )?(?:op |in )?((?:[\w'-]+ )?[\w'-]+) (?:en|toen) (?:[\w']+ ){0,3}?(?:zat|zaten|kwam|kwamen|stuurde|was|waren)",
)
DM = rx(
    r"(?:stuurde|stuurt|stuurden|kreeg|kreeg ik|begon|voegde) (?:[\w']+ ){0,2}?(?:een |n )?(?:dm|bericht|berichtje|pm|verzoek|vriendschapsverzoek|volgverzoek|snap|dm'?etje|follow) (?:[\w']+ ){0,2}?(?:op|via|in) ((?:[\w'-]+ )?[\w'-]+)",
    r"(?:alleen|maar|enkel) (?:van |via )?(online|internet) (?:ken|kent|kende)",
    r"(?:ik zat|ze zat|zat ik|zat ze) (?:[\w']+ )?op (?:een |de |het )?((?:[\w'-]+ )?[\w'-]+) (?:[\w']+ ){0,4}?(?:daar|en) (?:was|zat|kwam|vond) (?:iemand|een)",
    r"(online|internet) (?:leren kennen|ontmoet|lren kennen)",
)


# A relation that says where the victim knows the exploiter from: met in person.
KNOWN_IN_PERSON = re.compile(r"(?<!\w)(?:buurman|buurjongen|buurvrouw|buren|buurt|wijk|straat|dorp|school|klas|sportschool|club|voetbal|pleintje|plein|kerk|moskee|werk)(?!\w)")
VENUE = rx(r"(?:ik zat|ze zat|zat ik|zat ze|ik was|ze was) (?:[\w']+ )?op (?:een |de |het |zo'n |n )?((?:[\w'-]+ ){0,2}?(?:site|forum|groep|app|chat|chatsite|server|website|platform))")
THERE = re.compile(r"(?<!\w)daar (?:was|zat|kwam|leerde|sprak|had)(?!\w)")
MEET_Q = re.compile(r"(?:elkaar|hem|haar) (?:[\w']+ )?leren kennen|hoe ken (?:je|jij|ze) (?:hem|haar)|waar ken (?:je|jij|ze)|hoe (?:zijn|hebben) (?:jullie|ze) elkaar|waar (?:heb|hebben) (?:je|jullie|ze) (?:hem|elkaar)")


def code_ontmoeting(ctx: Context) -> tuple[Finding, Finding]:
    """(ontmoeting, platform)."""
    doc = ctx.doc
    options = []
    for answer in doc.answers(MEET_Q):
        low = answer.text
        if "snap je" in low:
            continue
        plat = PLATFORM_WORD.search(low)
        if plat or ONLINE_WORD.search(low):
            platform = PLATFORMS.get(plat.group(1)) if plat else None
            meeting = from_answer("online", answer, 0.8)
            return meeting, (from_answer(platform, answer, 0.75) if platform else Finding(None, 0.6, (), source="geen_bewijs"))
        if OFFLINE_WORD.search(low):
            return from_answer("offline", answer, 0.8), Finding(None, 0.85, (), source="standaard")
    venues = doc.find(VENUE) if THERE.search(doc.joined) else []
    for hit in doc.find(MEET) + doc.find(DM) + venues:
        if hit.negated or hit.hypothetical:
            continue
        tail = next((g for g in hit.groups if g), "") or ""
        tail_low = tail.lower()
        if "snap je" in tail_low:
            continue
        plat = PLATFORM_WORD.search(tail_low)
        if plat or ONLINE_WORD.search(tail_low):
            options.append((hit.message, hit.start, "online", PLATFORMS.get(plat.group(1)) if plat else None, hit))
        elif OFFLINE_WORD.search(tail_low):
            options.append((hit.message, hit.start, "offline", None, hit))
    if not options:
        pleger = ctx.found.get("pleger_relatie")
        if pleger is not None and pleger.value == "sociale_omgeving" and pleger.evidence and KNOWN_IN_PERSON.search(pleger.evidence[0].quote.lower()):
            # Someone from the neighbourhood, school or club: met in person.
            return Finding("offline", 0.6, pleger.evidence[:1], source="afgeleid"), Finding(None, 0.8, (), source="standaard")
        return Finding("onbekend", 0.7, (), source="geen_bewijs"), Finding(None, 0.8, (), source="geen_bewijs")
    options.sort(key=lambda o: (o[0], o[1]))
    first = options[0]
    if first[2] == "offline":
        return from_hits("offline", [first[4]], 0.75), Finding(None, 0.85, (), source="standaard")
    online = [o for o in options if o[2] == "online"]
    platform = next((o for o in online if o[3]), None)
    meeting = from_hits("online", [first[4]], 0.8)
    if platform is None:
        return meeting, Finding(None, 0.6, (), source="geen_bewijs")
    return meeting, from_hits(platform[3], [platform[4]], 0.75)
