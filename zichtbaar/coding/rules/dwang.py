"""dwangmiddelen: the means of coercion, each from its own lexicon.

A threat counts as `geweld` ('als ik nee zeg slaat hij me'), so conditional
clauses are not hypotheses; fears are ('ik ben bang dat hij foto's heeft').
Negated mentions ('hij slaat me niet hoor', 'er zijn geen filmpjes') do not
count. A counselor's question counts only through the visitor's answer.
"""

from __future__ import annotations

import re

from zichtbaar.coding.lexicon import alternation, typo_variants
from zichtbaar.coding.model import Evidence
from zichtbaar.coding.rules.base import Context
from zichtbaar.coding.text import YES, guarded, message_evidence, rx

def _words(*words: str) -> str:
    """An alternation of key words and their common chat typos."""
    out = set(words)
    for w in words:
        out |= typo_variants(w)
    return alternation(out)


GEWELD = rx(
    _words("geslagen", "gedreigd", "bedreigd", "bedreigt", "mishandeld", "mishandelt", "gewurgd", "geschopt",
           "uitgescholden", "gestompt"),
    r"tee?gn de muur|tgen de muur",
    r"scheldt|scheld|schold|uitschelden|(?:scheldt|schold) (?:me|mij|haar|hem) (?:[\w']+ )?uit|kleineert|kleineren|vernedert|vernederen",
    r"zegt (?:dat |da |dt )?(?:ik|k|ze|zij|hij) (?:[\w']+ ){0,2}?(?:niks|niets|niet) (?:ben|is|waard)",
    r"(?:me|mij|haar|hem) kapot (?:maakt|maken|slaat|slaan)|sigaret (?:[\w']+ ){0,4}?uit|verbrand\w*|brandwond\w*|"
    r"maakt (?:hij|ze) (?:me|mij|haar|hem) kapot|(?:hij|ze) maakt (?:me|mij|haar|hem) kapot",
    r"sla(?:at|an|ag)?|sloeg|sloegen|geslagen|slaat|schopt|schopte|geschopt|stompt|gestompt|duwt|duwde|geduwd|knijpt|gewurgd|wurgt|wurgde",
    r"tegen de (?:muur|grond|kast|deur)|bij (?:de|m'n|mn|mijn|haar|d'r|z'n) (?:keel|nek|haren|arm|armen)|aan (?:mijn|haar|m'n|mn) haren|in elkaar",
    r"blauw(?:e)? (?:oog|ogen|plek|plekken)|bloedneus|gebroken|wond\w*|kneuzing\w*|brandwond\w*",
    r"(?:weet|weten) (?:[\w']+ ){0,3}?te vinden|(?:maakt|maken) (?:me|mij|haar|hem) af|(?:me|mij|haar|hem) (?:[\w']+ )?af te maken",
    r"pijn (?:[\w']+ )?(?:doen|gedaan|doet)|doet (?:me|mij|haar|hem) pijn",
    r"(?:be|ge)?dreig\w*|iets aan(?:doen|doet|te doen|gedaan)|vermoorden|vermoord|afmaken|kapot ?maken|maakt (?:me|mij|haar|hem) kapot",
    r"mes(?:sen)?|pistool|wapen\w*|vuurwapen|gun|blaffer",
    r"(?:verkracht|verkrachten|neukt|pakt|dwingt) (?:me|mij|haar|hem) (?:[\w']+ )?(?:als|wanneer|om|zodra)|mishandel\w*|straffen|straft|gestraft|pakt (?:me|mij|haar) (?:hard )?(?:als|om)",
    r"geweld|agressief|gewelddadig|klappen|klap|blauwe plekken",
    # 'dan pakt ze de riem', 'hij gooit dingen', 'een fles naast mijn hoofd'
    r"(?:pakt|pakte|pakken|krijg|kreeg) (?:ze |hij |zij |ik )?(?:de |een |zijn |haar )?(?:riem|stok|broeksriem)|met (?:de|een|zijn|haar) (?:riem|stok|broeksriem)",
    r"(?:gooit|gooide|gooien|gooiden) (?:[\w']+ )?(?:met )?(?:dingen|spullen|een fles|flessen|een glas|een stoel|borden)|naast (?:mijn|m'n|mn|haar|zijn) hoofd",
    # Threats against the victim's family or home: 'ze weten waar wij wonen', 'dat zijn zusje iets overkomt'.
    r"(?:weet|weten|wist|wisten) waar (?:je|jij|wij|we|ik|ze|zij|jullie|mijn \w+|m'n \w+) (?:woon|woont|wonen|woonde|slaapt|zit)",
    # session 6: 'ze weten waar mn zusje op school zit', 'ze weten waar mijn zus yasmina werkt', 'hij doet mn broertje iets',
    # 'dat mijn moeder een ongelukje krijgt', 'dat ze me gaan vinden', 'anders ben ik dood'
    r"(?:weet|weten|wist|wisten) (?:precies |ook |heus )?waar (?:[\w'\[\]-]+ ){1,3}?(?:woon|woont|wonen|woonde|slaapt|zit|zitten|werkt|werken|op school)(?!\w)",
    r"(?:doet|doen|deed|aandoen) (?:[\w']+ )?(?:mijn|mn|m'n|je|jouw|haar|zijn|z'n|onze) (?:[\w'\[\]-]+ ){0,2}?iets(?!\w)|(?:wat|iets) (?:gaan |zullen )?aandoen",
    r"(?:een )?ongelukje (?:krijgt|krijgen|krijg|overkomt)|(?:gaan|komen|zullen|zal|gaat|komt) (?:me|mij|je|jou|haar|hem|ons) (?:[\w']+ )?(?:vinden|opzoeken|pakken|halen)(?!\w)|"
    r"(?:me|mij|je|jou|haar|hem|ons) (?:gaan|komen|zullen|zal) (?:[\w']+ )?(?:vinden|opzoeken)(?!\w)",
    r"(?:dan|anders) ben ik dood|ben ik (?:echt )?dood(?=\W*$)",
    r"iets (?:overkomt|overkomen|overkwam)|(?:breek|breekt|breken) (?:[\w']+ )?(?:je|jouw|mijn|haar|zijn) (?:benen|armen|nek|botten)",
    r"(?:hurt|kill|beat|hit) (?:me|you|her|him|mama|mom|my \w+)|(?:he|she) (?:hits|hit|beats|beat) (?:me|her)",
    r"(?:ze|hij|zij|die) (?:[\w']+ ){0,2}?(?:mijn|m'n|mn|je|jouw|haar|zijn|z'n|d'r) (?:[\w']+ )?(?:broertje|zusje|broer|zus|moeder|vader|ouders|familie|oma|kind|kinderen|hond) (?:[\w'\[\]-]+ ){0,2}?(?:pakken|pakt|grijpen|te grazen nemen|iets (?:aan)?doen|wat (?:aan)?doen)(?!\w)|"
    r"(?:iets|wat) (?:met|bij) (?:mijn|m'n|mn|je|jouw|haar|zijn|z'n|d'r) (?:[\w']+ )?\w+ (?:gebeurt|gebeuren|zal gebeuren|gaat gebeuren)|"
    r"in de fik|in brand (?:steekt|steken|zet)|dood (?:zou )?(?:maken|maakt)|doodmaken|(?:wat|iets) aan (?:zou )?(?:doen|doet)|neer(?:schiet|schieten|steken)|kapot (?:slaan|maken)",
)
_IMG = r"(?:(?:filmke|filmkes|fotoke|fotokes|vids|vid|video|opname)|naaktfoto\w*|nak?a?tfoto\w*|naakfoto\w*|nudes?|naakt foto\w*|nudes?|naakt\w*|foto'?s|fotos|foto|filmpjes?|video'?s|videos|beelden|opnames?|pics|sexfilmpje\w*|seksfilmpje\w*|dat filmpje|die foto'?s|content|clips?)(?:'s)?"
SEXTORTION = rx(
    rf"{_IMG} (?:[\w']+ ){{0,8}}?(?:versprei\w*|verstuur\w*|versturen|rondstu\w*|doorstu\w*|sturen|stuurt|zien|online zetten|online gooien|op internet|online|naar (?:mijn|haar|je|jou|m'n|mn|zijn|z'n|d'r) (?:ouders|vrienden|familie|school|moeder|vader|klas|mama|papa|ma|pa|broer|zus|man|vrouw|werk|baas|kinderen)|posten|delen|laten zien)",
    # 'hij stuurt video naar mijn mama (als ik weg ga)'
    rf"(?:stuurt|sturen|zet|zetten|verspreidt|post|deelt|gooit) (?:hij |ze |zij |ie )?(?:de |die |mijn |haar |het |dat |m'n |mn |d'r |een )?(?:oude |al mijn |al haar )?{_IMG} (?:[\w']+ ){{0,3}}?(?:naar|online|op|rond)",
    # 'dat hij de filmpjes nog heeft en … als ik naar de politie ga' (with a threat cue in the message)
    rf"{_IMG} (?:[\w']+ ){{0,2}}?nog (?:heeft|hebben|had|hadden)|(?:heeft|had|hebben) (?:hij|ze|zij|ie) (?:[\w']+ )?nog (?:[\w']+ )?{_IMG}"
    rf"|(?:heeft|had|hebben) (?:de |die |mijn |haar |m'n |mn )?{_IMG} nog",
    r"(?:chanteert|chanteren|chanteerde|gechanteerd) (?:me|mij|haar|hem|ons)|(?:me|mij|haar|hem) (?:[\w']+ )?(?:chanteert|chanteren|chanteerde)",
    r"chantage|sextortion|sexchantage|seksafpersing",
    rf"{_IMG} (?:[\w']+ ){{0,8}}?(?:dreigt|dreigde|dreigen|chanteert|chanteren|chanteerde|afperst|afpersen)",
    rf"(?:dreigt|dreigde|dreigden|dreigen|gedreigd) (?:[\w']+ ){{0,4}}?{_IMG}",
    rf"{_IMG} (?:[\w']+ ){{0,4}}?(?:tegen me|tegen mij|tegen haar) (?:gebruikt|gebruiken)",
    r"(?:gebruikt|gebruiken|gebruikte) (?:dat|die|het|ze|da|dit|t|'t|dt) (?:[\w']+ )?tegen (?:me|mij|haar|hem)",
    r"(?:het|ze|die|dat|t|'t) (?:[\w']+ )?op internet (?:komt|komen|zet|zetten|gooit)|(?:laat|laten) (?:[\w']+ ){0,3}?(?:de |die |mijn |haar )?(?:foto'?s|fotos|filmpjes?|beelden|video'?s) zien",
    r"(?:anders|dan) (?:stuurt|zet|gooit|laat|sturen|zetten|gooien|laten) (?:hij|ze|zij) (?:ze|die|het|dat|alles|mijn|haar|m'n|mn) (?:[\w']+ ){0,3}?(?:naar|op|online|zien)",
    r"(?:zet|zette|gooit) (?:[\w']+ ){0,2}?(?:het|ze|dat) op internet|komt (?:het |t )?op internet",
)
# Threats that point back at images mentioned elsewhere in the chat
# ('er is een filmpje van mij' … 'hij zegt dat mijn vader het krijgt als ik stop').
IMAGES_IN_CHAT = re.compile(rf"(?<!\w){_IMG}(?!\w)|gefilmd|gefotografeerd")
THREAT_TO_SHOW = rx(
    r"(?:die|ze|het|dat|alles) (?:[\w']+ )?(?:naar|aan) (?:iedereen|haar ouders|mijn ouders|zijn ouders|school|de klas|mijn klas|haar klas|zijn vrienden|haar vrienden|mijn vrienden) (?:stuurt|sturen|doorstuurt|laat zien|verspreidt|zet|zal sturen|gaat sturen)",
    r"(?:stuurt|zet|gooit|laat|verspreidt|post|deelt|sturen|zetten|gooien|laten|verspreiden|posten|delen) (?:hij|ze|zij) (?:ze|die|het|dat|da|alles|mijn|haar|m'n|mn|de) (?:[\w']+ ){0,3}?(?:naar|op|online|zien|rond|door)",
    r"(?:hij|ze|zij) (?:[\w']+ ){0,3}?(?:ging|gaat|zou|zal|gaan|zouden) (?:[\w']+ ){0,2}?(?:posten|verspreiden|delen|online zetten|rondsturen|doorsturen|op internet zetten|laten zien)",
    r"(?:zegt|dreigt|zei) (?:dat |da |dt )?(?:mijn|m'n|mn|haar|iedereen|de hele|heel)(?: [\w']+)? (?:het|ze|die|dat|t) (?:te zien )?(?:krijgt|krijgen|ziet|zien|krijgen te zien)",
    r"(?:gefilmd|gefotografeerd|opgenomen|gemaakt) (?:[\w']+ ){0,6}?(?:dreigt|dreigde|chanteert|chanteerde) (?:daarmee|ermee|met)",
    r"(?:dreigt|dreigde) (?:daarmee|ermee)",
    # 'dan dreigde hij ze te sturen'
    r"(?:dreigt|dreigde|dreigden|dreigen|gedreigd) (?:hij |ze |zij |ie )?(?:[\w']+ ){0,7}?(?:te )?(?:sturen|versturen|verspreiden|posten|delen|doorsturen|rondsturen|online (?:te )?zetten|op internet (?:te )?zetten|laten zien)",
    # session 6 (only when images come up in the chat): 'dat ie ze naar iedereen van mijn school stuurt',
    # 'alles naar mn ouders stuurt', 'het in de snap groep zet', 'anders post hij hem overal', 'naar mn ouders gaat met fotos'
    r"(?:ze|die|het|dat|alles|hem|oude \w+) (?:[\w']+ ){0,2}?(?:naar|aan) (?:[\w'\[\]-]+ ){0,5}?(?:stuurt|sturen|doorstuurt|verspreidt|stuurde|zal sturen|gaat sturen|laat zien)(?!\w)",
    r"(?:hij|ze|zij|ie) (?:die|ze|het|dat|hem|alles) (?:[\w']+ ){0,2}?(?:in|op) (?:de |het |een |zijn |haar )?(?:[\w']+ )?(?:\w*groep\w*|story|site|insta|snap|internet) (?:[\w']+ )?(?:zet|zetten|post|gooit|deelt)(?!\w)",
    r"(?:post|zet|gooit|deelt|verspreidt) (?:hij|ze|zij|ie) (?:hem|ze|die|het|alles) (?:[\w']+ )?(?:overal|online|rond)",
    r"naar (?:mijn|mn|m'n|haar|zijn|je) (?:ouders|moeder|vader|familie|school) (?:[\w']+ )?(?:gaat|gaan|komt|komen|stapt) met (?:de |die |mijn |haar |al )?(?:foto'?s|fotos|filmpjes|video'?s|beelden|opnames)",
    # Verb last in a Dutch subclause: 'dat hij die op snap zet als ik stop'.
    r"(?:hij|ze|zij) (?:die|ze|het|dat|da|mijn \w+|haar \w+|de \w+) (?:[\w']+ ){0,3}?(?:op|naar|online|rond|door) (?:[\w']+ ){0,3}?(?:zet|zetten|stuurt|sturen|gooit|post|deelt|verspreidt|zou zetten|gaat zetten)",
)
THREAT_CUE = re.compile(
    r"dreig|anders|andrs|als (?:ik|ze|k|je)|zegt (?:ie |hij |ze |zij )?(?:dat|da|dt)|zegt (?:ie|hij|ze|zij)\b|zei (?:ie|hij|ze|zij)\b"
    r"|chant|tenzij|zodra|tegen (?:me|mij|haar)|sextortion|chantage|afpers|wanneer (?:ik|ze)|stoppen|weg ga|weggaan"
    r"|(?:zal|gaat|zou) (?:[\w']+ ){0,4}?(?:sturen|versturen|verspreiden|posten|zetten)"
)
MIDDELEN = rx(
    r"(?:krijg|krijgt|kreeg|geeft|gaf|geven) (?:[\w']+ ){0,2}?(?:drugs|coke|pillen|wiet|alcohol|drank|xtc|speed|ghb|lsd|heroine|spul)(?! (?:vervoeren|verkopen|rondbrengen|verstoppen|bewaren))",
    r"(?:houdt|hou|houd) (?:me|mij|haar|hem) (?:[\w']+ )?(?:aan de|aan het|aan de drugs|aan de pillen|aan de drank|high|stoned|dronken)",
    r"aan de (?:pillen|drugs|drank|coke)",
    r"verslaafd\w*|verslaving|afhankelijk van (?:de )?(?:drugs|alcohol|drank|coke|pillen)",
    r"(?:maakt|maken|voert|voeren) (?:me|mij|haar|hem) (?:[\w']+ )?(?:dronken|high|stoned)|drogeert|gedrogeerd",
    r"(?:drugs|alcohol|drank|coke|pillen) (?:[\w']+ ){0,3}?(?:nodig|om het vol te houden|zodat ik|zodat ze)",
)
MIDDELEN = guarded(MIDDELEN, 'drug', 'coke', 'pil', 'wiet', 'alcohol', 'drank', 'xtc', 'speed', 'ghb', 'lsd', 'heroi', 'spul', 'aan de', 'verslaaf', 'verslaving', 'afhankelijk', 'dronken', 'high', 'stoned', 'drogeer', 'gedrogeerd')
LVB = rx(
    _words("verstandelijke", "verstandelijk"),
    r"(?:ik heb|heb|ze heeft|zij heeft|hij heeft|heeft) (?:een |n |'n )?(?:lichte? )?(?:[\w']+ )?beperk\w*",
    r"lvb|l\.v\.b|licht verstandelijk\w*|verstandelijk\w* beperk\w*|verstandelijk gehandicapt|verstandelijke handicap|"
    r"laag iq|iq van (?:\d\d)|zwakbegaafd|speciaal onderwijs|praktijkonderwijs|zml|mlk-school|mlk school"
)
LVB = guarded(LVB, 'beperk', 'verst', 'vers', 'lvb', 'l.v.b', 'verstand', 'iq', 'zwakbegaafd', 'onderwijs', 'zml', 'mlk')
INWONEND = rx(
    r"(?:op straat|eruit|buiten de deur|het huis uit|op de stoep)(?: \w+){0,3}? (?:zet|zetten|gooit|gooien|schopt|zette|gezet|moet|moeten)",
    r"(?:zet|zetten|gooit|gooien|schopt|zette) (?:me|mij|haar|hem) (?:[\w']+ ){0,2}?(?:op straat|eruit|het huis uit|buiten|op de stoep)",
    r"(?:woon|woont|slaap|slaapt|verblijf|verblijft|zit|zitten) (?:[\w']+ )?(?:bij hem|bij hen|bij hun|bij haar|in zijn huis|in zijn appartement) (?:[\w']+ ){0,6}?(?:als|anders|moet|dak|straat|eruit|weigeren|weiger|weigert|niet meedoe|nee zeg)",
    r"(?:geen|nergens) (?:ander )?(?:dak boven (?:m'n|mijn|haar) hoofd|slaapplek|plek om te slapen|plek om heen te gaan)",
    r"(?:mag|mogen) (?:ik|ze|zij) (?:[\w']+ )?(?:niet meer |alleen |nog )?bij (?:hem|haar|hen|hun) (?:[\w']+ )?(?:blijven )?(?:wonen|slapen)",
    r"(?:woon|woont|slaap|slaapt) (?:nu |al )?bij (?:hem|haar|hen|hun)(?: \w+){0,4} (?:als|anders|moet)",
    r"(?:woon|woont|slaap|slaapt) (?:nu |al )?bij (?:hem|haar|hen|hun) en (?:[\w']+ )?(?:moet|moeten) (?:[\w']+ )?(?:weg|eruit|vertrekken)",
    r"(?:nergens|niet) (?:anders |ergens anders )?(?:heen|naartoe)(?! \w+ (?:school|huis))",
    r"gooit (?:hij|ze) (?:me|mij|haar) (?:[\w']+ )?(?:het|'t|t) huis uit|(?:het|'t|t) huis uit (?:gooien|zetten)",
)
# Sent away from the home they share: 'kan ik mijn spullen pakken', 'op straat slapen'.
INWONEND_MORE = rx(
    r"op straat (?:kan |kunt |moet |mag )?(?:slapen|leven|wonen|staan)",
    r"(?:spullen|koffer|koffers|tas|tassen) (?:[\w']+ )?(?:kan|kunt|moet|mag) (?:pakken|inpakken)|(?:kan|kunt|mag|moet) (?:[\w']+ )?vertrekken|rot (?:je|maar) (?:maar )?op uit (?:mijn|zijn|m'n|haar) huis",
    # session 6: 'dan sta ik op straat', 'slaap maar op straat', 'naar de straat', 'dan mag ik eruit', 'kan ik oprotten',
    # 'moet ik weg uit de kamer', 'I can sleep on the street', 'you go out of the house', 'no house'
    r"(?:sta|staat|staan|slaap|slaapt|slapen|beland|belandt) (?:ik |ze |je |hij )?(?:maar |dan )?op (?:de )?straat|naar de straat|(?:slaap|slaapt|slapen) (?:je |ik |ze )?(?:maar )?buiten",
    r"(?:(?:mag|kan|moet|moest) (?:ik|ze|je|hij|k)|(?:ik|ze|je|hij|k) (?:mag|kan|moet|moest)) (?:[\w']+ )?(?:eruit|oprotten|het huis uit|weg uit (?:de|het|zijn|haar|mijn) (?:kamer|huis))",
    r"(?:sleep|sleeps|sleeping) (?:[\w']+ ){0,2}?(?:on|in) (?:the )?street|(?:go|put me|put us|throw me) (?:[\w']+ )?(?:out of the (?:house|room)|on the street)|(?:no|not) (?:house|bed|room) (?:anymore|for me)?|where (?:i|we) sleep",
)
INWONEND_MORE = guarded(INWONEND_MORE, 'straat', 'spullen', 'koffer', 'tas', 'vertrekken', 'rot ', 'buiten', 'eruit', 'oprotten', 'huis uit',
                        'weg uit', 'street', 'out of the', 'house', 'bed', 'room', 'sleep')
INWONEND = guarded(INWONEND, 'straat', 'eruit', 'buiten', 'huis uit', 'stoep', 'bij hem', 'bij hen', 'bij hun', 'bij haar', 'in zijn', 'dak', 'slaapplek', 'slapen', 'heen', 'wonen', 'huis')
LIVES_WITH = rx(r"(?:woon|woont|wonen|slaap|slaapt|slapen|verblijf|verblijft|logeer|logeert) (?:[\w']+ ){0,4}?(?:bij (?:hem|haar|hen|hun)|in (?:zijn|haar|hun|z'n|zn|d'r) (?:huis|appartement|flat|kamer|woning|pand))")
_OUT = re.compile(r"straat|eruit|weg moet|moet weg|moet ik weg|moet ze weg|dumpen|het huis uit|nergens (?:anders )?heen|geen dak|buiten (?:zetten|gezet|slapen)")
INWONEND_Q = re.compile(r"woon je bij (?:hem|haar|hen|hun)|woont ze bij (?:hem|haar)|slaap je bij|woon je (?:daar|in zijn)")
FINANCIEEL = rx(
    r"(?:kan|kon|kunnen) (?:ik|ze|hij|k|we|wij) (?:dus |zelf |ook )?(?:niet eens|niet|geen|niks|nauwelijks) (?:[\w']+ )?(?:eten|kleren|kleding|boodschappen) (?:[\w']+ )?(?:kopen|betalen|halen) zonder (?:hem|haar|hen|hun)|without (?:him|her|them) (?:we|i) (?:eat|have) nothing",
    r"(?:zonder|zonde) (?:hem|haar) (?:kan|kon|heb|heeft) (?:ik|ze|k) (?:niet eens|niks|niets|geen|niet) (?:[\w']+ )?(?:eten|kleren|kleding|geld|kopen|betalen)",
    r"(?:mijn|mn|m'n|haar|d'r) (?:salaris|loon|uitkering|geld|bankpas|pinpas|zakgeld) (?:heeft|houdt|pakt|beheert|neemt) (?:hij|ze)",
    r"(?:kan|kon) (?:ik|ze|k) (?:zelf )?(?:niks|niets|geen eten|geen kleren|niet eens eten) (?:[\w']+ )?(?:kopen|betalen)",
    r"geen (?:eigen )?geld|(?:hij|ze|zij) betaalt alles|betaalt (?:alles|mijn|haar|m'n) (?:[\w']+ )?(?:eten|kleren|kleding|huur|telefoon)|"
    r"(?:kan|kon|kunnen) (?:zelf )?(?:geen|niet) (?:[\w']+ )?(?:eten|kleren|kleding|boodschappen) (?:[\w']+ )?(?:kopen|betalen)|"
    r"(?:afhankelijk|afhankelijkk) van (?:hem|haar|zijn geld)|(?:zonder|zonde) (?:hem|haar) (?:heb|heeft|kan|kon) (?:ik|ze) (?:niks|niets|geen)|"
    r"(?:hij|ze) (?:houdt|beheert|pakt) (?:al )?(?:mijn|haar|m'n|d'r) (?:geld|bankpas|pinpas|uitkering|loon)"
)
FINANCIEEL = guarded(FINANCIEEL, 'geld', 'betaal', 'eten', 'kleren', 'kleding', 'boodschappen', 'afhankelijk', 'salaris', 'loon', 'uitkering', 'pas', 'kopen')
FINANCIEEL_Q = re.compile(r"(?:zelf|eigen) geld|geld om van te leven|kun je (?:zelf )?eten|voor eten|(?:kun|kan|kunt) (?:je|u|ze|jij) (?:[\w']+ ){0,3}?(?:eten|kleren|kleding|boodschappen)")
# A counselor's summary or closed question the visitor confirms ('Dus je oom houdt je paspoort?' — 'ja'):
# the confirmation makes the counselor's words the visitor's evidence.
SUMMARY = {
    "anders": re.compile(r"paspoort|id-kaart|identiteitsbewijs|papieren|opgesloten|sluit (?:hij|ze) je op|schulden|schuld (?:bij|aan|voor|terug)|terug ?betalen|terugverdienen|afbetalen"),
    "sextortion": re.compile(r"(?:beelden|foto'?s|filmpjes?|video'?s|naaktfoto'?s) (?:[\w']+ ){0,4}?(?:te )?(?:verspreiden|versturen|sturen|online|laten zien)|dreigt (?:[\w']+ ){0,4}?(?:beelden|foto|filmpje|video)"),
    "geweld": re.compile(r"(?:slaat|sloeg|geslagen|schopt|pijn doet|bedreigt|dreigt (?:je|jou|hij je) (?:iets|pijn|te slaan))"),
    "middelenafhankelijkheid": re.compile(r"(?:drugs|alcohol|drank|coke|pillen|wiet)(?! (?:vervoer|rondbreng|verkop|bewar|deal|wegbreng))"),
}
SUMMARY_CUE = re.compile(r"^\W*(?:dus|als ik (?:het|je) goed begrijp|klopt het|begrijp ik (?:het )?goed|je zegt|u zegt|bedoel je)|\?\s*$")
# 'Hoe oud is hij ongeveer?', 'Hoe oud is je vriend?', 'Hoe oud is Orlando?' (not the visitor, not a relative).
EXPLOITER_AGE_Q = re.compile(
    r"hoe oud (?:is|zijn|was|waren) (?:hij|die|de|ze|zij|(?:je|jouw) (?:vriend|vriendje|ex|baas|lover|loverboy|pooier)(?!in)|"
    r"(?!(?:je|jouw|jij|u|uw|jullie|haar|zijn|het|dat|dit|mama|papa|oma|opa)\b)[a-z\[][\w\-\]]+(?: ongeveer| eigenlijk| precies| dan)? ?\??$)(?! je)")
_ANY_AGE = re.compile(r"(?<![\w-])(\d\d)(?![\w-])|(?<!\w)volwassen(?!\w)")
ANDERS = rx(
    r"(?<!eigen\s)(?<!mijn\s)(?<!jouw\s)(?<!je\s)(?<!niet\s)(?<!me\s)(?<!mij\s)(?<!mn\s)(?<!m'n\s)(?<!zich\s)schuld(?!ig (?:voelen|voel))(?! (?:is|was|geven|gaf))\w*|moet (?:[\w']+ ){0,4}?terugverdienen|terug ?betalen|afbetalen|terugbetalen|afwerken|(?:ik|ze|zij) (?:hem|haar|hun) (?:[\w']+ )?(?:nog )?(?:geld|\d+ euro) (?:moet|schuldig)",
    r"opgesloten|opsluit\w*|sluit (?:me|mij|haar|hem) op|op slot|deur (?:[\w']+ ){0,3}?(?:dicht|op slot)|(?:niet|nie|ni) (?:alleen )?(?:weg|naar buiten|de deur uit)|mag (?:[\w']+ )?(?:niet|nie|ni) (?:alleen )?(?:weg|naar buiten|naar huis)|(?:(?:mag|mocht) (?:ik|ze|k)|(?:ik|ze|k) (?:mag|mocht)) (?:[\w']+ )?nergens (?:alleen |meer )?(?:heen|naartoe)",
    r"(?:paspoort|id-kaart|id kaart|idkaart|identiteitskaart|identiteitsbewijs|id|legitimatie|papieren|verblijfsvergunning|telefoon|mobiel) (?:[\w']+ ){0,2}?(?:afgepakt|afgenomen|ingenomen|kwijt|weggenomen|houdt|gehouden|heeft)",
    r"(?:pakt|pakte|nam|neemt|houdt|hield|heeft|had|hebben|hadden|beheert|beheren) (?:(?:ook|nog|steeds|al) ){0,3}(?:mijn|haar|zijn|z'n|zn|m'n|mn|d'r|ons|onze) (?:paspoort\w*|id-kaart|id kaart|identiteitskaart|papieren|id|legitimatie|verblijfsvergunning|bankpas|pinpas|bankkaart)",
    # A made-up debt with its amount: 'nu zegt ie me schuld is 3k', 'ik moet 2k terug', 'nog 800 wegwerken'.
    r"schuld\w* (?:[\w']+ ){0,3}?(?:van |is |was |nu |al |op )?(?:\d[\d.,]*(?: ?k| euro)?|duizend|honderd)(?!\w)",
    r"(?:\d[\d.,]*(?: ?k| euro)|duizend euro|\d{3,}) (?:[\w']+ ){0,2}?(?:terug|schuld|schuldig|afbetalen|wegwerken|terugbetalen)(?!\w)|wegwerken|weg te werken|terugwerken|terug te werken",
    # A parent's authority: 'papa zegt dat het mag want hij is mijn vader', 'omdat ik haar dochter ben'.
    r"(?:hij|zij|ze) is (?:mijn|m'n|mn|haar|zijn) (?:vader|moeder|papa|mama|pa|ma)\W+(?:[\w']+\W+){0,4}?(?:moet|mag|luister\w*|gehoorza\w*)",
    r"(?:omdat|want|dat) (?:ik|ze|zij|hij) (?:zijn|haar|hun|z'n|d'r) (?:dochter|zoon|kind) (?:ben|is)|verschuldigd",
    r"(?:dat|dit|alles|het) (?:[\w']+ )?(?:mag|mogen) bepalen|mag (?:[\w']+ )?bepalen (?:want|omdat)",
    r"(?:normaal|gewoon|zo hoort) (?:[\w']+ ){0,2}?(?:in (?:ons|onze|de) (?:gezin|familie|cultuur))|(?:ik|ze) moet (?:gewoon )?(?:luisteren|gehoorzamen) (?:want|omdat|naar)|dat (?:ik|ze) (?:moet|moeten) luisteren",
    r"(?:heeft|pakt|pakte|nam|houdt) (?:mijn|haar|m'n|mn|d'r) (?:telefoon|mobiel|gsm|bankpas|pinpas|pas|id|paspoort|papieren)(?: \w+){0,3} (?:af|afgepakt|weg|afgenomen|en geeft|zodat)",
    r"(?:geeft|geef) (?:het|ze|die|dat|m|hem) (?:[\w']+ )?(?:niet|ni|nie|nooit) (?:meer )?terug",
    r"ik ben (?:je|jouw|haar|zijn) (?:vader|moeder|oom|tante|baas)|(?:onze|de|mijn|haar|zijn) cultuur|(?:doet|doe|doen) wat ik zeg|(?:ik|ze|zij) (?:ben|is|was) van hem|(?:mocht|mag|mogen) (?:hij|zij|ze) bepalen|(?:mocht|mag) bepalen wat|"
    r"(?:has|have|had|took|take|takes|keep|keeps|kept) (?:[\w']+ )?(?:passports?|id cards?|id|documents|residence card|bank card)|(?:i|we) (?:still )?(?:owe|have (?:a )?debt)|debt (?:of|for)|"
    r"(?:mag|mogen) (?:dat|dit|alles) bepalen|(?:want|omdat) (?:hij|zij|ze) (?:is )?(?:mijn|haar) (?:vader|moeder|ouders?) (?:is|zijn)|het hoort zo in (?:onze|de) familie|voodoo|juju|eed|vloek",
)
GEWELD_Q = re.compile(r"geslagen|bedreigd|pijn|(?<!seksueel )geweld|slaat hij|dreigt hij(?! met (?:beelden|foto|filmpjes))|dreigt hij weleens")
SEXTORTION_Q = re.compile(r"(?:dreigt|dreigen) (?:hij |ze )?(?:[\w']+ )?met (?:beelden|foto|filmpjes|video|naakt)|foto'?s of filmpjes|beelden van (?:jou|je|haar) waarmee")
# Drugs given, then withheld: 'anders kreeg ze geen coke meer van hem' (the negation is the threat).
MIDDELEN_WITHDRAW = rx(
    r"(?:krijg|krijgt|kreeg|kreeg ze|kreeg ik|krijgen) (?:ik |ze |hij )?(?:geen|niks|niets) (?:[\w']+ )?(?:coke|drugs|wiet|pillen|spul|g|ghb|speed|xtc)? ?(?:meer )?(?:van (?:hem|haar|hen|hun))",
    r"(?:geen|niks|niets) (?:coke|drugs|wiet|pillen|spul|ghb|xtc) meer",
    r"(?:gaf|geeft|gaven|geven) (?:me|mij|haar|hem) (?:steeds |altijd |elke dag )?(?:g|ghb|molly|md|mdma|lachgas|ketamine|keta|crystal|tina|blow|joints?|snuif)(?!\w)",
    r"(?:kon|kan) (?:ik|ze|hij) (?:niet meer|niet) zonder(?! hem)(?!\w)",
)
MIDDELEN_Q = re.compile(r"drugs of alcohol|alcohol of drugs|drugs van|(?:krijg|gebruik) je drugs|drank van hem")

_OLD = rx(r"volwassen (?:man|vent|kerel|vrouw)|(?:veel|stuk|heel veel|echt veel) ouder|oude (?:man|vent|kerel)|(?:man|vent) van (?:in de )?(?:\d\d|dertig|veertig|vijftig|zestig)")
# Words before a name that make it someone other than the exploiter (a relative, the chatter, a pronoun).
_NOT_EXPLOITER = (r"(?!(?:zus|zusje|broer|broertje|moeder|vader|mama|papa|oma|opa|tante|oom|nicht|neef|vriendin|vriendinnetje|"
                  r"dochter|zoon|kind|baby|ik|zij|ze|jij|je|u|mentor|juf|meester|dat|het|wat|dit|er|hier|daar|die|hij|en|ben|was|nu)\b)")
_THEIR_AGE = rx(
    r"(?:hij|die|ze|de pleger|he|ie|'ij) (?:is|was) (?:toen |nu )?(?:al |pas |ongeveer |rond |zo'?n |zo |denk ik |echt |zeker |minstens |wel |begin |eind |midden |ergens rond |bijna )?(\d\d)(?: jaar| jr)?(?: oud)?",
    # "dylan is 21 trouwens", "[naam-1] is 24 of zo": a named exploiter (not a relative or the chatter)
    rf"(?:\[naam-\d+\]|(?<![\w']){_NOT_EXPLOITER}[a-z]{{3,}}) is (?:al |pas |ongeveer |bijna |rond |zo'?n |zo )?(\d\d)(?: jaar| jr)?(?: oud)?(?= trouwens| ofzo| of zo| denk ik| geloof ik|[.,!?]|$)",
    # "yassin, 24 jaar,", "mike, van 22 of 23", "hij heet dennis en is 30 of zo"
    rf"(?:\[naam-\d+\]|(?<![\w']){_NOT_EXPLOITER}[a-z]{{3,}}), (?:van )?(\d\d)(?: jaar| jr|,| of \d\d)",
    r"heet (?:\[naam-\d+\]|[\w']+) en is (?:al |pas |ongeveer |bijna |rond |zo'?n |zo )?(\d\d)(?!\w)",
    # Verb last: "en zegt dat hij 23 is", "ik denk dat ie 30 is"
    r"(?:dat|als|of) (?:hij|ie|die|'ij) (?:al |pas |ongeveer |bijna |zo'?n |zeker )?(\d\d) (?:jaar )?(?:is|was)(?!\w)",
    r"(?:ik|ze) (\d\d),? (?:en )?(?:hij|die|ie) (\d\d)",  # "ik 14 hij 18": both ages, the victim's first
    r"(?<![^\n])(\d\d) (?:jaar |jr )?(?:denk ik|ofzo|geloof ik) en (?:ik|ze) (?:ben|is)",
    r"(?:man|vent|gast|jongen|jongens|mannen|kerel|vriend|vriendje|lover|loverboy|pooier|baas)(?: [\w']+)?,? van (?:rond de |ongeveer |zo'?n |een jaar of |boven de |in de )?(\d\d)(?! (?:min|km|euro))",  # "een vriend van 23", "Mike, van 22"
    r"(?:vriend|vriendje|lover|loverboy|pooier|baas)(?: [\w']+)?,? (?:is|was) (?:al |pas |ongeveer )?(\d\d)",  # "haar vriend bilal is 25"
    r"(?:ze|zij|die|they) (?:zijn|waren|are) (?:al |ongeveer |rond |allemaal )?(\d\d)",  # "ze zijn 19"
    r"(?:ik|ze|zij) (?:was|ben|is) (\d\d),? (?:en )?(?:hij|die) (?:is |was )?(\d\d)",  # "ik was 15 en hij 22", "ik ben 17, hij 24"
)
# An age in words: "rond de twintig", "een jaar of dertig", "begin veertig".
_WORD_AGE = rx(r"(?:rond de|een jaar of|begin|eind|midden|in de|ergens in de|over de|boven de) (twintig|dertig|veertig|vijftig|zestig)(?:er)?")
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60}
_YOUNG = rx(r"(?:ik ben|ze is) (?:nog )?(?:zo|zo'n|heel|erg|best) jong|(?:ik ben|ze is) (?:nog )?minderjarig|nog een kind")


# The victim's refusal, whose 'niet' does not negate the threat after it.
REFUSAL = re.compile(r"(?<!\w)(?:niet|nie|ni|geen|nee)\W+(?:[\w']+\W+){0,2}?(?:meer\W+)?(?:wil|wilde|wou|wilden|meewerk\w*|meedoe\w*|mee ?wil\w*|doe|deed|ga|ging|kom|kwam|betaal\w*|luister\w*|gehoorzaam\w*|meega\w*|zeg|zei)(?!\w)[^.!?]*$")


def code_dwang(ctx: Context) -> tuple[list[str], float, tuple[Evidence, ...]]:
    doc = ctx.doc
    found: dict[str, list[Evidence]] = {}

    def add(name: str, evidence: Evidence) -> None:
        found.setdefault(name, []).append(evidence)

    def counts(hit, name: str = "") -> bool:
        if name == "anders" and hit.hypothetical is False and hit.negated and re.search(r"niet|nie\b|nergens|nooit", hit.quote.lower()):
            return True  # 'mag niet weg' carries its own negation
        if hit.negated and not hit.hypothetical and REFUSAL.search(doc.lowered[hit.message][max(0, hit.start - 40):hit.start]):
            return True  # 'toen ik zei dat ik niet meer wilde dreigde hij': the refusal is negated, not the threat
        return hit.asserted

    for name, pattern in (("geweld", GEWELD), ("sextortion", SEXTORTION), ("middelenafhankelijkheid", MIDDELEN),
                          ("lvb", LVB), ("inwonend", INWONEND), ("inwonend", INWONEND_MORE), ("financiele_afhankelijkheid", FINANCIEEL), ("anders", ANDERS)):
        for hit in doc.find(pattern):
            if not counts(hit, name):
                continue
            if name == "sextortion" and not THREAT_CUE.search(doc.lowered[hit.message]):
                continue  # 'hij zet foto's van me online' advertises; sextortion needs a threat
            add(name, hit.evidence)
    for hit in doc.find(MIDDELEN_WITHDRAW):
        if not hit.hypothetical:
            add("middelenafhankelijkheid", hit.evidence)
    if "anders" in found:
        # 'een jongen die geld schuldig was': someone else's debt is no means of control;
        # 'ik voel me zo schuldig' is guilt, not debt.
        kept = [e for e in found["anders"] if not (e.quote.lower().startswith("schuld") and re.search(
            r"(?:die|dat|wie) (?!ik |k |ze |zij |we |wij |mijn |me |mn |m'n |haar )(?:[\w']+ ){0,2}$|voel\w* (?:[\w']+ ){0,3}$",
            doc.lowered[e.message][max(0, e.start - 25):e.start]))]
        if kept:
            found["anders"] = kept
        else:
            del found["anders"]
    if IMAGES_IN_CHAT.search(doc.joined) or any(IMAGES_IN_CHAT.search(t) for t, r in zip(doc.lowered, doc.roles) if r == "counselor"):
        for hit in doc.find(THREAT_TO_SHOW):
            if counts(hit):  # 'als ik niet terug kom zet hij ze online'
                add("sextortion", hit.evidence)
    for hit in doc.find(LIVES_WITH):
        if hit.asserted and _OUT.search(doc.lowered[hit.message]):
            add("inwonend", hit.evidence)
    for i, role in enumerate(doc.roles):
        if role != "counselor" or not SUMMARY_CUE.search(doc.lowered[i].strip()):
            continue
        k = i + 1
        while k < len(doc.roles) and doc.roles[k] == "visitor" and not doc.lowered[k].strip():
            k += 1
        if k >= len(doc.roles) or doc.roles[k] != "visitor" or not YES.search(doc.lowered[k]):
            continue
        for name, pattern in SUMMARY.items():
            if pattern.search(doc.lowered[i]) and (name != "middelenafhankelijkheid" or "rol" in doc.lowered[i] or "krijg" in doc.lowered[i]):
                add(name, message_evidence(doc, k))
    for name, question, want in (("geweld", GEWELD_Q, "ja"), ("sextortion", SEXTORTION_Q, "ja"),
                                 ("middelenafhankelijkheid", MIDDELEN_Q, "ja"), ("inwonend", INWONEND_Q, "ja"),
                                 ("financiele_afhankelijkheid", FINANCIEEL_Q, "nee")):
        for answer in doc.answers(question):
            if answer.polarity == want:
                add(name, answer.evidence)
    # Sextortion wins over geweld when the only 'threat' is about images (a blow stays geweld).
    if "geweld" in found and "sextortion" in found:
        sx = {(e.message, e.start) for e in found["sextortion"]}
        rest = [e for e in found["geweld"] if not (any(m == e.message and abs(s - e.start) < 40 for m, s in sx)
                                                  and re.search(r"dreig|bedreig|chant", e.quote.lower()))]
        if rest:
            found["geweld"] = rest
        else:
            del found["geweld"]
    if ctx.value("pleger_relatie") != "familie":
        ev = _age_gap(ctx)
        if ev is not None:
            add("leeftijdsverschil", ev)
    values = sorted(found)
    evidence = tuple(e for name in values for e in found[name][:2])
    conf = 0.75 if values else 0.7
    return values, conf, evidence


def _age_gap(ctx: Context) -> Evidence | None:
    """Different life phases: an adult and a minor, not 17 and 19."""
    doc = ctx.doc
    victim = ctx.victim_age
    # 'ik ben een man van 52' is the chatter (a client, a parent), not an older exploiter.
    old = [h for h in doc.find(_OLD) if h.asserted and not re.search(
        r"(?:ik ben|ben ik|ikzelf ben|ik ben zelf) (?:een |n |zelf een )?$", doc.lowered[h.message][max(0, h.start - 20):h.start])]
    if victim is not None:
        # 'Hoe oud zijn die jongens?' — 'zij 21 en 22 ofzo' (the next replies before the counselor speaks again).
        for i, role in enumerate(doc.roles):
            if role != "counselor" or not EXPLOITER_AGE_Q.search(doc.lowered[i]):
                continue
            for k in range(i + 1, min(len(doc.roles), i + 4)):
                if doc.roles[k] == "counselor":
                    break
                for m in _ANY_AGE.finditer(doc.lowered[k]):
                    value = int(m.group(1)) if m.group(1) else 30
                    if value != victim and _phase(value) != _phase(victim) and abs(value - victim) >= 5 and value < 90:
                        text = doc.chat.messages[k].text
                        return Evidence(k, m.start(), m.end(), text[m.start():m.end()])
    young = [h for h in doc.find(_YOUNG) if h.asserted]
    for hit in doc.find(_THEIR_AGE) + doc.find(_WORD_AGE):
        if not hit.asserted:
            continue
        if re.search(r"(?:ik ben|ben|als|ikzelf ben) (?:een |n |zelf een )?$", doc.lowered[hit.message][max(0, hit.start - 20):hit.start]):
            continue  # 'ik ben een man van 24': the chatter, not the exploiter
        ages = [_TENS[g] if g in _TENS else int(g) for g in hit.groups if g]
        if not ages:
            continue
        value = ages[-1]
        own = ages[0] if len(ages) == 2 else victim  # 'ik was 15 en hij 22': the victim's age then, said with it
        if own is not None and own == value:
            continue  # that was the victim's own age
        if own is not None and _phase(value) != _phase(own) and abs(value - own) >= (4 if own < 18 else 5):
            return hit.evidence  # a child of 14 and a man of 18 live in other phases; 17 and 19 do not
        if own is None and young and value >= 21:
            return hit.evidence
    if old and ((victim is not None and victim < 25) or young or victim is None):
        return old[0].evidence
    return None


def _phase(age: int) -> int:
    return 0 if age < 12 else 1 if age < 18 else 2 if age < 25 else 3 if age < 50 else 4
