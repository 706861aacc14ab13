"""Each rule behaviour on small hand-written Dutch chats."""

from __future__ import annotations

EXPLOITED = "mijn vriend laat me met andere mannen naar bed en hij houdt het geld"


def values(coding):
    return coding.values


# -- negation, fear, hearsay ------------------------------------------------
def test_violence_stated_is_geweld(code):
    assert "geweld" in values(code(EXPLOITED, "als ik nee zeg slaat hij me"))["dwangmiddelen"]


def test_negated_violence_is_not_geweld(code):
    v = values(code(EXPLOITED, "hij slaat me niet hoor"))
    assert "geweld" not in v["dwangmiddelen"]
    v = values(code(EXPLOITED, "hij heeft me nooit geslagen"))
    assert "geweld" not in v["dwangmiddelen"]


def test_condition_with_niet_is_still_a_threat(code):
    # the 'niet' belongs to the condition, not to the hitting
    assert "geweld" in values(code(EXPLOITED, "als ik niet doe wat hij zegt slaat hij me"))["dwangmiddelen"]


def test_fear_of_images_is_not_sextortion(code):
    v = values(code(EXPLOITED, "ik ben bang dat hij stiekem fotos heeft gemaakt en die verspreidt"))
    assert "sextortion" not in v["dwangmiddelen"]
    v = values(code(EXPLOITED, "hij heeft naaktfotos van me en dreigt dat hij ze verspreidt"))
    assert "sextortion" in v["dwangmiddelen"]


def test_no_images_is_not_sextortion(code):
    assert "sextortion" not in values(code(EXPLOITED, "er zijn geen filmpjes van mij gelukkig"))["dwangmiddelen"]


def test_hearsay_is_evidence_but_weighed_lower(code):
    direct = code("ik maak me zorgen om mijn zus", "haar vriend laat haar tippelen", "hij slaat haar")
    heard = code("ik maak me zorgen om mijn zus", "haar vriend laat haar tippelen", "ze zegt dat hij haar slaat")
    assert "geweld" in heard.values["dwangmiddelen"]
    assert heard.suggestions["vorm_uitbuiting"].value == "seksueel"
    assert heard.suggestions["dwangmiddelen"].evidence
    assert direct.suggestions["dwangmiddelen"].confidence >= heard.suggestions["dwangmiddelen"].confidence


# -- who is speaking ---------------------------------------------------------
def test_counselor_question_alone_is_not_evidence(code):
    v = values(code(EXPLOITED, "C:Gebruikt hij weleens geweld?", "C:Woon je bij hem?", "ik weet het niet"))
    assert "geweld" not in v["dwangmiddelen"] and "inwonend" not in v["dwangmiddelen"]


def test_visitor_yes_to_counselor_question_is_evidence(code):
    coding = code(EXPLOITED, "C:Gebruikt hij weleens geweld?", "ja")
    assert "geweld" in coding.values["dwangmiddelen"]
    quotes = [e.quote for e in coding.suggestions["dwangmiddelen"].evidence]
    assert "ja" in quotes  # the visitor's answer, not the counselor's question


def test_visitor_no_to_counselor_question(code):
    v = values(code(EXPLOITED, "C:Gebeurt het nu nog steeds?", "nee het is gestopt"))
    assert v["acuut_onveilig"] == "nee"
    v = values(code(EXPLOITED, "C:Heb je hier al eerder met iemand over gepraat?", "nee"))
    assert v["first_disclosure"] == "ja"


# -- past versus present -----------------------------------------------------
def test_ongoing_is_acuut(code):
    assert values(code(EXPLOITED, "vanavond moet ik weer"))["acuut_onveilig"] == "ja"
    assert values(code(EXPLOITED, "het gebeurt nog steeds"))["acuut_onveilig"] == "ja"


def test_past_is_not_acuut(code):
    assert values(code(EXPLOITED, "het is gestopt, ik ben weg bij hem"))["acuut_onveilig"] == "nee"
    assert values(code(EXPLOITED, "ik hoef het niet meer te doen"))["acuut_onveilig"] == "nee"


def test_silence_is_onbekend_not_nee(code):
    v = values(code(EXPLOITED))
    assert v["meerdere_slachtoffers"] == "onbekend"
    assert v["dwangmiddelen"] == []


def test_exploitation_told_in_the_present_goes_on(code):
    # Human coders (four authors) code 'ja' when nothing says it is over: the story is told in the present.
    assert values(code(EXPLOITED))["acuut_onveilig"] == "ja"
    assert values(code("vroeger liet mijn ex me met zijn vrienden naar bed gaan voor geld", "dat was drie jaar geleden"))["acuut_onveilig"] == "nee"
    assert values(code("ik ben sinds vorige week bij hem weg", EXPLOITED))["acuut_onveilig"] == "nee"
    # A condition is not an ending: 'als ik zeg dat ik het niet meer doe, slaat hij me'.
    assert values(code(EXPLOITED, "als ik zeg dat ik het niet meer doe slaat hij me"))["acuut_onveilig"] == "ja"


# -- durations ----------------------------------------------------------------
def test_durations_in_chat_dutch(code):
    assert values(code(EXPLOITED, "dit gaat al 3 jr zo"))["duur"] == ">2 jaar"
    assert values(code(EXPLOITED, "het gebeurt al anderhalf jaar"))["duur_detail"] == "1_tot_2_jaar"
    assert values(code(EXPLOITED, "al een paar weken"))["duur_detail"] == "korter_dan_3_maanden"
    assert values(code(EXPLOITED, "ik moet dit al jaren doen"))["duur_detail"] == "meerdere_jaren"


def test_duration_since_own_age_and_school_year(code):
    v = values(code(EXPLOITED, "ik ben 15", "het is zo sinds mijn 12e"))
    assert v["duur_detail"] == "2_tot_5_jaar" and v["duur"] == ">2 jaar"
    v = values(code(EXPLOITED, "ik ben 13", "sinds de brugklas gaat het zo"))
    assert v["duur"] == "1-2 jaar"


def test_duration_since_last_summer_uses_chat_date(code):
    # chat on 5 October 2021: last summer (July) is about three months ago
    assert values(code(EXPLOITED, "het begon sinds vorige zomer"))["duur_detail"] == "3_tot_12_maanden"


def test_relationship_length_is_not_duration(code):
    assert values(code(EXPLOITED, "we hebben al 3 jaar verkering"))["duur"] == "onbekend"


def test_answer_to_duration_question(code):
    assert values(code(EXPLOITED, "C:Hoe lang gaat dit al zo?", "6 maanden denk ik"))["duur_detail"] == "3_tot_12_maanden"


# -- ages and gender ------------------------------------------------------------
def test_stated_age_beats_profile(code):
    assert values(code(EXPLOITED, "ik ben 15", age=19))["leeftijd_slachtoffer"] == 15
    assert values(code(EXPLOITED, "ik ben net zestien"))["leeftijd_slachtoffer"] == 16


def test_answer_to_age_question(code):
    assert values(code(EXPLOITED, "C:Hoe oud ben jij?", "14 btw"))["leeftijd_slachtoffer"] == 14


def test_other_persons_age_is_not_the_victims(code):
    v = values(code(EXPLOITED, "mijn broertje is pas 11", "hij is 28"))
    assert v["leeftijd_slachtoffer"] == "onbekend"


def test_looks_like_age_is_not_an_age(code):
    v = values(code("ik had via een site een afspraak met een meisje", "er stond een man buiten die het geld pakte",
                    "ze zag eruit als 15", age=40))
    assert v["achtergrond_chatter"] == "klant"
    assert v["leeftijd_slachtoffer"] == "onbekend"


def test_profile_is_used_only_when_chatter_is_victim(code):
    own = values(code(EXPLOITED, age=16, gender="v"))
    assert own["leeftijd_slachtoffer"] == 16 and own["geslacht_slachtoffer"] == "vrouw"
    other = values(code("ik maak me zorgen om mijn nichtje", "ik denk dat haar vriend haar laat tippelen", age=45, gender="m"))
    assert other["achtergrond_chatter"] == "familielid"
    assert other["leeftijd_slachtoffer"] == "onbekend"
    assert other["geslacht_slachtoffer"] == "vrouw"  # from 'nichtje', not from the profile


def test_third_party_victim_age(code):
    v = values(code("ik maak me zorgen om mijn dochter van 14", "ik denk dat een jongen haar verkoopt aan mannen", age=44))
    assert v["leeftijd_slachtoffer"] == 14 and v["achtergrond_chatter"] == "familielid"


# -- who is chatting, who exploits ------------------------------------------------
def test_chatter_relation(code):
    assert values(code("ik werk als jeugdhulpverlener en heb een vraag over een cliënte",
                       "haar vriend laat haar met mannen naar bed"))["achtergrond_chatter"] == "hulpverlener"
    assert values(code("ik maak me zorgen om mijn beste vriendin",
                       "haar vriend laat haar tippelen"))["achtergrond_chatter"] == "sociale_omgeving"
    assert values(code("mijn vriendin werkt voor mij", "ze heeft seks met mannen en ik regel de klanten"))["achtergrond_chatter"] == "pleger"


def test_exploiter_relation_and_family_detail(code):
    v = values(code("mijn stiefvader laat mannen naar ons huis komen", "en ze betalen hem"))
    assert v["pleger_relatie"] == "familie" and v["pleger_familie_detail"] == "stiefouder"
    assert v["ontmoeting"] == "onbekend"  # not coded for family exploiters
    v = values(code(EXPLOITED, "ik durf het niet aan mijn moeder te vertellen"))
    assert v["pleger_relatie"] == "partner" and v["pleger_familie_detail"] is None


def test_meeting_online_and_platform(code):
    v = values(code("een jongen laat me met mannen afspreken voor geld", "ik ken hem van tiktok"))
    assert v["ontmoeting"] == "online" and v["platform"] == "tiktok"
    v = values(code(EXPLOITED, "we kennen elkaar van school", "hij stuurt de klanten via snap"))
    assert v["ontmoeting"] == "offline" and v["platform"] is None
    assert v["digitaal_aspect"] == "ja"


def test_snap_je_is_not_snapchat(code):
    assert values(code("ik ben zo moe", "snap je"))["digitaal_aspect"] == "nee"


def test_first_disclosure(code):
    assert values(code(EXPLOITED, "ik heb dit nog nooit aan iemand verteld"))["first_disclosure"] == "ja"
    assert values(code(EXPLOITED, "ik heb het wel aan mijn mentor verteld"))["first_disclosure"] == "nee"
    assert values(code(EXPLOITED, "ik durf het niet aan mijn moeder te vertellen"))["first_disclosure"] == "onbekend"


def test_not_trafficking_gets_reason_and_neutral_values(code):
    coding = code("een jongen op snap heeft naaktfotos van me", "en nu wil hij 300 euro", "ik ben 15", age=15)
    v = coding.values
    assert v["vorm_uitbuiting"] == "geen"
    assert coding.exclusion_reason == "sextortion zonder uitbuiting"
    assert v["dwangmiddelen"] == [] and v["pleger_relatie"] == "onbekend" and v["platform"] is None
    assert v["leeftijd_slachtoffer"] == 15 and v["digitaal_aspect"] == "ja"
    relation = code("mijn vriend dwingt me soms tot seks", "is dat normaal?")
    assert relation.values["vorm_uitbuiting"] == "geen" and relation.exclusion_reason == "ander seksueel geweld"


def test_criminal_exploitation(code):
    v = values(code("ik moet van een jongen drugs rondbrengen", "en ze hebben spul bij mij verstopt"))
    assert v["vorm_uitbuiting"] == "crimineel"
    assert v["criminele_activiteiten"] == ["drugs_bewaren", "drugs_vervoeren_verhandelen"]
    v = values(code(EXPLOITED, "ik moet ook coke verkopen voor hem"))
    assert v["vorm_uitbuiting"] == "seksueel_en_crimineel"


def test_pseudonymised_text_is_coded_the_same(code):
    raw = code("mijn vriend Kevin laat me met andere mannen naar bed", "ik ken hem van school in Zwolle", "ik ben 16")
    pseudo = code("mijn vriend [naam-1] laat me met andere mannen naar bed", "ik ken hem van school in [plaats-1]", "ik ben 16")
    assert raw.values == pseudo.values


def test_typos_and_abbreviations(code):
    v = values(code("mn vrend laat me tippeln en hij houdt t geld", "als k nee zeg word ik geslgen", "bn 15"))
    assert v["vorm_uitbuiting"] == "seksueel"
    assert v["pleger_relatie"] == "partner"
    assert "geweld" in v["dwangmiddelen"]
    assert v["leeftijd_slachtoffer"] == 15


def test_images_online_without_threat_is_not_sextortion(code):
    assert "sextortion" not in values(code(EXPLOITED, "hij zet fotos van me online op sites"))["dwangmiddelen"]
    threat = values(code(EXPLOITED, "er is een filmpje van mij", "hij zegt dat mijn vader het krijgt als ik stop"))
    assert "sextortion" in threat["dwangmiddelen"]


def test_refined_durations_and_since_yesterday(code):
    assert values(code(EXPLOITED, "het is al een jaar of 2 zo"))["duur_detail"] == "2_tot_5_jaar"
    assert values(code(EXPLOITED, "een paar maanden, 5 ofzo denk ik"))["duur_detail"] == "3_tot_12_maanden"
    assert values(code(EXPLOITED, "sinds eergisteren moet ik dit doen"))["duur_detail"] == "korter_dan_7_dagen"


def test_third_party_named_with_age_in_brackets(code):
    v = values(code("Mijn dochter (15) wordt door haar vriend verkocht aan mannen denk ik", "Ze zit nu bij hem", age=44))
    assert v["achtergrond_chatter"] == "familielid" and v["leeftijd_slachtoffer"] == 15
    assert v["pleger_relatie"] == "partner" and v["acuut_onveilig"] == "ja"
