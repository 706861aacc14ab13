"""achtergrond_chatter: who is chatting, relative to the (possible) victim.

A chatter is the victim unless they say otherwise: a professional asking about
a client, someone who booked a sex date, someone who says they run it, or
someone worried about another person. For those last, the noun they use for
the victim ('mijn nichtje', 'mijn beste vriendin', 'het meisje van de buren')
gives the relation, and the victim's gender and the phrase later rules use to
find the victim's age.
"""

from __future__ import annotations

import re

from zichtbaar.coding.lexicon import FAMILY, MY, PARTNER, SOCIAL, alternation, typo_variants, with_typos
from zichtbaar.coding.model import Finding
from zichtbaar.coding.rules.base import Context, from_hits
from zichtbaar.coding.text import guarded, rx

HULPVERLENER = rx(
    r"ik werk (?:als|bij|in|op) (?:[\w']+ ){0,3}?(?:\w*hulpverl\w*|\w*hulpvel\w*|begeleider|begeleidster|maatschappelijk werk\w*|"
    r"psycholoog|jeugdzorg|\w*zorg|wijkagent|gezinsvoogd|verpleegkundige|orthopedagoog|\w*coach|vertrouwens\w*|politie|"
    r"jeugdwerk\w*|opvang|instelling|ggz|veilig thuis|sociaal werk\w*)",
    r"ik ben (?:een |de )?(?:\w*hulpverlener|begeleider|begeleidster|maatschappelijk werker|psycholoog|jeugdzorgwerker|"
    r"gezinsvoogd|mentor van|orthopedagoog|wijkagent|jeugdarts|schoolarts|gezinscoach|ambulant begeleider)",
    r"(?:mijn|een) cli[eë]?nte?n?",
    r"ik ben (?:een |de )?(?:pedagogisch|groeps|jeugdzorg|ambulant|woon|zorg)\s?(?:medewerker|medewerkster|begeleider|leider|werker)",
    r"ik werk (?:op|in|bij) (?:een |de )?(?:gesloten |open )?(?:leefgroep|woongroep|instelling|jeugdzorginstelling|behandelgroep)",
    r"(?:mijn|een) clie?nte?",
    r"vanuit (?:mijn|ons) werk",
    r"kan ik (?:haar|hem|iemand|die|deze \w+) (?:naar jullie |hier )?(?:door)?verwijzen",
    r"(?:haar|hem|iemand) (?:naar jullie|naar fier) verwijzen",
)
KLANT = rx(
    r"ik (?:heb|had) (?:[\w']+ ){0,9}?(?:een |n )?(?:seks|sex|sexuele |seksuele )?(?:afspraak|afpraak|afsprak|afsrpaak|date) (?:gemaakt )?met (?:een|n|dat|die|haar|hem)",
    r"ik (?:heb|had) (?:[\w']+ ){0,4}?(?:via|op) (?:een |de )?(?:advertentie|sekssite|seksadvertentie|escortsite|site)\w* (?:[\w']+ ){0,5}?(?:afgesproken|afspraak|geboekt|betaald) (?:[\w']+ ){0,3}?(?:met )?(?:een|n|dat|die) (?:meisje|meid|vrouw|escort|jongen|dame)",
    r"ik (?:heb|had) (?:een )?(?:seks|sex) ?(?:date|afspraak)",
    r"ik (?:heb|had) (?:met )?(?:een|haar|dat|die) (?:meisje|meid|vrouw|escort|jongen|dame) (?:geboekt|afgesproken|betaald)",
    r"ik ben (?:bij|naar) (?:een|haar|die|dat) (?:escort|prostituee|hoer|meisje|dame|vrouw|jongen)(?: geweest| gegaan)",
    r"ik heb (?:voor seks|voor sex|haar|hem|een meisje) betaald",
    r"ik (?:heb|had) (?:een )?escort (?:geboekt|besteld)",
    r"als klant",
    r"ik was (?:de|een|haar) klant",
    r"ik (?:heb|had) (?:via|op) (?:een|de|die) (?:advertentie|site|sekssite|seksadvertentie)\w* (?:[\w']+ ){0,3}?(?:afgesproken|geboekt|contact)",
)
KLANT = guarded(KLANT, 'afspraak', 'afpraak', 'afsprak', 'afsrpaak', 'date', 'geboekt', 'afgesproken', 'betaald', 'geweest', 'gegaan', 'klant', 'escort', 'advertentie', 'site')
PLEGER = rx(
    r"(?:ze|zij|hij|mijn vriendin|mijn vriend|mn vriendin|die meiden|die meisjes) werk(?:t|en) voor mij",
    r"ik regel (?:de |haar |zijn |hun )?(?:klanten|afspraken)",
    r"ik laat (?:haar|hem|ze|mijn vriendin|meisjes) (?:werken|tippelen|seks|met)",
    r"ik verdien (?:geld )?(?:aan|met) (?:haar|hem|hun|die meisjes)",
    r"ik (?:heb|had) (?:haar|hem|meisjes|ze) (?:laten|voor mij laten) werken",
    r"ik ben (?:zelf )?(?:de |een )?(?:pooier|pimp|loverboy|souteneur)",
    r"ik (?:hou|houd) (?:het|haar) geld",
    r"ik (?:rij|rijd|breng|vervoer|reed|bracht) (?:[\w']+ ){0,5}?(?:meisjes|meiden|haar|ze) (?:[\w']+ )?naar (?:hotels|klanten|adressen|mannen|een hotel)",
    r"ik (?:heb|had) (?:haar|hem|ze|mijn vriendin) (?:laten|voor mij laten) (?:werken|tippelen)",
)
PLEGER = guarded(PLEGER, 'voor mij', 'klanten', 'afspraken', 'ik laat', 'verdien', 'laten werken', 'werken', 'pooier', 'pimp', 'loverboy', 'souteneur', 'geld')
BYSTANDER = rx(
    r"ik ben (?:een |de )?(?:taxichauffeur|taxi chauffeur|chauffeur|buschauffeur|hotelmedewerker|receptioniste?|barman|"
    r"barvrouw|portier|beveiliger|schoonmaker|schoonmaakster|bezorger|pakketbezorger|uber chauffeur|kapper|kapster|"
    r"caissi[eè]re|tankstation\w*|conducteur)",
    r"ik werk (?:als|in|bij) (?:een |de |het )?(?:taxi\w*|hotel|bar|kroeg|snackbar|restaurant|winkel|supermarkt|tankstation|"
    r"schoonmaak\w*|bezorg\w*)",
    r"ik zie (?:vaak|regelmatig|soms|elke week|steeds|telkens|af en toe) (?:een|dat|die|hetzelfde)",
    r"ik werk (?:op|aan|achter) (?:de |het |een )?(?:receptie|balie|bar|kassa|nachtdienst)",
    r"ik (?:rij|rijd) (?:regelmatig|vaak|soms|steeds) (?:een|dat|die|hetzelfde)",
)
BYSTANDER = guarded(BYSTANDER, 'ik ben', 'ik werk', 'ik zie', 'ik rij')
# The chatter is the victim when they say what is done to them ('hij laat me', 'ik moet met ze mee').
SELF_VICTIM = rx(
    r"(?:laat|liet|dwingt|dwong|verkoopt|verkocht|slaat|sloeg|chanteert|bedreigt|pakt) (?:[\w']+ )?(?:me|mij)(?!\w)",
    r"(?:ik|k) (?:moet|moest) (?:dan |ook |steeds )?(?:[\w']+ ){0,2}?(?:met (?:ze|hem|mannen|klanten)|naar (?:boven|klanten|mannen|hotels?)|voor (?:hem|ze|hun))",
)

_NOUNS = {**{k: "familie" for k in FAMILY}, **{k: "partner" for k in PARTNER}, **{k: "sociale_omgeving" for k in SOCIAL}}
for _w in ("meisje", "meid", "jongen", "vrouw", "dame", "kind", "iemand", "tiener", "puber", "student", "studente"):
    _NOUNS.setdefault(_w, "onbepaald")
_CANON = {v: k for k in _NOUNS for v in typo_variants(k) if v not in _NOUNS}
_NOUNS = with_typos(_NOUNS)
NOUN = alternation(_NOUNS)
_REF = rf"(?:{MY}|een|het|de|die|dat|dit|ons|onze) (?:(?:grote|kleine|jongste|oudste|beste|lieve|tiener|eigen) )?({NOUN})(?: \(\d+\)| van \d+)?"
# Someone else is the subject of the chat.
THIRD_PARTY = rx(
    rf"(?:zorgen|zorgn|zorg|zorge|zrogen|bezorgd|ongerust)\w* (?:[\w']+ ){{0,2}}?(?:om|over|voor) {_REF}",
    rf"(?:vraag|vragen|verhaal|advies|hulp|info|informatie|raad|overleggen) (?:[\w']+ )?(?:over|voor|om) {_REF}",
    rf"(?:het|dit) gaat (?:om|over) {_REF}",
    rf"(?:namens|voor) {_REF} (?:[\w']+ )?(?:chat|chatten|vragen|hier)",
)
# Weaker: someone else is the subject, unless the same message goes on about 'me'.
THIRD_PARTY_SUBJECT = rx(
    rf"ik (?:denk|vermoed|geloof|weet|heb het idee|heb het gevoel) dat {_REF}",
    rf"(?:ik heb gezien|ik zag|ik merk|ik hoorde|ik heb gehoord) dat {_REF}",
    rf"(?<![^\n]){_REF} (?:wordt|word|werd) (?:[\w']+ ){{0,4}}?(?:gedwongen|verkocht|uitgebuit|misbruikt|gechanteerd|geronseld|verhandeld|ingezet|aangeboden|uitgeleend)",
    rf"(?<![^\n]){_REF} (?:moet|moest|werkt|zit) (?:[\w']+ ){{0,4}}?(?:tippelen|tippelt|met mannen|met klanten|seks|escort|drugs|in de prostitutie|voor (?:hem|een man|haar vriend))",
)
HEDGE = re.compile(r"(?:denk|geloof|vermoed|weet|hoop|vrees) (?:ik|k)(?!\w)|volgens mij|als ik het goed heb|zover ik weet")
FIRST_PERSON = re.compile(r"(?<![\w'])(?:ik|k|me|mij|mijn|mn|m'n|we|wij|ons|mezelf)(?![\w'])")
NOT_ME = rx(r"(?:niet|gaat niet) (?:over|om) (?:mij|mezelf|mijzelf)", r"voor iemand anders", r"over iemand anders")
OF_OTHER = re.compile(r"^\W*(?:\(?\w+\)? )?van (?:de|een|mijn|mn|m'n|onze) (?:buren|buurman|buurvrouw|vriendin|vriend|kennis|collega|klas|school|werk|straat|sportclub|club|overkant)")
SOCIAL_CONTEXT = rx(
    r"(?:meisje|meid|jongen|kind|vrouw) (?:uit|van|bij|in) (?:mijn|mn|m'n|de|onze|ons) (?:klas|school|buurt|straat|werk|sportclub|club|team|groep|vriendengroep|kerk|moskee|wijk|buren|opleiding|stage)",
)
GENDER_OF = {**{k: v[0] for k, v in FAMILY.items()}, **PARTNER, **SOCIAL,
             "meisje": "vrouw", "meid": "vrouw", "jongen": "man", "vrouw": "vrouw", "dame": "vrouw", "studente": "vrouw"}


def code_chatter(ctx: Context) -> Finding:
    doc = ctx.doc
    for pattern, value, conf in ((HULPVERLENER, "hulpverlener", 0.9), (PLEGER, "pleger", 0.85), (KLANT, "klant", 0.85)):
        hits = [h for h in doc.find(pattern) if h.asserted]
        if hits:
            ctx.self_victim = False
            _victim_from_text(ctx)
            return from_hits(value, hits, conf)
    third = [h for h in doc.find(THIRD_PARTY) if not h.negated]
    third += [h for h in doc.find(THIRD_PARTY_SUBJECT)
              if not h.negated and not FIRST_PERSON.search(HEDGE.sub("", doc.lowered[h.message][h.end :]))]
    third.sort(key=lambda h: (h.message, h.start))
    if third and re.search(r"(?:gaat|gaan) (?:om|over)", third[0].quote.lower()) and [h for h in doc.find(SELF_VICTIM) if h.asserted]:
        third = []  # 'het gaat over mijn stiefvader' … 'hij laat me': the victim names the exploiter
    not_me = [h for h in doc.find(NOT_ME) if not h.negated]
    bystander = [h for h in doc.find(BYSTANDER) if h.asserted]
    if third:
        hit = third[0]
        noun = next((g for g in hit.groups if g), "")
        noun = _CANON.get(noun, noun)
        ctx.self_victim = False
        ctx.victim_noun_hit = hit
        gender = GENDER_OF.get(noun)
        if gender:
            ctx.victim_gender_hint = (gender, hit.evidence)
        group = _NOUNS.get(noun, "onbepaald")
        after = doc.lowered[hit.message][hit.end :]
        if group == "onbepaald" and doc.find(SOCIAL_CONTEXT):
            return from_hits("sociale_omgeving", [hit, *doc.find(SOCIAL_CONTEXT)[:1]], 0.75)
        if group == "familie" and OF_OTHER.match(after):
            group = "sociale_omgeving"  # 'de dochter van de buren'
        if group == "partner":
            group = _partner_or_friend(ctx, noun)
        if group == "onbepaald":
            if bystander:
                return from_hits("anders", [bystander[0]], 0.75)
            return from_hits("anders", [hit], 0.5)
        value = {"familie": "familielid", "partner": "partner", "sociale_omgeving": "sociale_omgeving"}[group]
        conf = 0.9 if group == "familie" else 0.75
        return from_hits(value, [hit], conf)
    if bystander:
        ctx.self_victim = False
        _victim_from_text(ctx)
        return from_hits("anders", bystander, 0.75)
    if not_me:
        ctx.self_victim = False
        _victim_from_text(ctx)
        return from_hits("anders", not_me, 0.5)
    ctx.self_victim = True
    return Finding("slachtoffer", 0.85, (), source="standaard")


def _partner_or_friend(ctx: Context, noun: str) -> str:
    """'mijn vriendin' is a girlfriend for a man, usually a friend for a woman."""
    if noun not in ("vriend", "vriendin"):
        return "partner"
    gender = ctx.chat.profile.gender
    if (noun == "vriendin" and gender == "m") or (noun == "vriend" and gender == "v"):
        return "partner"
    return "sociale_omgeving"


_VICTIM_WORD = rx(r"(meisje|meid|vrouw|dame|jongen|cli[eë]?nte|clie?nte|dochter|zoon)")


def _victim_from_text(ctx: Context) -> None:
    """For professionals, clients and bystanders: the first person noun after
    their introduction is usually the victim ('een cliënte', 'een meisje')."""
    hit = ctx.doc.first(_VICTIM_WORD)
    if hit is None:
        return
    word = hit.groups[0] or ""
    gender = "vrouw" if word.startswith(("meisje", "meid", "vrouw", "dame", "dochter")) or word.endswith("te") else "man"
    ctx.victim_noun_hit = hit
    ctx.victim_gender_hint = (gender, hit.evidence)
