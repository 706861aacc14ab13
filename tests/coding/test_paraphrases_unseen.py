"""Paraphrases of the causes found on chats by authors the rules were never tuned on
(the pseudonymisation and linking sets, whose authors labelled only the scenario).
Every sentence here is new, written for this test; each group is one general
cause, not one chat:

- the counselor's expert judgement makes a chat count as trafficking (codebook:
  'ook chats waarin de chatmedewerker ... een sterk vermoeden van mensenhandel had'),
  but not a question, a denial, a risk or a textbook answer;
- third parties introduce themselves by job title, by what they teach or run, or by
  opening about their own child, sibling or friend;
- 'ik weet niet wat ik moet doen' is anyone's helplessness, not the victim's own story;
- the victim's noun ('een meisje van een flat') is not the exploiter, and the
  chatter's own age ('ik ben een man van 52') is no age gap;
- how long the chatter has worried is not how long the exploitation lasted.
"""

from __future__ import annotations

import pytest

# -- the counselor's judgement ------------------------------------------------------
JUDGED = [
    ("seksueel", ("hoi", "mijn vriend wil dat ik iets terug doe voor alle cadeaus", "ik moest mee naar een huis en daar waren vrienden van hem",
                  "C:Wat je vertelt noemen we uitbuiting. Het is niet jouw schuld.")),
    ("crimineel", ("ik moet van een gast uit de wijk steeds dingen doen", "anders krijg ik problemen",
                   "C:Dank je. Dat zijn duidelijke signalen van criminele uitbuiting.")),
    ("arbeid", ("mijn tante laat me elke dag in haar winkel staan", "ik ga niet meer naar school",
                "C:Wat u beschrijft past bij arbeidsuitbuiting.")),
    ("seksueel", ("ze gaat elk weekend naar hotels met een oudere man", "C:Dat klinkt als uitbuiting door een loverboy.")),
    ("crimineel", ("hij laat me pakketjes naar adressen brengen", "C:Wat hij doet, jou dingen laten wegbrengen onder dreiging, is uitbuiting.")),
]


@pytest.mark.parametrize("form,texts", JUDGED)
def test_counselor_judgement_counts(code, form, texts):
    coding = code(*texts)
    assert coding.values["vorm_uitbuiting"] == form
    assert coding.suggestions["vorm_uitbuiting"].evidence


NOT_JUDGED = [
    # a question about whether it is
    ("mijn vriend is jaloers en kijkt in mijn telefoon", "C:Mag ik wat vragen om te snappen of het om een loverboy gaat?", "ok"),
    # a denial, also after an earlier suspicion
    ("mijn vriend leent steeds geld van me", "C:Dat zijn signalen van uitbuiting.", "nee hij betaalt het altijd terug, ik wilde het zelf",
     "C:Dan is dit geen uitbuiting, maar het is goed dat je er over nadenkt."),
    # a risk, not a fact
    ("iemand op straat bood me 500 euro om een tas weg te brengen", "C:Zo'n aanbod kan het begin zijn van criminele uitbuiting."),
    # a school project: a textbook answer
    ("ik maak een werkstuk over mensenhandel", "C:Leuk! Als iemand een ander dwingt om drugs te vervoeren, dan heet dat criminele uitbuiting."),
]


@pytest.mark.parametrize("texts", NOT_JUDGED)
def test_counselor_words_that_are_no_judgement(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "geen"


# -- who is chatting ------------------------------------------------------------------
S = "hij laat haar met mannen naar bed gaan en houdt het geld"
H = "hij moet voor oudere jongens drugs rondbrengen en ze slaan hem als hij weigert"
WHO = [
    ("hulpverlener", ("goedemiddag, ik ben straatwerker in een grote stad", "een meisje dat ik spreek vertelt dat " + S)),
    ("hulpverlener", ("ik ben verpleegkundige op de spoedeisende hulp en heb een vraag over een patiënte", S)),
    ("hulpverlener", ("ik werk als casemanager en een van mijn cliënten zit in de problemen", H)),
    ("sociale_omgeving", ("ik ben hockeytrainer van de meiden onder 16", "een van mijn speelsters vertelde dat " + S)),
    ("sociale_omgeving", ("ik geef bijles aan een jongen van 14", H)),
    ("sociale_omgeving", ("er werkt een jongen van 16 bij ons in de bakkerij", H)),
    ("familielid", ("wij zijn de grootouders van een meisje van 15", S)),
    ("familielid", ("goedenavond", "mijn zoon is 15 en hij is steeds weg", H)),
    ("familielid", ("mijn zusje (14) is veranderd sinds ze die gast kent", S, "ik weet echt niet wat ik moet doen")),
    ("sociale_omgeving", ("mn bff is zo raar de laatste tijd", S)),
    ("sociale_omgeving", ("het gaat nie om mij maar om mn vriendin", S)),
    # "over een leerling": the noun is the second alternative's group (this once crashed the coder)
    ("sociale_omgeving", ("ik wil iets vragen over een leerling", "een meisje uit 4 havo, " + S)),
    # the victim's own story stays the victim's, also with helplessness in it
    ("slachtoffer", ("ik weet niet wat ik moet doen", "mijn vriend laat me met zijn vrienden slapen en zij betalen hem")),
    ("slachtoffer", ("ik heb al eens gechat over mijn buurman", "hij laat me nog steeds met mannen slapen voor geld")),
]


@pytest.mark.parametrize("who,texts", WHO)
def test_who_introduces_themselves(code, who, texts):
    assert code(*texts).values["achtergrond_chatter"] == who


def test_victims_noun_is_not_where_they_met(code):
    values = code("ik ben taxichauffeur", "ik rij vaak een jong meisje van een flat naar hotels",
                  "ze moet daar mannen ontmoeten en een man betaalt de ritten en pakt het geld").values
    assert values["ontmoeting"] == "onbekend"
    assert values["pleger_relatie"] == "onbekend"


def test_chatters_own_age_is_no_age_gap(code):
    values = code("ik ben een man van 61 en ik heb via een advertentie met een meisje afgesproken",
                  "er stond een man die het geld aannam en haar naar binnen duwde").values
    assert "leeftijdsverschil" not in values["dwangmiddelen"]


@pytest.mark.parametrize("worry", [
    "ik maak me al weken zorgen", "ik lig er al maanden wakker van", "ik zit al weken met iets in mijn maag",
])
def test_how_long_the_chatter_worried_is_no_duration(code, worry):
    values = code("ik ben de buurvrouw van een meisje van 15", worry, S).values
    assert values["duur"] == "onbekend"


@pytest.mark.parametrize("texts,form,activity", [
    (("een man uit het dorp zet al maanden tassen met drugs in onze schuur", "hij zegt dat mijn moeder iets overkomt als ik praat"),
     "crimineel", "drugs_bewaren"),
    (("ik run voor een gast uit de stad", "ik ben degene die na school voor hem pakketjes rondbrengt"), "crimineel", "drugs_vervoeren_verhandelen"),
])
def test_drug_work_in_other_word_orders(code, texts, form, activity):
    values = code(*texts).values
    assert values["vorm_uitbuiting"] == form
    assert activity in values["criminele_activiteiten"]


def test_third_parties_paying_with_verb_first(code):
    assert code("ik moet met zijn vrienden chillen", "ze doen dingen met me en dan geven ze hem geld").values["vorm_uitbuiting"] == "seksueel"
