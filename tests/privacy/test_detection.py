"""Each kind of PII in the forms teenagers type it, and what research needs kept."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import assert_pseudonymised


# (message, surfaces that must be gone, words that must stay)
CASES = [
    # names: lowercase, capitalised, context, surnames, titles
    ("hoi ik ben lisa uit zwolle", ["lisa", "zwolle"], ["hoi", "ik", "ben", "uit"]),
    ("mo zegt dat ik moet komen", ["mo"], ["zegt", "moet", "komen"]),
    ("ik heet emma de jong", ["emma", "jong"], ["ik", "heet"]),
    ("mijn vriend kyano wil dat ik meega", ["kyano"], ["mijn", "vriend", "wil"]),
    ("mijn stiefvader heet Storm", ["Storm"], ["mijn", "stiefvader", "heet"]),
    ("juf annemiek weet het niet", ["annemiek"], ["juf", "weet", "niet"]),
    ("meneer de groot is mijn mentor", ["groot"], ["meneer", "mijn", "mentor"]),
    ("Daan en Sanne waren er ook", ["Daan", "Sanne"], ["waren", "ook"]),
    ("ik sprak met Mohammed El Amrani", ["Mohammed", "Amrani"], ["sprak", "met"]),
    # places, neighbourhoods
    ("ik woon in den haag", ["den haag"], ["ik", "woon"]),
    ("we gingen naar Rotterdam en toen naar amsterdam", ["Rotterdam", "amsterdam"], ["gingen", "naar", "toen"]),
    ("ik woon in kanaleneiland", ["kanaleneiland"], ["woon"]),
    ("hij komt uit bergen op zoom", ["bergen op zoom"], ["hij", "komt", "uit"]),
    # handles and accounts
    ("mijn snap is xx_lisa03", ["xx_lisa03"], ["mijn", "snap"]),
    ("insta: @lisa.devries_", ["lisa.devries_", "@lisa.devries_"], ["insta"]),
    ("voeg me toe op snapchat: sweetgirl", ["sweetgirl"], ["snapchat", "voeg"]),
    ("zijn tiktok is dirtyd4nny", ["dirtyd4nny"], ["tiktok"]),
    ("stuur maar naar @kimmie", ["kimmie"], ["stuur", "naar"]),
    # phone numbers
    ("bel me op 06-12345678", ["12345678"], ["bel"]),
    ("mijn nummer is +31 6 1234 5678", ["1234 5678", "5678"], ["nummer"]),
    ("0612345678 is van hem", ["0612345678"], ["van", "hem"]),
    ("app 06 12 34 56 78 maar", ["12 34 56 78"], ["app", "maar"]),
    ("+31612345678", ["31612345678"], []),
    ("bel 0031 6 12345678", ["12345678"], ["bel"]),
    ("thuis 020-1234567", ["1234567"], ["thuis"]),
    ("belgisch nummer +32 470 12 34 56", ["470 12 34 56"], ["belgisch", "nummer"]),
    ("of 0470/12.34.56", ["0470/12.34.56", "12.34.56"], []),
    # e-mail, url
    ("mail naar lisa.devries@gmail.com", ["lisa.devries@gmail.com", "devries"], ["mail", "naar"]),
    ("mijn mail is lisa03 @ hotmail . com", ["lisa03"], ["mijn", "mail"]),
    ("kijk op https://instagram.com/lisa_03 dan", ["lisa_03"], ["kijk", "dan"]),
    ("het staat op www.mijnsite.nl", ["mijnsite"], ["staat"]),
    # address, postcode
    ("ik woon op de kerkstraat 12b", ["kerkstraat 12b"], ["woon"]),
    ("adres Burgemeester de Vlugtlaan 3", ["Vlugtlaan 3"], ["adres"]),
    ("het is 8011 AB in zwolle", ["8011 AB", "zwolle"], ["het", "is"]),
    ("postcode 3512jk", ["3512jk"], ["postcode"]),
    ("ik woon in de lindelaan", ["lindelaan"], ["woon"]),
    # schools
    ("ik zit op het dalton college", ["dalton"], ["zit"]),
    ("ik zat op basisschool de regenboog", ["regenboog"], ["zat"]),
    ("hij zit bij mij op het Stedelijk Gymnasium", ["Stedelijk Gymnasium"], ["hij", "zit"]),
    # dates
    ("het gebeurde op 3 maart", ["3 maart"], ["gebeurde"]),
    ("ik ben geboren op 12-05-2008", ["12-05-2008"], ["geboren"]),
    ("op 14/2 zag ik hem", ["14/2"], ["zag", "hem"]),
    ("sinds 1 jan 2021", ["1 jan 2021"], ["sinds"]),
    # numbers: IBAN, BSN, plates
    ("mijn rekening NL91 ABNA 0417 1643 00", ["0417", "NL91"], ["rekening"]),
    ("bsn 111222333", ["111222333"], ["bsn"]),
    ("mijn bsn is 123456782", ["123456782"], []),
    ("zijn auto is 12-ABC-3", ["12-ABC-3"], ["auto"]),
    ("kenteken xx-99-xx zag ik", ["xx-99-xx"], ["kenteken"]),
    # a nickname in quotes, a name that is a word before a relative clause (new authors, fresh6)
    ('hij zette me online onder een andere naam, "sky", en nu bellen mannen', ["sky"], ["naam", "mannen"]),
    ("er is een meisje bo die ik ken van de hockey", ["bo"], ["meisje", "hockey"]),
    ("ik woon op texel, in den burg", ["texel", "den burg"], ["woon"]),  # words after an old article
    ("ik doe nu mbo zorg op het koning willem 1 college", ["koning willem 1"], ["zorg"]),  # a number in the name
]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES, ids=[c[0][:40] for c in CASES])
def test_pii_is_removed_and_ordinary_words_stay(run, text, gone, kept):
    [out] = run(text)
    assert_pseudonymised(out, gone, kept)
    assert "[" in out


KEEP = [
    "ik ben 14",
    "ik ben 15 jaar",
    "ik ben een meisje van 16",
    "ik word al 2 jaar gepest",
    "het duurt nu 3 maanden",
    "hij stuurde het via instagram en snapchat",
    "mijn vader en stiefvader en mijn vriend",
    "ik ben bang en mijn vriend zegt dat ik moet",
    "Engels is mijn slechtste vak",
    "we waren bij de Albert Heijn",
    "Storm en regen, het was koud in het bos",
    "Bos is een mooi woord",
    "ik moet 3-4 keer per week gaan",
    "om 14.30 uur",
    "het kost 50 euro",
    "ik ben een jongen",
    "mijn moeder weet het niet",
    "ik heb 2 broers en 1 zus",
    "hoi, fijn dat je er bent",
    "Hoe gaat het nu met je?",
    "ik zit op school in de tweede klas",
    "in 2019 en 2020 ging het mis",
    "ik zit in groep 8",
    "Echt niet, Best wel eng",
    "ok doei",
]


@pytest.mark.parametrize("text", KEEP)
def test_research_content_stays(run, text):
    assert run(text) == [text]


def test_counselor_messages_are_pseudonymised_too(pseudonymiser):
    from tests.privacy.conftest import make_chat

    chat = make_chat(["hoi", "Hoi Lisa, waar woon je? Bel anders 0612345678"], roles=["visitor", "counselor"])
    out = pseudonymiser.pseudonymise(chat).chat.messages[1].text
    assert "Lisa" not in out and "0612345678" not in out


def test_names_learned_in_a_chat_propagate(run):
    out = run("ik heet storm", "storm zegt dat het goed is", "Storm weet niet dat ik hier ben")
    assert out == ["ik heet [naam-1]", "[naam-1] zegt dat het goed is", "[naam-1] weet niet dat ik hier ben"]


def test_school_name_propagates(run):
    out = run("ik zit op het dalton college", "op het dalton is het kut")
    assert "dalton" not in out[1].lower()


def test_visitor_username_in_text_is_hidden(pseudonymiser):
    from tests.privacy.conftest import make_chat

    chat = make_chat(["mijn naam hier is Lieke123 haha"], visitor="lieke123")
    out = pseudonymiser.pseudonymise(chat).chat
    assert "lieke123" not in out.messages[0].text.lower()
    assert out.visitor.startswith("bezoeker-") and "lieke" not in out.visitor


# Harder forms: capitals after prepositions, discord tags, numbers without 0,
# school names, titles with surnames, neighbourhoods after the town.
HARD = [
    ("mn naam is Fenna, 14 jr uit Hoogeveen", ["Fenna", "Hoogeveen"], ["14", "jr"]),
    ("ik kom uit 's-hertogenbosch", ["hertogenbosch"], ["kom"]),
    ("hij heet mehmet yilmaz", ["mehmet", "yilmaz"], ["hij"]),
    ("die gast heet Jordy ofzo", ["Jordy"], ["gast", "ofzo"]),
    ("m'n stiefvader Ronald slaat mn moeder", ["Ronald"], ["stiefvader", "slaat", "moeder"]),
    ("mijn discord is darkwolf#1234", ["darkwolf", "1234"], ["discord"]),
    ("snap = lotte.vd.berg", ["lotte.vd.berg"], ["snap"]),
    ("mijn nr is 612345678", ["612345678"], ["nr"]),
    ("bel 06.12.34.56.78", ["06.12.34.56.78"], ["bel"]),
    ("ik woon aan de Dorpsstraat 5 in Putten", ["Dorpsstraat 5", "Putten"], ["woon"]),
    ("adres: Prinsengracht 263-1, 1016 GV Amsterdam", ["Prinsengracht", "1016 GV", "Amsterdam"], ["adres"]),
    ("ik zit op het Zernike College in Haren", ["Zernike", "Haren"], ["zit"]),
    ("ik zat op obs de Klimop", ["Klimop"], ["zat"]),
    ("ik heb het aan mijn mentor mevrouw Bakker verteld", ["Bakker"], ["mentor", "mevrouw", "verteld"]),
    ("ik ben 16 en woon in Osdorp", ["Osdorp"], ["16", "woon"]),
    ("ik woon in utrecht, in leidsche rijn", ["utrecht", "leidsche rijn"], ["woon"]),
    ("Mijn adres is lindelaan 209 bis", ["lindelaan", "209"], ["adres"]),
    ("ik zit in 2 vmbo op het hooghuis", ["hooghuis"], ["vmbo", "zit"]),
    ("ik ben storm dekker btw", ["storm", "dekker"], ["btw"]),
    ("said, zo heet hij", ["said"], ["zo", "heet", "hij"]),
    ("ik maak me zorgen om mijn dochter (lief)", ["lief"], ["dochter", "zorgen"]),
    ("hij ziet waar ik ben via life360", [], ["life360"]),
    ("ik ben het, jesse", ["jesse"], ["ben", "het"]),
    ("ik zit op het Gymnasium Haganum", ["Haganum"], ["zit"]),
    ("straatnaam is Julianastraat, nummer 8", ["Julianastraat"], ["straatnaam"]),
    ("het is in leiden", ["leiden"], ["het", "is"]),
    ("ze noemen hem de kapper maar hij heet kevin", ["kevin", "kapper"], ["noemen", "heet"]),  # a nickname identifies too
    ("die jongen van het werk, thijs, die weet het ook", ["thijs"], ["jongen", "werk"]),
    ("Ik maak me zorgen om mijn nichtje van dertien (Sky)", ["Sky"], ["nichtje", "dertien"]),
    ("woon nog altijd in huizen en hij ook", ["huizen"], ["woon", "altijd"]),  # a return visit restating the town
    ("nog steeds in roden", ["roden"], ["steeds"]),
    ("ik zit nog steeds in de problemen", [], ["problemen", "steeds"]),
    # found on unseen sets: transit stops, schools named after a person, numbers read out or spaced
    ("hij haalt me op bij metro slinge", ["slinge"], ["haalt", "metro"]),
    ("ik zit op het johan de witt en daar is een mevrouw van de zorg", ["johan", "witt"], ["mevrouw", "zorg"]),
    ("ik zit op het lyceum van de stad", [], ["stad"]),
    ("zijn nummer is 0 6 - 2 8 7 1 4 4 0 3 zet dat maar in je dossier", ["2 8 7 1"], ["nummer", "dossier"]),
    ("hij belde van nul zes, drie acht, twee twee, negen een, vijf zes.", ["drie acht"], ["belde"]),
    ("I live in Amstelveen, Uilenstede 104, 1183 AJ", ["Uilenstede", "104", "1183"], ["live"]),
    ("on 12 july the police came to the house", ["12 july"], ["police", "house"]),
    ("ik mis mn vriendinnen van het johan de witt", ["johan", "witt"], ["vriendinnen"]),
    ("we zitten op het blaise van de rijt", ["blaise", "rijt"], ["zitten"]),  # "van de", not "van" + "de"
    ("ik heb een rechercheur, van der linden. ik kan haar mailen", ["linden"], ["rechercheur", "mailen"]),
    ("hij haalde me op bij plein 40-45 met zn auto", ["40-45"], ["haalde", "auto"]),
    ("hij stond bij ons in de straat in baalderveld", ["baalderveld"], ["straat"]),
    # session 5, from the first looks at fresh7 and fresh8
    ("mn vriend storm wil elke dag mijn telefoon zien", ["storm"], ["vriend", "telefoon"]),  # subject of a verb
    ("zijn oude naam was milan.x.fit en nu iets anders", ["milan.x.fit", "fit"], ["oude", "naam"]),
    ("De studentenpsycholoog van de UM kan helpen", ["UM"], ["studentenpsycholoog"]),
    ("ik heb een tijd in een instelling gezeten in zetten", ["zetten"], ["instelling", "gezeten"]),
    ("the salon is on paul krugerlaan", ["paul", "krugerlaan"], ["salon"]),
    ("Bel 0800-2000 of Meld Misdaad Anoniem", ["2000"], ["Meld", "Misdaad"]),  # "2000 of" is no postcode
    # session 6: a name with a possessive 's
    ("lisa's moeder weet het en daan's vader ook", ["lisa", "daan"], ["moeder", "vader"]),
    ("ik ging naar opa's huis, da's beter. he's gone", [], ["opa's", "da's", "he's"]),
]


@pytest.mark.parametrize(("text", "gone", "kept"), HARD, ids=[c[0][:40] for c in HARD])
def test_hard_forms(run, text, gone, kept):
    [out] = run(text)
    assert_pseudonymised(out, gone, kept)


@pytest.mark.parametrize("text", [c[0] for c in HARD] + ["ik zit op het stedelijk lyceum enschede"])
def test_spans_never_overlap(pseudonymiser, text):
    """Spans grown after detection (a school's surname, a house number) stop at the next span."""
    [spans] = pseudonymiser.detect([text])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:])), spans


KEEP_MORE = [
    "Hoop dat het beter gaat",
    "ik woon bij mijn moeder in huis",
    "we zitten op het schoolplein",
    "ik zat op de bank met hem",
    "hij kwam uit Marokko en zij uit Polen",
    "Ik heb een Samsung en hij een iPhone",
    "We gingen naar de Action en de Primark",
    "mijn moeder werkt bij de Jumbo",
    "Je kunt ook bellen met 112 als het niet veilig is",
    "Wil je dat ik met je meedenk over hulp bij jou in de buurt?",
    "Hoi, je spreekt met Chat met Fier. Vertel maar, ik lees mee.",
    "ik ben nie de enige",
    "ik ben echtt bang voor hem",
    "mijn vriend regetl mannen voor me",
    "we appen nu vooral via sc",
    "ik woon bij hem",
    "hij heeft me een zwarte mercedes gegeven",
    "mijn cijfer was een 6,5 en om 8 uur moest ik thuis zijn",
    "dat kan leiden tot problemen",
    "hij gaf me elke week een roos",
    "hij heet gezegd dat hij mijn ouders iets aandoet",
    "ik ben er een jaar geleen uit gekomen",
    "ik moet na school van iemand naar een hotel",
    "Iemand op snapchat hefet een filmpje van me",
    # 'k glued to the verb: on the hand-written sets these became names and false link keys
    "kheb t 3x gedaan en kwoon bij mn moeder, kmoet nu slapen",
    "hij heeft mijn paspoort en mijn bankpas",
    "mn juf van groep 8 zei het ook",
    "Maybe in the pauze at 12, I go outside. I am tired",
    "Her number I do not know, I cannot call her, my phone is from the agency",
    "mijn nonkel is agent. da is wel awkward",
    "trouwens ik ben zestien",  # an age in words, which the research needs
    "thnx voor je hulp",
    "Um, ik weet het niet",
    "dus d.w.z. dat hij het weet",
    "mn pa zegt altijd gewoon terugslaan",
    "i left and he didnt send. tbh ngl",
    "ik ben non-binair. ik weet niet of dat belangrijk is",
    "Bel Veilig Thuis of Meld Misdaad Anoniem",
    "ik zit in de problemen, ik kom er niet uit echt",
    "mijn vriend echt wil niet dat ik ga",
    "Vraagt hij om foto's voor zijn vrienden, dan is het belangrijk om alert te zijn",
]


@pytest.mark.parametrize("text", KEEP_MORE)
def test_more_research_content_stays(run, text):
    assert run(text) == [text]


def test_a_function_word_found_once_does_not_spread(run):
    """"op het Van Lodenstein": "Van" of a school's name must not take every "van" of the chat with it."""
    out = run("ze gaan rond op het Van Lodenstein.", "Wat naar. Het verspreiden van zulke foto's is strafbaar.")
    assert "verspreiden van zulke" in out[1]


def test_haar_is_never_a_name(run):
    out = run("Ze noemt hem haar vriend.", "Wat merkt u aan haar?")
    assert "haar vriend" in out[0] and "aan haar" in out[1]


@pytest.mark.parametrize(("question", "answer", "gone", "kept"), [
    ("Woon je in Son en Breugel of ergens anders?", "rooi", ["rooi"], []),
    ("Zit je daar op school?", "ja goudse waarden", ["goudse", "waarden"], ["ja"]),
    ("Zit je daar op school?", "blaise pascal", ["blaise", "pascal"], []),
    ("Waar woon je?", "weet ik niet", [], ["weet", "niet"]),
    ("Waar woon je?", "bij mn oma", [], ["oma"]),
    ("Hoe gaat het nu?", "goudse kaas", [], ["goudse", "kaas"]),  # no where-question, no place
])
def test_the_answer_to_a_where_question(run, question, answer, gone, kept):
    out = run("hoi", question, answer)
    assert_pseudonymised(out[2], gone, kept)


@pytest.mark.xfail(strict=True, reason="known over-removal: the token model, trained on 16 sets, reads "
                   "'in het ...veld' as a neighbourhood (p 0.53); left so while it lowers the leave-one-set-out leak")
def test_a_sports_field_after_in_het_stays(run):
    assert run("ik was de hele dag in het voetbalveld") == ["ik was de hele dag in het voetbalveld"]
