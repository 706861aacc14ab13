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
    r"gezinsvoogd|orthopedagoog|wijkagent|jeugdarts|schoolarts|gezinscoach|ambulant begeleider)",
    r"(?:mijn|een) cli[eë]?nte?n?",
    r"(?:ik ben|ik werk als|werkzaam als) (?:een |de )?(?:pedagogisch|groeps|jeugdzorg|ambulant|woon|zorg|sociaal)\s?(?:medewerker|medewerkster|begeleider|leider|werker|hulpverlener)",
    r"(?:ik ben|ik werk als|werkzaam als) (?:een |de )?(?:gedragswetenschapper|jeugdbeschermer|zorgco[oö]rdinator|vertrouwenspersoon|verpleegkundige|sociaal werker|wijkteam\w*|ambulant\w*|hulpverlener)",
    r"ik werk (?:op|in|bij) (?:een |de )?(?:gesloten |open )?(?:leefgroep|woongroep|instelling|jeugdzorginstelling|behandelgroep)",
    r"(?:mijn|een) clie?nte?",
    r"vanuit (?:mijn|ons) werk",
    r"kan ik (?:haar|hem|iemand|die|deze \w+) (?:naar jullie |hier )?(?:door)?verwijzen",
    r"(?:haar|hem|iemand) (?:naar jullie|naar fier) verwijzen",
    # 'ik ben schoolmaatschappelijk werker', 'ik begeleid een meisje van 17'
    r"ik ben (?:een |de |hier )?\w*maatschappelijk (?:werker|werkster)",
    r"ik begeleid (?:een|de|deze|twee|drie|een paar) (?:meisje|meid|jongen|jongere|jongeren|vrouw|man|cli[eë]nte?|leerling|meiden|jongens|moeder|gezin)",
)
# A job title by its ending: 'ik ben jongerenwerker', 'ik ben studieloopbaanbegeleider', 'ik ben huisarts'.
# (Separate and guarded: most chats have no 'ik ben', and speed matters, ≥ 500 chats/s.)
JOB_TITLE = guarded(rx(
    r"(?:ik ben|ik werk als|werkzaam als|wij zijn|we zijn) (?:een |de |hier )?(?!seks|sex)(?:\w*(?:werker|werkster|begeleider|begeleidster|hulpverlener|verpleegkundige|therapeut|consulent|coördinator|coordinator)|"
    r"\w*arts|wijkagent|agent|rechercheur|advocaat|casemanager|jeugdbeschermer|leerplichtambtenaar|psycholoog|pedagoog|orthopedagoog)(?!\w)",
    r"(?:mijn|een|de|onze) pati[eë]nte?n?|(?:een van|één van) (?:mijn|onze) (?:cli[eë]nten|pati[eë]nten|jongeren|pupillen)",
), "ik ben", "als", "zijn", "pati", "van mijn", "van onze")
KLANT = rx(
    r"ik (?:heb|had) (?:[\w']+ ){0,9}?(?:een |n )?(?:seks|sex|sexuele |seksuele )?(?:afspraak|afpraak|afsprak|afsrpaak|date) (?:gemaakt )?met (?:een|n|dat|die|haar|hem)",
    r"ik (?:heb|had) (?:[\w']+ ){0,4}?(?:via|op) (?:een |de )?(?:advertentie|sekssite|seksadvertentie|escortsite|site)\w* (?:\S+ ){0,5}?(?:afgesproken|afspraak|geboekt|betaald) (?:[\w']+ ){0,3}?(?:met )?(?:een|n|dat|die) (?:meisje|meid|vrouw|escort|jongen|dame)",
    r"ik (?:heb|had) (?:een )?(?:seks|sex) ?(?:date|afspraak)",
    r"ik (?:heb|had) (?:met )?(?:een|haar|dat|die) (?:meisje|meid|vrouw|escort|jongen|dame) (?:geboekt|afgesproken|betaald)",
    r"ik ben (?:[\w']+ ){0,2}?(?:bij|naar) (?:een|haar|die|dat) (?:escort|prostituee|hoer|meisje|dame|vrouw|jongen)(?: geweest| gegaan)",
    r"ik heb (?:voor seks|voor sex|haar|hem|een meisje) betaald",
    r"ik (?:heb|had) (?:een )?escort (?:geboekt|besteld)",
    r"als klant",
    r"ik was (?:de|een|haar) klant",
    r"ik (?:heb|had) (?:via|op) (?:een|de|die) (?:advertentie|site|sekssite|seksadvertentie)\w* (?:[\w']+ ){0,3}?(?:afgesproken|geboekt|contact)",
    # 'ik had een afspraak gemaakt via een advertentie', 'ik heb via een advertentie op internet een afspraak gemaakt'
    r"ik (?:heb|had) (?:[\w']+ ){0,3}?(?:afspraak|date) (?:gemaakt )?(?:via|op) (?:een |de )?(?:advertentie|site|sekssite|escortsite|seksadvertentie|datingsite)\w*",
    r"ik (?:heb|had) (?:[\w']+ ){0,2}?via (?:een |de )?(?:advertentie|sekssite|escortsite|seksadvertentie)\w* (?:[\w']+ ){0,3}?(?:een )?(?:afspraak|date) gemaakt",
)
KLANT = guarded(KLANT, 'afspraak', 'afpraak', 'afsprak', 'afsrpaak', 'date', 'geboekt', 'afgesproken', 'betaald', 'geweest', 'gegaan', 'klant', 'escort', 'advertentie', 'site')
# Asking for school or study, not about anyone's situation: 'ik doe een werkstuk over mensenhandel'.
INFO_REQUEST = guarded(rx(
    r"(?:ik doe|ik maak|ik schrijf|ik heb|we doen|we maken|wij doen|voor) (?:een |mijn |ons |onze )?(?:werkstuk|spreekbeurt|profielwerkstuk|presentatie|scriptie|verslag|pws)(?!\w)",
), "werkstuk", "spreekbeurt", "presentatie", "scriptie", "verslag", "pws")
PLEGER = rx(
    r"(?:ze|zij|hij|mijn vriendin|mijn vriend|mn vriendin|die meiden|die meisjes) werk(?:t|en) voor mij",
    r"(?:laat|liet) (?:ik|k) (?:[\w']+ ){0,9}?(?:voor mij|voor me) (?:lopen|werken|dealen|rijden|verkopen|rondbrengen)|(?:lopen|lopen ze|werken|dealen) (?:[\w']+ ){0,2}?voor mij(?!\w)",
    r"ik regel (?:de |haar |zijn |hun )?(?:klanten|afspraken)",
    r"ik laat (?:haar|hem|ze|mijn vriendin|meisjes) (?:werken|tippelen|seks|met)",
    r"ik verdien (?:geld )?(?:aan|met) (?:haar|hem|hun|die meisjes)",
    r"ik (?:heb|had) (?:haar|hem|meisjes|ze) (?:laten|voor mij laten) werken",
    r"ik ben (?:zelf )?(?:de |een )?(?:pooier|pimp|loverboy|souteneur)",
    r"ik (?:hou|houd) (?:het|haar) geld",
    r"ik (?:rij|rijd|breng|vervoer|reed|bracht) (?:[\w']+ ){0,5}?(?:meisjes|meiden|haar|ze) (?:[\w']+ )?naar (?:hotels|klanten|adressen|mannen|een hotel)",
    r"ik (?:heb|had) (?:haar|hem|ze|mijn vriendin) (?:laten|voor mij laten) (?:werken|tippelen)",
)
PLEGER = guarded(PLEGER, 'voor me', 'voor mij', 'klanten', 'afspraken', 'ik laat', 'verdien', 'laten werken', 'werken', 'pooier', 'pimp', 'loverboy', 'souteneur', 'geld')
BYSTANDER = rx(
    r"ik ben (?:een |de )?(?:taxichauffeur|taxi chauffeur|chauffeur|buschauffeur|hotelmedewerker|receptioniste?|barman|"
    r"barvrouw|portier|beveiliger|schoonmaker|schoonmaakster|bezorger|pakketbezorger|uber chauffeur|kapper|kapster|"
    r"caissi[eè]re|tankstation\w*|conducteur)",
    r"ik werk (?:als|in|bij) (?:een |de |het )?(?:taxi\w*|hotel|bar|kroeg|snackbar|restaurant|winkel|supermarkt|tankstation|"
    r"schoonmaak\w*|bezorg\w*)",
    r"ik zie (?:vaak|regelmatig|soms|elke week|steeds|telkens|af en toe) (?:een|dat|die|hetzelfde)",
    r"ik werk (?:[\w']+ ){0,3}?(?:op|aan|achter|in|bij) (?:de |het |een )?(?:receptie|balie|bar|kassa|nachtdienst|hotel|kroeg|club|disco|taxi\w*|tankstation|snackbar|restaurant|supermarkt|schoonmaak\w*)",
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
_CONCERN = (rf"(?:{MY}|een|de|die|dat|ons|onze) (?:(?:beste|kleine|jongste|lieve) )?"
            r"(vriendin|vriendinnetje|zus|zusje|dochter|dochtertje|zoon|zoontje|broertje|leerling|leerlinge|nichtje|kleindochter|kleinzoon|"
            r"klasgenote|klasgenoot|cli[eë]nte?|pupil)(?!\w)")
# Someone else is the subject of the chat.
THIRD_PARTY = rx(
    rf"(?:zorgen|zorgn|zorg|zorge|zrogen|bezorgd|ongerust)\w* (?:[\w']+ ){{0,2}}?(?:om|over|voor) {_REF}",
    rf"(?:vraag|vragen|verhaal|advies|hulp|info|informatie|raad|overleggen) (?:[\w']+ )?(?:over|voor|om) {_REF}",
    rf"(?:het|dit) gaat (?:om|over) {_REF}",
    rf"(?:ik )?(?:schrijf|chat|kom|typ|meld me|app|bel) (?:[\w']+ ){{0,2}}?(?:over|voor|namens|om) {_REF}",
    # A return about someone the chatter worries for ('ik heb eerder gechat over mn vriendin'); a victim
    # returns about the exploiter ('gechat over mn ex'), so only nouns for whom one worries.
    rf"(?:gechat|gepraat|gesproken|geschreven|(?<![^\n])(?:en )?) ?over {_CONCERN}",
    rf"(?<![^\n])(?:(?:hoi|hallo|hey|hi|hii|goedenavond|goedemiddag|goedemorgen),? )?{_REF} (?:zit|zat) (?:in iets|fout|in de problemen|ergens in)",
    rf"(?:namens|voor) {_REF} (?:[\w']+ )?(?:chat|chatten|vragen|hier)",
)
# Weaker: someone else is the subject, unless the same message goes on about 'me'.
THIRD_PARTY_SUBJECT = rx(
    rf"ik (?:denk|vermoed|geloof|weet|heb het idee|heb het gevoel) dat {_REF}",
    rf"(?:ik heb gezien|ik zag|ik merk|ik hoorde|ik heb gehoord) dat {_REF}",
    rf"(?<![^\n]){_REF} (?:wordt|word|werd) (?:[\w']+ ){{0,4}}?(?:gedwongen|verkocht|uitgebuit|misbruikt|gechanteerd|geronseld|verhandeld|ingezet|aangeboden|uitgeleend|afgeperst|bedreigd)",
    rf"(?<![^\n])(?:(?:hoi|hallo|hey|hi|goedenavond|goedemiddag|goedemorgen|dag),? )?{_REF} (?:moet|moest|werkt|zit|wordt|word|werd) (?:[\w']+ ){{0,7}}?(?:tippelen|tippelt|met mannen|met klanten|seks|sex|escort|drugs|dealen|in de prostitutie|voor (?:hem|een man|haar vriend|zijn vriend|jongens|mannen|gasten)|gedwongen|verkocht|uitgebuit|misbruikt|gechanteerd|geronseld|rondbrengen|wegbrengen|verkopen)",
)
# 'mijn vriendin heeft me verteld dat ...', 'mijn zus vertelde dat haar vriend ...' (only when nobody says 'me')
TOLD_ME = rx(
    rf"{_REF} (?:heeft|had) (?:me|mij|ons) (?:[\w']+ )?(?:verteld|gezegd|toevertrouwd|laten weten)",
    rf"{_REF} (?:vertelde|vertelt|zei|zegt|appte|appt) (?:me |mij |ons )?(?:[\w']+ )?(?:dat|dt|da)",
)
# 'een vriendin van mij wordt ...', 'een meisje uit mijn klas moet ...': someone the chatter knows.
FRIEND_OF_ME = rx(
    rf"(?:een|n|'n) (?:goede |beste |oude )?({NOUN}) van (?:mij|me|ons)(?!\w)",
)
# The chatter says who they are to the victim: 'ik ben de moeder van een meisje van 15', 'ik ben zijn grote zus'.
_ROLE_FAMILY = (r"moeder|vader|mama|papa|ouder|stiefmoeder|stiefvader|pleegmoeder|pleegvader|pleegouder|zus|zuster|broer|"
                r"oma|opa|tante|oom|nicht|neef|grootmoeder|grootvader|voogd")
_ROLE_SOCIAL = (r"vriendin|vriend|beste vriendin|beste vriend|buurvrouw|buurman|docent|docente|leraar|lerares|juf|meester|"
                r"mentor|trainer|trainster|coach|klasgenoot|klasgenote|collega|kennis|werkgever|baas|teamgenoot|huisgenoot|oppas|"
                r"\w+trainer|\w+trainster|\w+coach|\w+docent|\w+leraar|\w+lerares|\w+juf|bff|bestie|beste maatje")
ROLE = rx(
    rf"(?:ik ben|ik bn|k ben|kben|als bezorgde|ik als) (?:de |haar |zijn |z'n |zn |d'r |een |hun )?(?:grote |kleine |oudere |jongere |oudste |jongste |bezorgde )?({_ROLE_FAMILY})(?! van (?:een|n) (?:meisje|jongen|kind|vriendin|vriend)\w* die ik)(?: van (?:een |het |de |dat |die |mijn )?(?:\w+ ){{0,2}}?({NOUN}))?",
    rf"(?:ik ben|ik bn|ben|k ben|kben|ik werk als|als) (?:de |haar |zijn |z'n |zn |d'r |een )?(?:bezorgde |oude |goede |beste |vaste )?({_ROLE_SOCIAL})(?! van (?:mij|me))(?: van (?:een |het |de |dat |die )?(?:\w+ ){{0,2}}?({NOUN}))?(?!\w)",
)
ROLE_SOCIAL_WORDS = frozenset(_ROLE_SOCIAL.split("|"))
_SOCIAL_ROLE_WORD = re.compile(rf"(?:{_ROLE_SOCIAL})")
# Who teaches, trains or employs the victim says so without a title: 'ik geef danslessen en een van mijn
# leerlingen ...', 'er werkt een meisje van 16 bij mij'.
TEACHER_OR_EMPLOYER = rx(
    r"ik geef (?:[\w']+ ){0,2}?(?:\w*les|\w*lessen|\w*training|\w*trainingen|bijles)",
    r"(?:een van |één van )?(?:mijn|onze) (?:leerlingen|leerling|spelers|speler|pupillen|cursisten|medewerkers|medewerkster|werknemers|werknemer|personeel)(?!\w)",
    r"(?:er )?(?:werkt|werken) (?:[\w']+ ){1,4}?(?:bij mij|bij ons|voor mij|voor ons|in mijn zaak|in onze zaak)",
    r"ik (?:heb|run|beheer) (?:een|de) (?:cafetaria|snackbar|zaak|winkel|restaurant|bedrijf|kapsalon|bakkerij|supermarkt|manege)",
)
TEACHER_OR_EMPLOYER = guarded(TEACHER_OR_EMPLOYER, "ik geef", "leerling", "speler", "pupil", "cursist", "medewerk", "werknemer", "personeel",
                              "bij mij", "bij ons", "voor mij", "voor ons", "zaak", "ik heb een", "ik heb de", "ik run", "ik beheer")
# Parents, grandparents and foster parents speaking together: 'wij zijn pleegouders van een meisje van 16'.
WE_PARENTS = guarded(rx(r"(?:wij|we) zijn (?:de |haar |zijn |z'n |d'r )?(?:ouders|pleegouders|grootouders|opa en oma|gezinshuisouders|stiefouders)"),
                     "wij zijn", "we zijn")
# The chatter's own child, sibling or friend is the subject from the start: 'mijn dochter is 16 en ...',
# 'mn beste vriend yusuf zit fout', 'mijn broertje ryan (15) moet ...'. Only nouns for whom a chatter speaks
# (not 'mijn vader' or 'mijn vriend', who are often the exploiter a victim names).
_CARED = (r"dochter|dochtertje|zoon|zoontje|kind|kinderen|broertje|zusje|kleine broer|kleine zus|jongere broer|jongere zus|"
          r"nichtje|neefje|kleindochter|kleinzoon|pleegdochter|pleegzoon|stiefdochter|stiefzoon|bff|bestie|beste vriendin|beste vriend|"
          r"leerling|leerlinge|speler|pupil|cli[eë]nte?|pati[eë]nte?")
CARED_FOR = rx(rf"{MY} (?:eigen |lieve |jongste |oudste )?({_CARED})(?!\w)",
               r"(?:over|om) (?:een|de|die) (leerling|leerlinge|speler|pupil|cli[eë]nte?|pati[eë]nte?)(?!\w)")
CARED_FOR = guarded(CARED_FOR, "dochter", "zoon", "kind", "broer", "zus", "nicht", "neef", "klein", "pleeg", "stief", "bff", "bestie",
                    "beste vriend", "leerling", "speler", "pupil", "cli", "pati")
_CARED_GROUP = {"leerling": "sociale_omgeving", "leerlinge": "sociale_omgeving", "speler": "sociale_omgeving", "pupil": "sociale_omgeving",
                "bff": "sociale_omgeving", "bestie": "sociale_omgeving", "beste vriendin": "sociale_omgeving", "beste vriend": "sociale_omgeving"}
# The victim's own pain in the first person ('hij laat me', 'ik moet', 'ze verkopen mij').
FIRST_PERSON_VICTIM = rx(
    r"(?:laat|liet|laten|lieten|dwingt|dwong|dwingen|verkoopt|verkocht|verkopen|slaat|sloeg|chanteert|bedreigt|pakt|gebruikt|misbruikt|stuurt|stuurde|neemt|nam|brengt|bracht) (?:[\w']+ )?(?:me|mij)(?!\w)",
    r"(?:komt|kwam) (?:hij|ze|zij) (?:[\w']+ ){0,2}?(?:op|in|naar) (?:mijn|mn|m'n) (?:kamer|bed)|(?:doet|deed) (?:hij|ze|zij) (?:[\w']+ )?dingen (?:die|dat) (?:ik|k)",
    r"(?:ik|k) (?:ben|word|werd|wordt) (?:[\w']+ ){0,3}?(?:gedwongen|verkocht|uitgebuit|misbruikt|gechanteerd|bedreigd|geslagen|verhuurd|aangeboden)(?!\w)",
    r"(?:(?:ik|k) (?:moet|moest)|(?:moet|moest|werd|word) (?:ik|k)) (?:[\w']+ ){0,4}?(?:gedwongen|verkocht|uitgebuit|misbruikt|gechanteerd|met (?:ze|hem|mannen|klanten)|naar (?:boven|klanten|mannen|hotels?)|voor (?:hem|ze|hun)|seks|sex|dealen|drugs|naar bed|slapen|neuken|afspreken)",
    r"(?:me|mij) (?:[\w']+ ){0,2}?(?:verkocht|verkopen|aangeboden|uitgebuit|gedwongen|misbruikt|laten werken)",
    # verb last in a Dutch subclause: 'dat ik het voor hem moet doen', 'dat hij me met mannen laat slapen'
    # ('weet niet wat ik moet doen' is anyone's helplessness, not what is done to the chatter)
    r"(?<!wat\s)(?<!hoe\s)(?<!of\s)(?:ik|k) (?:(?!wat |hoe |of |wt |hoe ik )[\w']+ ){0,5}?(?:moet|moest|moeten) (?:doen|werken|verdienen|afspreken|slapen|mee|verkopen|brengen|dealen|geven|afgeven|inleveren)(?!\w)",
    r"(?:moet|moest) (?:ik|k) (?:[\w']+ ){0,3}?(?:weer|mee|aan hem|aan haar|aan hun|afgeven|afstaan|inleveren|met (?:mannen|klanten|ze|hem))(?!\w)",
    r"(?:hij|ze|zij) (?:me|mij) (?:[\w']+ ){0,4}?(?:laat|liet|dwingt|dwong|verkoopt|verkocht|stuurt|stuurde|rijdt|reed|brengt|bracht)(?!\w)",
    r"(?:rijdt|rijden|reed|brengt|bracht|brengen) (?:me|mij) (?:[\w']+ ){0,2}?(?:naar|heen|overal)",
    r"(?:die|hij|ze|zij|iemand) (?:me|mij) (?:[\w']+ ){0,3}?(?:chanteerde|chanteert|dwong|dwingt|bedreigde|bedreigt|liet|laat|verkocht|verkoopt)(?!\w)",
    r"(?:ik|k) (?:moet|moest) (?:[\w']+ ){0,3}?(?:voor hem|voor haar|voor ze|voor hun|pinnen|stelen|jatten|dealen|verkopen|rondbrengen|werken)(?!\w)",
    r"(?:bij|naar) (?:mij|me) (?:[\w']+ ){0,2}?(?:komen|kwamen|komt|kwam) (?:[\w']+ ){0,2}?(?:mannen|klanten|kerels)|(?:mannen|klanten|kerels) (?:[\w']+ ){0,3}?(?:bij|naar) (?:mij|me)(?!\w)",
)
# The same pain in the third person ('hij laat haar', 'ze moet met mannen').
THIRD_PERSON_VICTIM = rx(
    r"(?:hij|ze|zij|die) (?:laat|liet|laten|lieten|dwingt|dwong|dwingen|verkoopt|verkocht|verkopen|slaat|sloeg|chanteert|bedreigt|gebruikt|misbruikt|stuurt|stuurde) (?:[\w']+ )?(?:haar|hem|d'r)(?!\w)",
    r"(?:ze|zij|hij) (?:moet|moest|wordt|word|werd) (?:[\w']+ ){0,3}?(?:gedwongen|verkocht|uitgebuit|misbruikt|gechanteerd|met (?:ze|hem|mannen|klanten)|naar (?:boven|klanten|mannen|hotels?)|voor (?:hem|ze|hun)|seks|sex|dealen|drugs)",
    r"(?:haar|hem) (?:[\w']+ ){0,2}?(?:verkocht|verkopen|aangeboden|uitgebuit|gedwongen|misbruikt|laten werken)",
)
HEDGE = re.compile(r"(?:denk|geloof|vermoed|weet|hoop|vrees) (?:ik|k)(?!\w)|volgens mij|als ik het goed heb|zover ik weet")
# 'ik', 'me' after the phrase: the chatter is in the story ('uit mijn klas' is not).
FIRST_PERSON_SUBJECT = re.compile(r"(?<![\w'])(?:ik|k|me|mij|we|wij|mezelf)(?![\w'])")
FIRST_PERSON = re.compile(r"(?<![\w'])(?:ik|k|me|mij|mijn|mn|m'n|we|wij|ons|mezelf)(?![\w'])")
NOT_ME = rx(r"(?:niet|nie|ni|gaat niet|gaat nie) (?:over|om) (?:mij|mezelf|mijzelf|me)", r"voor iemand anders", r"over iemand anders",
           r"(?:ik wil|wil ik|ik kom|ik wou) (?:graag )?(?:iets |wat )?(?:melden|signaleren) (?:over|van|bij)")
OF_OTHER = re.compile(r"^\W*(?:\(?\w+\)? )?van (?:de|een|mijn|mn|m'n|onze) (?:buren|buurman|buurvrouw|vriendin|vriend|kennis|collega|klas|school|werk|straat|sportclub|club|overkant)")
SOCIAL_CONTEXT = rx(
    r"(?:meisje|meid|jongen|kind|vrouw) (?:uit|van|bij|in) (?:mijn|mn|m'n|de|onze|ons) (?:klas|school|buurt|straat|werk|sportclub|club|team|groep|vriendengroep|kerk|moskee|wijk|buren|opleiding|stage)",
)
GENDER_OF = {**{k: v[0] for k, v in FAMILY.items()}, **PARTNER, **SOCIAL,
             "meisje": "vrouw", "meid": "vrouw", "jongen": "man", "vrouw": "vrouw", "dame": "vrouw", "studente": "vrouw"}


def code_chatter(ctx: Context) -> Finding:
    doc = ctx.doc
    for pattern, value, conf in ((HULPVERLENER, "hulpverlener", 0.9), (JOB_TITLE, "hulpverlener", 0.85), (PLEGER, "pleger", 0.85), (KLANT, "klant", 0.85),
                                 (INFO_REQUEST, "anders", 0.8)):
        hits = [h for h in doc.find(pattern) if h.asserted]
        if hits:
            ctx.self_victim = False
            _victim_from_text(ctx)
            return from_hits(value, hits, conf)
    fp_victim = [h for h in doc.find(FIRST_PERSON_VICTIM) if h.asserted]
    tp_victim = [h for h in doc.find(THIRD_PERSON_VICTIM) if h.asserted]
    role = [h for h in doc.find(ROLE) if h.asserted]
    if role and (not fp_victim or tp_victim):
        found = _from_role(ctx, role[0])
        if found is not None:
            return found
    if not fp_victim:
        parents = [h for h in doc.find(WE_PARENTS) if h.asserted]
        if parents:
            ctx.self_victim = False
            _victim_from_text(ctx)
            return from_hits("familielid", parents, 0.8)
        teacher = [h for h in doc.find(TEACHER_OR_EMPLOYER) if h.asserted]
        if teacher:
            ctx.self_victim = False
            _victim_from_text(ctx)
            return from_hits("sociale_omgeving", teacher[:1], 0.7)
    third = [h for h in doc.find(THIRD_PARTY) if not h.negated]
    if not fp_victim:
        third += [h for h in doc.find(FRIEND_OF_ME) if not h.negated and not h.hypothetical]
        opening = set(doc.indices[:3])
        third += [h for h in doc.find(TOLD_ME) if not h.negated and not h.hypothetical and h.message in opening]
    if not fp_victim or tp_victim:  # 'ik denk dat mijn vriend een loverboy is' … 'ik moet met zijn vrienden': the victim
        third += [h for h in doc.find(THIRD_PARTY_SUBJECT)
                  if not h.negated and not FIRST_PERSON_SUBJECT.search(HEDGE.sub("", doc.lowered[h.message][h.end :]))]
    third.sort(key=lambda h: (h.message, h.start))
    if third and fp_victim and not tp_victim and _NOUNS.get(_CANON.get(next((g for g in third[0].groups if g), ""), next((g for g in third[0].groups if g), "")), "") == "partner":
        third = []  # 'een vraag over mijn ex' … 'moest ik voor hem': the victim names the exploiter
    if third and re.search(r"(?:gaat|gaan) (?:om|over)", third[0].quote.lower()) and ([h for h in doc.find(SELF_VICTIM) if h.asserted] or (fp_victim and not tp_victim)):
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
        if group in ("partner", "onbepaald") and re.match(r"(?:een|n|'n) ", hit.quote.lower()) and " van " in hit.quote.lower():
            group = "sociale_omgeving"  # 'een vriendin van mij': a friend, not a girlfriend
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
        found = _cared_for(ctx) or _named_other(ctx, not_me[0])
        if found is not None:
            return found
        ctx.self_victim = False
        _victim_from_text(ctx)
        return from_hits("anders", not_me, 0.5)
    if tp_victim and not fp_victim:
        # Nobody says 'me': the exploitation happens to someone the chatter names.
        ref = _first_person_ref(ctx, tp_victim)
        if ref is not None:
            return ref
    if not fp_victim:
        found = _cared_for(ctx)
        if found is not None:
            return found
    ctx.self_victim = True
    return Finding("slachtoffer", 0.85, (), source="standaard")


def _named_other(ctx: Context, not_me) -> Finding | None:
    """'het gaat niet om mij maar om mn vriendin': the person named right after."""
    doc = ctx.doc
    for hit in doc.find(_MY_REF):
        if (hit.message, hit.start) < (not_me.message, not_me.start) or hit.hypothetical:
            continue
        noun = next((g for g in hit.groups if g), "")
        noun = _CANON.get(noun, noun)
        group = _NOUNS.get(noun, "onbepaald")
        if group == "onbepaald":
            return None
        if group == "partner":
            group = "sociale_omgeving" if noun in ("vriend", "vriendin") else "partner"
        ctx.self_victim = False
        ctx.victim_noun_hit = hit
        gender = GENDER_OF.get(noun)
        if gender:
            ctx.victim_gender_hint = (gender, hit.evidence)
        return from_hits(_ROLE_VALUE[group], [not_me, hit], 0.7)
    return None


def _cared_for(ctx: Context) -> Finding | None:
    """'mijn dochter is 16 en heeft een vriend van 25', 'mn beste vriend zit fout': a chatter who
    opens about their own child, sibling, friend or pupil and never says what is done to them."""
    doc = ctx.doc
    opening = set(doc.indices[:3])
    hit = next((h for h in doc.find(CARED_FOR) if h.message in opening and not h.hypothetical), None)
    if hit is None:
        return None
    noun = next((g for g in hit.groups if g), "").lower()  # either alternative's group
    if noun.startswith(("cli", "pati")):
        value = "hulpverlener"
    else:
        value = {"sociale_omgeving": "sociale_omgeving"}.get(_CARED_GROUP.get(noun, ""), "familielid")
    ctx.self_victim = False
    ctx.victim_noun_hit = hit
    gender = GENDER_OF.get(_CANON.get(noun, noun)) or GENDER_OF.get(noun.split()[-1] if noun else "")
    if gender:
        ctx.victim_gender_hint = (gender, hit.evidence)
    return from_hits(value, [hit], 0.65)


_MY_REF = rx(rf"{MY} (?:(?:grote|kleine|jongste|oudste|beste|lieve|tiener|eigen|oudere|jongere) )?({NOUN})(?! (?:laat|liet|dwingt|dwong|verkoopt|verkocht|regelt|pakt|heeft (?:me|mij)))")
_ROLE_VALUE = {"familie": "familielid", "partner": "partner", "sociale_omgeving": "sociale_omgeving"}


def _first_person_ref(ctx: Context, tp_victim) -> Finding | None:
    """The first 'mijn X' in a chat whose exploitation is told in the third
    person, named in that message or the one before."""
    doc = ctx.doc
    order = {m: i for i, m in enumerate(doc.indices)}
    told = {order[h.message] for h in tp_victim}
    for hit in doc.find(_MY_REF):
        if hit.negated or hit.hypothetical or not (told & {order[hit.message], order[hit.message] + 1}):
            continue
        noun = next((g for g in hit.groups if g), "")
        noun = _CANON.get(noun, noun)
        group = _NOUNS.get(noun, "onbepaald")
        if group == "onbepaald":
            continue
        if group == "partner":
            group = _partner_or_friend(ctx, noun)
        ctx.self_victim = False
        ctx.victim_noun_hit = hit
        gender = GENDER_OF.get(noun)
        if gender:
            ctx.victim_gender_hint = (gender, hit.evidence)
        return from_hits(_ROLE_VALUE[group], [hit], 0.6)
    return None


def _from_role(ctx: Context, hit) -> Finding | None:
    """'ik ben de moeder van een meisje van 15', 'ik ben zijn zus', 'ik ben haar docent'."""
    groups = hit.groups + (None, None, None, None)
    role_word, victim_word = groups[0] or groups[2], groups[1] or groups[3]  # one pair per alternative
    if not role_word:
        return None
    quote = hit.quote.lower()
    if role_word in ("vriend", "vriendin") and re.search(r"(?:haar|zijn|z'n|zn|d'r) (?:vriend|vriendin)$", quote):
        value = "partner"
    elif role_word in ROLE_SOCIAL_WORDS or _SOCIAL_ROLE_WORD.fullmatch(role_word):
        value = "sociale_omgeving"
    else:
        value = "familielid"
    ctx.self_victim = False
    if victim_word:
        ctx.victim_noun_hit = hit
        gender = GENDER_OF.get(_CANON.get(victim_word, victim_word))
        if victim_word in ("meisje", "meid", "dochter", "dochtertje"):
            gender = "vrouw"
        if gender:
            ctx.victim_gender_hint = (gender, hit.evidence)
    elif (ref := next((h for h in ctx.doc.find(_MY_REF) if _NOUNS.get(_CANON.get(h.groups[0] or "", h.groups[0] or ""), "") == "familie"
                       and (h.message, h.start) > (hit.message, hit.start)), None)) is not None:
        ctx.victim_noun_hit = ref  # 'ik ben een moeder en ik maak me zorgen over mijn dochter van 14'
        gender = GENDER_OF.get(_CANON.get(ref.groups[0] or "", ref.groups[0] or ""))
        if gender:
            ctx.victim_gender_hint = (gender, ref.evidence)
    elif re.search(r"(?:^|\s)(?:zijn|z'n|zn)\s", quote):
        ctx.victim_gender_hint = ("man", hit.evidence)
    elif re.search(r"(?:^|\s)(?:haar|d'r)\s", quote):
        ctx.victim_gender_hint = ("vrouw", hit.evidence)
    return from_hits(value, [hit], 0.85)


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
