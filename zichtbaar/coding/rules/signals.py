"""Signals of exploitation that no single phrase proves, but that a coder
reads together: an older 'vriend', expensive gifts, a second phone, nights
away, being picked up by car, a hotel or flat, a debt to pay back. Parents,
teachers, friends and social workers describe a child's situation this way
('ze komt 's nachts niet thuis, heeft dure kleding en twee telefoons') and new
authors write victims who only hint ('ik snap wel wat hij bedoelt'). Human
coders code these chats as exploitation when several independent signals
meet; one signal alone (a gift, a car) is everyday life.

Labour exploitation has its own families: long days, little or no pay,
papers held by the boss, sleeping at the workplace, a threat with the
immigration service. Families are counted, not phrases: three phrases about
gifts are still one signal.
"""

from __future__ import annotations

import re

from zichtbaar.coding.model import Evidence
from zichtbaar.coding.text import Doc, Hit, guarded, rx

_HER = r"(?:haar|hem|me|mij|ons|mn dochter|mijn dochter|mn zus|mijn zus)"
SEXUAL_SIGNALS = {
    "cadeaus": guarded(rx(
        r"dure (?:kleding|kleren|spullen|cadeaus?|schoenen|tassen?|merkkleding|sieraden|telefoons?)",
        r"(?:nieuwe|dure) (?:telefoon|iphone|telefoontoestel|mobiel|airpods|sneakers)",
        r"(?:cadeau|cadeaus|cadeautjes|kadootjes|kado's|gifts?|presents?)",
        rf"(?:geeft|gaf|kocht|koopt|kopen|geven|gekocht|gegeven) (?:{_HER} )?(?:[\w']+ ){{0,3}}?(?:kleren|kleding|nagels|iphone|airpods|telefoon|vapes?|fapes?|make-up|robux|sieraden|parfum)",
        r"(?:krijg|krijgt|kreeg) (?:ik |ze |je )?(?:een |dan )?(?:iphone|airpods|nieuwe telefoon)",
        r"(?:opeens|ineens) (?:ook )?(?:veel|heel veel) geld|sugar ?daddy",
    ), "dure", "nieuwe", "cadeau", "kado", "gift", "present", "geeft", "gaf", "kocht", "koopt", "kopen", "geven", "gekocht", "gegeven",
        "krijg", "kreeg", "geld", "sugar"),
    "ouder": guarded(rx(
        r"(?:vriend|vriendje|jongen|man|gast|kerel|'vriend') (?:[\w']+ )?(?:van|is|die) (?:al |echt |wel )?(?:1[89]|[2-6]\d)(?: jaar)?(?!\w)",
        r"(?:hij|die) is (?:al |echt |wel |ongeveer |rond |zoals )?(?:2\d|3\d|4\d|5\d|6\d)(?: jaar)?(?!\w)",
        r"'vriend'|\"vriend\"|veel oudere? (?:vriend|jongen|man)|(?:oudere|volwassen) (?:vriend|jongen|man|kerel)|sugar ?daddy|(?:veel|stuk|jaren) ouder",
    ), "vriend", "jongen", "man", "gast", "kerel", "hij is", "die is", "ouder", "volwassen", "sugar"),
    "telefoon": guarded(rx(
        r"(?:tweede|2e|extra|geheime|andere) (?:telefoon|simkaart|sim|mobiel|nummer|gsm)",
        r"(?:twee|2) (?:telefoons|simkaarten|mobieltjes|gsms)",
    ), "tweede", "2e", "extra", "geheime", "andere", "twee", "2 "),
    "weg": guarded(rx(
        r"(?:'s |s )?nachts (?:[\w']+ ){0,2}?(?:niet |nie )?(?:thuis|weg)|hele nacht (?:[\w']+ )?(?:weg|weggebleven|niet thuis)",
        r"(?:dagen|weekenden|nachten|weekend) (?:[\w']+ )?(?:weg|niet thuis)|(?:komt|kwam) (?:[\w']+ ){0,2}?(?:niet|laat) thuis|(?:later|laat) terug",
        r"(?:na middernacht|midden in de nacht|om \d+ uur 's nachts|pas om \d+ uur) (?:[\w']+ )?(?:thuis|terug)",
        r"weggelopen|wegloopt|weglopen|weggebleven|vermist|afwezig|spijbel\w*|verzuim\w*|niet (?:meer )?naar school",
    ), "nacht", "dagen", "weekend", "thuis", "weg", "terug", "vermist", "afwezig", "spijbel", "verzuim", "school"),
    "auto": guarded(rx(
        rf"(?:haalt|haalde|halen|ophalen|opgehaald) (?:{_HER} )?(?:[\w']+ ){{0,3}}?op(?!\w)|(?:haalt|haalde|komt|kwam) (?:{_HER} )?(?:[\w']+ )?ophalen",
        r"auto (?:[\w']+ ){0,3}?voor (?:de|onze|het) (?:deur|huis|school)|stapte (?:[\w']+ ){0,4}?in(?!\w)|(?:zet|zette) (?:haar|me|mij) af|afzette|kenteken",
    ), "haal", "ophalen", "opgehaald", "auto", "stapte", "zet", "kenteken"),
    "plek": guarded(rx(
        r"hotel\w*|appartement|(?:een |die |zijn |de )flat|huis (?:in|van) (?:[\w']+ )?(?:waar|met)|feestjes? in (?:een|dat|zijn) (?:huis|flat|appartement)|adres (?:[\w']+ ){0,3}?(?:\d+ uur|vrijdag|zaterdag|'s avonds)",
    ), "hotel", "appartement", "flat", "huis", "feest", "adres"),
    "vrienden": guarded(rx(
        r"(?:met|mee met|naar|voor) (?:zijn|zn|z'n|die|de) (?:vrienden|maten|jongens|neven)",
        r"aardig (?:zijn |ben |moet zijn |moest zijn )?(?:tegen|voor) (?:ze|hen|hun|zijn vrienden|die|mannen|men)|be nice to (?:men|them|his friends)",
        r"(?:met|chillen met) (?:[\w']+ )?(?:andere|oudere|vreemde) (?:mannen|jongens)|andere mannen|other men",
        r"(?:fotos|foto's|foto) (?:[\w']+ ){0,3}?(?:naar|aan) (?:zijn|zn|z'n) (?:vrienden|maten)",
    ), "vrienden", "maten", "jongens", "neven", "aardig", "nice", "mannen", "men"),
    "schuld": guarded(rx(
        r"schuld\w* (?:[\w']+ ){0,3}?(?:aflossen|afgelost|afbetalen|terugbetalen|terug betalen|inlossen|afwerken)|(?:terug ?betalen|terug moet betalen) (?:voor|van) (?:alles|al)",
        r"(?:hem|haar) (?:[\w']+ )?(?:iets|wat|geld) schuldig|(?:iets|wat) terug (?:moet|moest) doen|terug (?:moet|moest|moeten) betalen",
    ), "schuld", "terug"),
    "werken": guarded(rx(
        r"(?:moet|moest|moeten) \"?'?werken\"?'? (?:voor|bij) (?:hem|haar|de jongens|hun|zijn)|geld (?:[\w']+ ){0,3}?verdienen (?:met|door) (?:daten|afspreken|dates)|makkelijk geld",
        r"werknaam|(?:dingen|iets) (?:[\w']+ ){0,3}?voor geld",
    ), "werk", "verdien", "makkelijk", "geld"),
    "controle": guarded(rx(
        r"je bent van mij|(?:checkt|controleert|leest) (?:[\w']+ )?(?:mijn|mn|haar|m'n) (?:telefoon|berichten|locatie)|(?:mijn|haar) locatie",
        r"(?:heeft|pakt|pakte|houdt|nam) (?:[\w']+ )?(?:mijn|mn|m'n|haar|d'r) (?:paspoort|id|id-kaart|id kaart|identiteitskaart|pas) ",
    ), "van mij", "checkt", "controleert", "leest", "locatie", "paspoort", " id", "pas "),
}
# The counselor names what they see as signals, or refers to the trafficking chain.
COUNSELOR_SIGNALS = re.compile(
    r"(?<!\w)(?:(?:bekende|zorgelijke|belangrijke|duidelijke|serieuze) signalen|signalen (?:die|van|dat|zijn)|zijn signalen|"
    r"zorgco[oö]rdinator mensenhandel|co ?mensha|loverboys? (?:zorgen|doen|werken|gebruiken|proberen)|(?:herkennen|zien) wij|zien we (?:helaas )?vaker|"
    r"manier om je te lokken|(?:wat je beschrijft|dit) (?:herkennen|kennen) (?:we|wij))(?!\w)")
COUNSELOR_NEEDLES = ("signalen", "mensenhandel", "mensha", "loverboy", "herkennen", "zien wij", "vaker", "lokken", "kennen")

LABOUR_SIGNALS = {
    "werkplek": guarded(rx(
        r"restaurant|kassen|kas|fabriek|boerderij|farm|nagelstudio|nagelsalon|nail\w*|car ?wash|wasstraat|uitzendbureau|agency|"
        r"distributiecentrum|slachterij|bouw|schoonmaak\w*|hotel kamers|in (?:zijn|de|haar) winkel|in de keuken|kitchen|magazijn|warehouse",
    ), "restaurant", "kas", "fabriek", "boerderij", "farm", "nagel", "nail", "wash", "wasstraat", "uitzend", "agency", "distributie",
        "slacht", "bouw", "schoonmaak", "winkel", "keuken", "kitchen", "magazijn", "warehouse"),
    "uren": guarded(rx(
        r"(?:van|from) \d{1,2}(?:[:.]\d\d)? (?:uur |'s ochtends |am |in the morning )?(?:tot|to|until|till) \d{1,2}(?:[:.]\d\d)?(?: uur)?",
        r"(?:7|zeven) dagen|elke dag|every day|\d+ (?:uur|hours)(?: per| a| in a| per| op een)? (?:dag|week|day)|\d+ hours|dag en nacht|geen vrije dag\w*|no day off",
        r"om \d+ uur (?:'s ochtends|'s morgens)? (?:[\w']+ ){0,4}?(?:en )?om \d+ uur 's avonds",
    ), "van", "from", "dagen", "dag", "day", "uur", "hours", "nacht"),
    "loon": guarded(rx(
        r"\d+ (?:euro|eur|€) (?:per|a|in a|for a|voor een) (?:maand|month|week)|(?:zonder|geen|no|without) (?:loon|salaris|salary|pay|money)",
        r"(?:keep|keeps|kept|houdt|takes|take|pakt) (?:[\w']+ )?(?:money|geld|loon|salaris|salary|rest)|(?:from|van) (?:the |het |mijn |my )?(?:loon|salaris|salary|wage)",
        r"(?:krijg|krijgt|kreeg|get|got) (?:ik |ze |I )?(?:bijna |maar |only |like |nauwelijks )?(?:niks|niets|nothing|\d+ (?:euro|eur))",
    ), "euro", "eur", "€", "loon", "salaris", "salary", "pay", "money", "geld", "rest", "wage", "niks", "niets", "nothing"),
    "papieren": guarded(rx(
        r"(?:heeft|has|keeps?|houdt|took|pakte|nam|have) (?:[\w']+ ){0,2}?(?:mijn|my|haar|her|onze|our) (?:paspoort|passport|papieren|papers|verblijfspapieren|documenten|documents|id|id-kaart|bankpas)",
        r"(?:no|geen) (?:papers|papieren|verblijfsvergunning|werkvergunning)|\bind\b|send me back|terugsturen|deport\w*",
    ), "paspoort", "passport", "papier", "paper", "document", "id", "bankpas", "ind", "send me back", "terugsturen", "deport", "vergunning"),
    "wonen": guarded(rx(
        r"(?:slaap|slaapt|sleep|sleeps|woon|woont|live|lives) (?:[\w']+ ){0,2}?(?:boven|above|in|achter|behind) (?:de|het|the|zijn|his) (?:zaak|restaurant|winkel|salon|shop|kas|farm|fabriek|werk)",
        r"(?:with|met) \d+ (?:people|mensen|man|men|others|anderen) (?:[\w']+ ){0,3}?(?:house|huis|room|kamer|caravan)|huur (?:[\w']+ ){0,4}?(?:ingehouden|van het loon|van mijn loon)",
    ), "slaap", "sleep", "woon", "live", "with", "met", "huur"),
}


def _first_asserted(doc: Doc, pattern) -> Hit | None:
    for h in doc.find(pattern):
        if h.asserted:
            return h
    return None


def sexual_signals(doc: Doc) -> tuple[list[Hit], Evidence | None]:
    """(one hit per signal family found in the visitor's text, the counselor
    sentence that calls it signals or names the trafficking chain, if any)."""
    hits = [h for h in (_first_asserted(doc, p) for p in SEXUAL_SIGNALS.values()) if h is not None]
    return hits, counselor_signal(doc)


def counselor_signal(doc: Doc) -> Evidence | None:
    for i, role in enumerate(doc.roles):
        if role != "counselor":
            continue
        low = doc.lowered[i]
        if not any(n in low for n in COUNSELOR_NEEDLES):
            continue
        m = COUNSELOR_SIGNALS.search(low)
        if m is None or re.search(r"(?<!\w)(?:geen|niet) (?:\w+ )?signalen", low):
            continue
        text = doc.chat.messages[i].text
        return Evidence(i, m.start(), m.end(), text[m.start():m.end()])
    return None


def labour_signals(doc: Doc) -> list[Hit]:
    """One hit per labour family, the workplace first; none without a workplace
    (most chats have none, and the other families' needles are everyday words)."""
    place = _first_asserted(doc, LABOUR_SIGNALS["werkplek"])
    if place is None:
        return []
    rest = (_first_asserted(doc, p) for name, p in LABOUR_SIGNALS.items() if name != "werkplek")
    return [place] + [h for h in rest if h is not None]
