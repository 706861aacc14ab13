"""vorm_uitbuiting, criminele_activiteiten and, for chats that are not about
trafficking, the reason why (for the cases funnel).

Sexual exploitation needs third parties: sex with others ('klanten', 'met
andere mannen naar bed', 'tippelen', 'webcam') or money going to someone
else. Sex forced within a relationship, sextortion for money, and abuse are
not trafficking on their own: those chats get `geen` and a reason.
"""

from __future__ import annotations

import re

from zichtbaar.coding.lexicon import alternation, typo_variants
from zichtbaar.coding.model import Evidence, Finding
from zichtbaar.coding.rules.base import Context, from_hits
from zichtbaar.coding.rules.signals import labour_signals, sexual_signals
from zichtbaar.coding.text import Guarded, guarded, Hit, rx

_MEN = r"(?:(?:andere |verschillende |oude |oudere |vreemde |allemaal |die |meerdere |veel )?(?:mannen|mannn|manne|mannnen|kerels|gasten|jongens|vrouwen|klanten|klaten)|(?:zijn|z'n|zn|hun|haar|d'r) (?:vrienden|maten|kennissen|neven|vriendjes)|(?:vrienden|maten|kennissen|neven) van (?:hem|haar|hun|zijn \w+))"
_WITH = r"(?:met|mt|mee)"
def _typos(*words: str) -> str:
    out = set(words)
    for w in words:
        out |= typo_variants(w)
    return alternation(out)


_SOLD = _typos("verkocht", "verkoopt", "aangeboden", "uitgeleend", "verhuurd", "verhuurt", "doorverkocht", "uitleent", "aanbiedt")
SEKSUEEL = rx(
    rf"(?:me|mij|haar|hem|ons) (?:[\w']+ ){{0,2}}?(?:{_SOLD})",
    _typos("tippelen", "prostitutie", "prostituee", "escortwerk", "klanten"),
    r"klanten|klant|klaten|klanen|klantjes|klnt",
    r"escort\w*|tip+e+l\w*|tipeln|raamprostitutie|achter het raam|prostitu\w*|hoer(?:en|tje)?|sekswerk\w*|seks ?werk|sexwerk\w*|pooier\w*|pimp\w*",
    rf"{_WITH} {_MEN} (?:[\w']+ ){{0,3}}?(?:slapen|naar bed|afspreken|afspreke|seks|sex|neuken|dingen doen|mee(?:gaan)?)",
    rf"(?:slapen|slaapt|naar bed|seks hebben|sex hebben|seks|sex|afspreken|afspreekt|dingen doen) {_WITH} {_MEN}",
    r"verko(?:op|opt|cht|pen) (?:me|mij|haar|hem|ons|mn|meisjes)\b(?: \w+)?(?: aan)?",
    r"(?:verhuurt|verhuurde|verhuren|leent|leende|lenen|biedt|bood|geeft|gaf) (?:me|mij|haar|hem|ons) (?:[\w']+ )?(?:uit )?aan (?:zijn |z'n |andere |oudere |allerlei |die )?(?:vrienden|mannen|kerels|jongens|maten|klanten|gasten)(?!\w)",
    r"verkocht (?:worden|wordt|word)",
    # English: 'he makes me sleep with men for money', 'I have to see clients'.
    r"(?:sleep|sleeping|have sex|had sex|go|going|date) with (?:other |older |different |his )?(?:men|guys|clients|friends)|(?:makes|made|forces|forced) (?:me|her) (?:[\w']+ ){0,3}?(?:sleep with|have sex|see clients|work for him)",
    r"(?:foto'?s|fotos|beelden|filmpjes|video'?s|naaktfoto'?s) (?:[\w']+ ){0,3}?(?:verkopen|verkoopt|verkocht|verkochten) (?:aan|op|voor|via)",
    r"(?:seks|sex|neuken|naar bed|slapen|dingen doen) (?:[\w']+ ){0,3}?voor (?:geld|cash|drugs)",
    r"voor geld (?:[\w']+ ){0,3}?(?:seks|sex|naar bed|slapen|afspreken|neuken)",
    r"(?:moet|moest|moeten) (?:[\w']+ ){0,6}?(?:doen|werken) (?:[\w']+ ){0,2}?voor (?:geld|hem)",
    r"(?<![^\n])voor geld(?!\w)",
    r"livestream\w*|webcam\w*|cam+en|gecam+d|cam+de|cam+den|cam ?show\w*|cams(?:eks|ex)\w*|cam (?:seks|sex)\w*|onlyfans|camsite\w*|seks ?chat\w*",
    r"(?:het |al het |mijn |haar )?(?:geld|verdiende) (?:[\w']+ ){0,2}?(?:aan hem |aan haar |aan hun )?(?:geven|afgeven|afstaan|inleveren|afdragen)",
    r"(?:pakt|houdt|houd|neemt|pakken|houden|regelt|krijgt|int) (?:hij |ze |zij )?(?:al |alles )?(?:het|al het|mijn|haar|al mijn|al haar|t|'t) (?:geld|centen|verdiende)",
    r"(?:seks|sex|erotische?) ?(?:advertentie|site|sites)\w*|advertentie\w* (?:van|over) (?:me|mij|haar)|kinky|hookers?",
    r"(?:zet|zette|plaatst) (?:[\w']+ ){0,2}?(?:foto'?s|advertentie\w*) (?:[\w']+ ){0,3}?(?:op|naar) (?:sites|een site|internet|seksites)",
    r"werk(?:en|t)? voor (?:mijn|haar|hem|zijn|een|mn|m'n) (?:vriend|vriendje|ex|loverboy|pooier)",
    # The visitor's own word for it, said (not asked): 'vroeger had ik een loverboy', 'mijn vriendin
    # die een loverboy heeft', 'zij was in handen van een loverboy'.
    r"(?:had|heb|heeft|hebben|hadden|hebt|kreeg) (?:ik |ze |zij |hij |jij )?(?:een |n |'n |ook een )(?:loverboy|pooier)(?![^.!?\n]*\?)",
    r"(?:een|n|'n) (?:loverboy|pooier) (?:heeft|had|hebben|hadden|heb|kreeg|kregen)(?!\w)(?![^.!?\n]*\?)",
    r"(?:in handen van|slachtoffer van|vast bij|weg bij|los van|af van) (?:een |n |'n |mijn |haar |mn |d'r )?(?:loverboy|pooier)\w*(?![^.!?\n]*\?)",
    r"(?:mijn|mn|m'n|haar|d'r|hun) (?:ex-?|oude |vorige )?(?:loverboy|pooier)\w*(?![^.!?\n]*\?)",
    r"(?:huis|hotel|hotels|kamer|kamers|adres|adressen|feest|feestje|feestjes|flat|appartement|woning|auto) waar (?:[\w']+ ){0,2}?(?:mannen|klanten|kerels)",
    r"mannen (?:[\w']+ )?(?:komen|langs|wachten|betalen)|(?:er )?(?:komen|wachten|wachtten|wchten) (?:[\w']+ ){0,3}?(?:mannen|kerels|klanten)",
    r"(?:het|'t|t|al het|mijn|haar|dat) geld (?:[\w']+ ){0,2}?(?:houdt|houd|pakt|krijgt|is voor|gaat naar|regelt|neemt|afpakt|inpikt|moet afgeven|moet inleveren)",
    r"(?:krijgt|krijgen|verdient|verdienen|vangt|vangen|ontvangt|int) (?:er |hij |ze )?(?:[\w']+ )?(?:geld|cash|poen|centen) (?:voor|aan|mee|van)",
    r"(?:de |die )?(?:mannen|klanten|kerels) (?:[\w']+ )?betalen (?:hem|haar|hun|ze|hen)",
    r"betalen (?:hem|haar|ze|hun) (?:[\w']+ )?voor (?:mij|me|haar|hem)",
    r"(?:me|mij|haar|hem|ons) (?:[\w']+ ){0,2}?(?:verkocht|verkoopt|aangeboden|aanbiedt|uitgeleend|uitleent|verhuurd|verhuurt|doorverkocht)",
    r"verko(?:opt|cht|pen) (?:[\w']+ )?aan (?:[\w']+ )?(?:mannen|mannn|vrienden|anderen|klanten|kerels|jongens)",
    r"(?:het|dit|dat|dingen|t|'t) voor (?:hem|haar|hun) (?:[\w']+ )?(?:moet|moest|moeten) doen",
    rf"(?:seks|sex|dingen|slapen|naar bed|neuken)(?: \w+){{0,3}} {_WITH} {_MEN}",
    r"(?:ze|zij|die|mensen|mnsen|men|jongens) betalen (?:hem|haar|hun|hen)",
    r"(?:wat|alles wat|al wat|het geld dat) (?:ik|k|ze|zij|hij) (?:[\w']+ )?verdien\w* (?:[\w']+ ){0,3}?(?:aan hem|aan haar|aan hun|afgeven|inleveren|geven|afstaan|afdragen)",
    r"werken met (?:seks|sex)|(?:laat|liet|laten) (?:me|mij|haar|hem|ons) (?:[\w']+ ){0,2}?(?:werken|tippelen|neuken)(?! \w+ (?:school|huiswerk))",
    r"werken voor geld|(?:pakte|hield|nam|regelde|inde) (?:[\w']+ )?(?:het|'t|al het) geld|(?:het|'t) geld (?:pakte|hield|nam|regelde)",
    r"op (?:de |een )?cam(?!\w)|(?:laat|liet|laten|lieten) (?:me|mij|haar) (?:op (?:een |die |zo'?n )?(?:site|website|seksite)|online|achter (?:het|een) raam) (?:werken|staan)",
    r"(?:met|mt) (?:ze|hun|hen|hem) (?:[\w']+ )?(?:naar bed|slapen|seks|sex)",
    r"(?:verdienen|verdien|verdient|geld verdienen) (?:[\w']+ )?met (?:seks|sex|mijn lichaam|haar lichaam)",
    r"(?:me|mij|haar|hem|ons) (?:[\w']+ ){0,4}?['‘\"]?(?:laten|laat|liet|lieten|gelaten) (?:werken|tippelen|tippellen)",
    # session 6: 'ik moest voor hem werken toen ik 16 was ... met mannen', 'in een huis werken, met mannen',
    # 'dat cam gedoe', 'ze bleek op een site te staan met foto's'
    r"(?:moet|moest|moeten|moesten) (?:[\w']+ )?voor (?:hem|haar|hun|ze) werken[^\n]{0,80}?(?:met mannen|klanten|seks|sex|escort|advertentie)",
    r"(?:moet|moest|moeten|moesten) (?:[\w']+ ){0,5}?werken, met (?:andere |oudere |vreemde )?mannen(?!\w)",
    r"(?:cam|webcam) ?(?:gedoe|dingen|werk|shows?|sessies)",
    r"(?:op|in) (?:een|zo'?n|die) (?:seks|sex|escort|sugar)?site (?:te )?(?:staan|stond|stonden|zet|zetten)|(?:stond|staat|stonden|staan) (?:ze |ik )?(?:op|in) (?:een|zo'?n) (?:seks|sex|escort)?site",
    r"(?:vangt|vangen|ving) (?:het|'t|al het) geld",
    r"(?:ze|hij|zij) (?:wordt|word|werd) (?:[\w']+ )?(?:gedwongen|verkocht|uitgebuit)|uitgebuit",
    # Third parties paying the exploiter ('die geven hem dan geld', 'zijn vrienden betaalden').
    r"(?:die|ze|zij|mannen|kerels|klanten|vrienden|gasten) (?:[\w']+ )?(?:geven|gaven|gaf|betaalden|betaalde|betalen) (?:hem|haar|hun|hen) (?:[\w']+ ){0,2}?(?:geld|cash|\d+ euro)",
    r"(?:die|ze|zij) (?:betaalden|betaalde|betalen) (?:hem|haar|hun|hen)(?!\w)",
    r"(?:zijn|z'n|zn|de|die|haar) (?:vrienden|maten|mannen|kerels|gasten) (?:[\w']+ )?(?:betaalden|betaalde|betalen|betaalt)(?!\w)",
    r"(?:naar|bij) (?:zijn|z'n|zn|haar|hun) (?:vrienden|maten) (?:[\w']+ ){0,6}?(?:geld|betalen|betaald)",
    # Third parties paying, verb first after 'dan'/'daarna': 'en dan geven ze hem geld'.
    r"(?:geven|gaven|geeft|gaf|betalen|betaalden|betaalt|betaalde) (?:ze|zij|die|de mannen|die mannen|de jongens|zijn vrienden) (?:hem|haar|hun|hen) (?:[\w']+ ){0,2}?(?:geld|cash|\d+ euro|poen|doekoe|doekie)",
)
# The loverboy's bill: gifts that must be 'paid back' with his friends ('nu moet ik iets terugdoen',
# 'ik moest mee naar een flat en daar waren vrienden van hem'); both halves, anywhere in the chat.
REPAY = rx(r"(?:iets|wat|dat|dit|het|alles) (?:[\w']+ )?terug (?:moet|moest|moeten|te) doen|(?:iets|wat) terug(?:doen|doet)|terug ?betalen voor (?:alles|al die|de) (?:[\w']+ )?(?:cadeaus|dingen|spullen)|"
           r"(?:hem|haar) (?:[\w']+ )?(?:iets|wat|dat|het) schuldig (?:ben|is|was)")
REPAY = guarded(REPAY, "terug", "schuldig")
THIRD_PARTY = rx(r"(?:vrienden|maten|neven|kennissen) van (?:hem|haar)|(?:zijn|z'n|zn|zijn) (?:vrienden|maten|neven|kennissen)|(?:andere|oudere|vreemde) (?:mannen|jongens|kerels)")
THIRD_PARTY = guarded(THIRD_PARTY, "vrienden", "maten", "neven", "kennissen", "mannen", "jongens", "kerels")
CRIMINEEL_ALGEMEEN = rx(
    r"criminele? (?:dingen|zaken|activiteiten|klusjes)",
    r"dingen (?:[\w']+ )?die (?:niet|nie|ni) (?:mogen|mag|kunnen)",
    r"strafbare? (?:dingen|feiten|zaken)",
    r"in de drugs",
)
# Someone makes the victim do it: 'hij stuurt me de winkel in om te stelen', 'ik moet van ze inbreken'.
FORCED_CRIME = re.compile(
    r"(?<!\w)(?:moet|moest|moeten|moesten|laat|liet|laten|lieten|dwingt|dwong|dwingen|stuurt|stuurde|sturen|stuurden|verplicht|"
    r"opdracht|van hem|van haar|van ze|van hun|voor hem|voor haar|voor ze|voor hun|anders|geeft (?:me|mij) (?:een )?lijst)(?!\w)")
VICTIM_OF_CRIME = re.compile(r"(?:van (?:me|mij|ons|hem|haar) (?:gejat|gestolen|afgepakt)|(?:ben|is|werd|word|zijn) (?:ik |ze |hij )?(?:[\w']+ )?(?:beroofd|overvallen|bestolen))")
CRIMINEEL_ALGEMEEN = guarded(CRIMINEEL_ALGEMEEN, 'crimin', 'mogen', 'mag', 'kunnen', 'strafba', 'drugs')
_DRUG = r"(?:drugs|drus|durgs|drugz|druks|wiet|weed|hasj|coke|cocaine|cocaïne|pillen|xtc|heroine|heroïne|speed|ghb|spul|spullen|pakketjes|pakketten|paketten|pakjes|pakketje|tassen|tasjes|bolletjes|blokken|zakjes)"
ACTIVITIES: dict[str, object] = {
    "drugs_vervoeren_verhandelen": rx(
        rf"{_DRUG} (?:[\w']+ ){{0,5}}?(?:vervoeren|rondbrengen|rond brengen|rondbrenge|brengen|wegbrengen|verkopen|dealen|afleveren|smokkelen|vervoerd|rondgebracht|verkocht|bezorgen|runnen|halen|ophalen|overdragen|"
        r"rondbrengt|rondbreng|rondbracht|wegbrengt|wegbracht|vervoert|vervoerde|aflevert|afleverde|bezorgt|bezorgde|smokkelt|smokkelde|verkoopt|verkocht)",
        rf"(?:vervoeren|verkopen|dealen|rondbrengen|smokkelen|bezorgen) van {_DRUG}",
        r"(?:iets|dingen|spullen|spul|tas|tassen|tasje|tasjes|pakketje\w*|pakje\w*) (?:[\w']+ ){0,2}?(?:brengen|wegbrengen|afgeven|afleveren|overhandigen) (?:naar|aan|bij|in)",
        r"(?:run|runnen|runt|rende) (?:voor|op) (?:[\w']+ ){0,2}?(?:lijn|iemand|hem|hun)|(?:zijn|zn|z'n|de|een) lijn(?!\w)",
        rf"(?:rijden|rijdt|reed|reden|fietsen|fietst|reizen|reist|lopen|gaan|ging|scooteren) (?:[\w']+ ){{0,2}}?met (?:de |die |een |zijn |hun )?{_DRUG}",
        rf"met (?:de |die |een |zijn |hun )?{_DRUG} (?:[\w']+ ){{0,3}}?(?:rijden|rijdt|reed|reden|reizen|reist|fietsen|fietst)(?!\w)",
        r"op de hoek (?:[\w']+ )?staan|dealen|dealer|drugskoerier|koerier|drugsrunner|runner|bolletjesslikker|deallijn|dealt|dealde|drugs ?lijn|loopjongen|loopmeisje",
        rf"(?:breng|brengt|brengen|bracht|brachten) (?:[\w']+ ){{0,3}}?{_DRUG} (?:[\w']+ ){{0,3}}?(?:rond|weg|naar)",
        rf"{_DRUG} (?:[\w']+ ){{0,3}}?(?:naar (?:klanten|adressen|mensen)|rond)",
        r"(?:moet|moest|moeten|moete) (?:[\w']+ )?(?:dingen|spullen|spul|pakketjes|pakjes|zakjes|tasjes|tassen) (?:[\w']+ )?(?:wegbrengen|rondbrengen|bezorgen|afleveren|vervoeren|brengen)",
        r"(?:drugs|stuff|spul) (?:[\w']+ )?(?:runnen|dealen|verkopen|smokkelen)|sell(?:ing)? (?:drugs|weed|stuff)",
        # Verb first ('ik verkoop spul voor een gast'); 'spullen' and 'tassen' alone are anyone's.
        r"(?:verkoop|verkoopt|verkocht|verkochten|deal|dealde|smokkel|smokkelde|vervoer|vervoerde|bezorg|bezorgde) (?:[\w']+ ){0,2}?"
        r"(?:drugs|wiet|weed|hasj|coke|cocaine|cocaïne|pillen|xtc|heroine|heroïne|ghb|spul|pakketjes|pakjes|bolletjes|zakjes)(?!\w)",
        # Sent to an address: 'hij stuurt me een locatie waar ik moet brengen', 'ik moest 2 ritjes doen'.
        r"(?:locatie|locaties|adres|adressen|plek|plekken) (?:[\w']+ ){0,2}?waar (?:ik|ze|hij|we|k) (?:[\w']+ )?(?:moet|moest|moeten|moesten) (?:[\w']+ )?(?:brengen|afleveren|bezorgen|droppen)",
        r"(?:moet|moest|moeten|moesten) (?:[\w']+ ){0,2}?(?:ritjes|ritten|koeriersritjes)(?!\w)",
        r"(?:liep|loop|lopen|loopt|liepen) (?:nog |nog steeds |niet meer |weer )?voor (?:hem|hun|ze|mensen|iemand|die gast|die jongens|een gast)(?! (?:weg|uit|de|het))",
        # session 6: 'runs doen', 'hij runt voor spanky', 'zakken naar almere brengen', 'pakketjes van ganzenhoef naar utrecht',
        # 'ik deed ritjes naar amersfoort', 'soms moet ik het wegbrengen', 'als je voor iemand hebt gelopen'
        r"(?:runt|runnen|runde|runden|runs (?:doen|doet|deed|deden)|runs? voor)(?!\w)",
        r"(?:tas|tassen|tasje|tasjes|zak|zakken|zakjes|pakket|pakketje|pakketjes|pakje|pakjes|sporttas|rugzak) (?:[\w']+ ){0,3}?naar (?:[\w'-]+ ){0,2}?(?:brengen|bracht|brachten|breng|brengt|rijden|reed|fietsen)(?!\w)",
        r"(?:pakketjes|pakjes|pakket|pakketten|tassen|zakjes) van (?:de |het )?[\w'-]+ naar [\w'-]+",
        r"(?:deed|doe|doet|deden|doen|maakte|maak|maken) (?:[\w']+ )?ritjes|ritjes naar",
        r"(?:moet|moest|moeten|moesten|ff|soms|vaak) (?:ik |ze |hij |het |dat |die |ook )*(?:wegbrengen|rondbrengen|afleveren)(?!\w)",
        r"voor (?:iemand|hem|hun|ze|die gast|een gast) (?:[\w']+ )?gelopen|(?:heb|had) (?:al )?(?:zoveel|zo veel|veel|vaak|genoeg) gelopen",
        r"(?:ik verkoop|verkoop ik|ik verkocht) voor (?:iemand|hem|een|die|hun)|(?:moet|moeten|moest|moesten) (?:het|dat|die|ze) (?:op school|op straat|in de buurt|aan mensen|aan klasgenoten) verkopen",
        r"(?:rondjes (?:[\w']+ )?(?:rijden|rijdt|reed|lopen|loopt|liep|doen|doet)|(?:rijden|rijdt|reed|lopen|loopt|liep|doen|doet) (?:[\w']+ ){0,2}?rondjes) "
        r"voor (?:[\w']+ )?(?:hem|hun|ze|jongens|mensen|iemand|die|een|gasten)(?!\w)",
    ),
    "drugs_bewaren": rx(
        rf"{_DRUG}\w* (?:[\w']+ ){{0,4}}?(?:verstop\w*|bewaren|bewaard|bewaart|opslaan|opgeslagen|wegleggen|liggen)",
        rf"(?:verstop\w*|bewaren|bewaard|opslaan|opgeslagen) (?:[\w']+ ){{0,3}}?{_DRUG}",
        r"spul (?:[\w']+ ){0,2}?(?:bij mij|bij me|bij haar|bij hem|bij ons|in mijn|in haar) (?:[\w']+ ){0,2}?(?:verstopt|opgeslagen|bewaard|neergelegd|gelegd)",
        r"(?:mijn|haar|ons) (?:huis|kamer|schuur|kast) (?:[\w']+ ){0,3}?(?:als opslag|voor (?:de )?drugs)",
        r"stash\w*",
        # Verb first: 'hij zet al maanden tassen met drugs in onze schuur', 'iemand die spullen bij mij opslaat'.
        r"(?:zet|zette|zetten|legt|legde|leggen|stopt|stopte|verstopt|verstopte|bewaart|bewaarde|dumpt|dumpte) (?:[\w']+ ){0,4}?(?:tas|tassen|tasjes|doos|dozen|drugs|spul|spullen|pakket\w*|pakje\w*|wapen\w*|zakken) (?:[\w']+ ){0,4}?(?:in|onder|bij|op|achter) (?:mijn|mn|m'n|ons|onze|haar|zijn|z'n|de|het|d'r) (?:[\w']+ )?(?:kast|kamer|huis|schuur|schuurtje|kelder|zolder|bed|garage|berging|box|tuin|auto)",
        r"(?:spul|spullen|tassen|dozen|pakketten|drugs) (?:[\w']+ ){0,2}?bij (?:mij|me|ons|haar|hem) (?:[\w']+ )?(?:opslaat|opslaan|opsloeg|neerlegt|neerzet|dumpt|bewaart|verstopt|laat liggen|laat staan)",
        r"(?:tas|tassen|sporttas|tasje|pakket\w*|pakje\w*|spullen|spul|doos|dozen|zak|zakken) (?:[\w']+ ){0,6}?(?:in|onder|bij|op) (?:mijn|mn|m'n|ons|onze|haar|zijn|z'n|de|het) (?:[\w']+ )?(?:kast|kamer|huis|schuur|kelder|zolder|bed|garage|thuis|berging) (?:[\w']+ ){0,3}?(?:leggen|zetten|verstoppen|bewaren|houden|neerleggen|liggen|staan)",
        r"bij (?:mij|me|ons|haar|hem) thuis (?:[\w']+ ){0,5}?(?:leggen|bewaren|verstoppen|opslaan|liggen|neerleggen)",
        r"(?:die|dat|het|ze|spullen|spul|tas|tassen) (?:[\w']+ )?(?:moet|moest|moeten|moesten) (?:[\w']+ ){0,6}?(?:bewaren|verstoppen|opslaan)",
        r"(?:niet|nie|ni) (?:meer )?(?:wou|wilde|wil) (?:bewaren|verstoppen|opslaan)(?!\w)",
        r"(?:moet|moest|moeten|moesten) (?:[\w']+ ){0,3}?(?:die|de|een|zijn|hun|z'n|zn) (?:[\w']+ )?(?:tas|tassen|sporttas|doos|dozen|pakket\w*|spullen|spul) (?:[\w']+ )?(?:bewaren|verstoppen|opslaan)",
        rf"(?:keeps|bewaart|verstopt|legt|houdt|stopt) (?:[\w']+ ){{0,2}}?(?:stuff|spul|spullen|{_DRUG}) (?:[\w']+ ){{0,2}}?(?:bij mij|bij me|bij ons|in mijn|in mn|in m'n|in ons)",
    ),
    "diefstal": rx(r"jatten|gejat|jat|stelen|steel|stal|gestolen|pikken|gepikt|winkeldiefstal|inbreken|inbraak|ingebroken|inbreek\w*|diefstal\w*"),
    "overval": rx(r"overval\w*|beroven|beroofd|beroof|roofoverval\w*|ripdeal\w*|ramkraak\w*|plofkraak\w*"),
    "witwassen": rx(
        r"witwassen|witgewassen|wit wassen|witwas\w*|money ?mule|geldezel\w*",
        r"geld (?:[\w']+ ){0,3}?(?:storten|opnemen|pinnen|overmaken|overboeken|wegbrengen) (?:[\w']+ ){0,3}?(?:voor hem|voor haar|voor hun|voor die)",
        r"(?:mijn|haar|zijn) (?:bank)?rekening (?:[\w']+ ){0,3}?(?:gebruiken|gebruikt|lenen|uitlenen|afgeven|beschikbaar)",
        r"(?:mijn|haar|zijn|m'n|mn) (?:pinpas|bankpas|pas|pasje)(?: en (?:pin)?code)? (?:[\w']+ ){0,3}?(?:afgeven|geven|geef|geeft|gaf|gegeven|gebruiken|gebruikt|lenen|leen|uitlenen)",
        r"(?:mijn|haar|zijn|m'n|mn) (?:bank)?rekening (?:[\w']+ ){0,2}?(?:gegeven|gaf|geef|geeft) aan|geld (?:[\w']+ ){0,2}?doorheen (?:gehaald|halen|haalt|gesluisd)",
        r"(?:er )?(?:komt|kwam|komen|staat|stond) (?:[\w']+ ){0,2}?geld (?:op|bij)(?! [\w']+ (?:spaar|eigen))",
        r"(?:geld )?(?:door te sluizen|doorsluizen|doorgesluisd|sluist)",
        r"(?:bank)?(?:pas|pasje|passen|pinpas|pinpassen|bankpassen) (?:[\w']+ ){0,3}?(?:uitgeleend|uitlenen|afgegeven|afgeven|opgehaald|ophalen|aan hem gegeven|aan hem geven|aan hun)|(?:pas|passen|pasje) en (?:[\w']+ )?pincode",
        r"(?:bank)?rekening\w* (?:[\w']+ ){0,4}?(?:openen|geopend|open|laten openen)(?!\w)|doorstorten|doorgestort|(?:pinnen|opnemen) en (?:[\w']+ ){0,3}?(?:aan hem|aan haar|aan hun|doorstorten|neerleggen)|lening op (?:mijn|haar|zijn) naam",
        r"(?:mijn|haar|zijn) (?:pas|rekening) (?:[\w']+ ){0,2}?(?:uitlenen|uitgeleend|lenen|geleend)",
        r"(?:gebruikt|gebruiken|gebruikte|uses|used) (?:[\w']+ )?(?:mijn|haar|zijn|m'n|mn|my|her|his) (?:bank)?(?:rekening|pas|pinpas|bankpas|account|bank account)",
        r"geld (?:[\w']+ ){0,4}?(?:pinnen|opnemen) (?:[\w']+ ){0,3}?(?:aan|naar) (?:hem|haar|hun) (?:geven|brengen)",
        r"(?:(?:moet|moest|moeten|moesten) (?:[\w']+ ){0,2}?geld|geld (?:moet|moest|moeten|moesten)) (?:[\w']+ ){0,2}?(?:pinnen|opnemen) (?:[\w']+ ){0,12}?(?:neerleggen|afgeven|brengen|doorsturen|overmaken|geven aan)(?!\w)",
        r"(?:heeft|hebben|had|pakt|pakte|kreeg|kregen|wil|wilde|vraagt|vroeg|gebruikt|gebruiken) (?:[\w']+ )?(?:mijn|haar|zijn|m'n|mn|d'r|z'n) (?:bank)?(?:pas|pasje|pinpas|rekening|rekeningnummer|pincode|bankgegevens|inlog\w*)(?: en (?:[\w']+ )?(?:pincode|code|pas|inlog\w*))? (?:[\w']+ ){0,6}?(?:storten|gestort|opnemen|opgenomen|pinnen|gepind|overmaken|overgemaakt|overboeken|geld op|geld van|geld naar)",
        r"(?:via|over|op|van) (?:mijn|haar|zijn|m'n|mn) (?:bank)?rekening (?:[\w']+ ){0,2}?(?:laten lopen|laat lopen|liet lopen|sluizen|wegsluizen)",
        r"geld (?:[\w']+ ){0,3}?(?:op|van|naar) (?:mijn|haar|zijn|m'n|mn) (?:bank)?rekening (?:[\w']+ ){0,3}?(?:gestort|storten|overgemaakt|overmaken|gezet|zetten|opnemen|opgenomen|pinnen|gepind)",
        r"(?:storten|gestort|overmaken|overgemaakt) (?:[\w']+ ){0,4}?(?:en|om het) (?:[\w']+ ){0,3}?(?:opnemen|pinnen|op te nemen|te pinnen|doorsturen|door te sturen)",
    ),
    "mishandeling": rx(
        r"(?:iemand|mensen|jongens|anderen|een jongen|een man|hem) (?:[\w']+ ){0,2}?(?:in elkaar slaan|in elkaar trappen|in elkaar geslagen|aftuigen|afgetuigd|mishandelen|mishandeld|slaan voor hem|pijn doen voor hem)",
        r"(?:in elkaar slaan|aftuigen|mishandelen) van (?:iemand|mensen|jongens)",
        r"(?:laten|lieten|liet|laat|moet|moest|moeten) (?:me |mij |haar |hem )?(?:iemand|mensen|jongens|anderen) (?:[\w']+ ){0,2}?(?:slaan|in elkaar slaan|aftuigen|pijn doen|bedreigen|afpersen)",
        r"(?:moest|moet|moesten|moeten) (?:ik|k|ze|hij|zij|we) (?:een |n |'n |die |iemand )?(?:jongen|man|gast|iemand|jongens|mensen)? ?(?:[\w']+ )?(?:slaan|in elkaar slaan|aftuigen|pijn doen|in elkaar trappen)",
    ),
    "wapenhandel": rx(
        r"wapens? (?:[\w']+ ){0,3}?(?:vervoeren|verkopen|bewaren|verstoppen|wegbrengen|smokkelen|rondbrengen|leveren)",
        r"wapenhandel\w*|(?:vuur)?wapens (?:[\w']+ )?(?:doorverkopen|dealen)",
        r"(?:vuur)?wapens? (?:[\w']+ ){0,3}?(?:ophalen|halen|brengen|afleveren|bezorgen|overdragen)|(?:pakket\w*|tas\w*) met (?:vuur)?wapens",
    ),
}
_ACTIVITY_NEEDLES = {
    "diefstal": ("jat", "stel", "steel", "stal", "gestolen", "pik", "diefstal", "inbr", "ingebroken", "inbreek"),
    "overval": ("overval", "beroo", "beroof", "roof", "ripdeal", "ramkraak", "plofkraak"),
    "witwassen": ("wit", "money", "geldezel", "geld", "rekening", "pas", "sluis", "storten", "lening", "pincode", "inlog", "bankgegevens", "storten", "gestort"),
    "mishandeling": ("elkaar", "aftuig", "afgetuigd", "mishandel", "slaan", "pijn", "bedreig", "afpers"),
    "wapenhandel": ("wapen",),
}
for _name, _needles in _ACTIVITY_NEEDLES.items():
    ACTIVITIES[_name] = guarded(ACTIVITIES[_name], *_needles)  # type: ignore[arg-type]

ARBEID = rx(
    r"werk\w* (?:[\w']+ ){0,8}?(?:krijg|krijgt|kreeg|krijgen) (?:ik |ze |hij |we )?(?:er |daar |daarvoor |hiervoor )?(?:bijna |vrijwel |nauwelijks |amper )?(?:niks|niets|geen (?:geld|loon|salaris|cent))(?!\w)",
    r"(?:au ?pair|boerderij|kas|kassen|fabriek|nagelsalon|car ?wash|wasstraat|bouw|restaurant|keuken) (?:[\w']+ ){0,6}?(?:geen (?:geld|loon|salaris)|niks|niets)(?! mis)",
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien) uur (?:per|een|op een|elke) dag|(?:\d+|zeven) dagen (?:per|in de|van de) week",
    r"(?:krijg|krijgt|krijgen|kreeg|kregen|verdien|verdient) (?:ik |ze |hij |we |zij )?(?:bijna |vrijwel |nauwelijks |amper |haast )(?:niks|niets|geen geld|geen loon)|(?:\d+|twee|drie|een) euro (?:per|een|het) uur",
    r"(?:loon|salaris) (?:[\w']+ ){0,3}?(?:inhoudt|ingehouden|inhouden|achterhoudt|achtergehouden|niet (?:uit)?betaald)|terugwerken|terug te werken|(?:moet|moest) (?:[\w']+ ){0,3}?(?:afwerken|terugwerken)",
    r"(?:schoonmaken|poetsen|werken|oppassen|klussen) (?:[\w']+ ){0,3}?bij (?:andere|allemaal|verschillende) (?:gezinnen|mensen|adressen|huizen)",
    r"(?:work|working|worked) (?:[\w']+ ){0,3}?(?:\d+ hours|every day|7 days|no money|no salary|for nothing|without (?:money|pay|salary))|"
    r"(?:take|took|takes|has|have|had|keep|keeps|kept|never gave back) (?:my|our|his|her|their) passports?|(?:i|we) (?:still )?owe|debt",
    r"werk(?:en|t)?,? (?:[\w']+ ){0,3}?(?:zonder|voor) (?:loon|salaris|betaling|niks|niets|geen geld)|(?:zonder|geen) (?:loon|salaris) (?:[\w']+ ){0,2}?werk\w*",
    r"(?:hele dag|de hele dag|dag en nacht|elke dag|zonder loon|voor niks|voor niets|gratis|zonder betaling) (?:[\w']+ ){0,3}?werken",
    r"werk(?:en|t)? (?:[\w']+ ){0,5}?(?:en|maar) (?:[\w']+ )?(?:krijg|krijgt|krijgen|kreeg|krjg|kirjg|krig|kijg) (?:niks|niets|geen (?:loon|salaris|geld|cent)|bijna niks)",
    r"(?:krijgt|krijg|kreeg|krijgen|krjg|kirjg|krig|kijg) (?:niks|niets|geen (?:loon|salaris|geld|cent)) (?:[\w']+ ){0,2}?(?:betaald|uitbetaald)",
    r"(?:baas|werkgever|bazin) (?:[\w']+ ){0,6}?(?:paspoort|id|loon|betaalt (?:niet|niks|niets)|houdt (?:het|mijn|haar) (?:geld|loon))",
    r"arbeidsuitbuiting|uitgebuit (?:op|in) (?:het|mijn|haar|de) (?:werk|bedrijf|restaurant)|slavenarbeid|als slaaf werken|werken als een slaaf",
    r"(?:krijg|krijgt|kreeg|krijgen|ontvang|ontvangt|ontvangen) (?:ik |we |wij |ze )?(?:[\w']+ )?(?:geen|bijna geen|nauwelijks|nooit) (?:loon|salaris|betaling|geld voor (?:mijn|het|ons) werk)",
    r"(?:loon|salaris) (?:[\w']+ ){0,2}?(?:gaat naar|houdt|betaalt aan|naar) (?:hem|haar|de baas|de bemiddelaar)|(?:betaalt|betaalde) (?:ons|mijn|het|haar|zijn) (?:loon|salaris) aan",
    r"\d+ uur per dag|(?:geen|zonder) vrije dag\w*|\d+ euro per (?:week|maand) (?:[\w']+ ){0,4}?(?:rest|houdt)|schuld (?:[\w']+ ){0,4}?(?:reis|huis)|(?:reis|huis) (?:[\w']+ ){0,3}?schuld",
    r"(?:schoonmaken|poetsen|in de keuken|in het restaurant|op het land|in de kas|nagelsalon|in de fabriek|in de bouw|au pair|huishouden|huishoudelijk werk) (?:[\w']+ ){0,5}?(?:zonder|geen|niks|niets) (?:loon|geld|betaald|salaris)",
)
ARBEID = guarded(ARBEID, 'werk', 'baas', 'uur', 'dagen', 'krijg', 'kreeg', 'verdien', 'euro', 'inhoud', 'ingehouden', 'achter', 'afwerk',
                 'schoonma', 'poets', 'oppas', 'kluss', 'work', 'passport', 'owe', 'debt', 'bazin', 'loon', 'betaal', 'salaris', 'uitgebuit', 'slaaf', 'slaven', 'niks', 'niets', 'gratis',
                 'uur per dag', 'vrije dag', 'per week', 'per maand', 'schuld')
# The counselor asks whether the work is paid; the visitor says no.
PAID_Q = re.compile(r"(?:krijg|krijgt|word|wordt) (?:je|u|jij|ze|hij) (?:wel |ook |daar |er |hier |daarvoor )*(?:betaald|loon|salaris|geld voor (?:je|jouw|uw|het) werk)")

_WEAK_SEX = re.compile(r"klant|klaten|klnt|geld|werk|verdien|betal|cash|poen|centen")
_STRONG_SEX = re.compile(r"window|clients?|prostitution|brothel|seks|sex|mannen|mannn|bed|escort|tip+e+l|prostit|hoer|cam|advertentie|verko\w* (?:me|mij|haar|hem)|slapen|neuk|vrienden|aangeboden|stream|naar boven")
_DRUG_WORD = re.compile(_DRUG)
_REAL_SEX = re.compile(r"seks|sex|neuk|naar bed|slapen met|slaap met|pijp|escort|hoer|prostitu|webcam|verkracht|intiem|uitkle|uittrek|naakt|tippel|raam")


def _search(pattern, text: str) -> bool:
    """A non-empty match, as ``Doc.find`` counts them (some rules can match nothing)."""
    compiled = pattern.pattern if isinstance(pattern, Guarded) else pattern
    return any(m.end() > m.start() for m in compiled.finditer(text))


def _sexual_even_with_crime(doc, hit: Hit, drug_work: bool = False) -> bool:
    """Drug customers are 'klanten' too, and drug money is 'geld': with
    criminal work in the chat, those words count only away from drug talk."""
    quote = hit.quote.lower()
    if _STRONG_SEX.search(quote):
        return True
    if not _WEAK_SEX.search(quote):
        return True
    message = doc.lowered[hit.message]
    if re.search(r"klant|klaten|klnt", quote):
        if drug_work and not _REAL_SEX.search(message):
            return False  # 'daar bellen klanten op' in a drug runner's chat
        return not _DRUG_WORD.search(message) and "regelt de klanten" not in message
    return bool(_STRONG_SEX.search(message)) and not _DRUG_WORD.search(message)

# Reasons a chat is not about trafficking (cases funnel).
BEELDEN = rx(r"naaktfoto\w*|naakt foto\w*|nudes?|nudez|naaktbeelden|naakt|foto'?s|fotos|filmpjes?|video'?s|beelden|pics")
GELD = rx(r"geld|euro|\d+ ?(?:euro|eur|€)|€ ?\d+|betalen|betaald|afpers\w*|perst|chanteert|chantage|dreigt|verspreiden|sturen")
SEKSUEEL_GEWELD = rx(
    r"misbruik\w*|verkracht\w*|aangerand|aanranding|betast\w*|dingen (?:[\w']+ ){0,3}?gedaan|dwingt (?:me|mij|haar|hem) (?:[\w']+ )?(?:tot )?(?:seks|sex)",
    r"(?:seks|sex) (?:[\w']+ ){0,3}?(?:tegen mijn wil|tegen haar wil|terwijl ik nee)|ongewenst\w*|grensoverschrijdend\w*|zit aan (?:me|mij|haar)",
)
FINANCIEEL = rx(r"schuld\w*|geld lenen|geleend|afpers\w*|perst|betalen|rekeningen|huur|geldproblemen|geld ?zorgen|euro|geld")


# Concepts rather than phrases: chatters describe sexual exploitation in endless
# word orders, but one message that names sex, money and someone who makes it
# happen is what a coder recognises ('mijn vader laat mannen bij mij komen voor geld').
SEX_WORD = rx(
    r"seks|sex|seksue\w*|sexue\w*|naar bed|bed in|slapen met|(?:slaap|slapen|slaapt|sliep|sliepen) (?:[\w']+ ){0,2}?met|neuk\w*|geneukt|(?<!de\s)pijp\w*|gepijpt|uittrek\w*|uit (?:moet |moest )?trekken|beffen|aftrekken|"
    r"intiem\w*|uitkleden|uitgekleed|dingen (?:doen|gedaan) met|aan (?:me|mij|haar|hem) (?:zitten|zaten|zit)|verkracht\w*|"
    r"mannen|kerels|klanten|ouwe mannen|oude mannen|vreemde mannen|escort\w*|hoer\w*|prostitu\w*|webcam\w*|cam|naar boven|"
    r"(?:mee|meegaan|meegaat|meeging|meegingen|mee moet|mee moest|mee moeten) (?:met|naar) (?:een |die |de |zijn |z'n |andere )?(?:vriend|vrienden|maat|maten|man|mannen|kerel|kennis|gasten)\w*|"
    r"met (?:een |die |de |zijn |z'n |zn |andere )?(?:vriend|vrienden|maat|maten|man|mannen|kerel|kennis|gasten|neef|neven)\w* (?:van hem |van haar |van hun )?(?:moet |moest |te )?(?:mee|naar boven|chillen|aardig|slapen|naar bed)|"
    r"aardig (?:zijn |moest zijn |moet zijn )?(?:voor|tegen) (?:een |die |zijn |z'n )?(?:vriend|vrienden|man|mannen|maat|maten)\w*|"
    r"(?:in|naar) (?:de|die|een|hun) (?:kamer|hotelkamer)|(?:in|naar) (?:zijn|een|die|de) (?:hotelkamer|slaapkamer)|clients?|window|brothel|sex work|prostitution",
)
SEX_WORD = guarded(SEX_WORD, "seks", "sex", "bed", "slap", "slaap", "sliep", "neuk", "pijp", "bef", "aftrek", "intiem", "uitklee", "uitgekleed",
                   "dingen", "zit", "zat", "verkracht", "mannen", "kerels", "klanten", "escort", "hoer", "prostitu", "cam", "boven", "mee", "vriend", "maat", "maten",
                   "kerel", "kennis", "gasten", "aardig", "kamer", "client", "window", "brothel")
MONEY_WORD = rx(
    r"geld|betalen|betaalt|betaald|betaalde|betaalden|euro|\d+ ?(?:euro|eur|e)|€ ?\d+|cash|poen|centen|verdien\w*|verko(?:op|opt|pen|cht)|verhuur\w*|"
    r"doekoe|doekie|doeko|flappen|pegels|knaken|"  # street words for money
    r"(?:krijgt|krijgen|kreeg|kregen|vangt|vangen) (?:hij|ze|zij) (?:er )?(?:iets|wat) voor|ervoor (?:krijgt|krijgen|kreeg|kregen)|tegen betaling|contant|money|paid|pay",
)
MONEY_WORD = guarded(MONEY_WORD, "geld", "betaal", "betal", "euro", "eur", "€", "cash", "poen", "centen", "verdien", "verko", "verhuur", "krijg", "kreeg",
                     "doek", "flappen", "pegels", "knaken",
                     "vang", "contant", "money", "paid", "pay", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0")
ANOTHER_MAKES_IT = re.compile(
    r"(?<!\w)(?:moet|moest|moeten|moesten|laat|liet|laten|lieten|dwingt|dwong|dwingen|gedwongen|verplicht|anders|stuurt|stuurde|"
    r"regelt|regelde|regelen|brengt|bracht|neemt|nam|verkoopt|verkocht|verhuurt|biedt|bood|aangeboden|van hem|voor hem|voor hun|voor ze|"
    r"aan hem|aan haar|aan hun|naar hem|krijgt hij|hij krijgt|ze krijgen|krijgen ze|houdt hij|hij houdt|zijn vrienden|zijn maten|"
    r"gaat naar|ging naar|gaan naar|krijgt een deel|haalt|haalde|ophalen|opgehaald|betaalt hem|betaalde hem|betalen hem|gaf hem|geven hem|"
    r"have to|has to|had to|must|forced?|all money|take it|to him)(?!\w)")


def _sex_for_money(doc, client: bool = False) -> list[Hit]:
    """Sex (or men visiting), money and someone who makes it happen, in one
    visitor message or two neighbouring ones. A client's chat is about a sex
    date already, so there money and a third party suffice."""
    money: dict[int, Hit] = {}
    for h in doc.find(MONEY_WORD):
        if h.asserted:
            money.setdefault(h.message, h)
    if not money:
        return []
    sex_words = [h for h in doc.find(SEX_WORD) if h.asserted]
    order = {m: i for i, m in enumerate(doc.indices)}
    near = lambda m: [doc.indices[j] for j in (order[m] - 1, order[m], order[m] + 1) if 0 <= j < len(doc.indices)]
    for h in sex_words:
        if re.match(r"klant|client", h.quote.lower()) and _DRUG_WORD.search(doc.lowered[h.message]):
            continue  # drug customers are 'klanten' too
        around = near(h.message)
        m = next((money[k] for k in around if k in money), None)
        if m is not None and any(ANOTHER_MAKES_IT.search(doc.lowered[k]) for k in around):
            return [h, m] if m is not h else [h]
    if client:
        for k, m in money.items():
            if ANOTHER_MAKES_IT.search(doc.lowered[k]) and not _DRUG_WORD.search(doc.lowered[k]):
                return [m]
    return []


def code_vorm(ctx: Context) -> tuple[Finding, Finding]:
    """(vorm_uitbuiting, criminele_activiteiten)."""
    doc = ctx.doc
    sex = [h for h in doc.find(SEKSUEEL) if h.asserted]
    from_concept = not sex
    if not sex:
        sex = _sex_for_money(doc, client=ctx.value("achtergrond_chatter") == "klant")
    if not sex:
        repay = [h for h in doc.find(REPAY) if h.asserted]
        third = [h for h in doc.find(THIRD_PARTY) if h.asserted] if repay else []
        if repay and third:
            sex = [repay[0], third[0]]
    activities: dict[str, list[Hit]] = {}
    for name, pattern in ACTIVITIES.items():
        hits = [h for h in doc.find(pattern) if h.asserted]  # type: ignore[arg-type]
        if hits:
            activities[name] = hits
    general = [h for h in doc.find(CRIMINEEL_ALGEMEEN) if not h.hypothetical]
    # What a counselor asks on and the visitor confirms ('Moet je nog stelen voor je vader?' — 'nee
    # sinds de politie niet'): the made-to crime and the sex with others, the reply as evidence.
    confirmed_sex = []
    for confirmed in doc.confirmed_questions() if not (sex or activities or general) else ():
        question, reply = confirmed.question, confirmed.reply
        hit = Hit(reply.message, reply.start, reply.end, reply.quote, False, False, False)
        if FORCED_CRIME.search(question) or FORCED_CRIME.search(confirmed.before):
            for name, pattern in ACTIVITIES.items():
                if _search(pattern, question):
                    activities.setdefault(name, []).append(hit)
                    general.append(hit)
        if _REAL_SEX.search(question) and _search(SEKSUEEL, question):
            confirmed_sex.append(hit)
    crime = [h for hits in activities.values() for h in hits] + general
    # Theft or assault alone, without being made to do it, is weak; drugs work is not.
    strong_crime = bool(general) or any(k not in ("diefstal", "mishandeling") for k in activities) or len(activities) >= 2 \
        or any(FORCED_CRIME.search(doc.lowered[h.message]) for k in ("diefstal", "mishandeling") for h in activities.get(k, ()))
    arbeid = [h for h in doc.find(ARBEID) if h.asserted]
    for answer in doc.answers(PAID_Q):
        if answer.polarity == "nee":
            e = answer.evidence
            arbeid.append(Hit(e.message, e.start, e.end, e.quote, False, False, False))
    if crime:
        # Drug customers are 'klanten' too: with crime, only sex itself counts.
        drug_work = "drugs_vervoeren_verhandelen" in activities or "drugs_bewaren" in activities
        sex = [h for h in sex if _sexual_even_with_crime(doc, h, drug_work)]
        if strong_crime and from_concept:
            # Men, money and 'moet' are all in a drug runner's chat too: the concept needs sex itself.
            sex = [h for h in sex if _REAL_SEX.search(doc.lowered[h.message])]
    # Theft, robbery and assault count as what the victim is made to do only with a sign of being
    # made to ('er is spul van me gejat', 'ik ben beroofd' happened to them), when other crime is listed.
    weak = [k for k in ("diefstal", "overval", "mishandeling") if k in activities and not any(
        FORCED_CRIME.search(doc.lowered[h.message]) and not VICTIM_OF_CRIME.search(doc.lowered[h.message]) for h in activities[k])]
    if len(weak) < len(activities):
        for k in weak:
            del activities[k]
    crim_list = sorted(activities)
    crim_ev = tuple(hits[0].evidence for hits in activities.values())
    if not sex and not crime:
        sex = confirmed_sex  # with crime, a drug runner's 'klanten' blur it: only the visitor's own words
    if sex and crime and strong_crime:
        vorm = from_hits("seksueel_en_crimineel", sex[:2] + crime[:2], 0.8)
    elif crime and strong_crime:
        vorm = from_hits("crimineel", crime, 0.8)
    elif arbeid and not any(_STRONG_SEX.search(h.quote.lower()) for h in sex) and not (sex and ctx.value("achtergrond_chatter") == "klant"):
        # 'de mensen betalen hem' after 'schoonmaken bij andere gezinnen' is paid labour, not sex.
        vorm = from_hits("arbeid", arbeid, 0.75)
    elif sex:
        vorm = from_hits("seksueel", sex, 0.85 if len(sex) > 1 else 0.75)
    else:
        judged = counselor_judgement(doc)
        if judged is not None:
            form, evidence = judged
            if form is None:
                form = "crimineel" if crime else "seksueel" if _SEX_HINT.search(doc.joined) else \
                    "crimineel" if _CRIME_HINT.search(doc.joined) else "arbeid" if arbeid or _WORK_HINT.search(doc.joined) else "seksueel"
            vorm = Finding(form, 0.7, (evidence,), source="chatmedewerker")
            if form == "crimineel" and activities:
                crim_list = sorted(activities)
                crim_ev = tuple(hits[0].evidence for hits in activities.values())
        else:
            vorm = _from_signals(ctx)
            if vorm is None:
                ctx.exclusion_reason = _reason(ctx)
                vorm = Finding("geen", 0.75, (), source="standaard")
    if vorm.value in ("crimineel", "seksueel_en_crimineel") and crim_list:
        crim = Finding(crim_list, 0.75, crim_ev)
    else:
        crim = Finding([], 0.8, (), source="standaard")
    return vorm, crim


# The counselor's expert judgement counts (codebook: "ook chats waarin de chatmedewerker op
# basis van expertise een sterk vermoeden van mensenhandel had"): 'wat je beschrijft noemen we
# uitbuiting', 'dat zijn signalen van criminele uitbuiting', 'dat klinkt als een loverboy'.
# Not a question ('of het om mensenhandel gaat?'), not negated ('dan is dit geen mensenhandel'),
# not a risk ('kan een begin zijn van'), not a textbook answer for a school project.
_TERM = re.compile(r"(?<!\w)(?:(?:seksuele |criminele |online |acute )?(?:uitbuit|uitgebuit)\w*|arbeidsuitbuit\w*|mensenhandel(?!aar)|loverboy\w*|pooier\w*|"
                   r"human trafficking|exploitation)(?!\w)")
_JUDGE = re.compile(
    r"^\W*(?:(?:dank (?:je|u)(?: wel)?|ok[eé]?|helaas|en)\W+)?(?:dat|dit|wat (?:je|jij|u) (?:hier )?(?:beschrijft|vertelt|meemaakt|ziet|schrijft|noemt)|"
    r"wat (?:hij|ze|zij) (?:nu )?(?:met (?:je|jou|u|haar|hem) )?doet)(?!\w)[^.!?]*?(?<!\w)(?:is|zijn|heet|noemen we|klinkt|klinken|past|passen|kan|kunnen|lijkt|lijken|wijst|wijzen)(?!\w)"
    r"|signalen|signaal|kenmerken|patroon|bekende manier|typisch|klinkt als|past bij|passen bij|wijzen op|wijst op|noemen we|heet (?:dat|het)|"
    r"het blijft|dan gaat het om|(?:grote|reële|serieuze|sterke) kans op|(?:de|die|deze|jouw|je|haar|zijn) (?=uitbuiting)|(?:,|:) (?:dat )?is (?:\w+ )?(?:uitbuiting|mensenhandel)|pleegt|slachtoffer(?:s)? (?:van|bent|is)|sprake van|gaat om|vermoedt|vermoeden")
_NOT_JUDGE = re.compile(r"(?<!\w)(?:geen|niet|nie|niks|nooit)(?!\w)|of het (?:om|over)|(?:een )?begin (?:zijn )?van|uitlopen op|voorkomen|^\W*er zijn (?!(?:duidelijke |sterke |veel )?signalen die (?:passen|wijzen|horen))|"
                        r"^\W*\"?(?:een )?(?:loverboy|uitbuiting|mensenhandel)\w*\"? (?:is|betekent)|dat laatste|lesmateriaal")
_TERM_NEEDLES = ("uitbuit", "mensenhandel", "loverboy", "pooier", "trafficking", "exploitation")
_DENIED = re.compile(r"(?<!\w)(?:geen|niet(?: als| op| om| over| echt| zozeer)?) (?:\w+ )?(?:sprake van )?(?:\w+ )?(?:uitbuit|mensenhandel|loverboy)")
# The counselor's later word that it sounds ordinary ('dan klinkt het als een gewone verliefdheid').
_REASSURED = re.compile(r"(?<!\w)(?:klinkt (?:het |dat )?(?:als )?(?:een )?(?:gewone|normale|gezonde)|gewone verliefdheid|geruststellend|"
                        r"geen reden (?:tot|om)|niet (?:direct |meteen )?(?:zorgelijk|verontrustend))")
_INFO_REQUEST = re.compile(r"werkstuk|spreekbeurt|presentatie|profielwerkstuk|(?:onderzoek|opdracht|verslag) (?:voor|van|op) (?:school|de opleiding|mijn opleiding)|scriptie")
_FORM_OF = (("crimineel", re.compile(r"crimine|drugs")), ("arbeid", re.compile(r"arbeid|werk")),
            ("seksueel", re.compile(r"seksue|loverboy|pooier|seks|sex|prostitu")))
# Drugs alone may be the means of control ('anders kreeg ze geen coke'): the crime hint is drug work.
_CRIME_HINT = re.compile(r"(?<!\w)(?:wiet|coke|hasj|drugs|hennep|plants|plantjes|toppen)(?!\w)|verkeerde (?:kringen|vrienden|pad)|pakketje|pakje|bolletje|(?<!\w)run|dealen|dealer|stelen|jatten|gestolen|bankpas|rekening|wapen|overval|inbre|"
                         r"(?:drugs|wiet|coke|spul) (?:[\w']+ ){0,3}?(?:vervoer|verko|bewar|breng|weg|lopen|verstop)")
_SEX_HINT = re.compile(r"hotel|mannen|kerels|seks|sex|klanten|escort|webcam|naakt|slapen met|naar bed|foto'?s|fotos|beelden|uittrek|uitkle|vriendinnen mee")
_WORK_HINT = re.compile(r"(?<!\w)(?:werk|werken|werkt|baas|loon|salaris|uur per dag|schoonmaken|kassen|fabriek|restaurant)(?!\w)")
# A sentence that names the form beside a bare 'uitbuiting' ('de Arbeidsinspectie kan signalen van uitbuiting onderzoeken').
_FORM_IN_SENTENCE = (("arbeid", re.compile(r"arbeid")), ("crimineel", re.compile(r"crimine|drugs")),
                     ("seksueel", re.compile(r"seksue|loverboy|prostitu|pooier")))
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def counselor_judgement(doc) -> tuple[str | None, Evidence] | None:
    """(form or None when the counselor does not name one, evidence) when the
    counselor's last word on it says this is exploitation."""
    if _INFO_REQUEST.search(doc.joined):
        return None
    last = None
    for i, role in enumerate(doc.roles):
        low = doc.lowered[i]
        if role != "counselor":
            continue
        if last is not None and _REASSURED.search(low):
            last = None  # the counselor's later word wins
        if not any(n in low for n in _TERM_NEEDLES):
            continue
        for m in _SENTENCE.finditer(low):
            sentence = m.group().strip()
            term = _TERM.search(sentence)
            if term is None or sentence.endswith("?"):
                continue
            before = sentence[: term.start()]
            if _DENIED.search(sentence) or _REASSURED.search(sentence):
                last = None  # 'dan is dit geen mensenhandel': the counselor's later word wins
                continue
            if _NOT_JUDGE.search(before):
                continue
            if not _JUDGE.search(sentence[: term.end()]):
                continue
            form = next((f for f, rx_ in _FORM_OF if rx_.search(term.group())), None) or \
                next((f for f, rx_ in _FORM_IN_SENTENCE if rx_.search(sentence)), None)
            text = doc.chat.messages[i].text
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            end = m.start() + len(m.group().rstrip())
            last = (form, Evidence(i, start, end, text[start:end]))
    return last


# Families of signals that together make a chat about exploitation (see signals.py).
SIGNALS_NEEDED = 3


def _from_signals(ctx: Context) -> Finding | None:
    doc = ctx.doc
    labour = labour_signals(doc)
    if len(labour) >= 3:  # the workplace and two more families
        return Finding("arbeid", 0.6, tuple(h.evidence for h in labour[:3]), source="signalen")
    hits, counselor = sexual_signals(doc)
    if len(hits) + (counselor is not None) >= SIGNALS_NEEDED:
        evidence = tuple(h.evidence for h in hits[:3]) + ((counselor,) if counselor else ())
        # The same signals (nights away, a car, two phones, money) mark a drug runner: a boy, or
        # crime words and no sex words, make it criminal exploitation.
        boy = ctx.victim_gender_hint is not None and ctx.victim_gender_hint[0] == "man"
        criminal = not _SEX_HINT.search(doc.joined) and (boy or _CRIME_HINT.search(doc.joined) is not None)
        return Finding("crimineel" if criminal else "seksueel", 0.6, evidence, source="signalen")
    return None


def _reason(ctx: Context) -> str:
    doc = ctx.doc
    images = [h for h in doc.find(BEELDEN) if not h.negated]
    if images and doc.find(GELD):
        return "sextortion zonder uitbuiting"
    if [h for h in doc.find(SEKSUEEL_GEWELD) if not h.negated]:
        return "ander seksueel geweld"
    if [h for h in doc.find(FINANCIEEL) if not h.negated]:
        return "financiële problemen"
    return "geen mensenhandel (overig)"
