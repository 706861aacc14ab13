"""The same concepts in many Dutch phrasings, written for this test from how
teenagers, parents and professionals put things (not taken from any
development chat): the rules must recognise the concept, not one author's
wording. Each case is a small chat and the values it must get."""

from __future__ import annotations

import pytest

EXPLOITED = "hij laat me met andere mannen naar bed en houdt het geld"

CASES = [
    # -- is it exploitation, and which form ----------------------------------------
    ({"vorm_uitbuiting": "seksueel", "achtergrond_chatter": "slachtoffer"},
     ("mijn vader laat mannen bij mij komen voor geld", "al sinds ik 12 ben", "ik ben nu 17")),
    ({"vorm_uitbuiting": "seksueel"},
     ("hij zei dat ik aardig moest zijn voor een vriend van hem", "ik moest met die vriend naar boven",
      "daarna zag ik dat die vriend hem geld gaf")),
    ({"vorm_uitbuiting": "crimineel", "criminele_activiteiten": ["diefstal"]},
     ("mijn oom stuurt mij de winkels in om kleren te stelen en hij verkoopt ze", "als ik niks mee neem wordt hij boos")),
    ({"vorm_uitbuiting": "crimineel", "criminele_activiteiten": ["witwassen"]},
     ("iemand heeft mijn bankpas en pincode en laat er geld op storten en weer opnemen", "hij zegt dat ik anders problemen krijg")),
    ({"vorm_uitbuiting": "arbeid"},
     ("ik werk sinds 5 maanden in een autowasserij", "ik krijg 3 euro per uur en de baas zegt dat ik een schuld heb voor mijn kamer")),
    ({"vorm_uitbuiting": "arbeid"},
     ("mijn zwager laat zijn dochter elke avond schoonmaken bij andere gezinnen", "hij brengt haar en de mensen betalen hem")),
    ({"vorm_uitbuiting": "geen"},
     ("een jongen op insta heeft nudes van mij en wil 200 euro anders stuurt hij ze door", "wat moet ik doen")),
    # -- who is chatting -------------------------------------------------------------
    ({"achtergrond_chatter": "familielid", "geslacht_slachtoffer": "vrouw", "leeftijd_slachtoffer": 15},
     ("goedenavond", "ik ben de moeder van een meisje van 15",
      "ik denk dat ze door een oudere man wordt uitgebuit, ze moet met zijn vrienden mee en hij krijgt geld")),
    ({"achtergrond_chatter": "familielid", "geslacht_slachtoffer": "man", "leeftijd_slachtoffer": 14},
     ("Goedenavond, ik schrijf over mijn kleinzoon", "Hij is 14 en woont bij ons.",
      "Een paar jongens van het voetbalveld laten hem pakketjes afleveren in de stad.")),
    ({"achtergrond_chatter": "sociale_omgeving"},
     ("een vriendin van mij wordt door haar vriend verkocht aan andere mannen", "ik weet niet hoe ik haar kan helpen")),
    ({"achtergrond_chatter": "sociale_omgeving"},
     ("hoi ik denk dat een meisje uit mijn klas wordt uitgebuit",
      "ze gaat elk weekend met een oudere gast mee en ze moet dan met zijn vrienden slapen voor geld")),
    ({"achtergrond_chatter": "hulpverlener", "leeftijd_slachtoffer": 19, "geslacht_slachtoffer": "man"},
     ("Goedemorgen, ik werk als ambulant begeleider en heb een vraag over een cliënt van mij.",
      "Mijn cliënt, Sander, is 19. Hij moet voor jongens uit zijn oude groep coke verkopen en het geld afdragen.")),
    ({"achtergrond_chatter": "pleger"},
     ("ik ben 18 en sinds een paar maanden laat ik 2 jongens uit mijn straat voor mij lopen", "ik pak het meeste geld")),
    ({"achtergrond_chatter": "slachtoffer"},
     ("ik heb een vraag over mijn ex", "na een tijdje moest ik voor hem bankrekeningen openen en hem de passen geven")),
    # -- who exploits, and how they met ----------------------------------------------
    ({"pleger_relatie": "partner", "ontmoeting": "online", "platform": "instagram"},
     ("ik ben 15 en mn vriendje is 20", "we hebben elkaar op insta ontmoet",
      "hij zegt dat ik zijn vrienden moet helpen en dan moet ik met ze naar bed", "die vrienden geven hem geld")),
    ({"pleger_relatie": "partner"},
     ("we kregen iets toen ik 16 was", "na een paar maanden moest ik met een vriend van hem mee en het geld ging naar hem")),
    ({"pleger_relatie": "familie", "pleger_familie_detail": "stiefouder"},
     ("de nieuwe vriend van mijn moeder laat me met zijn vrienden slapen voor geld", "hij woont bij ons")),
    ({"pleger_relatie": "sociale_omgeving", "ontmoeting": "offline"},
     ("ik moet spullen rondbrengen voor een gast die ik ken van het skatepark", "hij zegt dat ik hem 1500 schuldig ben")),
    ({"ontmoeting": "online"},
     ("vorige zomer was ik op omegle met vriendinnen en toen kwam ik een gast tegen",
      "nu moet ik shows doen op een camsite en mannen betalen hem")),
    # -- is it still going on --------------------------------------------------------
    ({"acuut_onveilig": "ja"}, ("ik zit er nog middenin", "mijn vriend verkoopt me aan zijn vrienden")),
    ({"acuut_onveilig": "ja"}, ("ik moet drugs verkopen voor een paar gasten", "nu kan ik nie meer stoppen")),
    ({"acuut_onveilig": "nee"},
     ("ik ben twee jaar geleden ontsnapt maar ik moest toen met klanten mee van mijn vriend", "ik denk er nog veel aan")),
    ({"acuut_onveilig": "nee"},
     ("mijn ex dwong me met andere mannen te slapen en pakte het geld", "ik heb nu geen contact meer met hem")),
    # -- coercion ----------------------------------------------------------------
    ({"dwangmiddelen": ["geweld"]}, (EXPLOITED, "als ik nee zeg dan krijg ik klappen")),
    ({"dwangmiddelen": ["geweld"]}, (EXPLOITED, "toen ik zei dat ik niet meer wilde dreigde hij dat hij mij wat aan zou doen")),
    ({"dwangmiddelen": ["geweld"]}, ("ik moet drugs bewaren voor een man uit de straat", "hij zegt dat hij ons huis in de fik steekt als ik stop")),
    ({"dwangmiddelen": ["sextortion"]},
     (EXPLOITED, "hij heeft filmpjes van mij en zegt dat hij die naar mijn ouders stuurt als ik stop")),
    ({"dwangmiddelen": ["anders"]}, (EXPLOITED, "hij zegt dat ik een schuld bij hem heb van 3000 euro")),
    ({"dwangmiddelen": []}, (EXPLOITED, "ik dacht dat het mijn eigen schuld was")),
    # -- others, disclosure, duration ----------------------------------------------
    ({"meerdere_plegers": "ja"}, ("twee jongens laten me met mannen slapen voor geld",)),
    ({"meerdere_plegers": "ja"}, (EXPLOITED, "zn neef regelt wie er komt")),
    ({"meerdere_plegers": "nee"}, (EXPLOITED, "hij regelt het allemaal zelf, niemand anders")),
    ({"meerdere_slachtoffers": "ja"}, (EXPLOITED, "mn nichtje moest ook voor hem werken")),
    ({"meerdere_slachtoffers": "ja"}, (EXPLOITED, "C:Weet je of er ook andere meisjes meegaan?", "ja hij neemt ook meiden uit de 2e mee")),
    ({"first_disclosure": "ja"}, (EXPLOITED, "C:Weet er iemand van, thuis of op school?", "nee", "echt niemand")),
    ({"first_disclosure": "nee"}, (EXPLOITED, "C:Heb je er ooit met iemand over kunnen praten?", "met mijn psycholoog")),
    ({"first_disclosure": "nee"}, (EXPLOITED, "ik heb het die dag toch aan mijn tante verteld")),
    ({"duur": "<1 jaar", "duur_detail": "3_tot_12_maanden"}, (EXPLOITED, "het begon een half jaar geleden")),
    ({"duur": "<1 jaar", "duur_detail": "3_tot_12_maanden"}, (EXPLOITED, "al bijna een jaar")),
    ({"duur": "<1 jaar", "duur_detail": "korter_dan_3_maanden"},
     ("ik ging bij iemand slapen die ik kende, dat was 5 weken geleden", "nu komen er elke week vrienden van hem en dan moet ik met hen naar bed")),
    ({"duur": "1-2 jaar"},
     ("Ik wil iets delen van een paar jaar terug.", "Mijn toenmalige vriend heeft me ruim een jaar lang aan andere mannen verkocht.")),
    # -- the victim's age and gender ------------------------------------------------
    ({"geslacht_slachtoffer": "man", "leeftijd_slachtoffer": 17}, ("ik (m17) moet drugs verkopen voor een paar gasten",)),
    ({"leeftijd_slachtoffer": 17, "achtergrond_chatter": "familielid"},
     ("Goedenavond. Ik ben vader van Ahmad, hij is 17.", "Hij werkt twaalf uur per dag bij een wasstraat en krijgt bijna niets.")),
]


# Who is chatting, introduced in the many ways people introduce themselves.
S = "hij laat haar met mannen naar bed gaan en houdt het geld"
ROLES = [
    ("sociale_omgeving", ("ik ben een bezorgde buurvrouw", "het meisje van hiernaast wordt steeds opgehaald door oudere mannen", S)),
    ("hulpverlener", ("ik werk bij jeugdzorg en heb een meisje in begeleiding", S)),
    ("sociale_omgeving", ("ik ben lerares op een middelbare school", "een leerling van mij vertelde dat haar vriend haar verkoopt", S)),
    ("hulpverlener", ("ik ben vertrouwenspersoon op een school", "een leerlinge heeft mij iets verteld", S)),
    ("familielid", ("ik ben haar stiefmoeder", S)),
    ("familielid", ("het gaat om mijn pleegdochter van 16", S)),
    ("familielid", ("ik ben de oom van een jongen van 15", "hij moet voor een paar gasten drugs verkopen")),
    ("hulpverlener", ("mijn cliënte vertelde vandaag dat ze met mannen moet slapen van haar vriend", "hij houdt het geld")),
    ("klant", ("ik heb via een site een meisje geboekt", "ze zag er jong en bang uit en er stond een man buiten")),
    ("klant", ("ik ben gisteren bij een prostituee geweest", "ze zei dat ze al het geld aan haar pooier moet geven")),
    ("pleger", ("ik regel de afspraken voor mijn vriendin", "zij slaapt met die mannen en ik hou het geld")),
    ("sociale_omgeving", ("mijn beste vriend moet drugs rondbrengen voor oudere jongens", "ze slaan hem als hij niet wil")),
    ("slachtoffer", ("ik denk dat mijn vriend een loverboy is", "ik moet met zijn vrienden naar bed en die betalen hem")),
]


@pytest.mark.parametrize("who,texts", ROLES)
def test_who_is_chatting(code, who, texts):
    assert code(*texts).values["achtergrond_chatter"] == who


@pytest.mark.parametrize("form,texts", [
    ("seksueel", ("mijn ex verhuurt mij aan zijn vrienden",)),
    ("seksueel", ("hij zet me op sites en dan moet ik naar de mannen die hem betalen",)),
    ("seksueel", ("ik moet van mijn pooier op de wallen staan",)),
    ("crimineel", ("ik moet voor een paar jongens geld via mijn rekening laten lopen", "ze zeggen dat ik anders klappen krijg")),
    ("crimineel", ("ik moet voor mijn oom drugs naar duitsland brengen", "als ik weiger slaat hij me")),
    ("arbeid", ("ik werk bij een gezin als au pair maar ik krijg geen geld en mag niet naar buiten",)),
    ("arbeid", ("ik moet op een boerderij werken van mijn oom en ik krijg er niks voor", "hij heeft mijn paspoort")),
])
def test_which_form(code, form, texts):
    assert code(*texts).values["vorm_uitbuiting"] == form


# Each means of coercion, in the words a victim might use for it.
X = "mijn vriend laat me met andere mannen slapen en hij pakt het geld"
COERCION = [
    ("geweld", "hij heeft me vorige week in mijn gezicht geslagen"),
    ("geweld", "als ik niet ga krijg ik een pak slaag"),
    ("geweld", "hij trok me aan mijn haren door de kamer"),
    ("geweld", "hij zei dat hij me kapot maakt als ik praat"),
    ("geweld", "hij drukte een sigaret op mijn arm uit"),
    ("geweld", "hij dreigt mijn familie wat aan te doen"),
    ("sextortion", "hij heeft naaktfotos van me en zegt dat hij ze online zet als ik stop"),
    ("sextortion", "als ik niet meewerk stuurt hij de video naar mijn school"),
    ("middelenafhankelijkheid", "ik ben verslaafd aan coke en alleen hij geeft het me"),
    ("anders", "hij heeft mijn paspoort afgepakt"),
    ("anders", "ik moet een schuld van 2000 euro afbetalen"),
    ("anders", "ik mag nergens alleen heen"),
    ("inwonend", "ik woon bij hem en als ik weiger zet hij me op straat"),
    ("financiele_afhankelijkheid", "ik heb geen eigen geld en zonder hem kan ik geen eten kopen"),
    ("lvb", "ik zit op het praktijkonderwijs en heb een lvb"),
]


@pytest.mark.parametrize("means,text", COERCION)
def test_each_means_of_coercion(code, means, text):
    assert code(X, text).values["dwangmiddelen"] == [means]


@pytest.mark.parametrize("text,want", [
    ("vanavond moet ik weer", "ja"), ("het gebeurt nog elke week", "ja"), ("morgen komt er weer een man", "ja"),
    ("gelukkig is het nu voorbij", "nee"), ("ik woon nu in een opvang en hij weet niet waar ik ben", "nee"),
    ("hij zit nu vast", "nee"), ("ik ben vorige maand bij hem weggegaan", "nee"),
])
def test_still_going_on_or_over(code, text, want):
    assert code(X, text).values["acuut_onveilig"] == want


@pytest.mark.parametrize("text,duur,detail", [
    ("sinds twee weken", "<1 jaar", "korter_dan_3_maanden"), ("het is 4 maanden geleden begonnen", "<1 jaar", "3_tot_12_maanden"),
    ("al anderhalf jaar", "1-2 jaar", "1_tot_2_jaar"), ("sinds drie dagen", "<1 jaar", "korter_dan_7_dagen"),
    ("al zes jaar", ">2 jaar", "5_tot_10_jaar"), ("al jaren", ">2 jaar", "meerdere_jaren"),
    # 'een paar maanden' is under a year but could be either side of three months: the finer scale is onbekend.
    ("dat gaat al een paar maanden zo", "<1 jaar", "onbekend"),
])
def test_durations(code, text, duur, detail):
    values = code(X, text).values
    assert (values["duur"], values["duur_detail"]) == (duur, detail)


@pytest.mark.parametrize("texts,want", [
    (("mijn moeder weet er niks van",), "onbekend"),  # someone else may know
    (("ik heb het aan niemand verteld",), "ja"),
    (("ik heb het vorig jaar al aan de politie verteld",), "nee"),
    (("mijn beste vriendin is de enige die het weet",), "nee"),
    (("jullie zijn de eersten die dit horen",), "ja"),
    (("mijn zus heeft het ontdekt",), "nee"),
    (("ik ben hier al eens eerder geweest",), "nee"),
    (("C:Heb je het al aan iemand verteld?", "nee nog niet"), "ja"),
    (("C:Weet iemand anders ervan?", "alleen mijn zus"), "nee"),
    (("C:Weten je ouders hiervan?", "nee die mogen het niet weten"), "onbekend"),
])
def test_told_before_or_not(code, texts, want):
    assert code(X, *texts).values["first_disclosure"] == want


@pytest.mark.parametrize("text,variable,want", [
    ("hij heeft nog meer meisjes die voor hem werken", "meerdere_slachtoffers", "ja"),
    ("ik ben niet de enige", "meerdere_slachtoffers", "ja"),
    ("volgens mij ben ik de enige", "meerdere_slachtoffers", "nee"),
    ("zijn broer haalt het geld op", "meerdere_plegers", "ja"),
    ("het is een hele groep", "meerdere_plegers", "ja"),
    ("hij doet het alleen", "meerdere_plegers", "nee"),
    ("ik ken hem van school", "ontmoeting", "offline"),
    ("hij sprak me aan bij het station", "ontmoeting", "offline"),
    ("hij is een vriend van mijn broer", "ontmoeting", "offline"),
    ("we hebben gematcht op tinder", "ontmoeting", "online"),
    ("hij stuurde me een dm op insta", "ontmoeting", "online"),
    ("ik word volgende maand 18", "leeftijd_slachtoffer", 17),
    # Chats arrive pseudonymised: a placeholder stands where the name was.
    ("zn neef [naam-1] regelt wie er komt", "meerdere_plegers", "ja"),
    ("haar broertje [naam-2] van tien moet ook mee", "meerdere_slachtoffers", "ja"),
])
def test_others_meeting_and_age(code, text, variable, want):
    assert code(X, text).values[variable] == want


# Hard negatives: money, sex, work or violence, but nobody makes money from someone else's sex,
# crime or labour.
NOT_TRAFFICKING = [
    ("mijn ouders betalen mijn telefoon maar ik moet wel klusjes doen in huis", "dat vind ik oneerlijk"),
    ("mijn vriend wil steeds seks maar ik wil dat niet", "hij wordt dan boos"),
    ("ik ben vorige maand verkracht door een jongen uit mijn klas", "ik durf het niet te zeggen"),
    ("mijn vriend maakt steeds ruzie over geld en slaat me dan", "ik weet niet wat ik moet doen"),
    ("een man op snap stuurt me steeds berichten en wil dat ik foto's stuur", "hij biedt 50 euro"),
    ("ik heb een bijbaan bij de supermarkt en mijn baas is heel streng", "ik moet soms overwerken"),
    ("mijn stiefvader komt 's nachts op mijn kamer en doet dingen die ik niet wil", "mijn moeder gelooft me niet"),
]


@pytest.mark.parametrize("texts", NOT_TRAFFICKING)
def test_hard_negatives_are_not_trafficking(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "geen"


@pytest.mark.parametrize("want,texts", CASES, ids=[f"{i}-{'-'.join(c[0])}" for i, c in enumerate(CASES)])
def test_paraphrase(code, want, texts):
    values = code(*texts).values
    got = {k: (sorted(values[k]) if isinstance(values[k], list) else values[k]) for k in want}
    assert got == {k: (sorted(v) if isinstance(v, list) else v) for k, v in want.items()}


def test_every_value_but_onbekend_has_evidence(code):
    for _, texts in CASES:
        coding = code(*texts)
        for s in coding.suggestions.values():
            if s.value not in (None, "onbekend", []) and s.source not in ("neutraal", "standaard", "profiel"):
                assert s.evidence, (s.variable, s.value, s.source)
