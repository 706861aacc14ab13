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
ONLINE_WORD = re.compile(r"(?<!\w)(?:online|internet|app|apps|site|website|forum|chat|game|gamen|gamend|social media|sociale media|insta\w*|snap\w*|tiktok|tik tok|dating\w*|chatsite|pro[- ]?ana|seeking|sugar ?dad\w*|sugar ?app\w*)(?!\w)")
# 'in de zomer leren kennen': a time, not a place.
_WHEN = (r"(?!(?:de |het |een |n |die |dat |vorige |afgelopen )?(?:zomer|winter|lente|herfst|\w*vakantie|kerst|pasen|januari|februari|maart|april|mei|juni|juli|"
         r"augustus|september|oktober|november|december|week|weekend|maand|jaar|begin|eind|tijd|periode)\b)")
OFFLINE_WORD = re.compile(
    r"(?<!\w)(?:\w*school|\w*feest|\w*feestje|\w*park|\w*club|middelbare|dagbesteding|werk|stad|station|kermis|feest|feestje|buurt|straat|wijk|sportclub|club|voetbal|disco|uitgaan|kroeg|"
    r"instelling|jeugdzorg|opvang|azc|winkel|markt|park|bus|trein|vriendin|vriend|vrienden|festival|camping|vakantie|stage|"
    r"klas|sportschool|bijbaan|baantje|kerk|moskee|dorp|plein|hangplek|skatebaan|zwembad|bioscoop|snackbar|supermarkt|"
    r"buren|familie|neef|nicht|broer|zus|kennis|kennissen|feestjes|party|cafe|café|coffeeshop|woongroep|groep|"
    r"metro|tram|shoarma|mac|mcdonalds|mcdonald's|kfc|albert heijn|jumbo|restaurant|hotel|stappen|bar|haven|centrum|winkelcentrum|bario|barrio|"
    r"snackbar|telefoonwinkel|kapper|gym|fitness|speeltuin|jeugdhonk|buurthuis|zuidplein|markt|strand|boulevard|carnaval|bruiloft)(?!\w)"
)
MEET = rx(
    r"(?:ken|kent|kende|kennen|leren kennen|lren kennen|leeren kennen|lere kennen|ontmoet|ontmoette|ontmoetten|tegengekomen|tegen gekomen|leerde (?:ik|ze) (?:hem|haar) kennen|in contact gekomen|contact gekregen|gematcht|match) (?:[\w']+ ){0,3}?(?:van|uit|via|op|bij|in|door|tijdens) ((?:[\w'-]+ ){0,3}[\w'-]+)",
    rf"(?:ik|ze|we|k|zij|wij|hij) (?:heb|heeft|hebben|had|hadden) (?:hem|haar|elkaar|me|mij|(?:mijn|mn|m'n|haar|d'r|die|deze|dat|een) [\w'-]+) (?:[\w']+ ){{0,2}}?(?:op|via|in|bij|tijdens) {_WHEN}((?:[\w'-]+ ){{0,3}}?[\w'-]+) (?:leren kennen|ontmoet|lren kennen|gezien|gesproken|aangesproken|toegevoegd|gevolgd|gevonden|ge-?matcht|tegengekomen|tegen gekomen)",
    # 'hij sprak me aan op het station', 'hij voegde me toe op snap', 'we matchten op tinder'
    r"(?:sprak|spraken|spreekt) (?:me|mij|haar|hem|ons) (?:[\w']+ )?aan (?:op|in|bij|via|tijdens) ((?:[\w'-]+ ){0,2}[\w'-]+)",
    r"(?:voegde|voegden|volgde|volgden|addde|adde) (?:me|mij|haar|hem) (?:[\w']+ )?(?:toe )?(?:op|via|in) ((?:[\w'-]+ )?[\w'-]+)",
    r"(?:matchten|matchte|matchen|gematcht|geswiped|swipete) (?:[\w']+ ){0,2}?(?:op|via|in) ((?:[\w'-]+ )?[\w'-]+)",
    r"(?:kwam|kwamen|kom) (?:ik |ze |we )?(?:hem|haar|elkaar) (?:[\w']+ )?tegen (?:op|in|bij|tijdens) ((?:[\w'-]+ ){0,2}[\w'-]+)",
    r"(?:begon|begonnen|startte|is begonnen) (?:het|alles|ons contact|het contact|het allemaal) (?:[\w']+ )?(?:op|via) ((?:[\w'-]+ )?[\w'-]+)",
    r"(?:eerst|in het begin|eerste contact) (?:[\w']+ ){0,4}?(?:contact|chatten|appen|praten|gepraat|gechat|geappt|gesproken) (?:[\w']+ ){0,2}?(?:op|via|in) ((?:[\w'-]+ )?[\w'-]+)",
    r"(?:voor het eerst|de eerste keer) (?:[\w']+ ){0,3}?(?:gezien|ontmoet|gesproken|zag|sprak|ontmoette) (?:[\w']+ )?(?:op|in|bij|tijdens|via) ((?:[\w'-]+ ){0,2}[\w'-]+)",
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
MEET_Q = re.compile(r"(?:elkaar|hem|haar) (?:[\w']+ )?leren kennen|hoe ken (?:je|jij|ze|u) (?:hem|haar|ze|die|deze|hen|hun)|waar ken (?:je|jij|ze)|hoe (?:zijn|hebben) (?:jullie|ze) elkaar|waar (?:heb|hebben) (?:je|jullie|ze) (?:hem|elkaar)")


_ONLINE_PLACE = (r"(?:insta|instagram|snap|snapchat|sc|tiktok|tinder|grindr|omegle|discord|facebook|fb|telegram|whatsapp|badoo|twitter|"
                 r"roblox|fortnite|een app|een site|een datingsite|een datingapp|internet|online|een game|een server|een discord\w*|een chatsite)")

# Where the victim knows the exploiter from, said in passing rather than as 'leren kennen':
# 'jongens uit mijn flat', 'die ken ik van het skatepark', 'een man die verderop woont'.
_PLACE = (r"(?:[\w'-]+ )?(?:klas|flat|straat|buurt|wijk|\w*school|middelbare|\w*club|\w*park|pleintje|plein|kerk|moskee|"
          r"dagbesteding|groep|instelling|werk|stad|dorp|4e|3e|2e|5e|bovenbouw|onderbouw|\w*feest\w*|feestje\w*|\w*bus|trein|station|"
          r"buurthuis|stage|opvang|sport\w*|voetbal|disco|kroeg|uitgaan|vakantie|camping|festival|kermis|zwembad|gezicht|azc|hangplek|"
          r"bario|barrio|metro|stappen|winkelcentrum|centrum)")
OFFLINE_CUE = rx(
    rf"(?:ken|kent|kende|kennen|kenden|leerde|leerden) (?:[\w']+ ){{0,3}}?(?:van|uit|op|bij) (?:het |de |mijn |mn |m'n |haar |zijn |onze |ons |een |t |'t |die |dat )?{_PLACE}(?!\w)",
    rf"(?:jongen|jongens|gast|gasten|man|mannen|meiden|meid|meisje|meisjes|vrouw|kerel|iemand|vriend|vrienden|kennis|jongeman)(?: van \d\d)? (?:uit|van|op|bij) (?:het |de |mijn |mn |m'n |haar |zijn |onze |ons |t |'t )?{_PLACE}(?!\w)",
    r"(?:woont|wonen|woonde) (?:[\w']+ ){0,3}?(?:bij ons|verderop|naast ons|om de hoek|in (?:de|onze|mijn|ons) (?:straat|buurt|flat|wijk|portiek))",
    r"(?:jongen|gast|man|grote|iemand|jongens|gasten|mannen) (?:[\w']+ )?bij ons in (?:de|het) (?:buurt|straat|flat|wijk|dorp|portiek)",
    r"(?:zit|zitten|zat|zaten) (?:[\w']+ ){0,3}?(?:in de (?:klas|bus|schoolbus)|op (?:school|voetbal|de club))",
    r"(?:een )?(?:vriend|vriendin|kennis|maat|collega|klasgenoot|neef) van (?:mijn|mn|m'n|haar|zijn|z'n|onze) (?:broer|zus|neef|nicht|vader|moeder|ouders|vriend|vriendin|familie|oom|tante)(?!\w)",
    r"(?:ontmoet|ontmoette|ontmoetten|leren kennen|tegengekomen|tegen gekomen) (?:[\w']+ ){0,3}?(?:op|in|bij|tijdens) (?:een |het |de )?(?:[\w'-]+ )?(?:\w*feest\w*|club|disco|kroeg|festival|school|stad|station|straat)",
    r"(?:we )?(?:meet|met) (?:[\w']+ )?in (?:a|the) (?:club|bar|disco|school|street)",
    # 'die ik al ken van kleins af', 'bij de ah waar we elkaar kennen'
    r"(?:ken|kent|kende|kennen|kenden) (?:[\w']+ ){0,3}?(?:van kleins af|van jongs af|al jaren|mijn hele leven|van vroeger|sinds de basisschool)",
    rf"(?:bij|op|in) (?:de |het |een |t |'t )?(?!{_ONLINE_PLACE}\b)[\w'-]+ waar (?:we|wij|ik|ze|zij) (?:elkaar|hem|haar) (?:[\w']+ )?(?:kennen|kenden|kende|leerden kennen|hebben leren kennen|ontmoet|ontmoetten)",
)
ONLINE_CUE = rx(
    rf"(?:op|via|van) {_ONLINE_PLACE}(?:[\w.]*) (?:[\w',]+ ){{0,10}}?(?:iemand|gast|jongen|man|meisje|verzoek|volger\w*|story|bericht\w*|dm|toegevoegd|tegen|gepraat|chatten|gesproken|ontmoet|leren kennen|kennen|ken|kent)(?!\w)",
    rf"(?:iemand|een|n|'n) (?:gast|jongen|man|meisje|vrouw|account|vent|gozer) (?:[\w']+ ){{0,2}}?(?:op|van|via) {_ONLINE_PLACE}",
    # 'die gast van insta' names where he is from; 'die gast appt me via whatsapp' only how he writes now
    rf"(?:die|de|dat|deze) (?:gast|jongen|man|meisje|vrouw|account|vent|gozer) van {_ONLINE_PLACE}",
    # 'op insta zag ik een account', 'ik werd benaderd op insta', 'hij had me online gevonden', 'een vriend via discord'
    rf"(?:zag|zie|zagen|vond) (?:[\w']+ )?(?:op|via) {_ONLINE_PLACE} (?:[\w']+ ){{0,2}}?(?:account|story|advertentie|post|filmpje|reel|bericht)|"
    rf"(?:op|via) {_ONLINE_PLACE} (?:zag|zie|vond) (?:ik|ze|hij) (?:een |n )?(?:account|story|advertentie|post|filmpje|reel|bericht)",
    rf"(?:benaderd|gevonden|aangesproken|gecontact|toegevoegd|geadd|geaddet|gedmd|gedm'?t) (?:[\w']+ )?(?:op|via) {_ONLINE_PLACE}|(?:online|op internet) gevonden",
    rf"(?:een |n |'n |soort )?(?:vriend|vriendje|manager|gast|jongen|man|vent) via {_ONLINE_PLACE}",
    r"(?:verzoek|vriendschapsverzoek|volgverzoek|dm|berichtje|vriendverzoek) (?:[\w']+ ){0,2}?(?:van|op|via)(?!\w)",
    r"(?:job|work|man) (?:[\w']+ ){0,3}?on (?:facebook|internet|instagram|a website)|(?:facebook|online) group",
    r"nooit in het echt (?:[\w']+ )?gezien|(?:alleen|enkel) (?:van |via )?(?:online|internet)|(?:alleen|enkel) (?:zijn|haar|zn|z'n) (?:snap|insta|account|profiel)",
)


def _cue_options(ctx: Context) -> list:
    doc = ctx.doc
    out = []
    for hit in doc.find(ONLINE_CUE):
        if not hit.negated and not hit.hypothetical:
            plat = PLATFORM_WORD.search(doc.lowered[hit.message])
            out.append((hit.message, hit.start, "online", PLATFORMS.get(plat.group(1)) if plat else None, hit))
    victim = ctx.victim_noun_hit
    for hit in doc.find(OFFLINE_CUE):
        if victim is not None and victim.message == hit.message and hit.start <= victim.start < hit.end:
            continue  # 'een meisje van een flat' names the victim, not where they met the exploiter
        if not hit.negated and not hit.hypothetical:
            out.append((hit.message, hit.start, "offline", None, hit))
    return out


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
        options = _cue_options(ctx)
        if options:
            options.sort(key=lambda o: (o[0], o[1]))
            first = options[0]
            if first[2] == "offline":
                return from_hits("offline", [first[4]], 0.65), Finding(None, 0.85, (), source="standaard")
            platform = next((o for o in options if o[2] == "online" and o[3]), None)
            meeting = from_hits("online", [first[4]], 0.65)
            return meeting, (from_hits(platform[3], [platform[4]], 0.65) if platform else Finding(None, 0.6, (), source="geen_bewijs"))
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
