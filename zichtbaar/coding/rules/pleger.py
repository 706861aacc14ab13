"""pleger_relatie, pleger_familie_detail, meerdere_plegers, meerdere_slachtoffers.

The main exploiter is the first person named in a sentence about the
exploitation ('mijn neef neemt me mee naar een huis waar mannen zijn'), not
someone named in a sentence about telling ('ik durf het niet aan mijn moeder
te vertellen'). An online contact the victim does not know in person is
`onbekend`; klanten are never the exploiter.
"""

from __future__ import annotations

import re

from zichtbaar.coding.lexicon import FAMILY, PARTNER, POSS, SOCIAL, alternation, with_typos
from zichtbaar.coding.model import Finding
from zichtbaar.coding.rules.base import Context, from_answer, from_hits
from zichtbaar.coding.text import guarded, Hit, rx

_ALL = {**{k: "familie" for k in FAMILY}, **{k: "partner" for k in PARTNER}, **{k: "sociale_omgeving" for k in SOCIAL}}
_ALL.pop("vrouw", None)
_ALL.pop("date", None)
_ALL.pop("liefde", None)
_ALL.pop("kind", None)
_ALL.pop("familie", None)
_ALL = with_typos(_ALL)
_CANON = {v: k for k in (*FAMILY, *PARTNER, *SOCIAL) for v in ({k} | __import__("zichtbaar.coding.lexicon", fromlist=["x"]).typo_variants(k))}
PERSON = rx(rf"((?:{POSS}|een|n|'n|die|de|dat|het|'t|t) (?:(?:grote|kleine|oudere|oudste|jongste|beste|eigen|nieuwe|oude|toenmalige|vorige|ex-?|older|big|little|step) )?)({alternation(_ALL)})(?: van (?:een|mijn|mn|m'n|haar|de) (\w+))?")
SOCIAL_PHRASE = rx(
    r"(?:kennis|kennsi|kenis)",
    r"(?:jongen|gast|man|vent|kerel|jongeman|meisje|jongens|gasten|mannen|iemand|meneer)(?: van (?:een jaar of |rond de |ongeveer )?(?:\d\d|in de \d\d))? (?:uit|van|bij|in|op) (?:(?:de|mijn|mn|m'n|haar|onze|ons|het|een|t|'t) )?(?:[\w']+ )?(?:\w*(?:buurt|straat|wijk|klas|school|shcool|scohol|schol|sportclub|club|voetbal|sport|team|kerk|moskee|opleiding|instelling|groep|plein|pleintje|park|veld|flat)\w*|werk|stage|jeugdzorg|kermis|stad|dorp|gym|hockey|boksen|bario|barrio|buurthuis|pleintjes)(?!\w)",
    # session 6: introduced by someone the victim knows ('mn vriendin demi heeft mij aan hem voorgesteld')
    r"(?:heeft|had|hebben) (?:me|mij) (?:[\w']+ )?aan (?:hem|haar|ze|hen|hun) (?:voorgesteld|gelinkt|gekoppeld)|(?:stelde|stelt) (?:me|mij) (?:[\w']+ )?voor aan|(?:heeft|had) (?:me|mij) (?:met (?:hem|haar|ze|een \w+) )?gelinkt",
    r"(?:een|die) (?:vriend|kennis) van (?:een|mijn|mn|haar) (?:vriendin|vriend|broer|zus|neef|nicht)",
    r"jongens (?:die|van) (?:[\w']+ ){0,3}?(?:in de drugs|uit de instelling|van de instelling)",
    r"(?:iemand|een jongen|een man|een gast|jongens) die (?:ik|ze|hij) (?:ken|kent|kende) (?:van|uit|via) (?:de|het|mijn|haar|school|werk|buurt)",
    # 'een jongeman van 19 die zij kent van de sportschool', 'ken ze van t pleintje'
    r"(?:jongen|gast|man|vent|kerel|jongeman|jongens|gasten|mannen|iemand)(?: van \d\d)? die (?:ik|ze|zij|hij) (?:al )?(?:ken|kent|kende|kenden) (?:al )?(?:van|uit) (?:de |het |mijn |haar |t |'t )?(?!online|internet|insta|snap|tiktok|sc|een app|discord)\w+",
    r"(?:ik|k|ze|zij) (?:ken|kent|kende) (?:ze|hem|hen|hun) (?:al )?(?:van|uit) (?:de |het |mijn |haar |t |'t )?(?:buurt|wijk|straat|school|klas|pleintje|plein|club|voetbal|sportschool|werk|kerk|moskee|dorp|stad)",
)
# The exploiter is (or was) the victim's boyfriend: 'ik heb een vriend en die ...',
# 'hij was mijn vriend zeg maar', 'ze heeft een vriendje die', 'die ze haar vriendje noemt'.
PARTNER_STATEMENT = rx(
    r"(?:we|wij) (?:kregen|hadden|hebben|kregen toen|kregen daarna) (?:[\w']+ )?(?:iets|verkering|een relatie|relatie|wat)(?!\w)|(?:kregen|hadden) (?:we|wij) (?:[\w']+ )?(?:iets|verkering|een relatie)(?!\w)",
    # "Lotte heeft sinds de zomer een vriend, Dani", "ze heeft een 'vriend' van 23" (an age, not "van mijn broer")
    r"(?:ik|k|ze|zij|mijn \w+(?: \w+)?|haar \w+|[a-z]\w+) (?:heb|had|heeft) (?:[\w']+ ){0,4}?(?:een|n|'n) (?:nieuwe |oudere |veel oudere )?['‘\"]?(?:vriend|vriendje|vrind|lover|boyfriend|bf|lief)['’\"]?(?! van (?!\d))(?!\w)",
    r"(?:ik|k|ze|zij) (?:heb|had|heeft) (?:sinds kort |nu |toen )?(?:een |n |'n )?(?:soort van |soort |nieuwe |oudere )?(?:vriend|vriendje|vrind|lover|boyfriend|bf|lief)(?! van (?!\d))(?!\w)",
    r"(?:hij|die) (?:is|was|werd) (?:toen |nu |eigenlijk |een soort )?(?:mijn|haar|mn|m'n|me) (?:vriend|vriendje|lover|boyfriend|bf|lief|ex)(?! van)(?!\w)",
    r"(?:dat|omdat) (?:hij|het) (?:mijn|haar|mn|m'n) ['‘\"]?(?:vriend|vriendje|lover|boyfriend|bf|lief)['’\"]? (?:is|was)(?!\w)",  # "ze zegt dat hij haar vriend is"
    r"(?:mijn|mn|m'n|haar|d'r) ['‘\"](?:vriend|vriendje|lover)['’\"]",  # "haar 'vriend'": the chatter's doubt says boyfriend
    r"(?:ik|k|ze|zij|we|wij) (?:heb|had|heeft|hadden|hebben|kreeg|kreeg ik) (?:[\w']+ )?(?:iets|verkering|een relatie|relatie|kkering) (?:met|gekregen met)",
    r"(?:die|wie) (?:ze|zij|ik) (?:nu |toen )?(?:haar|mijn|mn) (?:vriend|vriendje|lover|bf) noem\w*",
    r"(?:mijn|mn|m'n|haar|d'r|my|her) (?:ex-?)?(?:vriend|vriendje|lover|boyfriend|bf|loverboy|ex)(?: \w+)? (?:is|was) (?:\d\d|ouder|veel ouder)",
)
ONLINE_STRANGER = rx(
    r"(?:iemand|een gast|een jongen|een man|een meisje|een vrouw|een vent) (?:die|dat) (?:ik|ze|hij) (?:alleen |maar |enkel )?(?:van |via )?(?:online|internet|insta|snap|sc|tiktok|discord|een app|een site|een game)\w* (?:ken|kent|kende|heb ontmoet|heeft ontmoet|sprak)",
    r"(?:iemand|een gast|een jongen|een man|een vent) (?:[\w']+ ){0,2}?(?:die|dat) (?:ik|ze) alleen (?:van )?online (?:ken|kent)",
    r"(?:iemand|een gast|een jongen|een man|een vent) (?:op|van|via) (?:snapchat|snap|sc|insta|instagram|tiktok|internet|een site|discord|een chatsite|een datingsite|een app|een forum)",
    r"(?:ik|ze) ken (?:hem|haar) (?:alleen|maar|enkel) (?:van )?online",
    r"(?:ik|ze) (?:heb|heeft) (?:hem|haar) (?:nog )?nooit (?:in het echt|echt) (?:gezien|ontmoet)",
    r"(?:iemand|een gast|een jongen|een man|een vent) die (?:ik|ze) (?:nog )?nooit (?:in het echt|echt|in real life|irl) (?:[\w']+ )?(?:heb|heeft|gezien|ontmoet)",
    r"(?:op|via) (?:een |de )?pro[- ]?ana\w* (?:site|forum|groep)\w* (?:[\w']+ ){0,3}?(?:iemand|een)",
)
COERCE = rx(
    r"laat|laten|liet|dwingt|dwong|dwingen|gedwongen|verkoopt|verkocht|verkoop|verkopen|regelt|regelen|pakt|pakken|houdt|houd|"
    r"money|have to|clients|window|debt|take it|work for|neemt|mee naar|moet|moest|moete|geld|klanten?|klaten|tippel\w*|werken|werk|slaat|sloeg|dreigt|chanteert|mannen|mannn|"
    r"drugs|drus|koerier|afspreken|seks|sex|escort|verdient|uitbuit\w*|loverboy|verhuurt|filmt|gefilmd|stuurt|dealen|webcam|livestream\w*|"
    r"advertentie\w*|zet (?:me|mij|haar) (?:op|online)"
)
TELLING = rx(
    r"denken|denkt|dacht|dachten|merken|merkte|verteld|vertellen|vertel|vertelt|gezegd|zeggen|weet|weten|wist|durf|durft|gepraat|praten|zorgen|zorgn|bezorgd|ongerust|"
    r"dreigt|dreigde|bedreigt|aandoet|aandoen|iets aan|in elkaar|pijn|hulp|helpen|bellen|schaam|gemerkt|merkt|boos|ruzie|woon|woont|wonen|slaapt|slaap|logeer\w*|in de war"
)
TELL_BEFORE = re.compile(r"(?:durf|durft|dreigt|dreigde|bedreigt|aandoen|zorgen|zorgn|bezorgd|hulp)\W+(?:\w+\W+){0,3}$")
AGE_AFTER = re.compile(r"^\W*(?:is|was|wordt) (?:pas |net |nog maar |al |ook |nu )?\d")
RELATIONSHIP = re.compile(r"(?<!\w)(?:verkering|relatie|we zijn samen|we gaan met elkaar|mijn lief|hij is mijn vriend)(?!\w)")
# 'Weet iemand hiervan?' — 'mn zus demi mss': the answer names a confidant, not the exploiter.
CONFIDANT_Q = re.compile(r"wie (?:weet|weten)|weet iemand|weten (?:je ouders|jullie|mensen)|iemand (?:bij|aan|met|tegen) wie|aan wie|bij wie (?:kun|kan|zou)|"
                         r"met wie (?:kun|kan|zou)|iemand (?:die|in je omgeving|die je vertrouwt)|vertrouw|(?:kun|kan|zou) je (?:het )?(?:[\w']+ )?(?:vertellen|praten)|"
                         r"steun|volwassene")
THREATENED_BEFORE = re.compile(r"(?<!\w)(?:waar|wie|weet|weten|wist|hit|hits|slaat|sloeg|pakken|gepakt|aan|belde|belt|gebeld|welke \w+) (?:\w+ )?$")
# 'met de pas van mn moeder', 'een oude telefoon van mn moeder': the relative owns a thing in the story.
OWNER_BEFORE = re.compile(r"(?<!\w)(?:de|het|een|die|dat|ne|'n|n|zijn|haar) (?:[\w']+ )?(?:pas|pasje|pinpas|bankpas|telefoon|mobiel|auto|huis|kamer|oude|"
                          r"school|nummer|portemonnee|tas|laptop|account|fiets|sleutels?|naam|foto|verjaardag|adres) van $")
AT_HOME_AFTER = re.compile(
    r"^(?: [\w-]+)?\W*(?:slapen|slaapt|sliep|sliepen|werkt|werkte|werken (?:bij|in|op)|is overleden|zijn overleden|gaat mee|gaan mee|"
    r"ging mee|zijn gescheiden|is dominee|heeft (?:mijn|mn|m'n) (?:mail|telefoon|wachtwoord)|cried|said come|"
    r"komt thuis|kwam thuis|komt binnen|kwam binnen|roept|riep|denkt|dacht|thinks|thought|on the phone|weet van niks|weet nergens van|"
    r"(?:krijgt |krijg )?een ongelukje|iets overkomt|iets gebeurt|gaat sowieso mee|is in [a-z]+\W*$)(?!\w)"
)
BOTH_PARENTS = rx(r"(?:mijn|haar|zijn|mn|m'n|d'r) (?:vader en (?:mijn |haar |zijn )?moeder|moeder en (?:mijn |haar |zijn )?vader|pa en ma|ma en pa|papa en mama|mama en papa)")


def code_pleger(ctx: Context) -> tuple[Finding, Finding]:
    """(pleger_relatie, pleger_familie_detail)."""
    doc = ctx.doc
    if ctx.value("achtergrond_chatter") == "pleger":
        return _chatter_is_exploiter(ctx)
    candidates: list[tuple[Hit, str, str | None]] = []
    victim = ctx.victim_noun_hit
    partner = [h for h in doc.find(PARTNER_STATEMENT) if not h.negated and not h.hypothetical]
    for hit in doc.find(PERSON):
        if hit.negated or hit.hypothetical:
            continue
        if (victim is not None and hit.message == victim.message and hit.start < victim.end and victim.start < hit.end
                and hit.groups[1] in victim.groups):
            continue  # the victim as the chatter named them, not the exploiter
        if victim is not None and not ctx.self_victim and hit.groups[1] in victim.groups and (hit.groups[0] or "").strip().startswith(("mijn", "mn", "m'n", "onze")):
            continue  # 'mijn zoon' again, later in the chat: still the victim
        det, noun, of = (hit.groups + (None, None, None))[:3]
        group = _ALL[noun]
        if noun in _CHILD and ctx.value("achtergrond_chatter") == "familielid" and (det or "").strip().startswith(("mijn", "mn", "m'n", "onze", "ons")):
            continue  # a parent's 'mijn zoon' is the victim
        if noun in ("neef", "oom") and (det or "").strip().startswith(("die", "de")) and re.search(
                rf"(?<!\w)(?:zijn|z'n|zn|hun|diens) {noun}(?!\w)", doc.joined):
            continue  # 'die neef' after 'bij hem en z'n neef': the exploiter's cousin
        det = (det or "").strip()
        if not _about_exploitation(ctx, hit, subject_ok=True):
            continue
        detail = None
        if group == "partner" and any(p.message == hit.message and p.start <= hit.start < p.end for p in partner):
            pass  # 'ik heb een vriend': a boyfriend, not a friend
        elif group == "partner":
            if det.startswith(("een", "die", "de")) and noun in ("vriend", "vriendin"):
                group = "sociale_omgeving"  # 'een vriend van een vriendin'
            elif "beste" in det:
                group = "sociale_omgeving"
            elif noun == "man" and not det.startswith(("mijn", "mn", "m'n", "haar", "d'r")):
                continue  # 'een man', 'die man'
        if det.startswith(("zijn", "z'n", "zn", "his")) and ctx.self_victim and group != "sociale_omgeving":
            continue  # 'hij en zijn broer': the exploiter's relatives, not the victim's
        if of and noun in ("vader", "papa") and of in ("zoon", "zoontje", "dochter", "dochtertje", "kind", "kindje", "kinderen", "baby"):
            candidates.append((hit, "partner", None))  # 'de vader van mijn zoontje'
            continue
        if of and noun in ("vriend", "partner", "man", "vriendje", "lover") and of in ("moeder", "mama", "mam", "ma", "vader", "papa", "pap", "pa"):
            group, detail = "familie", "stiefouder"  # 'de nieuwe vriend van mijn moeder'
            candidates.append((hit, group, detail))
            continue
        if group == "familie":
            if of:
                group = "sociale_omgeving"  # 'de dochter van de buren''
            elif det.startswith(("een", "die", "de", "dat", "het", "'t", "t")) and noun not in ("oom", "neef"):
                continue
            else:
                detail = FAMILY[_CANON.get(noun, noun)][1]
        candidates.append((hit, group, detail))
    victim = ctx.victim_noun_hit
    social = [h for h in doc.find(SOCIAL_PHRASE) if not h.negated and _about_exploitation(ctx, h)
              and not (victim is not None and victim.message == h.message and h.start <= victim.start < h.end)]  # the victim's own noun
    stranger = [h for h in doc.find(ONLINE_STRANGER) if not h.negated]
    options: list[tuple[int, int, Hit, str, str | None]] = [(h.message, h.start, h, g, d) for h, g, d in candidates]
    options += [(h.message, h.start, h, "sociale_omgeving", None) for h in social]
    options += [(h.message, h.start, h, "onbekend", None) for h in stranger]
    options += [(h.message, h.start, h, "partner", None) for h in partner]
    who = _answered_who(ctx)
    if who is not None:
        kind, detail, answer = who
        relation = from_answer(kind, answer, 0.8)
        return relation, (Finding(detail, 0.8, (answer.evidence,)) if detail else Finding(None, 0.7, (), source="geen_bewijs"))
    if not options and ctx.value("vorm_uitbuiting") == "arbeid":
        # Labour is exploited by whoever employs or places the worker: someone known in person.
        return Finding("sociale_omgeving", 0.6, (), source="standaard"), Finding(None, 0.9, (), source="standaard")
    if not options:
        return Finding("onbekend", 0.6, (), source="geen_bewijs"), Finding(None, 0.9, (), source="standaard")
    options.sort(key=lambda o: (o[0], o[1]))
    _, _, hit, group, detail = options[0]
    if group == "familie":
        both = [h for h in doc.find(BOTH_PARENTS) if not h.negated]
        if both:
            detail = "beide_ouders"
            hit = both[0]
        conf = 0.85
    else:
        conf = 0.75 if group != "onbekend" else 0.65
    relation = from_hits(group, [hit], conf)
    detail_finding = Finding(detail, 0.8, (hit.evidence,)) if detail else Finding(None, 0.7, (), source="geen_bewijs")
    return relation, detail_finding


ALSO_VICTIM = re.compile(r"^\W*(?:[\w'-]+ ){0,3}?(?:moet|moest|moeten|moesten|werd|wordt|is|was) (?:ook|ok)(?: \w+)? (?:voor|mee|slachtoffer|gedwongen|met)(?!\w)")
_CHILD = frozenset({"zoon", "zoontje", "dochter", "dochtertje", "kind", "stiefzoon", "stiefdochter", "pleegzoon", "pleegdochter"})


def _about_exploitation(ctx: Context, hit: Hit, subject_ok: bool = False) -> bool:
    """The message that names this person talks about the exploitation, not
    about telling someone or about the chatter's own worries."""
    doc = ctx.doc
    text = doc.lowered[hit.message]
    rest = text[hit.end :]
    before = text[: hit.start]
    clause_rest = re.split(r"[.!?;\n]", rest[:30], maxsplit=1)[0]
    if ALSO_VICTIM.match(rest):
        return False  # 'mijn neefje moest ook voor ze lopen': another victim, not the exploiter
    asked = next((doc.lowered[i] for i in range(hit.message - 1, -1, -1) if doc.roles[i] == "counselor"), "")
    if hit.message > 0 and doc.roles[hit.message - 1] == "counselor" and CONFIDANT_Q.search(asked) and len(text) < 80:
        return False  # a short answer to 'Weet iemand hiervan?'

    if re.match(r"^\W*(?:[\w-]+,? ){0,3}(?:die|dat|wie) (?:hij |ze |zij )?(?:me|mij|haar|hem|ons) ", rest) and COERCE.search(rest[:80]):
        return True  # 'over mn ex die me met zn vrienden liet meegaan': the relative clause tells it
    if TELL_BEFORE.search(before[-30:]) or TELLING.search(clause_rest) or AGE_AFTER.match(rest):
        return False
    if THREATENED_BEFORE.search(before[-25:]) or AT_HOME_AFTER.match(rest) or OWNER_BEFORE.search(before[-30:]):
        return False  # 'ze weten waar mn zusje op school zit', 'mn ouders slapen': family in the story, not the exploiter
    if re.search(r"(?<!\w)(?:woon|woont|woonde|wonen|woonden|weg) bij $", before[-15:]) and COERCE.search(rest):
        return True  # 'ik woon bij mn vriend jermaine en hij zet mij op een site'
    if re.search(r"(?<!\w)(?:aan|tegen|met|bij|naar) $", before[-12:]):
        return False  # 'aan mijn moeder', 'bij mijn vader' (someone told, or a place)
    if re.search(r"(?<!\w)over $", before[-12:]) and not (ctx.self_victim and re.search(r"(?:gaat|gaan|gechat|chatten|praten|gepraat|vraag|vragen|verhaal) (?:\w+ )?\W*over $", before[-30:])):
        return False  # 'over mijn moeder' is a worry, unless a victim says what the chat is about
    if subject_ok and not before.strip() and re.match(r"\W*(?:heeft|heb|is|was|wil|zegt|neemt|laat|dwingt|stuurt|zet|brengt|maakt)\b", rest):
        return True  # 'mijn buurman heeft me ...' at the start of a message: the subject of the story
    if COERCE.search(text) is not None:
        return True
    # A short introduction ('er was een vriend van mijn broer uit de buurt'),
    # then the exploitation in the next or previous visitor message.
    if len(text) < 160:
        slot = doc.indices.index(hit.message)
        # A bare 'mn vriend' answers what the chat is about; the story follows a few lines on.
        further = (slot + 3, slot + 4) if len(text) < 25 else ()
        for other in (slot - 1, slot + 1, slot + 2, *further):
            if 0 <= other < len(doc.indices) and abs(doc.indices[other] - hit.message) <= 3 + len(further) * 2:
                if COERCE.search(doc.lowered[doc.indices[other]]):
                    return True
    return False


def _chatter_is_exploiter(ctx: Context) -> tuple[Finding, Finding]:
    """The chatter runs it: the relation is theirs to the victim they name
    ('mijn vriendin werkt voor mij' → partner)."""
    for hit in ctx.doc.find(PERSON):
        det, noun = (hit.groups[0] or "").strip(), hit.groups[1]
        if not det.startswith(("mijn", "mn", "m'n", "min", "myn")):
            continue
        group = _ALL[noun]
        if "beste" in det:
            group = "sociale_omgeving"
        return from_hits(group, [hit], 0.7), Finding(None, 0.6, (), source="geen_bewijs")
    return Finding("onbekend", 0.6, (), source="geen_bewijs"), Finding(None, 0.9, (), source="standaard")


WHO_Q = re.compile(r"wie is (?:dat|hij|het|die|zij|ze)|wat is (?:hij|ze|die) van (?:je|jou|haar)|hoe ken (?:je|jij) (?:hem|haar)|wie bedoel je|wie doet (?:dat|dit)")


def _answered_who(ctx: Context):
    """'Wie is dat?' — 'mijn ex eigenlijk': the reply names the exploiter."""
    doc = ctx.doc
    for answer in doc.answers(WHO_Q):
        text = answer.text
        if RELATIONSHIP.search(text):
            return "partner", None, answer
        m = PERSON.search(text)
        social = SOCIAL_PHRASE.search(text)
        stranger = ONLINE_STRANGER.search(text)
        for found, kind in ((stranger, "onbekend"), (social, "sociale_omgeving"), (m, None)):
            if not found:
                continue
            if kind is None:
                det, noun = (found.group(1) or "").strip(), found.group(2)
                kind = _ALL[noun]
                detail = FAMILY[_CANON.get(noun, noun)][1] if kind == "familie" else None
                if kind == "partner" and (det.startswith(("een", "die", "de")) and noun in ("vriend", "vriendin") or "beste" in det):
                    kind = "sociale_omgeving"
                if found.group(3):
                    kind, detail = "sociale_omgeving", None
                if det.startswith(("zijn", "z'n", "zn")) and kind != "sociale_omgeving" and ctx.self_victim:
                    kind, detail = "sociale_omgeving", None  # 'een vriend van zijn broer'
                return kind, detail, answer
            return kind, None, answer
    return None


# -- more than one exploiter / victim ------------------------------------
MEER_PLEGERS = rx(
    r"(?:werkt|werken|doet|doen) (?:[\w']+ )?samen met",
    # fresh sets: 'Ilias en zijn vriend Bilal brachten haar', 'mijn ex en zijn vriend hebben mij', 'hij en zn baas'
    r"en (?:zijn|zn|z'n|die) (?:[\w']+ )?(?:neef|neefje|broer|broertje|vriend|maat|baas|vrienden|maten)(?: van hem)?(?: [\w']+)? (?:hebben|hadden|brachten|brengen|namen|nemen|lieten|laten|dwongen|regelden|haalden|sloegen|slaan)(?!\w)",
    r"(?:^|[.!?] )(?:hij|die gast|die jongen) en (?:zijn|zn|z'n|die) (?:neef|broer|vriend|maat|baas)(?: van hem)?\W*$",
    r"(?:regelt|regelde|regelen) (?:dat |dit |het |de \w+ )?(?:zijn|zn|z'n|haar) (?:broer|broertje|neef|vriend|maat|baas|vader|moeder)",  # 'dat regelt zn broer anouar'
    r"(?:zijn|zn|z'n|haar) (?:rechterhand|handlanger|compagnon)|(?:die|hij) is (?:de|zijn|hun) baas|de baas van (?!mij|me|de zaak|het bedrijf)\w+",
    r"(?:werkt|werkte) zelf (?:ook )?voor (?:iemand|een|die|hun|zijn)",  # the exploiter answers to someone
    r"(?:die|de) (?:2|3|twee|drie) (?:gasten|jongens|mannen|kerels)",
    r"(?:hij|ze) en (?:zijn|haar|z'n|zn|d'r) (?:[\w']+ )?(?:broer|broers|vriend|vrienden|neef|neven|maten|maat|vader|moeder|zus|ouders|vriendin|vriendjes|collega)\w* (?:[\w']+ ){0,2}?(?:regelen|doen|zijn|samen|dwingen|laten|verdienen)",
    r"m(?:e)?t z(?:'|ij)?n (?:tweeën|tweeen|drieën|drieen|vieren|veiren|vijven|allen|alle)",
    r"(?:er zijn|er zn|er zijn nog|er is nog) (?:meer|meerdere|andere|nog|een paar) (?:jongens|mannen|gasten|mensen|personen|vrienden van hem) die (?:[\w']+ ){0,3}?(?:regelen|regelt|krijgen|verdienen|halen|brengen|dwingen|beslissen|bepalen)",
    r"(?:ze|zij|het) (?:zijn|zn) (?:er )?(?:een|n|'n) (?:groepje|groep|bende|netwerk|team)",
    r"(?:ze|zij) (?:krijgen|verdienen|vangen|pakken|houden) (?:er )?(?:[\w']+ )?(?:het )?(?:geld|cash)",
    r"(?:dwingen|verkopen|laten|zetten) (?:ze|zij) (?:me|mij|haar|hem)|(?:moet|moest|moeten) (?:ik|k|ze|zij) (?:[\w']+ )?van ze",
    r"het zijn er (?:[\w']+ )?(?:twee|drie|vier|vijf|meer|meerdere)",
    r"(?:zijn|haar) (?:vrienden|maten|broer|broers|neef|vader|moeder|vriend) (?:[\w']+ ){0,3}?(?:ook|regelen|helpen|doen mee|halen|brengen|regelt|haalt|brengt|verdienen)",
    r"(?:een|die) (?:hele )?(?:groep|netwerk|bende)",
    r"meerdere (?:jongens|mannen|daders|plegers|gasten)",
    r"voor (?:een paar|paar|twee|drie|vier|meerdere|een groep|\d+) (?:oudere )?(?:jongens|gasten|mannen|kerels)(?!\w)",
    r"(?:zn|z'n|zijn|haar|d'r|hun) (?:[\w']+ )?(?:neef|neefje|broer|broertje|vriend|maat|vader|moeder|zus|neven|broers|vrienden|maten|oom|baas|zoon|vriendin)(?: (?!en |maar |of |die )[\w'\[\]-]+)?(?: ook(?: geld)?)? (?:regelt|regelde|haalt|haalde|brengt|bracht|rijdt|reed|stuurt|stuurde|beheert|helpt|hielp|krijgt|kreeg|telt|houdt|pakt|int)(?!\w)",
    r"(?:werken|werkten|doen|deden|lijken|regelen|regelt|regelde|verdienen|verdienden) (?:het |ze |zij |dit |dat |er )?(?:[\w']+ )?samen(?!\w)|(?:het|dit|dat) samen (?:te )?(?:doen|doet|regelen|regelt)|they do it together|together with",
    r"het zijn er (?:[\w']+ )?(?:een stuk of \w+|\d+)|een stuk of (?:twee|drie|vier|vijf|zes|\d+) (?:jongens|mannen|gasten)|(?:de|die) twee (?:mannen|jongens|gasten|kerels)",
    r"(?:ze|zij|die jongens|die gasten|die mannen|die twee) (?:hebben|houden|pakken|halen|geven|regelen|sturen|dwingen|laten|nemen|verkopen|bepalen|beheren|appen|bellen) (?:(?:zijn|haar|mijn|m'n|mn|hun) (?:pas|pinpas|bankpas|geld|paspoort|telefoon|uitkering|loon)|(?:me|mij|hem|haar) (?:[\w']+ )?(?:geld|drugs|de bolletjes|spullen|pakketjes|op|mee))(?!\w)",
    r"(?:his|her) (?:cousin|brother|son|friend|friends|father|mother) (?:[\w']+ ){0,3}?(?:take|takes|count|counts|bring|brings|drive|drives|regelt|regelde|haalt|brengt|rijdt|wacht)",
    # A group that gives the orders: 'ik moet dingen doen voor gasten', 'binnengebracht bij een stel gasten', 'ingezet door een oudere groep'.
    r"(?:voor|van|bij|door) (?:een stel|een paar|paar|die|twee|drie|een) (?:oudere )?(?:gasten|jongens|mannen|kerels|gozers)(?! (?:van|uit) (?:mijn|de) (?:klas|school))|(?:voor|bij|door) (?:een )?(?:oudere )?groep(?!\w)",
    r"(?:moet|moest|moeten) (?:[\w']+ ){0,3}?(?:voor|van) (?:de jongens|\"de jongens\"|gasten|die gasten|die jongens|hun)(?!\w)",
    r"(?:twee|drie|een paar|paar) (?:oudere |andere )?(?:mannen|jongens|gasten|kerels) (?:[\w']+ ){0,2}?(?:mee|ophalen|opgehaald|wachten|wacht)(?!\w)",
    r"(?:twee|drie|vier|vijf|een paar|paar|meerdere|verschillende|een groep|\d+) (?:oudere |andere )?(?:jongens|mannen|gasten|kerels|mensen|personen|gozers|meiden|vrouwen) (?:[\w']+ ){0,3}?(?:laten|lieten|dwingen|dwongen|verkopen|verkochten|regelen|regelden|sturen|stuurden|dreigen|dreigden|pakken|pakten|houden|hielden|gebruiken|bepalen|zeggen)(?!\w)",
    r"(?:die|hij|ze) rijdt (?:me|mij|haar|hem) (?:overal )?(?:heen|rond|naar)",
    r"(?:er is )?(?:nog )?(?:iemand|een vriend van hem|een andere jongen|een andere man) (?:anders )?die (?:[\w']+ ){0,3}?(?:regelt|helpt|rijdt|brengt|haalt)",
    r"(?:ze|zij) (?:dwingen|laten|verkopen|regelen|pakken|houden) (?:me|mij|haar|hem|ons)",
    r"(?:jongens|mannen|gasten) die (?:me|mij|haar) (?:dwingen|laten|verkopen)",
    # A second person who shares the profit or runs part of it.
    r"(?:krijgt|kreeg|krijgen|kregen|pakt|pakte) (?:daar |er |zelf )*ook (?:daar |er )?(?:een |n )?(?:deel|de helft|zijn deel|een cut|geld|procent)(?!\w)",
    r"(?:krijgt|kreeg|krijgen|kregen|pakt|pakte) (?:daar |er |ook |zelf )*(?:een |n )?(?:deel|de helft|zijn deel|een cut|procent)(?!\w)",
    r"(?:deelt|delen|deelden|deelde) (?:[\w']+ ){0,2}?(?:het )?geld|(?:doet|doen|deed|deden) (?:[\w']+ )?(?:ook )?mee(?!\w)",
    r"(?:hij|ze|zijn \w+|haar \w+) en (?:zijn|haar|z'n|zn|d'r|diens) (?:vrienden|maten|broer|broers|neef|neven|vader|moeder|zus|vriendin|vriend|matties|boys)",
    r"(?:zijn|haar|mijn) (?:\w+ )?en (?:zijn|haar|mijn|diens) (?:\w+ )?(?:verdienen|regelen|doen|dwingen|laten|pakken)",
    r"(?:ze|zij|die jongens|die gasten|die mannen|die twee|ze allebei) (?:laten|dwingen|sturen|appen|bellen|dreigen|slaan|regelen|halen|brengen|pakken|houden|verkopen|gebruiken|zetten|wachten|bedreigen|chanteren|rekenen|delen) (?:[\w']+ )?(?:me|mij|haar|hem|ons|het geld|af)(?!\w)",
    r"(?:voor|van) (?:ze|hen|hun)(?: \w+)? (?:werken|werk|lopen|loop|doen|moet|moeten|rondbrengen|wegbrengen)|(?:werk|werken|lopen|loop|doe|doen) (?:[\w']+ ){0,3}?voor (?:ze|hen|hun|die gasten|die jongens|die mannen)(?!\w)",
    r"(?:de|die|twee|drie|vier) (?:twee |drie |vier )?(?:mannen|jongens|gasten) (?:[\w']+ )?(?:rekenen|regelen|brengen|halen|boeken|sturen|dwingen|verdienen)",
    r"(?:een|de) (?:vriend|maat|broer|neef) van (?:hem|haar) (?:[\w']+ ){0,3}?(?:regelt|regelde|haalt|brengt|rijdt|krijgt|beheert|maakt)",
    # fresh7-8: 'stefan en zn neef, die runnen het samen', 'rocco en dylan verdelen het geld',
    # 'samen met zijn broer', 'voor ze jatten', 'er zijn jongens die zeggen ik moet', 'zij 18 en 19',
    # 'zn neef stond voor de deur'
    r"en (?:zijn|zn|z'n|haar|d'r) (?:neef|broer|vriend|maat|maten|vrienden|neven|broers)(?: [\w']+)?,? die (?:[\w']+ )?(?:runnen|regelen|doen|hebben|verdienen|delen|sturen|bepalen)(?!\w)",
    r"(?:verdeelt|verdelen|verdeelden|verdeelde) (?:[\w']+ ){0,2}?(?:het )?(?:geld|winst|cash)",
    r"samen met (?:zijn|zn|z'n|haar|d'r) (?:broer|broers|neef|neven|vriend|vrienden|maat|maten|vader|moeder|zus|oom)(?!\w)",
    r"(?:jatten|stelen|rijden|dealen|lopen|rennen|bewaren|verkopen|pakken) voor (?:ze|hen|hun)(?!\w)|(?:moet|moest|moeten) (?:[\w']+ ){0,4}?voor ze(?!\w)",
    r"(?:er zijn|er zn) (?:[\w']+ ){0,4}?(?:jongens|mannen|gasten) (?:[\w']+ ){0,4}?die (?:[\w']+ )?(?:zeggen|willen|laten|dwingen|sturen)",
    r"(?:zij|ze|die) (?:zijn )?\d\d en \d\d(?!\w)",
    r"(?:zn|z'n|zijn|haar|d'r) (?:neef|broer|vriend|maat|vrienden|maten|neven) (?:[\w']+ )?(?:stond|stonden|staat|kwam|kwamen|komt|wacht|wachtte|belt|belde|dreigt|dreigde|sloeg|slaat)(?!\w)",
    # session 6: 'voor de grote jongens van almere haven', 'samen met nog twee anderen', 'samen met een vrouw',
    # 'er was nog een vriend van hem die haar naar de hotels reed', 'hij en die neef van hem',
    # 'of zijn broer stanley, die haalt het geld op'
    r"voor (?:de|die) (?:grote|oudere) (?:jongens|gasten|mannen|kerels)(?!\w)|voor (?:oudere |grote )?(?:jongens|gasten|mannen) (?:uit|van) (?:de |het |zijn |hun )?[\w'-]+",
    r"samen met (?:nog )?(?:een|twee|drie|andere|anderen|nog) (?:[\w']+ )?(?:vrouw|man|vriend|vriendin|jongen|anderen|mannen|jongens)(?!\w)",
    r"(?:iemand|een vriend van (?:hem|haar)|een andere jongen|een andere man|een vrouw) (?:anders )?die (?:[\w']+ ){0,4}?(?:regelde|hielp|reed|bracht|haalde|ophaalde)(?!\w)",
    r"(?:hij|ze) en die (?:neef|broer|vriend|maat|baas)(?: van (?:hem|haar))?(?!\w)",
    r"(?:zn|z'n|zijn|haar|d'r) (?:neef|broer|vriend|maat|vader|moeder|oom|zus)(?: [\w'\[\]-]+)?, die (?:[\w']+ )?(?:haalt|haalde|regelt|regelde|zet|zette|brengt|bracht|rijdt|reed|int|telt)(?!\w)",
)
EEN_PLEGER = rx(
    r"(?:hij|ze|zij) (?:doet|regelt|deed) (?:het|dit|alles) (?:[\w']+ )?alleen",
    r"(?:hij|ze|zij) (?:werkt|werkte) alleen",
    r"alleen hij|hij alleen|hij is de enige|ze is de enige die (?:het|dit) regelt",
    r"niemand anders (?:[\w']+ )?(?:bij betrokken|doet mee|helpt|regelt)|er is niemand anders|(?:enkel|alleen maar) (?:hij|zij|hem|haar)|(?:it'?s )?(?:just|only) (?:him|her)",
    r"(?:het|t) is (?:alleen|enkel) (?:mijn|haar|zijn|mn|m'n|die|de) \w+|(?:doet|deed) (?:het|dit|alles) (?:helemaal |echt )?alleen",
    r"niemand anders(?!\w)|(?:doet|regelt|deed|regelde) (?:het|dit|alles) (?:[\w']+ ){0,2}?(?:zelf|alleen)(?!\w)|(?:was|is) (?:alleen|enkel) hij",
)
EEN_PLEGER = guarded(EEN_PLEGER, 'alleen', 'enige', 'niemand', 'enkel', 'just', 'only')
PLEGERS_Q = re.compile(r"de enige die|anderen bij betrokken|doet (?:hij|ze|zij|\w+ \w+) (?:dit|het) alleen|alleen of met|met meer|"
                       r"(?:meer mensen|meerdere mensen|iemand anders|nog iemand|andere mensen|anderen)(?: [\w']+){0,6} (?:betrokken|mee(?:doet|doen|deed)?|hielp\w*|help\w*|verdien\w*|regel\w*)(?!\w)")
# A question that asks whether one person acts alone: 'nee' then means more than one.
ALONE_Q = re.compile(r"(?:dit|het|dat) alleen\??|de enige")
_OTHERS = alternation(with_typos({w: 1 for w in ("zus", "zusje", "zussen", "vriendin", "vriendinnen", "nichtje", "nicht", "broer",
                                                    "broertje", "broers", "neef", "neefje", "klasgenote", "vriend", "vrienden")}))
MEER_SLACHTOFFERS = rx(
    r"(?:meer|andere|nog meer|ook andere|veel|nog) (?:meisjes|meiden|jongens|vrouwen|kinderen|mensen|slachtoffers|dames|chickies) (?:[\w']+ ){0,3}?(?:die voor hem|die voor hun|die ook|voor hem|voor hun|bij hem|werken|moeten|die hij)",
    r"(?:ik ben|ze is|hij is|zij is) (?:niet|nie|ni) de enige",
    r"(?:doet|deed) (?:dit|het|hetzelfde) ook (?:bij|met) (?:andere|meer|nog)",
    r"ook (?:andere|meer) (?:meisjes|meiden|jongens|vrouwen|kinderen)",
    r"er (?:zijn|zn|werken|waren) (?:nog |ook )?(?:meer|andere) (?:meisjes|meiden|jongens|vrouwen|mensen)(?! die (?:de |het |t |'t )?(?:afspraken|geld|klanten|regel|krijg|verdien|beslis|bepal))",
    rf"(?:mijn|haar|zijn|mn|m'n) (?:[\w']+ )?(?:{_OTHERS}) (?:[\w']+ ){{0,6}}?(?:ook|ok) (?:voor hem|moet|moeten|werken|laat|doen|dit|dat|het)",
    rf"(?:mijn|haar|zijn|mn|m'n) (?:[\w']+ )?(?:{_OTHERS}) (?:moet|moeten|werkt|werken|doet|doen)(?: \w+){{0,3}}? (?:ook|ok)(?!\w)",
    r"(?:doet|deed|flikt) (?:dit|het|hetzelfde|dat) (?:ook|ok) (?:bij|met) (?:andere|meer|nog)",
    r"er (?:is|zit) (?:nog )?(?:een|n|'n) (?:ander )?(?:meisje|jongen|vrouw|meid) (?:die|dat|da|dt) (?:[\w']+ ){0,3}?(?:voor hem|moet|werkt|ook)",
    # 'nog twee meisjes', 'soms twee andere meiden', 'nog 1 meisje die ik breng'
    r"(?:nog|ook|soms) (?:\d+|een|1|twee|drie|vier|vijf|zes|paar|andere|meer) (?:andere )?(?:meisjes|meiden|meisje|meid|jongens|jongen|vrouwen|kinderen|jongeren|mannen|dames)(?! die (?:de |het |t )?(?:afspraken|geld|klanten|regel))",
    r"(?:wij|we) (?:zijn|waren|zitten|wonen|slapen) (?:hier )?(?:met )?(?:z'n )?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veel)(?!\w)|(?:allemaal|alle(?:maal)?) (?:werken|moeten) (?:[\w']+ )?voor (?:hem|haar|hen|hun)",
    r"(?:een|n) (?:ander|andere) (?:meisje|meid|jongen|vrouw|kind) (?:[\w',]+ ){0,6}?(?:ook|ok)(?!\w)",
    r"(?:met|en) (?:een paar|paar|meerdere|verschillende|twee|drie|vier|vijf|\d+) (?:jonge |andere |kleine )?(?:meisjes|meiden|kinderen)(?!\w)",
    r"(?:samen met|net als) (?:mijn|mn|m'n|een) (?:maat|vriend|vriendin|broer|neef|nicht|zus)\w* (?:[\w']+ ){0,4}?(?:moet|moest|moeten) (?:[\w']+ ){0,2}?(?:ook|ok)",
    r"(?:er )?(?:lopen|werken|zitten|staan|stonden) (?:[\w']+ ){0,2}?(?:meer|andere|nog) (?:[\w']+ )?(?:meisjes|meiden|jongens|vrouwen|kinderen|jongeren)",
    r"(?:nog|ook) (?:\d+|twee|drie|vier|vijf|andere) (?:andere )?(?:meisjes|meiden|jongens|vrouwen) (?:[\w']+ ){0,3}?(?:met|op) (?:hetzelfde|dezelfde)",
)
# Other victims told in passing: 'mn neef heeft ook zn pas aan hem gegeven', 'haar broertje van tien moet ook mee'.
OTHER_VICTIM = rx(
    rf"(?:mijn|mn|m'n|haar|zijn|z'n|d'r) (?:[\w']+ )?(?:{_OTHERS}|neefje|nichtje|vriendinnetje)(?: [\w'\[\]-]+){{0,4}}? (?:moet|moest|moeten|moesten|heeft|had|is|was|werd|wordt|doet|deed|krijgt|kreeg|zit|zat|gaat|ging|werkt|werkte|loopt|liep)(?: [\w']+){{0,3}}? (?:ook|ok)(?!\w)",
    r"(?:nog )?(?:een )?(?:tweede|derde|ander|andere) (?:meisje|meid|jongen|vrouw|kind|slachtoffer)(?! van (?:mij|me))",
    r"(?:\d+|two|three|four|five) more (?:girls|boys|men|women)|same story for all|other (?:girls|women|boys|men) (?:too|also)|work for (?:him|them) (?:also|too)",
    r"(?:neemt|nam|brengt|bracht|haalt|haalde|heeft) (?:[\w']+ )?(?:ook|nog) (?:meer |andere )?(?:meiden|meisjes|jongens|kinderen|vrouwen)",
    r"(?:ook|nog) (?:meer )?(?:meiden|meisjes|jongens|kinderen|vrouwen|jongeren) (?:[\w']+ ){0,4}?(?:mee|voor hem|voor ze|voor hun|die hij|die ze)",
)
OTHER_VICTIM_MORE = rx(
    # The exploiter approaches a sibling or friend too: 'mo heeft mn broertje nu ook gevraagd', 'hij vroeg het bij haar ook'.
    r"(?:heeft|vroeg|vraagt|benadert|benaderde|neemt|nam|haalt|haalde) (?:hij |ze |zij )?(?:mijn|mn|m'n|haar|zijn|z'n) (?:[\w']+ )?(?:broertje|zusje|broer|zus|vriendin|vriendinnen|vrienden|neef|neefje|nicht|nichtje|klasgenoten|klasgenoot)(?: [\w']+)? (?:nu |inmiddels |al |toen )?(?:ook|ok)(?!\w)",
    r"(?:bij|aan|met) (?:haar|hem|hun|hen) (?:[\w']+ )?(?:ook|ok) (?:dat |dit |het |zo(?:iets)? )?(?:gevraagd|vroeg|vraagt|fraagde|fraagt|gedaan|deed|doet|geprobeerd)",
    r"bij (?:meer|andere|nog meer) (?:jongens|meisjes|meiden|kinderen|jongeren|vrouwen)(?!\w)",
    # Several children named as a group by a parent or professional: 'twee van mijn spelers', 'vier jongens van 13-15'.
    r"(?:twee|drie|vier|vijf|zes|\d+|een paar|paar|een groepje|groepje) (?:van (?:mijn|onze|de) )?(?:jongens|meiden|meisjes|kinderen|jongeren|spelers|leerlingen|dochters|zonen|kids|pupillen|bewoners|bewoonsters)(?! die (?:hem|haar) (?:helpen|hielpen))",
    r"(?:ik|k) en (?:mijn|mn|m'n) (?:vriendin|vriend|zus|zusje|broer|broertje|nicht|neef)(?: \w+)? (?:moeten|moesten|doen|deden|werken|werkten|gaan|gingen)",
    # session 6: 'lucas uit mijn team moet het ook doen', 'kenji uit mn klas het ook gedaan heeft', 'zij zit ook bij hem',
    # 'er zouden meerdere meisjes zijn', 'andere kleine jongens die het moeten doen', 'er werkt ook een neefje van 15'
    r"(?:uit|van|in) (?:mijn|mn|m'n|zijn|haar|de) (?:klas|team|straat|buurt|groep|flat) (?:[\w']+ )?(?:het |dit |dat )?(?:ook|ok) (?:[\w']+ )?(?:doet|doen|deed|gedaan|moet|moest|voor (?:hem|hun|ze))",
    r"(?:zit|zat|zitten|werkt|werkte|werken|woont|slaapt) (?:[\w']+ )?(?:ook|ok) (?:bij|voor) (?:hem|hun|haar|hen|ze)(?!\w)",
    r"(?:meer|meerdere|andere|nog meer|nog een paar) (?:kleine |jonge |jongere )?(?:jongens|meisjes|meiden|kinderen|vrouwen|jongeren) (?:[\w']+ ){0,5}?(?:die (?:het|dit|dat|hun|ook)|zouden (?:er )?zijn|waren|zijn er|(?:zijn|waren)(?=\s*(?:[.,!?]|$)))(?!\w)",
    r"(?:er )?(?:werkt|werken|woont|wonen|zit|zitten) (?:daar |er |nu )?ook (?:een|mijn|mn|zijn|zn|haar) (?:[\w']+ )?(?:neef|neefje|nicht|nichtje|broertje|zusje|jongen|meisje|vriendin|vriend)(?!\w)",
    r"(?:broertje|zusje|neefje|nichtje|broer|zus)(?: [\w']+){0,5}? (?:moet|moeten) (?:het|dit|dat) nu (?:doen|ook)",
)
OTHER_VICTIM_MORE = guarded(OTHER_VICTIM_MORE, "ook", "ok", "meer", "andere", "twee", "drie", "vier", "vijf", "zes", "paar", "groepje",
                            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " en ")
# Labour exploitation: co-workers in the same house or job are other victims ('we live with 11 people', 'mijn collega's ook').
COWORKERS = guarded(rx(
    r"we|wij|us|our|ons|onze|collega'?s|colleagues|other workers|andere (?:werknemers|arbeiders|mannen|vrouwen|meisjes|jongens)",
    r"(?:\d+|two|three|four|five|six|seven|eight|ten|twee|drie|vier|vijf|zes|zeven|acht|tien) (?:other |andere )?(?:people|mensen|men|man|vrouwen|women|workers|arbeiders|polen|jongens|meisjes)|met (?:z'n|zn|zijn|ons) (?:\d+|tweeën|drieën|vieren|allen)|iedereen|everyone|all of us",
), "we", "wij", "us", "our", "ons", "collega", "two", "three", "four", "five", "six", "twee", "drie", "vier", "vijf", "zes", "colleague", "worker", "andere", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "iedereen", "everyone", "allen")
OTHER_VICTIM = guarded(OTHER_VICTIM, "ook", "ok", "tweede", "derde", "ander", "more", "same", "other", "also", "nog")
EEN_SLACHTOFFER = rx(
    r"alleen (?:bij|met) (?:mij|me|haar)(?! \w+ (?:wonen|blijven|slapen))",
    r"(?:ik ben|ze is|zij is|ben ik|is ze|is zij) de enige",
    r"(?:geen|niet) (?:andere|meer) (?:meisjes|meiden|jongens|vrouwen|mensen|slachtoffers)",
    r"er (?:zijn|zn|is) (?:verder )?(?:geen|niet) (?:anderen|andere|meer)(?: bij (?:hem|haar|hen))?",
    r"(?:ik ben|ze is) (?:de )?enige",
    r"(?:doet|deed) (?:hij|ze|zij) (?:haar|hem|hen) (?:niks|niets)|(?:hij|ze|zij) (?:doet|deed) (?:haar|hem|hen) (?:niks|niets)|bij (?:haar|hem|hen) (?:doet|deed) (?:hij|ze|zij) (?:het |dat |dit )?(?:niet|niks|nooit)",
)
EEN_SLACHTOFFER = guarded(EEN_SLACHTOFFER, 'alleen', 'enige', 'geen', 'niet', 'zijn', 'zn', 'is')
SLACHTOFFERS_Q = re.compile(r"ook bij ander|bij anderen|andere meisjes|andere jongens|meer meisjes|meer slachtoffers|nog meer mensen die|ook anderen|"
                            r"(?:meer|andere|nog) (?:mensen|meisjes|meiden|jongens|kinderen|jongeren)|zelfde situatie|bij wie dit ook")


def code_meerdere_plegers(ctx: Context) -> Finding:
    doc = ctx.doc
    hits = doc.find(MEER_PLEGERS)
    yes = [h for h in hits if h.asserted]
    no = [h for h in doc.find(EEN_PLEGER) if h.asserted] + [h for h in hits if h.negated and not h.hypothetical]
    if ctx.value("pleger_familie_detail") == "beide_ouders":
        f = ctx.found["pleger_familie_detail"]
        return Finding("ja", 0.8, f.evidence)
    for answer in doc.answers(PLEGERS_Q):
        question = doc.lowered[max(i for i in range(answer.message) if doc.roles[i] == "counselor")]
        if re.search(r"(?<!\w)(?:weet (?:ik )?(?:het )?niet|geen idee|weet ik niet)(?!\w)", answer.text):
            continue
        if re.search(r"(?<!\w)(?:alleen|enige|niemand|enkel|just|only)(?!\w)", answer.text):
            return from_answer("nee", answer, 0.75)
        if re.search(r"(?<!\w)(?:meer|anderen|ook|vrienden|broer|samen|nog iemand|er zijn|mee|helpt|helpen|deel)(?!\w)", answer.text):
            return from_answer("ja", answer, 0.75)
        if answer.polarity:
            alone = ALONE_Q.search(question) is not None
            return from_answer("ja" if (answer.polarity == "nee") == alone else "nee", answer, 0.7)
    if yes and not no:
        return from_hits("ja", yes, 0.8)
    if no and not yes:
        return from_hits("nee", no, 0.8)
    if yes and no:
        first = min(yes + no, key=lambda h: (h.message, h.start))
        return from_hits("ja" if first in yes else "nee", [first], 0.55)
    return Finding("onbekend", 0.75, (), source="geen_bewijs")


def code_meerdere_slachtoffers(ctx: Context) -> Finding:
    doc = ctx.doc
    hits = doc.find(MEER_SLACHTOFFERS)
    yes = [h for h in hits if h.asserted]
    if not yes:
        yes = [h for h in doc.find(OTHER_VICTIM) if h.asserted]
    if not yes:
        yes = [h for h in doc.find(OTHER_VICTIM_MORE) if h.asserted]
    if not yes and ctx.value("vorm_uitbuiting") == "arbeid":
        yes = [h for h in doc.find(COWORKERS) if h.asserted][:1]
    no = [h for h in doc.find(EEN_SLACHTOFFER) if not h.hypothetical] + [h for h in hits if h.negated and not h.hypothetical]
    for answer in doc.answers(SLACHTOFFERS_Q):
        question = doc.lowered[max(i for i in range(answer.message) if doc.roles[i] == "counselor")]
        if PLEGERS_Q.search(question):
            continue  # 'andere mensen die hem hielpen' asks about exploiters, not victims
        if re.search(r"(?<!\w)(?:weet (?:ik )?(?:het )?niet|geen idee|weet ik niet)(?!\w)", answer.text):
            continue
        if re.search(r"(?<!\w)(?:nog|ook|soms)? ?(?:\d+|twee|drie|vier|vijf|zes|paar) (?:andere )?(?:meisjes|meiden|meisje|jongens|vrouwen|kinderen|mannen|man|jongeren)(?!\w)", answer.text):
            return from_answer("ja", answer, 0.75)
        if answer.polarity == "nee" or re.search(r"(?<!\w)(?:alleen|enige)(?!\w)", answer.text):
            return from_answer("nee", answer, 0.75)
        if answer.polarity == "ja":
            return from_answer("ja", answer, 0.75)
    if yes and not no:
        return from_hits("ja", yes, 0.8)
    if no and not yes:
        return from_hits("nee", no, 0.8)
    if yes and no:
        return from_hits("ja", yes, 0.55)
    return Finding("onbekend", 0.8, (), source="geen_bewijs")
