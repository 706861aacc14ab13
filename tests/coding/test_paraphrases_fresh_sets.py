"""Paraphrases of causes found on fresh1-6 after their first look (session 4).
Every sentence is new, written for this test; each group is one general cause:

- the exploiter's age said in passing ('haar vriend is 25', 'een vriend van 23',
  'ze zijn 19', 'ik was 15 en hij 22') against a minor victim is a large age
  difference (leeftijdsverschil);
- a boyfriend introduced by a parent or friend ('X heeft een vriend', 'haar
  "vriend"', 'ze zegt dat hij haar vriend is') or by what he does ('mn vriend
  zet advertenties van mij online') is the partner, not an unknown exploiter.
"""

from __future__ import annotations

import pytest

AGE_GAPS = [
    ("ik ben 15", "haar vriend joey is 25 en hij laat haar met mannen meegaan voor geld"),
    ("ik ben 14 jaar", "ik moet pakketjes rondbrengen voor die jongens, ze zijn 19 en ze dreigen me"),
    ("ik ben nu 16", "hij liet me met zijn vrienden slapen voor geld", "ik was 15 en hij 22 toen het begon"),
    ("Mijn dochter is 16.", "Ze heeft sinds de zomer een vriend van 23 die haar laat werken met mannen."),
]


@pytest.mark.parametrize("texts", AGE_GAPS)
def test_the_exploiter_s_age_in_passing_is_an_age_difference(code, texts):
    assert "leeftijdsverschil" in code(*texts).values["dwangmiddelen"]


def test_two_teenagers_close_in_age_are_no_age_difference(code):
    coding = code("ik ben 17", "mijn vriend is 19 en hij laat me met mannen meegaan voor geld")
    assert "leeftijdsverschil" not in coding.values["dwangmiddelen"]


PARTNERS = [
    ("Goedenavond, ik ben de moeder van Lieke (15).", "Lieke heeft sinds de herfst een vriend, Ramon.",
     "Hij laat haar met andere mannen meegaan voor geld."),
    ("Het gaat om mijn zusje van 16.", "Ze zegt dat hij haar vriend is, maar hij laat haar seks hebben met mannen en houdt het geld."),
    ("ik ben 17", "mn vriend noah zet advertenties van mij online en dan komen er mannen"),
    ("Mijn nicht is 15 en haar 'vriend' laat haar werken in een hotel, met mannen.",),
]


@pytest.mark.parametrize("texts", PARTNERS)
def test_a_boyfriend_introduced_in_passing_is_the_partner(code, texts):
    assert code(*texts).values["pleger_relatie"] == "partner"


# -- several exploiters told in passing ----------------------------------------------
SEVERAL = [
    ("ik ben 16 en ik moet seks hebben met mannen voor geld", "Kevin en zijn maat Dennis brachten me elke vrijdag naar dat huis"),
    ("ik moet pakketjes wegbrengen voor hem", "wie? hij en zn neef"),
    ("ik moet drugs rondbrengen", "de klanten appen naar een nummer en dat regelt zijn broer"),
    ("ik moet drugs verkopen op het plein en het geld afgeven", "ze verdienen er samen aan, hij en zijn vriend"),
    ("ik moet voor hem dealen", "hij werkt zelf ook voor iemand, een man met een grote auto"),
]


@pytest.mark.parametrize("texts", SEVERAL)
def test_a_second_exploiter_in_passing_makes_several(code, texts):
    assert code(*texts).values["meerdere_plegers"] == "ja"


# -- a month or holiday after 'sinds' dates the start -----------------------------------
def test_an_optional_space_in_a_rule_is_optional_and_classes_keep_their_spaces():
    from zichtbaar.coding.text import rx

    pattern = rx(r"car ?wash", r"sinds (de )?mei", r"x[^ ]y")
    assert pattern.search("ik werk in een carwash") and pattern.search("ik werk in een car  wash")
    assert pattern.search("sinds mei") and pattern.search("sinds de mei")
    assert pattern.search("xay") and not pattern.search("x y")


@pytest.mark.parametrize(("text", "duur"), [
    ("sinds november moet ik drugs naar antwerpen brengen voor hem en hij houdt het geld", "<1 jaar"),
    ("sinds mei moet ik met mannen mee voor geld, hij regelt dat", "<1 jaar"),
])
def test_since_a_month_is_under_a_year(code, text, duur):
    from datetime import datetime

    coding = code("ik ben 16", text, started_at=datetime(2024, 12, 20, 20, 0))
    assert coding.values["duur"] == duur


# -- sex with his friends for money, in street words ----------------------------------
@pytest.mark.parametrize("texts", [
    ("ik moet met zn maten chillen, nie gewoon chillen snap je", "en dan geven ze hem doekoe"),
    ("mijn vriendje zegt dat ik met zijn neef moet slapen", "en dan krijgt hij 50 euro van die neef"),
])
def test_sex_with_his_friends_for_money_is_sexual_exploitation(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "seksueel"


@pytest.mark.parametrize("texts", [
    ("ik heb het aan mijn mentor verteld en de mentor heeft het gemeld", "hij liet me met mannen slapen voor geld"),
    ("roos weet het, die zegt ik moet het melden", "hij laat me met mannen meegaan voor geld"),
])
def test_someone_who_already_knows_makes_it_no_first_disclosure(code, texts):
    assert code("ik ben 15", *texts).values["first_disclosure"] == "nee"


# -- family in the story is not the exploiter ---------------------------------------
@pytest.mark.parametrize("texts", [
    ("ik moet drugs verkopen voor een gast uit de buurt en het geld afgeven", "ze zeiden dat ze weten waar mn zusje op school zit"),
    ("hij laat me met mannen slapen voor geld", "ik zit op mn kamer, mn ouders slapen"),
    ("his brother drives us to the houses", "he takes all the money from the clients"),
])
def test_a_threatened_or_sleeping_relative_is_not_the_exploiter(code, texts):
    assert code(*texts).values["pleger_relatie"] != "familie"


def test_a_parent_who_sells_their_child_is_still_family(code):
    coding = code("ik ben 14", "mijn moeder laat mannen bij mij komen voor geld")
    assert coding.values["pleger_relatie"] == "familie"
    assert coding.values["pleger_familie_detail"] == "moeder"


@pytest.mark.parametrize("text", [
    "ik moet pakketjes rondbrengen voor hem en dit loopt nu al ruim een jaar",
    "hij laat me met mannen slapen voor geld en het wordt alleen maar erger",
])
def test_exploitation_that_goes_on_is_acute(code, text):
    assert code("ik ben 16", text).values["acuut_onveilig"] == "ja"
