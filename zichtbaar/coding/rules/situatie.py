"""acuut_onveilig, first_disclosure, duur and duur_detail.

Past versus present decides `acuut_onveilig`: 'vanavond moet ik weer', 'ze is
nu weer bij hem', 'nog steeds' are now; 'het is gestopt', 'ik ben weg bij
hem', 'hij slaat me niet meer' are over. `duur` is how long the exploitation
itself lasts: 'al 3 jr', 'sinds mijn 12e', 'sinds vorige zomer', 'sinds de
brugklas' — not how long a relationship lasted or how long ago it ended.
"""

from __future__ import annotations

import re
from datetime import date

from zichtbaar.coding.model import Evidence, Finding
from zichtbaar.coding.numbers import (AGE_WORD, DETAIL_TO_DUUR, MONTHS, NUMBER, SCHOOL_AGE, SEASON_MONTH, UNIT, age,
                                      days, days_since_month, detail_class)
from zichtbaar.coding.rules.base import Context, from_answer, from_hits
from zichtbaar.coding.text import guarded, NEGATION, Hit, message_evidence, rx

ACUUT_JA = rx(
    r"nog+ (?:steeds|altijd|stees|stteds|steed|steeds+|stedes)|nogsteeds|nog stééds",
    # fresh sets: 'het speelt nu al ruim een half jaar', 'nu zegt ie de schuld is 4k', 'het wordt alleen maar erger'
    r"(?:loopt|speelt|gaat|duurt) (?:nu |dit |het )?al (?:[\w']+ ){0,3}?(?:jaar|maanden|maand|weken|week)",
    r"nu (?:zegt|wil|eist) (?:hij|ie|ze|zij)(?!\w)|(?:wordt|word) (?:alleen )?(?:maar )?erger|(?:stuurt|sturen) (?:me|mij) (?:elke dag|iedere dag|nog)",
    r"(?:zit|zitten|zat) (?:er |ik |ze |k )?(?:nog+ )?(?:midden ?in|middenin|in vast)",
    r"(?:vanavond|vannacht|straks|morgen|overmorgen|dit weekend|dit weekeinde|zaterdag|zondag|vrijdag|volgende week|zometeen|zo meteen|later vandaag) (?:[\w']+ ){0,3}?(?:moet|moeten|moest|komt|komen|gaat|ga|weer)",
    r"(?:moet|moeten) (?:ik|ze|k|zij|hij) (?:[\w']+ ){0,2}?weer",
    r"(?:er )?(?:komt|komen) (?:[\w']+ ){0,2}?weer (?:[\w']+ )?(?:klant|klanten|man|mannen)",
    r"(?:ik ben|ze is|zij is|k ben|ik zit|ze zit) (?:nu+ |op dit moment |nog+ |momenteel )?(?:weer |nog+ )?(?:bij hem|bij hen|bij hun|in dat huis)(?! weg)",
    r"(?:het )?(?:gebeurt|speelt|gaat|is) (?:[\w']+ )?(?:nu+ |op dit moment |momenteel )?nog+(?! (?:niet|nooit|een|iemand))",
    r"(?:elke|iedere) (?:dag|avond|nacht|week|weekend) (?:[\w']+ ){0,3}?(?:moet|moeten)",
    r"(?:ik ben|ze is|ik zit|ze zit|zit ik|zit ze|k zit) (?:[\w']+ )?(?:nu |nog )?(?:opgesloten|gevangen|vast)",
    r"hij (?:wacht|staat) (?:nu )?(?:buiten|beneden|voor de deur)",
    # 'gister nog', 'vorige week nog': it happened again just now.
    r"(?:gisteren|gister|gisteravond|gisternacht|vannacht|vanochtend|vanmorgen|vandaag|eergisteren|vorige week|afgelopen (?:week|weekend|nacht)|dit weekend) (?:nog|weer)(?! niet)(?!\w)",
    r"(?:nu|nou) (?:moet|moeten) (?:ik|ze|k|hij|zij)|(?:moet|moeten) (?:ik|ze|k|hij|zij) (?:[\w']+ ){0,2}?(?:elke|iedere) (?:dag|avond|nacht|week|weekend)",
    r"(?:ik werk|ze werkt|hij werkt|we werken|wij werken) (?:[\w']+ ){0,4}?(?:elke dag|iedere dag|\d+ uur per dag|dag en nacht)",
    r"(?:kan|mag|durf|durft) (?:ik|k|hij|ze|zij) (?:[\w']+ )?(?:niet|nie|ni) (?:meer )?(?:stoppen|weg|eruit|ophouden|nee zeggen)",
    r"(?:nu|nou) (?:[\w']+ ){0,3}?(?:moet|moeten|komen|komt|laat|laten|dwingt|dwingen|zeggen|zegt|sturen|stuurt|appen|appt|wil|wacht|wachten)(?!\w)",
    r"(?:wil|wilt|willen) (?:hij |ze |zij )?nu (?:dat|weer|nog)(?!\w)",
    r"(?:elke|iedere) (?:dag|avond|nacht|week|weekend) (?:[\w']+ ){0,3}?(?:komen|komt|moet|moeten)",
)
ACUUT_NEE = rx(
    r"(?:het |dat |t |'t )?(?:is|was) (?:nu |al |inmiddels |gelukkig )?(?:gestopt|voorbij|over|afgelopen|klaar)(?! met (?:de |het |zijn |haar |mijn )?(?:school|[\w-]*opleiding|studie|sport|voetbal|les))",
    r"(?:ik ben|ze is|zij is|k ben|ben ik|is ze) (?:[\w']+ ){0,3}?(?:bij|van) (?:hem|haar|hen|hun|daar|die \w+) weg(?!\w)",
    r"(?:het )?(?:gestopt|voorbij)(?! \w)",
    r"(?:ik ben|ze is|zij is|hij is|we zijn|k ben|ik zit|ze zit) (?:nu+ |inmiddels |al |gelukkig )?(?:[\w']+ ){0,3}?weg (?:bij|van) (?:hem|haar|hen|hun|daar)",
    r"(?:woon|woont|zit|zitten|slaap|slaapt) (?:nu+ |inmiddels |al )?(?:ergens anders|op een andere plek|bij (?:mijn|mn|m'n|haar) (?:ouders|moeder|vader|oma|tante))(?: \w+){0,3}? (?:en|waar) (?:hij|ze|zij) (?:weet|wet|kan) (?:niet|nie|ni|nit|me|haar)",
    r"(?:hij|ze) (?:weet|wet) (?:niet|nie|ni|nit) (?:meer )?waar (?:ik|ze) (?:ben|is|woon|woont)",
    r"(?:ik heb|ze heeft|heb|k heb) (?:het |t )?(?:uitgemaakt|contact verbroken|geen contact meer|hem geblokkeerd)",
    r"(?:ik ben|ze is|zij is|k ben|ben ik) (?:[\w']+ ){0,4}?(?:ontsnapt|gevlucht|nu veilig|in veiligheid|eruit gestapt|eruit gekomen|los van hem)(?!\w)",
    r"(?:ik ben|ze is|zij is|k ben) (?:(?!thuis|huis)[\w']+ ){0,4}?(?:weggelopen|weggegaan|vertrokken)(?! (?:van|bij) (?:huis|thuis|school|het pleeggezin|de groep))",
    r"geen contact meer|(?:hij|ze) (?:zit|zat) (?:nu )?vast|(?:nooit|niet) meer (?:gezien|gesproken)|(?:uit beeld|weg uit die situatie|weg uit dat huis)",
    r"(?:woon|woont|zit|zitten|verblijf|verblijft) (?:nu |inmiddels )?(?:in (?:de|een) )?(?:opvang|veilig huis|blijf van mijn lijf|pleeggezin|crisisopvang)",
    r"dat was (?:vroeger|toen|vorig jaar|jaren geleden|lang geleden)",
    r"hij (?:zit|zat) (?:nu )?(?:vast|in de gevangenis|in de bak|in de cel)",
    # session 6: 'het is uit', 'hij is opgepakt', 'I left in winter', 'nu komt er een rechtszaak'
    r"(?:het|t|'t) is (?:nu |al |inmiddels )?uit(?=\W*(?:$|\n|[.,!?]| en | maar | sinds ))",
    r"(?:is|zijn|werd|werden) (?:[\w']+ ){0,2}?(?:opgepakt|gearresteerd|veroordeeld)|(?:was|is|got) arrested|(?:komt|kwam|loopt|is) (?:er )?(?:nu )?(?:een |de )?(?:rechtszaak|zitting)|court case",
    r"(?:i|we) (?:left|escaped|ran away|went away|go away from|got out)",
    r"(?:gebeurt|gebeurd|moet|moeten|hoef|hoeft|doe|doet|doen|werk|werkt|zie|ziet|spreek|spreekt) (?:[\w']+ ){0,3}?(?:niet|nie|ni|nooit) meer",
)
ACUUT_Q = re.compile(r"(?:nu|op dit moment|momenteel|vandaag) nog|nog steeds|nog zo\b|nog gaande|nog aan de gang|nog bij hem|gebeurt (?:het|dit) nog|"
                     r"(?:moet|moeten|ga|gaat|werk|werkt|woon|woont|zit|ben|is|speelt|loopt) (?:je|jij|u|ze|hij|zij|het|dit|dat) (?:nu |op dit moment |momenteel )?nog(?!\w)|nog door\b")
ACUUT_Q_STOPPED = re.compile(r"is (?:het|dit) (?:nu )?(?:gestopt|voorbij)")
# 'ik ben nog steeds bang': feelings that last are not exploitation that lasts.
FEELING = re.compile(r"(?<!\w)(?:bang|boos|verdrietig|slecht|last|nachtmerries?|moe|in de war|schaam\w*|angst\w*|trauma\w*|wakker|huil\w*|denk|droom\w*|kwaad|bezig mee|aan denken)(?!\w)")
# Tense of the sentences that show the exploitation: present ('k moet dingen wegbrengen',
# 'ik werk elke dag') says it goes on, past ('ik moest', 'hij liet me') says nothing yet.
PRESENT = re.compile(r"(?<!\w)(?:moet|moeten|moete|laat|dwingt|werk|werkt|krijg|krijgt|houdt|pakt|stuurt|brengt|breng|regelt|verkoopt|appt|zit|gebruikt|slaapt|betaalt|komt|zegt|neemt|geeft|dreigt|slaat|haalt|rijdt|verdient|chanteert)(?!\w)")
ONGOING = re.compile(r"(?<!\w)(?:nu|elke|iedere|steeds|altijd|dagelijks|vanavond|morgen|inmiddels|op dit moment|momenteel|tegenwoordig)(?!\w)")
PAST = re.compile(r"(?<!\w)(?:ging|gingen|begon|begonnen|moest|moesten|liet|lieten|dwong|werkte|werkten|kreeg|kregen|hield|pakte|stuurde|bracht|regelde|verkocht|was|waren|had|deed|gedaan|vroeger|toen)(?!\w)")


# Words that place a story in the past ('vroeger', 'toen ik 15 was', 'twee jaar geleden').
PAST_MARKER = re.compile(r"(?<!\w)(?:vroeger|destijds|in die tijd|geleden|vorig jaar|jaren terug|in het verleden|die periode|heeft geduurd|duurde|toen ik (?:\d+|klein|jong|jonger) (?:was|ben)|tot ik \d+ was|tot mijn \d+)(?!\w)")
_EX = re.compile(r"(?<!\w)(?:ex|ex-?vriend\w*|exvriend\w*|mijn ex|toenmalige)(?!\w)")
_STARTED = re.compile(r"(?<!\w)(?:sinds|begon|begonnen|gestart|vanaf)(?!\w)")


def _from_tense(ctx: Context) -> Finding:
    """No one said whether it still goes on: the tense of the messages that
    tell the exploitation decides, as a coder reading the chat would ('hij
    laat me' is now; 'hij liet me', 'toen' is over)."""
    doc = ctx.doc
    vorm = ctx.found.get("vorm_uitbuiting")
    messages = sorted({e.message for e in vorm.evidence}) if vorm is not None else []
    if not messages:
        return Finding("onbekend", 0.7, (), source="geen_bewijs")
    present = past = 0
    markers = [m for m in doc.indices if PAST_MARKER.search(doc.lowered[m])
               and (not _STARTED.search(doc.lowered[m]) or re.search(r"(?<!\w)tot (?:ik|mijn|ze|haar) \d", doc.lowered[m]))]
    first_present = None
    for m in messages:
        text = doc.lowered[m]
        pr, pa = len(PRESENT.findall(text)), len(PAST.findall(text))
        present += pr
        past += pa
        if pr > pa and first_present is None:
            first_present = m
    if present > past and first_present is not None and not (markers and past > 0):
        return Finding("ja", 0.6, (message_evidence(doc, first_present),), source="afgeleid")
    if past > 0 and present == 0 and ctx.value("achtergrond_chatter") != "klant":
        ex = [m for m in messages if _EX.search(doc.lowered[m])]
        if markers or ex:
            return Finding("nee", 0.55, (message_evidence(doc, (markers or ex)[0]),), source="afgeleid")
        return Finding("onbekend", 0.6, (), source="geen_bewijs")  # told in the past tense, not said to be over
    # A chat about exploitation nearly always comes while it goes on (hand-coded chats by four
    # authors: 'onbekend' in 4 of 71 trafficking chats): without a sign that it is over, 'ja'.
    return Finding("ja", 0.55, (message_evidence(doc, messages[0]),), source="standaard")


CONDITION = re.compile(r"(?<!\w)(?:als|wanneer|zodra|stel)(?!\w)[^.!?]*$")
# After it ended the exploiter often keeps messaging, claiming a debt, looking for the victim:
# 'hij stuurt me nog steeds berichten', 'he say I still owe 1500'. That is no exploitation going on.
AFTERMATH = re.compile(r"bericht\w*|(?<!\w)(?:appt|appen|apps|app|whatsapp|voice ?\w*|belt|bellen|gebeld|called|calls|send|sends|sending|snaps|dm'?s|"
                       r"schuld\w*|owe|afbetalen|terugbetalen|langs|zoekt|zoeken|looking for|find me|foto'?s van toen|filmpjes van toen|account\w*|nummer\w*|"
                       r"staan (?:nog )?online|online (?:staan|zet))(?!\w)")


def code_acuut(ctx: Context) -> Finding:
    doc = ctx.doc
    events: list[tuple[int, int, str, Evidence]] = []
    aftermath: list[tuple[int, int, str, Evidence]] = []
    for hit in doc.find(ACUUT_JA):
        if hit.hypothetical:
            continue
        if hit.negated:
            continue
        clause = doc.clause_text(hit)
        if "nog" in hit.quote.lower() and FEELING.search(clause):
            continue
        sentence = re.split(r"[.!?\n]", doc.lowered[hit.message][hit.start:], maxsplit=1)[0]
        (aftermath if AFTERMATH.search(sentence) else events).append((hit.message, hit.start, "ja", hit.evidence))
    for hit in doc.find(ACUUT_NEE):
        if hit.hypothetical or (hit.negated and not NEGATION.search(hit.quote.lower())):
            continue
        if CONDITION.search(doc.lowered[hit.message][max(0, hit.start - 40):hit.start]):
            continue  # 'als ik zeg dat ik het niet meer doe': a condition, not the end
        events.append((hit.message, hit.start, "nee", hit.evidence))
    for answer in doc.answers(ACUUT_Q):
        if answer.polarity:
            events.append((answer.evidence.message, 0, answer.polarity, answer.evidence))
    for answer in doc.answers(ACUUT_Q_STOPPED):
        if answer.polarity:
            flipped = "nee" if answer.polarity == "ja" else "ja"
            events.append((answer.evidence.message, 0, flipped, answer.evidence))
    if not any(e[2] == "nee" for e in events):
        events += aftermath  # contact that goes on counts while nothing says the exploitation ended
    if not events:
        return _from_tense(ctx)
    events.sort(key=lambda e: (e[0], e[1]))
    values = {e[2] for e in events}
    last = events[-1][2]
    chosen = [e[3] for e in events if e[2] == last]
    conf = 0.85 if len(values) == 1 else 0.6
    return Finding(last, conf, tuple(chosen[-2:]))


# -- first disclosure ------------------------------------------------------
_WHO = r"(?:[\w']+ )?(?:moeder|vader|mama|papa|mam|pap|ouders|zus|zusje|broer|vriendin|vriend|vriendinnen|vrienden|mentor|docent|juf|leraar|lerares|huisarts|dokter|politie|agent|hulpverlener|begeleider|ex|oma|opa|tante|oom|school|psycholoog|therapeut|jeugdzorg|wijkagent|vertrouwenspersoon|zorgcoördinator|zorgcoordinator|coach|collega|nicht|neef|pleegouders|voogd|schoolmaatschappelijk werker)"
DISCLOSED = rx(
    # Someone the visitor names knows: 'mn zusje fleur weet het wel', 'alleen jente weet het een beetje', 'she knows everything'.
    r"(?:mijn|mn|m'n|alleen|ook|haar|d'r) (?:[\w']+ ){0,4}?(?:weet|weten|wist|wisten) (?:het|ervan|er van|dit|dat|alles|iets|een beetje|er ?iets van)(?! niet| nie| ni| niks| nog niet)",
    # session 6: 'ik heb hier vorig jaar ook gechat', 'ik heb t half verteld', 'mn vriendin zegt dat ze hem gaat aangeven'
    r"(?:ik heb|heb|k heb|kheb) (?:hier|bij jullie|op deze chat) (?:[\w']+ ){0,4}?(?:gechat|gesproken|gepraat)(?!\w)",
    r"(?:ik heb|heb ik|had ik|k heb|kheb) (?:het |t |'t |dit |dat )?(?:half|alles|een deel|deels|een beetje|wel) (?:[\w']+ )?(?:verteld|gezegd|opgebiecht)(?!\w)",
    r"(?:mijn|mn|m'n) (?:[\w']+ ){0,3}?(?:zegt|zei|vindt|vond) (?:dat )?(?:ik|ze|zij|we|hij) (?:[\w']+ ){0,4}?(?:politie|aangifte|aangeven|melden|melding)(?!\w)",
    r"(?:she|he|they|my \w+) (?:knows|know|knew) (?:everything|about it|it)",
    r"(?:ik|k) heb (?:het |dit |dat )?(?:haar|hem|hun|mijn [\w']+|mn [\w']+) (?:een beetje|al|wel|alles|ook) (?:[\w']+ )?(?:verteld|gezegd)",
    # A friend sent them here: 'mn vriendin shanice zei dat ik jullie moest appen'.
    r"(?:mijn|mn|m'n) (?:[\w']+ ){0,2}?(?:zei|zegt|zeiden|vond) (?:dat )?(?:ik|k) (?:jullie|hier|deze chat|dit nummer|jou) (?:[\w']+ )?(?:moest|moet|kon|kan|zou)",
    r"(?:is|zijn) de enigen? die (?:het|dit|ervan|er iets van|alles) (?:weet|weten)|(?:heeft|had|hebben) (?:het|dit|alles) (?:ontdekt|gezien|gemerkt|gevonden)|(?:kwam|kwamen) (?:[\w']+ )?erachter|erachter gekomen",
    r"(?:ik was|ik ben|ik heb|heb ik|ben ik) (?:hier )?(?:al )?(?:eens |vaker |eerder |een keer |ooit )+(?:hier |op deze chat |bij jullie )?(?:geweest|gechat|gesproken)",
    # any listener: 'ik heb het die dag toch aan mijn moeder verteld', 'bij de reclassering heb ik het wel verteld'
    r"(?:ik heb|heb|k heb|kheb|ik had|heb ik|had ik) (?:het|dit|t|'t|dat|er|alles|wel|een keer|ooit|1x|één keer) (?:[\w']+ ){0,4}?(?:aan|tegen|met|bij) (?:[\w'-]+ ){1,3}?(?:verteld|gezegd|gepraat|besproken|over gehad|gemeld)(?!\w)",
    r"(?:heb ik|had ik) (?:het|dit|t|'t|dat) (?:[\w']+ ){0,2}?(?:verteld|gezegd|gemeld|besproken)(?!\w)",
    r"(?:weet|weten) (?:het|t|'t|ervan|dit) (?:nu |ook |inmiddels |al )+(?:allemaal|alles|wel)?",
    r"(?:i|I) (?:told|have told) (?:my|the|a) \w+|(?:my|the) \w+ knows?",
    rf"(?:ik heb|heb|k heb|kheb|ik had) (?:het|dit|t|'t|dat|er|alles|wel|een keer|ooit) (?:[\w']+ ){{0,2}}?(?:aan|tegen|met|bij) (?:mijn|mn|m'n|een|de|het|me|mijne|d'r|haar) {_WHO} (?:[\w']+ ){{0,2}}?(?:verteld|gezegd|gepraat|besproken|over gehad|gemeld)",
    rf"(?:ik heb|heb|k heb) (?:het )?(?:[\w']+ ){{0,2}}?(?:verteld|gezegd) (?:aan|tegen) (?:mijn|mn|m'n|een|de) {_WHO}",
    rf"(?:mijn|de|een|m'n|mn|haar) {_WHO} (?:[\w']+ )?(?:weet|weten|wist|wisten) (?:het|ervan|er van|hiervan|dit|t|'t|wel|alles|er)",
    r"(?:mijn|mn|m'n|me) (?:vrouw|man|partner|neef|nicht|familie|oom|tante|vriend|vriendin|broer|zus|moeder|vader|mama|papa|mam|pap|ouders|mentor|juf) (?:[\w']+ ){0,3}?(?:weet|weten|wist|wisten)(?: het| ervan| dit| alles| wel)?(?!\w)",
    r"(?:ik heb|heb|k heb) (?:hier )?(?:al )?(?:eerder|vorige week|vorige maand|vorige keer|al eens|laatst|gisteren|een tijdje terug) (?:[\w']+ ){0,3}?(?:gechat|gesproken|gepraat|contact)",
    r"(?:ik was|ik ben) (?:hier )?(?:al )?(?:eerder|al eens|vaker|laatst|vorige week) (?:hier|geweest|op de chat|gechat|op deze chat)",
    r"(?:vorige keer|de vorige keer|laatst|vorige week|eerder) (?:[\w']+ ){0,4}?(?:gechat|gesproken|verteld|hier)",
    r"(?:ik heb|heb|we hebben|ze heeft) (?:al )?(?:aangifte gedaan|een melding gemaakt|melding gedaan|hulp gezocht|hulp gevraagd)",
    r"(?:de )?politie (?:weet|is op de hoogte|is ingelicht|heeft (?:het|ervan))",
    r"(?:ik ben|ik kom|kom) (?:hier )?(?:nog )?(?:weer|nog eens|opnieuw) (?:terug|hier)",
    r"(?:mentor|school|juf|docent|vertrouwenspersoon|jeugdzorg|veilig thuis|politie|hulpverlener|begeleider)\w* (?:[\w']+ )?(?:heeft|hebben|had) (?:het )?(?:gemeld|ingelicht|doorgegeven|gebeld)",
    r"naar de politie (?:[\w']+ ){0,2}?(?:gegaan|geweest)|politiezaak|zedenzaak|(?:bij|door) de (?:zeden)?politie verhoord|een verhoor (?:gehad|gedaan)",
)
# 'roos weet het', 'ja die weet alles', 'jeugdzorg weet alles': the word before must be
# someone, not 'ik', not the exploiter (checked in code: a leading word would make
# the pattern try every word of the chat).
KNOWS_IT = guarded(rx(r"(?:weet|weten) (?:het|ervan|alles|wel iets|iets)(?! niet| nie| ni| niks| nog niet| van)"), "weet", "weten")
_NOT_A_KNOWER = re.compile(r"(?:^|\W)(?:ik|k|je|jij|u|we|wij|jullie|hij|ze|zij|niemand|nog|dat|wat|wie|hoe|of|niet|nie|ni|ook|wel|dan|als)\W*$")
NOT_DISCLOSED = rx(
    r"(?:nog )?nooit (?:[\w']+ ){0,3}?(?:aan|tegen|met) (?:iemand|niemand|wie dan ook|anderen) (?:[\w']+ )?(?:verteld|gezegd|gepraat|over gehad|over gepraat|besproken)",
    r"(?:aan|tegen|met) niemand (?:[\w']+ ){0,2}?(?:verteld|gezegd|gepraat|vertellen|zeggen|praten)",
    r"niemand (?:[\w']+ )?(?:weet|wist|weet er|weet het|weet dit|weet ervan)",
    r"(?:eerste|1e|eerst) keer (?:[\w']+ ){0,2}?dat ik (?:dit|het|dat|er) (?:[\w']+ ){0,2}?(?:vertel|zeg|deel|typ|over praat|over vertel)",
    r"(?:ik heb|heb|k heb|kheb) (?:het|dit|t|'t|dat) (?:echt |nog |ook )*(?:nooit|aan niemand|tegen niemand) (?:[\w']+ ){0,3}?(?:verteld|gezegd)",
    r"jij bent de eerste|je bent de eerste|jullie zijn de eersten?",
    r"never told|nobody knows|no one knows|not told anyone|you are the first",
    r"(?:weet|wist) (?:er )?(?:nog )?niemand (?:[\w']+ )?(?:van|het|dit|ervan|iets)|niemand (?:anders )?(?:weet|wist) (?:het|dit|ervan|hiervan|van)",
)
DISCLOSURE_Q = re.compile(r"(?:weet|weten) (?:er )?(?:iemand|anderen|je ouders|mensen|ze thuis)|(?:weet|weten) (?:je|jouw|uw) [\w']+ (?:hier ?van|hier iets van|er ?van|het|dit|dat)(?!\w)|iemand (?:[\w']+ ){0,4}?(?:verteld|gezegd|gepraat|gesproken|over kunnen praten)|"
                          r"met iemand (?:[\w']+ ){0,3}?(?:gepraat|gesproken|praten|over gehad)|talked to anyone|told anyone|anyone (?:know|knows)|"
                          r"eerder (?:met iemand|over gepraat|over gesproken|verteld|aan iemand)|iemand (?:die|anders) (?:hiervan|ervan|het|dit) weet|weet iemand|weten (?:anderen|je ouders|mensen)|(?:al )?(?:aan )?iemand verteld|met iemand over gepraat|met iemand over (?:gesproken|gehad)")
# Someone a victim may have told: 'met sanne', 'mijn psycholoog', 'mn beste vriendin wel'.
_LISTENER = re.compile(r"^\W*(?:(?:ja,? )?(?:met|aan|tegen|alleen|wel|mijn|mn|m'n|me|de|een) )?(?:(?:mijn|mn|m'n|me|de|een|beste|oudere|grote) )*"
                       r"(?:moeder|vader|mama|papa|mam|pap|ouders|zus|zusje|broer|vriendin|vriend|vriendinnen|vrienden|mentor|docent|juf|leraar|"
                       r"lerares|huisarts|dokter|politie|agent|hulpverlener|begeleider|psycholoog|therapeut|tante|oom|oma|opa|nicht|neef|"
                       r"coach|vertrouwenspersoon|wijkagent|jeugdzorg|school|kindertelefoon|[a-z]+ (?:wel|weet))(?!\w)")
# 'met sanne', 'aan [naam]': a named listener in the reply.
NAMED_LISTENER = re.compile(r"^\W*(?:ja,? )?(?:met|aan|tegen|bij) (?:mijn |mn |m'n |me |de |een |haar )?[\w\[\]-]+")
# 'daarvoor wist niemand het': nobody knew before, somebody knows now.
EARLIER = re.compile(r"(?<!\w)(?:daarvoor|daarvóór|voorheen|eerst|vroeger|tot (?:toen|dan|kort)|lange tijd)\W+(?:[\w']+\W+){0,2}$")
ABOUT_SOMEONE = re.compile(r"(?:weten|weet) (?:je|jouw|uw|haar|zijn) (?:ouders|moeder|vader|mama|papa|school|mentor|vriend\w*)")
ABOUT_ANYONE = re.compile(r"iemand|niemand|anyone")
RETURNING = re.compile(r"(?:fijn|goed|leuk) dat je (?:weer )?terug ?komt|welkom terug|je bent (?:hier )?(?:al )?eerder geweest|vorige keer (?:dat )?we")


def _someone_before(doc, hit: Hit) -> bool:
    """The word before 'weet het' is someone ('roos', 'die', 'jeugdzorg'), not 'ik' or the exploiter."""
    before = doc.lowered[hit.message][max(0, hit.start - 20):hit.start]
    return re.search(r"[a-z]\w+\W*$", before) is not None and not _NOT_A_KNOWER.search(before)


def code_first_disclosure(ctx: Context) -> Finding:
    doc = ctx.doc
    told = [h for h in doc.find(DISCLOSED) if not h.hypothetical and not h.negated and not NEGATION.search(h.quote.lower())]
    told += [h for h in doc.find(KNOWS_IT) if not h.hypothetical and not h.negated and _someone_before(doc, h)]
    never = [h for h in doc.find(NOT_DISCLOSED) if not h.hypothetical
             and not EARLIER.search(doc.lowered[h.message][max(0, h.start - 25):h.start])]
    if told:
        return from_hits("nee", told, 0.85 if not never else 0.65)
    if never:
        return from_hits("ja", never, 0.85)
    for answer in doc.answers(DISCLOSURE_Q):
        asked = doc.lowered[max(i for i in range(answer.message) if doc.roles[i] == "counselor")]
        if answer.polarity == "nee" and ABOUT_SOMEONE.search(asked) and not ABOUT_ANYONE.search(asked):
            continue  # 'weten je ouders het?' — 'nee': someone else may still know
        if answer.polarity == "ja":
            return from_answer("nee", answer, 0.75)
        if answer.polarity is None and re.match(r"\W*(?:deels|een beetje|beetje|gedeeltelijk|half|sort of|a bit)(?!\w)", answer.text):
            return from_answer("nee", answer, 0.65)  # 'deels': someone knows
        if answer.polarity == "nee":
            return from_answer("ja", answer, 0.75)
        if answer.polarity is None and re.search(r"(?<!\w)(?:weet|weten|wist|verteld|gezegd|gemeld)(?!\w)", answer.text) \
                and not NEGATION.search(answer.text):
            return from_answer("nee", answer, 0.7)  # 'mijn neef weet het': told before
        if answer.polarity is None and re.search(r"(?<!\w)(?:niemand|nobody|no one|never|nooit)(?!\w)", answer.text[:40]):
            return from_answer("ja", answer, 0.7)
        if answer.polarity is None and (_LISTENER.search(answer.text[:60]) or NAMED_LISTENER.match(answer.text)) \
                and not NEGATION.search(answer.text[:30]):
            return from_answer("nee", answer, 0.65)  # 'met mijn psycholoog', 'mn beste vriendin wel'
    for i, (role, low) in enumerate(zip(doc.roles, doc.lowered)):
        if role == "counselor" and RETURNING.search(low):
            m = RETURNING.search(low)
            text = doc.chat.messages[i].text
            return Finding("nee", 0.7, (Evidence(i, m.start(), m.end(), text[m.start() : m.end()]),), source="terugkerend")
    return Finding("onbekend", 0.7, (), source="geen_bewijs")


# -- duration ---------------------------------------------------------------
_PRE = r"(?:(?:ongeveer|ong|ongeveer een|zo'?n|bijna|ruim|meer dan|minder dan|pas|nog geen|ruim een|bijna een|al bijna|een|n|'n|denk ik|wel) )*"
_AMT = rf"(?:({NUMBER}) )?({UNIT})"
DUUR_CONTEXT = rx(
    rf"(?:al|nu al|inmiddels|sinds|sind|sins|vanaf|nu|nou|nu ongeveer) {_PRE}{_AMT}(?! geleden)(?! samen)(?! verkering)",
    rf"(?:gebeurt|gebeurd|duurt|duurde|speelt|spelt|speeld|gaat|ging|is|loopt|heeft|moet|doe|doet|werk|werkt) (?:het |dit |dat |t |'t )?(?:nu |al |inmiddels |ook )*{_PRE}{_AMT}(?! geleden)(?! samen)",
    rf"{_PRE}{_AMT} (?:lang|aan de gang|bezig|(?:geleden )?begonnen|geleden begon|geleden is het begonnen)",
    rf"{_PRE}{_AMT} (?:al |nu |ofzo |of zo )*(?:denk ik|ofzo|of zo|geloof ik|volgens mij|ongeveer|moet (?:ik|k|ze|zij) (?:dit|het|dat)|gaat (?:dit|het) (?:al|zo)|is (?:het|dit|t) (?:al|zo))",
    rf"(?:volgens mij|denk ik|ongeveer|ik denk|geloof ik) {_PRE}{_AMT}(?! geleden)",
    # 'het begon een half jaar geleden', 'dat is drie jaar geleden begonnen'
    rf"(?:begon|begonnen|startte|gestart) (?:het |dit |dat |t |'t |alles )?(?:al |pas )?{_PRE}{_AMT} geleden",
    rf"{_PRE}{_AMT} geleden (?:is (?:het |dit |dat |t |'t )?|zijn (?:we |ze )?)?(?:begonnen|begon|gestart|startte)",
    rf"(?<![^\n])(?:al )?{_PRE}{_AMT} (?:nu|al|zo)\W*(?:$|\n)",  # a reply of its own: '8 maanden nu'
)
DUUR_REFINED = rx(
    rf"(?:een |n )?(?:paar|aantal) ({UNIT}),? ({NUMBER})(?: \w+)? (?:ofzo|of zo|denk ik|geloof ik|ongeveer|al|moet)",
    rf"(?:een |n )({UNIT})(?:tje)? of ({NUMBER})",
)
_UNIT_NEEDLES = ("jaar", "jaren", "jr", "maand", "mnd", "week", "weken", "wk", "dag", "dgn")
DUUR_CONTEXT = guarded(DUUR_CONTEXT, *_UNIT_NEEDLES)
DUUR_REFINED = guarded(DUUR_REFINED, *_UNIT_NEEDLES)
# English: 'now I am here 4 months', 'now it is almost 2 years'.
EN_DUUR = rx(r"(?:for|since|already|now|almost|about|nearly|around|it is|i am here|here|i was|i am|i have been|we were|we are)(?: almost| about| nearly| already| there| here| around)? (\d+|a few|few|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?|weeks?|days?)(?! ago)",
             # 'I came here 6 weeks ago', '4 months now'
             r"(?:came|come|arrived|started) (?:here |to \w+ )?(?:with (?:[\w']+ ){1,3})?(\d+|a few|few|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?|weeks?|days?) ago",
             r"(?<![^\n])(\d+|a few|few|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?|weeks?|days?) (?:now|already)")
EN_DUUR = guarded(EN_DUUR, "year", "month", "week", "day")
_EN_UNIT = {"year": "jaar", "years": "jaar", "month": "maand", "months": "maanden", "week": "week", "weeks": "weken", "day": "dag", "days": "dagen"}
# 'since March', 'since the summer'
EN_SINCE = guarded(rx(r"since (?:the )?(january|february|march|april|may|june|july|august|september|october|november|december|summer|winter|spring|autumn|christmas)"), "since")
_EN_MONTH = {"january": "januari", "february": "februari", "march": "maart", "april": "april", "may": "mei", "june": "juni", "july": "juli",
             "august": "augustus", "september": "september", "october": "oktober", "november": "november", "december": "december",
             "summer": "zomer", "winter": "winter", "spring": "lente", "autumn": "herfst", "christmas": "kerst"}
_EN_NUM = {"a few": "paar", "few": "paar", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
DUUR_ANSWER = re.compile(rf"(?<!\w){_PRE}{_AMT}(?!\w)(?! geleden)")
# 'Sinds wanneer gaat dit zo?' — 'herfstvakantie', 'sinds de zomer ongeveer', 'vorige maand'.
# 'het heeft geduurd van de kerstvakantie tot de zomer', 'van juli vorig jaar tot mei'.
_WHEN_WORD = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|zomer|zomervakantie|winter|kerst|kerstvakantie|lente|voorjaar|voorjaarsvakantie|herfst|najaar|herfstvakantie|meivakantie|krokusvakantie|pasen|pinksteren|sinterklaas|nieuwjaar|carnaval)"
SPAN = rx(rf"(?:van|vanaf) (?:de |het )?({_WHEN_WORD})( vorig jaar)? (?:tot|t/m|totdat|tot aan) (?:de |het )?({_WHEN_WORD})")
SPAN = guarded(SPAN, " tot", "t/m")
WHEN_ANSWER = re.compile(r"^\W*(?:sinds |vanaf |in |rond |na )?(?:ongeveer )?(vorige |vorig |afgelopen |de |het )?(week|maand|jaar|zomer|zomervakantie|winter|kerst|kerstvakantie|lente|voorjaar|voorjaarsvakantie|herfst|najaar|herfstvakantie|meivakantie|krokusvakantie|pasen|pinksteren|sinterklaas|nieuwjaar|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?!\w)")
SEVERAL = rx(
    r"zolang (?:ik|k) (?:me|mij) (?:kan )?herinneren|al jaren|jarenlang|jaren lang|meerdere jaren(?! geleden| terug)|(?:een )?paar jaar(?! geleden| terug)|een aantal jaar(?! geleden| terug)|(?:al )?heel wat jaren(?! geleden| terug)|sinds ik (?:heel )?klein (?:ben|was)|al (?:van|vanaf) (?:kleins? af aan|jongs af aan)|mijn hele (?:leven|jeugd)|sinds mijn jeugd|sinds ik me kan herinneren",
)
SEVERAL = guarded(SEVERAL, 'jaren', 'jaar', 'klein', 'herinner', 'leven', 'jeugd', 'jong')
SINCE_AGE = rx(rf"(?:sinds|vanaf|sind|sins) (?:mijn|m'n|mn|haar|d'r|ik|ze|zij) ({AGE_WORD})(?:e|de|ste|ste jaar|e jaar| jaar)?(?: ben| was| ben geworden| werd)?", rf"(?:sinds|vanaf) (?:ik|ze) ({AGE_WORD}) (?:ben|was|werd|is)", rf"toen (?:ik|ze) ({AGE_WORD}) (?:was|werd) (?:[\w']+ ){{0,2}}?(?:begon|begonnen|is het begonnen)")
SINCE_SCHOOL = rx(r"(?:sinds|vanaf) (?:(?:het )?begin van )?(?:de |groep |het |mijn |haar )?(brugklas|groep 8|groep 7|groep 6|eerste klas|tweede klas|derde klas|middelbare|basisschool|onderbouw)")
SINCE_DATE = rx(
    r"(?:sinds|vanaf|sind|sins) (gisteren|eergisteren|gister|vannacht|vanochtend|vandaag)",
    r"(?:sinds|vanaf|begon|begonnen|sind|sins) (?:[\w']+ )?(vorige|vorig|afgelopen|deze|de|het|in de|in het)? ?(week|maand|jaar|zomer|zomervakantie|winter|kerst|kerstvakantie|lente|voorjaar|voorjaarsvakantie|herfst|najaar|herfstvakantie|meivakantie|krokusvakantie|pasen|pinksteren|sinterklaas|nieuwjaar|carnaval|oud en nieuw|oudjaar|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)",
    r"(?:sinds|vanaf) (20\d\d|19\d\d)",
    # the date first: 'vorige zomer begonnen', 'afgelopen september is het begonnen', 'het begon zaterdag'
    r"(vorige|vorig|afgelopen) (week|maand|jaar|zomer|zomervakantie|winter|kerst|kerstvakantie|lente|voorjaar|voorjaarsvakantie|herfst|najaar|herfstvakantie|meivakantie|krokusvakantie|pasen|pinksteren|sinterklaas|nieuwjaar|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (?:is (?:het |dit |dat )?|ben ik |zijn we |zijn ze )?(?:begonnen|begon|gestart|startte)",
    r"(?:begon|begonnen|startte) (?:het |dit |dat |alles )?(?:op |afgelopen |vorige )?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|eergisteren|gister)",
)
SINCE_DATE = guarded(SINCE_DATE, 'sinds', 'vanaf', 'sind', 'sins', 'begon', 'gestart', 'startte')
# The start of the story, when nothing else says how long: 'dat was 5 weken geleden', '3 weken terug zag ik'.
STORY_START = rx(rf"{_PRE}{_AMT} (?:geleden|terug)(?!\w)")
STORY_START = guarded(STORY_START, 'geleden', 'terug')
_NOT_START = re.compile(r"gestopt|weg bij|weggegaan bij|ontsnapt|aangifte|gechat|hier|gesproken|verteld|uit elkaar|uitgemaakt|blokk|geblokt|verhuisd|opgepakt")
SINCE_SCHOOL = guarded(SINCE_SCHOOL, 'sinds', 'vanaf')
DUUR_Q = re.compile(r"hoe lang|sinds wanneer|wanneer (?:is het|het) begon|wanneer begon|hoelang|vanaf wanneer|wanneer (?:is )?(?:dit|het) (?:begonnen|gestart)")
_NOT_EXPLOITATION = re.compile(r"samen|verkering|relatie|kennen elkaar|ken hem|ken ik|ken haar|getrouwd|geleden gestopt|weg bij|uit elkaar|geleden(?! (?:is (?:het |dit |dat )?)?(?:begonnen|begon|gestart|startte))|woon|woont|"
                               # at school since ('zit ik op deze school', not 'zakjes die ik op school moet verkopen')
                               r"(?:(?:zit|zat|zitten) (?:[\w']+ ){0,4}?|(?:ben|was) (?:ik |ze |hij )?(?:al |nu )?)(?:op|in) (?:de |deze |die |een |het )?(?:school|klas|groep|\w+college|\w+school)|"
                               # the chatter's own worry: 'ik maak me al weken zorgen', 'zit al maanden met iets in mijn maag'
                               r"zorgen|pieker\w*|wakker|twijfel\w*|maag|met iets|ermee|mee rond|loop ik mee|kwijt")


def code_duur(ctx: Context) -> tuple[Finding, Finding]:
    """(duur, duur_detail)."""
    doc = ctx.doc
    today: date = doc.chat.started_at.date()
    found = _first_duration(ctx, today)
    if found is None:
        return (Finding("onbekend", 0.75, (), source="geen_bewijs"), Finding("onbekend", 0.75, (), source="geen_bewijs"))
    detail, evidence, conf = found
    if detail == VAGUE_MONTHS:
        # 'een paar maanden': duur is known, the finer scale is not (the codebook's onbekend for duur_detail).
        return Finding("<1 jaar", conf, evidence), Finding("onbekend", 0.6, (), source="geen_bewijs")
    return Finding(DETAIL_TO_DUUR[detail], conf, evidence), Finding(detail, conf - 0.05, evidence)


def _ok(ctx: Context, hit: Hit) -> bool:
    """Not a hypothesis, and not in a clause about the relationship or
    about how long ago it ended ('we zijn 3 jaar samen maar sinds ...')."""
    if hit.hypothetical:
        return False
    clause = ctx.doc.clause_text(hit)
    bad = _NOT_EXPLOITATION.search(clause)
    if bad is not None and bad.group(0).startswith("geleden") and _STARTED.search(clause):
        return _NOT_EXPLOITATION.search(clause.replace("geleden", "")) is None  # 'het begon een half jaar geleden'
    return bad is None


def _first_duration(ctx: Context, today: date) -> tuple[str, tuple[Evidence, ...], float] | None:
    doc = ctx.doc
    options: list[tuple[int, int, str, Evidence, float]] = []
    for hit in doc.find(DUUR_REFINED):
        if _ok(ctx, hit):
            amount, unit = _amount_unit(hit.groups)
            detail = _detail_from(amount, unit)
            if detail:
                options.append((hit.message, -1, detail, hit.evidence, 0.75))  # the refined reading wins in its message
    for hit in doc.find(DUUR_CONTEXT):
        if not _ok(ctx, hit):
            continue
        amount, unit = _amount_unit(hit.groups)
        detail = _detail_from(amount, unit, hit.quote.lower())
        if detail:
            options.append((hit.message, hit.start, detail, hit.evidence, 0.8))
    for hit in doc.find(EN_SINCE):
        d = _days_since((_EN_MONTH[hit.groups[0]],), today)
        if d is not None:
            options.append((hit.message, hit.start, detail_class(d), hit.evidence, 0.6))
    for hit in doc.find(EN_DUUR):
        present = [g for g in hit.groups if g]
        amount, unit = present[0], _EN_UNIT.get(present[1] if len(present) > 1 else "")
        detail = _detail_from(_EN_NUM.get(amount, amount), unit, hit.quote.lower().replace("almost", "bijna"))
        if detail:
            options.append((hit.message, hit.start, detail, hit.evidence, 0.6))
    for hit in doc.find(SEVERAL):
        if not hit.hypothetical and not hit.negated:
            options.append((hit.message, hit.start, "meerdere_jaren", hit.evidence, 0.75))
    victim_age = ctx.victim_age
    for pattern, lookup in ((SINCE_AGE, None), (SINCE_SCHOOL, SCHOOL_AGE)):
        for hit in doc.find(pattern):
            if hit.hypothetical or victim_age is None:
                continue
            word = next((g for g in hit.groups if g), None)
            start_age = lookup.get(word) if lookup else age(word)
            if start_age is None or start_age > victim_age:
                continue
            detail = detail_class((victim_age - start_age) * 365 + 1)
            options.append((hit.message, hit.start, detail, hit.evidence, 0.7))
    for hit in doc.find(SPAN):
        first, last = (MONTHS.get(g) or SEASON_MONTH.get(g) for g in (hit.groups[0], hit.groups[2]))
        months = (last - first) % 12 or 12
        if hit.groups[1] and last > first:
            months += 12  # 'van maart vorig jaar tot juni'
        options.append((hit.message, hit.start, detail_class(months * 30.4), hit.evidence, 0.7))
    for hit in doc.find(SINCE_DATE):
        if not _ok(ctx, hit):
            continue
        d = _days_since(hit.groups, today)
        if d is not None:
            options.append((hit.message, hit.start, detail_class(d), hit.evidence, 0.7))
    if not options and ctx.value("vorm_uitbuiting") not in (None, "geen"):
        for hit in doc.find(STORY_START):
            if hit.hypothetical or hit.negated or _NOT_START.search(doc.clause_text(hit)):
                continue
            amount, unit = _amount_unit(hit.groups)
            detail = _detail_from(amount, unit)
            if detail:
                options.append((hit.message, hit.start, detail, hit.evidence, 0.6))
                break
    if not options:
        for answer in doc.answers(DUUR_Q):
            m = DUUR_ANSWER.search(answer.text)
            if m:
                detail = _detail_from(m.group(1), m.group(2))
                if detail:
                    return detail, (answer.evidence,), 0.7
            sev = SEVERAL.search(answer.text)
            if sev:
                return "meerdere_jaren", (answer.evidence,), 0.7
            m = WHEN_ANSWER.match(answer.text)
            if m:
                d = _days_since(m.groups(), today)
                if d is not None:
                    return detail_class(d), (answer.evidence,), 0.65
        return None
    options.sort(key=lambda o: (o[0], o[1]))
    _, _, detail, evidence, conf = options[0]
    return detail, (evidence,), conf


VAGUE_MONTHS = "paar_maanden"


def _amount_unit(groups: tuple) -> tuple[str | None, str | None]:
    present = [g for g in groups if g]
    unit = next((g for g in reversed(present) if g in _UNITS), None)
    amount = next((g for g in present if g not in _UNITS), None)
    return amount, unit


_UNITS = set(UNIT.split("|"))


def _detail_from(amount: str | None, unit: str | None, quote: str = "") -> str | None:
    if unit is None:
        return None
    if amount in ("paar", "enkele", "aantal") and unit in ("jaar", "jaren", "jr", "j"):
        return "meerdere_jaren"
    if amount is None and unit in ("jaren",):
        return "meerdere_jaren"
    if amount is None and unit in ("maanden", "weken", "dagen", "mndn", "wkn"):
        return {"maanden": "3_tot_12_maanden", "mndn": "3_tot_12_maanden", "weken": "korter_dan_3_maanden",
                "wkn": "korter_dan_3_maanden", "dagen": "korter_dan_7_dagen"}[unit]
    if amount in ("paar", "enkele", "aantal") and unit.startswith(("maand", "mnd")):
        return VAGUE_MONTHS  # under a year, but on either side of three months
    if amount in ("paar", "enkele", "aantal"):
        amount = "3"
    d = days(amount, unit)
    if d is not None and re.search(r"(?<!\w)(?:bijna|nog geen|minder dan|net geen)(?!\w)", quote):
        d *= 0.97  # 'al bijna een jaar' is still under a year
    return detail_class(d) if d is not None else None


def _days_since(groups: tuple, today: date) -> float | None:
    present = [g for g in groups if g]
    if not present:
        return None
    word = present[-1]
    if word in ("gisteren", "gister", "eergisteren", "vannacht", "vanochtend", "vandaag"):
        return {"eergisteren": 2, "gisteren": 1, "gister": 1}.get(word, 0.5)
    if word in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"):
        return 4
    previous = any(g in ("vorige", "vorig", "afgelopen") for g in present[:-1])
    if word.isdigit():
        year = int(word)
        if year > today.year:
            return None
        return max((today - date(year, 7, 1)).days, 1)
    if word == "week":
        return 7 if previous else 3
    if word == "maand":
        return 45 if previous else 15
    if word == "jaar":
        return (today - date(today.year - 1, 7, 1)).days if previous else (today - date(today.year, 1, 1)).days + 1
    month = MONTHS.get(word) or SEASON_MONTH.get(word)
    if month is None:
        return None
    return days_since_month(month, today, last_year=previous and word in MONTHS)
