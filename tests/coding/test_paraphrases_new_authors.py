"""Paraphrases of the causes found on the six hand-written sets coded by two new
human coders (dev, dev2, dev3, devlinks). Every sentence here is new, written for
this test, and none is copied from a chat; each group is one general cause:

- several independent signals together (an older 'vriend', expensive gifts, a
  second phone, nights away, a car at the door, a hotel, a debt) make a chat about
  sexual exploitation, the way a parent or teacher describes it; one signal alone
  does not, and the same signals around a boy with drug words are criminal;
- labour exploitation told as long days, low pay, papers held and a bed at work,
  in Dutch or English;
- the counselor calls it signals or refers to the trafficking chain, and a later
  reassuring word from the counselor undoes an earlier judgement;
- drug running described without naming drugs, and drug customers ('klanten') are
  not sexual clients;
- other victims: a group of children named by a professional, co-workers in a
  labour case, a sibling the exploiter approaches too;
- several exploiters: a group that gives the orders;
- someone the visitor names already knows (not a first disclosure).
"""

from __future__ import annotations

import pytest

# -- signals that only count together -----------------------------------------------
SEXUAL_SIGNALS = [
    ("Ik maak me zorgen om mijn nichtje van 14.", "Ze heeft een 'vriend' die al 26 is en ze draagt opeens dure merkkleding.",
     "Ook vond ik een tweede simkaart in haar tas en ze blijft soms de hele nacht weg."),
    ("mijn klasgenootje heeft een vriend van 23", "hij haalt haar elke vrijdag op na school en dan gaan ze naar een hotel",
     "ze heeft ook een nieuwe iphone gekregen van hem"),
    ("Onze pupil komt steeds later terug van verlof.", "Ze heeft twee telefoons en zegt dat ze een schuld moet afbetalen bij een man.",
     "Vorige week stapte ze bij de ingang in een auto met donkere ramen."),
]


@pytest.mark.parametrize("texts", SEXUAL_SIGNALS)
def test_signals_together_are_sexual_exploitation(code, texts):
    coding = code(*texts)
    assert coding.values["vorm_uitbuiting"] == "seksueel"
    assert coding.suggestions["vorm_uitbuiting"].source == "signalen"
    assert len(coding.suggestions["vorm_uitbuiting"].evidence) >= 3


ONE_SIGNAL = [
    ("Mijn dochter heeft een ketting gekregen van haar vriendje.", "Verder gaat alles goed op school en thuis."),
    ("mijn zus blijft soms bij een vriendin slapen", "mijn ouders vinden dat prima"),
    ("hij haalt me op met de auto als het regent", "we zijn even oud en zitten in dezelfde klas"),
]


@pytest.mark.parametrize("texts", ONE_SIGNAL)
def test_one_signal_is_everyday_life(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "geen"


def test_same_signals_around_a_boy_with_drug_words_are_criminal(code):
    coding = code("Mijn kleinzoon is 15 en komt pas na middernacht thuis.",
                  "Er staat steeds een auto voor de deur en hij heeft opeens twee telefoons.",
                  "Ik denk dat hij in verkeerde kringen is beland.")
    assert coding.values["vorm_uitbuiting"] == "crimineel"


def test_counselor_reassurance_undoes_judgement(code):
    coding = code("Mijn zoon van 17 heeft een vriendin van 19, hoort dat bij loverboys?",
                  "C:Er zijn signalen die passen bij een loverboy, zoals dwang en geld afpakken. Herkent u dat?",
                  "Nee, ze komen gewoon samen eten en hij doet het goed op school.",
                  "C:Dan klinkt het als een gewone verliefdheid.")
    assert coding.values["vorm_uitbuiting"] == "geen"


def test_counselor_naming_signals_counts_as_one(code):
    coding = code("mijn vriendin is 15 en haar vriend is 24", "ze heeft sinds kort allemaal cadeaus van hem",
                  "C:Dat zijn zorgelijke signalen. Weet haar mentor ervan?")
    assert coding.values["vorm_uitbuiting"] == "seksueel"


# -- labour exploitation ------------------------------------------------------------
LABOUR = [
    ("Good evening. I work in a car wash in Rotterdam from 7 until 22, every day.",
     "The owner keeps my passport and I get 300 euro a month.", "I sleep above the shop with four other men."),
    ("Ik werk in een fabriek in Venlo van 6 tot 18 uur.", "De baas heeft mijn paspoort en zegt dat hij de IND belt als ik wegga.",
     "We krijgen 250 euro per maand, de rest houdt hij voor de huur."),
]


@pytest.mark.parametrize("texts", LABOUR)
def test_labour_signals_are_arbeid_with_coworkers(code, texts):
    coding = code(*texts)
    assert coding.values["vorm_uitbuiting"] == "arbeid"
    assert coding.values["meerdere_slachtoffers"] == "ja"  # co-workers in the same house or job


def test_unpaid_work_with_a_comma(code):
    coding = code("mijn schoonvader wil dat ik in zijn garage werk, zonder loon", "en ik mag nooit alleen naar buiten")
    assert coding.values["vorm_uitbuiting"] == "arbeid"


# -- crime without the word drugs; drug customers -------------------------------------
def test_courier_work_without_naming_drugs(code):
    coding = code("ik moet voor een paar gasten uit de wijk tassen afgeven aan mensen bij het station",
                  "als ik niet ga zeggen ze dat ze me komen halen")
    assert coding.values["vorm_uitbuiting"] == "crimineel"
    assert "drugs_vervoeren_verhandelen" in coding.values["criminele_activiteiten"]
    assert coding.values["meerdere_plegers"] == "ja"  # a group that gives the orders


def test_drug_customers_are_not_sexual_clients(code):
    coding = code("ik run voor een gast zn lijn", "ik breng elke dag pakketjes met wiet rond op de scooter",
                  "op de werktelefoon bellen de klanten de hele avond")
    assert coding.values["vorm_uitbuiting"] == "crimineel"


def test_driving_with_goods_is_transport(code):
    coding = code("mijn neef moet voor zijn baas met spullen naar duitsland rijden", "hij is bang want ze slaan hem als hij weigert")
    assert "drugs_vervoeren_verhandelen" in coding.values["criminele_activiteiten"]


def test_card_handed_over_for_money_is_laundering(code):
    coding = code("een jongen uit mijn straat wil dat ik mijn bankpas aan hem geef",
                  "er komt dan geld op van iemand en hij haalt het eraf, ik moet het doen anders krijg ik klappen")
    assert coding.values["vorm_uitbuiting"] == "crimineel"
    assert coding.values["criminele_activiteiten"] == ["witwassen"]


def test_forced_camsex_is_sexual(code):
    coding = code("hij heeft een filmpje van mij", "nu moet ik camseksen op een betaalde site anders stuurt hij het naar mijn ouders")
    assert coding.values["vorm_uitbuiting"] == "seksueel"


def test_the_pijp_is_a_neighbourhood(code):
    coding = code("een gast uit de pijp heeft mijn pinpas geleend", "nu staat er geld op en moet ik het voor hem pinnen en aan hem geven")
    assert coding.values["vorm_uitbuiting"] == "crimineel"


# -- other victims --------------------------------------------------------------------
OTHER_VICTIMS = [
    (("Ik ben trainer bij een voetbalclub.", "Drie van mijn spelers brengen na de training pakketjes rond voor een man met een scooter.",
      "Ze zeggen dat ze anders klappen krijgen."), "ja"),
    (("hij laat me pakketjes met drugs rondbrengen", "en nu heeft hij mijn zusje ook gevraagd"), "ja"),
    (("mijn vriend laat me met mannen naar bed gaan voor geld", "ik denk dat hij het bij andere meisjes ook probeert"), "ja"),
]


@pytest.mark.parametrize("texts,expected", OTHER_VICTIMS)
def test_other_victims_told_in_new_ways(code, texts, expected):
    assert code(*texts).values["meerdere_slachtoffers"] == expected


def test_clients_are_not_other_victims(code):
    assert code("mijn vriend laat me met andere mannen naar bed en hij houdt het geld").values["meerdere_slachtoffers"] == "onbekend"


# -- someone already knows ------------------------------------------------------------
KNOWS = [
    ("mijn vriend laat me met andere mannen naar bed en hij houdt het geld", "mijn oudste zus weet het wel"),
    ("mijn vriend laat me met andere mannen naar bed en hij houdt het geld", "mijn buurmeisje zei dat ik jullie moest appen"),
    ("my boyfriend makes me sleep with men for money", "my sister knows everything"),
]


@pytest.mark.parametrize("texts", KNOWS)
def test_someone_named_knows_is_not_first_disclosure(code, texts):
    assert code(*texts).values["first_disclosure"] == "nee"


def test_partly_told_is_not_first_disclosure(code):
    coding = code("mijn vriend laat me met andere mannen naar bed en hij houdt het geld",
                  "C:Weet je begeleider hiervan?", "deels, ik heb haar een beetje verteld")
    assert coding.values["first_disclosure"] == "nee"


def test_nobody_knows_stays_first_disclosure(code):
    coding = code("mijn vriend laat me met andere mannen naar bed en hij houdt het geld", "niemand weet het, ook mijn zus niet")
    assert coding.values["first_disclosure"] == "ja"
