"""Phrase banks: many ways to say each fact, in chat Dutch.

Slots: {hij}/{hem}/{zijn} are the exploiter's pronouns, {P} a reference to the
exploiter (pronoun, name or noun), {V}/{Vo}/{Vz} the victim's pronouns when a
third person is chatting, {Vn} the victim as a noun ('mijn dochter'), {pa}
the exploiter's age, {money} an amount. A '~' is a place where the chatter may
hit enter. Literal text must not carry identifying values: those go in slots.
"""

from __future__ import annotations

# --- means of coercion, first person (the victim is chatting) -------------------
DWANG_SELF: dict[str, tuple[str, ...]] = {
    "geweld": (
        "{P} [slaat|schopt|duwt|knijpt] me [als ik nee zeg|als ik niet wil|als ik niet genoeg verdien|soms|vaak|elke keer als ik weiger]",
        "als ik [niet doe wat {hij} zegt|weiger|wil stoppen] [slaat {hij} me|krijg ik klappen|word ik geslagen|wordt {hij} agressief en slaat {hij} me]",
        "{hij} heeft gezegd dat {hij} [mijn moeder|mijn familie|mijn zusje|mijn broertje|mijn ouders] [iets aandoet|pijn doet|weet te vinden] als ik [stop|het vertel|naar de politie ga]",
        "{hij} [dreigt|heeft gedreigd] [me te vermoorden|me iets aan te doen|me af te maken|dat ik het ga voelen] als ik [stop|niet meer kom|het aan iemand vertel]",
        "{hij} heeft [een mes|een pistool|een wapen|zn mes] laten zien~ [en gezegd dat het voor mij is als ik praat|zodat ik weet wat er gebeurt als ik niet luister]",
        "ik [word|ben] [vaak|soms|al een paar keer] [in elkaar geslagen|geslagen|gewurgd] door {hem}",
        "[vorige week|gister|laatst] [had ik een blauw oog van {hem}|heeft {hij} me tegen de muur gegooid|heeft {hij} me bij mn keel gepakt]~ omdat ik [geen klant wilde|niet wilde|te weinig had verdiend]",
        "{hij} scheldt me uit en zegt dat ik [niks waard ben|een hoer ben|zonder {hem} niks ben]~ en [dan moet ik toch|dan ga ik maar]",
        "{hij} [verkracht|pakt] me als ik [niet wil|nee zeg] [om me te straffen|]",
        "ik moet wel want anders [slaat {hij} me|krijg ik klappen|maakt {hij} me kapot]",
        "{hij} [dreigt|zegt] dat {hij} mijn [vriend|vriendin] [iets aandoet|in elkaar laat slaan] als ik niet meewerk",
        "ik ben [echt|heel] bang voor {hem}~ {hij} [heeft me al vaker pijn gedaan|slaat echt hard|heeft me een keer bijna gewurgd]",
    ),
    "sextortion": (
        "{hij} heeft [fotos|filmpjes|naaktfotos|videos|beelden] van me en [zegt dat {hij} ze|dreigt dat {hij} ze] [online zet|naar mijn ouders stuurt|naar iedereen op school stuurt|verspreidt] als ik [niet meedoe|stop|nee zeg]",
        "{hij} chanteert me met [naaktfotos|filmpjes|een filmpje] [van toen|die {hij} heeft gemaakt|]",
        "als ik niet [ga|doe wat {hij} zegt] [zet {hij} mijn nudes online|stuurt {hij} mijn nudes rond|laat {hij} iedereen de filmpjes zien]",
        "er is een filmpje van mij~ en {hij} zegt dat [iedereen het te zien krijgt|mijn vader het krijgt|het op internet komt] als ik [stop|weiger]",
        "{hij} heeft [stiekem|] [gefilmd|fotos gemaakt] tijdens [de seks|het] en [gebruikt dat nu tegen me|dreigt daarmee]",
    ),
    "middelenafhankelijkheid": (
        "{hij} geeft me [drugs|coke|pillen|ghb|drank] en [nu heb ik het nodig|ik kan niet meer zonder|ik krijg het alleen als ik werk]",
        "ik ben verslaafd [geraakt|] aan [coke|ghb|pillen|speed] en {hij} [geeft het me alleen als ik met klanten ga|regelt dat voor me als ik meedoe]",
        "ik krijg mijn [spul|drugs|pillen] alleen van {hem} als ik [ga werken|meedoe|doe wat {hij} zegt]",
        "[ik gebruik|ik snuif] [elke dag|veel] en {hij} [zorgt dat ik het krijg|betaalt dat] zolang ik [werk|luister]",
    ),
    "lvb": (
        "ik [heb|heb een] [lvb|licht verstandelijke beperking]~ dus ik snap niet altijd alles",
        "ik heb een verstandelijke beperking [zeggen ze|volgens de dokter|]",
        "ik zit op [praktijkonderwijs|het speciaal onderwijs] omdat ik een [lvb|licht verstandelijke beperking] heb",
        "[ze zeggen|de psycholoog zegt|op school zeggen ze] dat ik [lvb|een lvb|licht verstandelijk beperkt] ben~ [en {hij} weet dat|en daar maakt {hij} misbruik van]",
        "ik [snap|begrijp] niet altijd wat er gebeurt want ik heb [een lvb|een beperking], [zegt mijn begeleider|dat staat in mijn dossier|]",
        "ik heb een [iq|IQ] van [65|70|68] [ofzo|zeggen ze|]~ dus ik ben [lvb|licht verstandelijk beperkt]",
        "ik woon [begeleid|op een woongroep] [omdat ik een lvb heb|vanwege mijn lvb]",
    ),
    "leeftijdsverschil": (
        "{hij} is [veel|echt veel|heel veel|wel veel] ouder dan ik~ [{hij} is {pa}|rond de {pa}|al {pa}|{pa} ofzo]",
        "{hij} is [al|] {pa} [en ik zit nog op school|en ik ben nog een kind eigenlijk|terwijl ik nog minderjarig ben]",
        "het is een [volwassen|oudere] man~ [{pa} denk ik|{hij} is {pa}] [en ik ben nog zo jong|]",
    ),
    "inwonend": (
        "ik woon bij {hem} [in|] en als ik [niet meedoe|weiger|stop] [moet ik eruit|zet {hij} me op straat|sta ik op straat]",
        "ik heb geen eigen plek, ik slaap bij {hem}~ en {hij} zegt dat ik [op straat sta|weg moet|eruit lig] als ik niet werk",
        "als ik nee zeg [gooit {hij} me het huis uit|mag ik niet meer bij {hem} wonen]~ en ik kan nergens anders heen",
        "ik [woon|slaap] [nu|sinds een tijdje|] [bij {hem}|in {zijn} huis] en [{hij} zegt|ik weet] dat ik [weg moet|eruit lig|op straat sta] als ik [niet werk|geen klanten doe|niet luister]",
        "[{hij} heeft gezegd dat|] ik mag alleen bij {hem} blijven wonen als ik [meedoe|blijf werken|doe wat {hij} zegt]",
        "ik ben [van huis weggelopen|thuis weggegaan] en [woon|slaap] nu bij {hem}~ [als ik stop sta ik op straat|en als ik niet meewerk moet ik weg]",
    ),
    "financiele_afhankelijkheid": (
        "ik heb geen geld [voor eten|om eten te kopen|voor niks]~ alles gaat naar {hem}",
        "{hij} betaalt alles, [eten|kleren|mn telefoon|alles], ik heb zelf niks",
        "zonder {hem} kan ik niet eens [eten kopen|mijn kleren betalen|eten]",
        "{hij} [beheert|heeft] mijn geld en ik krijg [niks|bijna niks|alleen wat voor eten als ik gewerkt heb]",
        "ik [moet|kan] {hem} om geld vragen voor [eten|kleren|maandverband|alles]~ ik heb zelf [niks|geen cent]",
        "[mijn pinpas|mijn bankpas|mijn salaris] [heeft {hij}|ligt bij {hem}] en [ik krijg alleen eten als ik werk|ik kan zelf niks kopen]",
        "ik heb [geen inkomen|geen geld|geen werk] en {hij} [betaalt mijn eten|geeft me eten] [, dus ik kan niet weg|als ik meedoe]",
    ),
    "anders": (
        "{hij} zegt dat ik [nog|] {money} euro schuld bij {hem} heb [en dat ik dat moet terugverdienen|die ik moet afbetalen|]",
        "{hij} heeft mijn [paspoort|id kaart|id] [afgepakt|ingenomen|verstopt]",
        "{hij} sluit me op [in de kamer|in het huis|in de kelder] [als ik niet moet werken|zodat ik niet weg kan|]",
        "{hij} [pakt|heeft] mijn telefoon [af|afgepakt] zodat ik niemand kan [bellen|appen]",
        "[volgens {hem}|{hij} zegt dat] ik {hem} [nog|] geld [schuldig ben|moet] [voor de hotelkamers|voor mijn eten|voor de telefoon die {hij} me gaf|voor de drugs]",
        "ik [moet|mag] niet [naar buiten|alleen weg|naar mijn familie] [van {hem}|] en de deur [zit|is] [op slot|altijd dicht]",
        "{hij} heeft mijn [paspoort|id|bankpas en id] [en zegt dat ik die pas terugkrijg als ik mijn schuld heb betaald|en geeft het niet terug]",
        "ik heb [een schuld|een drugsschuld|schulden] bij {hem} [gekregen|opgebouwd] [terwijl ik niks heb geleend|die {hij} zelf heeft verzonnen]~ en die moet ik [afwerken|terugbetalen met klanten]",
    ),
}
DWANG_FAMILY_ANDERS = (
    "{hij} zegt dat {hij} dat mag bepalen want {hij} is mijn [vader|ouder]",
    "{hij} zegt dat het normaal is in ons gezin en dat ik [moet luisteren|geen keus heb]",
    "ik mag niet naar buiten [behalve naar school|] en mijn [kamer|deur] gaat op slot",
)
# --- same, said by someone else about the victim ---------------------------------
DWANG_OTHER: dict[str, tuple[str, ...]] = {
    "geweld": (
        "{P} slaat {Vo} [als {V} niet wil|soms|geloof ik|]",
        "{V} [had|heeft] [blauwe plekken|een blauw oog] [en zegt dat het van {hem} is|van {hem}]",
        "{hij} dreigt {Vz} [familie|moeder|broertje] iets aan te doen als {V} stopt",
        "{V} vertelde dat {hij} {Vo} [heeft geslagen|heeft bedreigd met een mes|bij de keel heeft gepakt]",
        "[ik heb gezien|ik weet] dat {hij} {Vo} [slaat|bedreigt|uitscheldt en bedreigt]",
    ),
    "sextortion": (
        "{hij} heeft [naaktfotos|filmpjes|beelden] van {Vo} en dreigt die te verspreiden",
        "{V} zegt dat {hij} {Vo} chanteert met [fotos|filmpjes|naaktfotos]",
    ),
    "middelenafhankelijkheid": (
        "{V} is verslaafd [geraakt|] en {hij} geeft {Vo} [de drugs|drugs|coke]",
        "{hij} houdt {Vo} aan de [drugs|pillen] zodat {V} blijft werken",
    ),
    "lvb": ("{V} heeft een [lvb|licht verstandelijke beperking]", "{V} is licht verstandelijk beperkt [en snapt het niet goed|]"),
    "leeftijdsverschil": ("{hij} is veel ouder, [rond de|al] {pa}", "het is een volwassen man van [ongeveer|] {pa}"),
    "inwonend": ("{V} woont bij {hem} en moet weg als {V} niet meewerkt", "{V} slaapt bij {hem} en {hij} zet {Vo} op straat als {V} weigert"),
    "financiele_afhankelijkheid": ("{V} heeft geen eigen geld, {hij} betaalt alles, zelfs [eten|kleding]",),
    "anders": ("{hij} heeft {Vz} [paspoort|id] afgepakt", "{hij} zegt dat {V} een schuld van {money} euro bij {hem} heeft"),
}
DWANG_QUESTION: dict[str, tuple[str, ...]] = {
    "geweld": ("Doet {hij} je weleens pijn?", "Gebruikt {hij} weleens geweld?", "Dreigt {hij} weleens met iets?", "Ben je weleens geslagen of bedreigd?"),
    "sextortion": ("Heeft {hij} foto's of filmpjes van je waarmee {hij} dreigt?", "Dreigt {hij} met beelden van jou?"),
    "middelenafhankelijkheid": ("Speelt drugs of alcohol hierbij een rol?", "Krijg je drugs of alcohol van {hem}?"),
    "financiele_afhankelijkheid": ("Heb je zelf geld om van te leven, voor eten en zo?",),
    "inwonend": ("Woon je bij {hem}?",),
}
DWANG_QUESTION_OTHER = {
    "geweld": "Weet je of er ook geweld of dreiging is?", "sextortion": "Weet je of {hij} foto's of filmpjes van {Vo} heeft?",
    "middelenafhankelijkheid": "Weet je of drugs of alcohol een rol spelen?",
}
YES_DWANG: dict[str, tuple[str, ...]] = {
    "geweld": ("ja", "ja soms", "jaa", "ja {hij} slaat me dan", "ja {hij} dreigt dan", "ja dan wordt {hij} heel boos en slaat {hij}", "ja, vaak"),
    "sextortion": ("ja", "ja filmpjes", "ja {hij} zegt dat {hij} ze online zet", "jaa fotos"),
    "middelenafhankelijkheid": ("ja", "ja {hij} geeft me pillen", "ja ik heb het nodig en {hij} geeft het", "ja coke"),
    "financiele_afhankelijkheid": ("nee ik heb niks, {hij} betaalt alles", "nee alles gaat naar {hem}, ik heb niks voor eten"),
    "inwonend": ("ja en als ik niet meedoe moet ik eruit", "ja, als ik weiger zet {hij} me op straat"),
}
NO_DWANG: dict[str, tuple[str, ...]] = {
    "geweld": ("nee", "nee dat niet", "nee nooit", "nee {hij} heeft nooit gedreigd", "nee {hij} slaat me niet", "nee gelukkig niet"),
    "sextortion": ("nee", "nee dat niet", "nee {hij} heeft geen fotos van me", "nee niet dat ik weet"),
    "middelenafhankelijkheid": ("nee", "nee ik gebruik niks", "nee dat niet"),
    "financiele_afhankelijkheid": ("ja dat wel, ik heb gewoon een baantje", "ja ik heb zelf geld"),
    "inwonend": ("nee ik woon gewoon thuis", "nee", "nee ik woon niet bij {hem}"),
}
NEGATION_SELF: dict[str, tuple[str, ...]] = {
    "geweld": ("{hij} slaat me niet [ofzo|hoor|]", "{hij} heeft me nooit pijn gedaan [ofzo|]", "{hij} is nooit gewelddadig [geweest|]", "nee {hij} heeft nooit gedreigd"),
    "sextortion": ("{hij} heeft geen fotos van me [ofzo|]", "er zijn geen filmpjes van mij [gelukkig|]"),
    "middelenafhankelijkheid": ("ik gebruik geen drugs [ofzo|hoor|]",),
}
HYPOTHETICAL_SELF = (
    "ik ben bang dat {hij} [boos wordt|het uitmaakt|me gaat dumpen] als ik [stop|nee zeg]",
    "wat als {hij} [boos wordt|me niet meer wil] als ik het vertel",
    "ik ben bang dat {hij} [stiekem|] fotos heeft gemaakt~ maar ik weet het niet",
)

# --- criminal activities ---------------------------------------------------------
CRIM_SELF: dict[str, tuple[str, ...]] = {
    "drugs_vervoeren_verhandelen": (
        "ik moet [drugs|pakketjes met drugs|wiet|coke] [rondbrengen|wegbrengen|vervoeren|verkopen] voor {hem}",
        "ik moet [dealen|bolletjes verkopen|op de hoek staan met spul] [van {hem}|voor ze]",
        "[elke avond|in het weekend|na school] moet ik [met de trein|op de scooter|op de fiets] [spullen|drugs] naar [andere steden|klanten|adressen] brengen",
        "ik ben [koerier|runner|loopjongen] voor {hem}~ ik breng drugs [rond|weg]",
    ),
    "drugs_bewaren": (
        "ik moet [drugs|spullen|tassen met wiet|pakketten] [bewaren|verstoppen] [bij mij thuis|op mijn kamer|in de schuur]",
        "ze hebben [spul|drugs] bij mij [opgeslagen|verstopt] en ik mag er niks van zeggen",
    ),
    "diefstal": ("ik moest [spullen stelen|jatten in winkels|inbreken] [voor {hem}|voor ze]", "ze laten me [telefoons|kleding|scooters] stelen"),
    "overval": ("ik moest meedoen aan een overval [op een winkel|op een huis|]", "ze wilden dat ik een [overval|ramkraak] deed"),
    "witwassen": ("ze gebruiken mijn [bankrekening|pinpas] om geld [over te maken|door te sluizen]", "ik moest mijn [pas|bankpas] [uitlenen|afgeven] en er komt geld op van [ze|{hem}]"),
    "mishandeling": ("ik moest iemand [in elkaar slaan|aftuigen] [voor {hem}|voor ze]", "ze lieten me iemand [mishandelen|slaan] die [schulden had|niet betaalde]"),
    "wapenhandel": ("ik moet [wapens|een wapen] [bewaren en doorverkopen|doorgeven|verkopen]",),
}
CRIM_OTHER: dict[str, tuple[str, ...]] = {
    "drugs_vervoeren_verhandelen": ("{V} moet drugs [rondbrengen|verkopen|vervoeren] voor {hem}", "{V} is [runner|koerier] geworden voor [oudere jongens|{hem}]"),
    "drugs_bewaren": ("{V} moet [drugs|pakketten] bewaren [op {Vz} kamer|thuis]",),
    "diefstal": ("{V} moet [stelen|inbreken] voor {hem}",),
    "overval": ("{V} moest meedoen aan een overval",),
    "witwassen": ("ze gebruiken {Vz} bankrekening voor geld",),
    "mishandeling": ("{V} moest iemand in elkaar slaan",),
    "wapenhandel": ("{V} moet wapens bewaren",),
}

# --- duration wrappers -------------------------------------------------------------
DUR_WRAP_SELF = ("[het gaat|het is] nu [al|] {dur} zo", "{dur} [al|] denk ik", "dit gebeurt [al|] {dur}", "[al|] {dur} moet ik dit doen", "{dur}")
DUR_WRAP_OTHER = ("dit speelt [al|] {dur}", "{dur} denk ik", "volgens mij [al|] {dur}")

COUNSELOR_ACK = (
    "Wat fijn dat je het durft te vertellen.", "Wat goed dat je hier komt chatten.", "Dank je dat je dit met me deelt, dat is heel moedig.",
    "Wat naar dat je dit meemaakt.", "Ik ben blij dat je het vertelt.", "Dat klinkt heel heftig.", "Ik hoor je.", "Goed dat je dit zegt.",
)
COUNSELOR_DUR_Q = ("Hoe lang speelt dit al?", "Sinds wanneer gebeurt dit?", "Hoe lang gaat dit al zo?", "Weet je nog wanneer het begon?")
DONT_KNOW = ("weet ik niet", "idk", "ik weet niet", "weet ik niet precies", "geen idee", "maakt dat uit?", "ik wil dat liever niet zeggen", "hmm", "idk eigenlijk")
FILLER_VISITOR = (
    "ik weet niet wat ik moet doen", "ik wil gewoon dat het stopt", "sorry als ik raar typ", "wacht ff", "ben er nog",
    "het voelt zo stom om dit te typen", "ik schaam me echt", "ik weet niet of ik hier goed zit", "kan dit echt anoniem?",
    "ik heb dit nog nooit zo opgeschreven", "gister was het storm en toch moest ik naar buiten", "sorry ik ben een beetje in de war", "ok", "oke", "ja", "snap je", "ik weet het niet meer",
)
FILLER_COUNSELOR = (
    "Neem gerust de tijd.", "Ik lees met je mee.", "Je hoeft je niet te schamen, het is niet jouw schuld.",
    "Dat is heel begrijpelijk.", "Ik ben er, typ maar rustig verder.", "De chat is anoniem, je hoeft niet te zeggen wie je bent.",
    "Wil je daar iets meer over vertellen?", "Hoe gaat het nu met je, op dit moment?",
)
CLOSING_COUNSELOR = (
    "Je kunt altijd terugkomen op de chat, ook als je eerst even wilt nadenken.",
    "Zullen we samen kijken wat een volgende stap kan zijn?", "Wil je dat ik met je meedenk over hulp bij jou in de buurt?",
    "Fier kan je helpen, ook met een veilige plek als dat nodig is. Wil je daar meer over weten?",
    "Als je in direct gevaar bent, bel dan 112.", "Dank je wel voor je vertrouwen. Pas goed op jezelf.",
)
CLOSING_VISITOR = ("ok dankje", "oke bedankt", "ik moet nu gaan", "thnx", "ik ga er over nadenken", "dankjewel voor het luisteren",
                   "ok ik kom misschien terug", "ik moet stoppen met typen", "doei", "oke")
GREETING = ("hoi", "hallo", "hey", "hoii", "hallo?", "hoi ik wil iets vragen", "hallo ik weet niet of ik hier goed zit", "hey is hier iemand",
            "hoi, mag ik iets vertellen", "goedenavond", "hai")
COUNSELOR_GREET = (
    "Hoi, welkom bij Chat met Fier. [Je chat met {cname}.|Ik ben {cname}.|] Waar wil je het over hebben?",
    "Hallo! Fijn dat je er bent. [Mijn naam is {cname}.|] Wat kan ik voor je doen?",
    "Hoi, [je spreekt met {cname} van Chat met Fier.|welkom.] Vertel maar, ik lees mee.",
    "Welkom bij de chat. Waar zit je mee?",
)
