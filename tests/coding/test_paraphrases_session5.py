"""Paraphrases of causes found on fresh7-8 after their first look (session 5).
Every sentence is new, written for this test; each group is one general cause:

- a threat to send images is sextortion however it is phrased: the threat told
  with "zegt ie/hij" or "zei hij:", the images named in an earlier message
  ("dan dreigde hij ze te sturen"), the images sent to a relative ("naar mijn
  mama"), a refusal before it ("als ik niet terug kom zet hij ze online"), or
  "hij heeft de filmpjes nog" with a condition ("als ik naar de politie ga");
  images put online without a threat stay no sextortion;
- the exploiter's age given with a name ("[naam-1] is 24 trouwens", "rik is 23"),
  "ie", "bijna", "een man van rond de 40", or "ik 14 hij 18", against a minor.
"""

from __future__ import annotations

import pytest

EXPLOITED = "mijn vriend laat me met andere mannen slapen en hij houdt het geld"

THREATS = [
    (EXPLOITED, "en dan zegt ie dat hij mijn pics naar de hele klas van mijn school stuurt"),
    (EXPLOITED, "hij heeft nog fotos van toen", "vorig jaar dreigde hij ze te sturen naar iedereen"),
    (EXPLOITED, "hij zegt hij stuurt het filmpje naar mijn papa als ik niet meer kom"),
    (EXPLOITED, "hij heeft die video's", "als ik niet terug kom zet hij ze online zegt hij"),
    (EXPLOITED, "Hij heeft de opnames nog en hij weet wat hij doet als ik aangifte doe."),
    (EXPLOITED, "Ze is geslagen en gedreigd met de filmpjes die hij heeft gemaakt."),
]


@pytest.mark.parametrize("texts", THREATS)
def test_a_threat_to_send_images_is_sextortion(code, texts):
    assert "sextortion" in code(*texts).values["dwangmiddelen"]


def test_images_put_online_without_a_threat_stay_no_sextortion(code):
    coding = code(EXPLOITED, "hij zet foto's van mij op een site en dan bellen er mannen")
    assert "sextortion" not in coding.values["dwangmiddelen"]


AGE_GAPS = [
    ("ik ben 14", "mijn vriend rik laat me met zijn vrienden slapen voor geld", "rik is 23 trouwens"),
    ("ik ben 15", "ik moet pakketjes wegbrengen voor een gast uit de wijk", "ie is 24"),
    ("Mijn leerling is 16.", "Ze wordt na school opgehaald door een man van rond de 40 die haar met mannen laat meegaan voor geld."),
    ("hij liet me met andere mannen naar bed gaan voor geld", "ik 14 hij 18 toen"),
    ("ik ben 16", "hij verkoopt me aan zijn vrienden", "hij is bijna 30"),
]


@pytest.mark.parametrize("texts", AGE_GAPS)
def test_the_exploiter_s_age_with_a_name_or_estimate_is_an_age_difference(code, texts):
    assert "leeftijdsverschil" in code(*texts).values["dwangmiddelen"]


def test_a_sister_s_age_is_not_the_exploiter_s(code):
    coding = code("ik ben 14", "mijn vriend laat me met mannen slapen voor geld", "mijn zus is 22.")
    assert "leeftijdsverschil" not in coding.values["dwangmiddelen"]


# -- a counselor's question the visitor confirms -------------------------------------------
def test_a_confirmed_question_about_forced_stealing_is_criminal_exploitation(code):
    coding = code("hoi ik ben het weer", "van mijn oom en de winkels",
                  "C:Welkom terug. Moet je nog steeds stelen voor je oom?", "nee niet meer sinds de zomer",
                  "C:Hoe lang heb je voor hem moeten stelen?", "een jaar ongeveer")
    assert coding.values["vorm_uitbuiting"] == "crimineel"


def test_a_denied_question_confirms_nothing(code):
    coding = code("ik heb ruzie met mijn oom", "C:Moet je dingen stelen voor hem?", "nee joh, gewoon ruzie over geld")
    assert coding.values["vorm_uitbuiting"] == "geen"


# -- a second exploiter told in passing (fresh7-8) -------------------------------------------
SEVERAL = [
    ("ik moet pakketjes rondbrengen", "kevin en zn broer, die regelen alles"),
    ("hij laat me met mannen slapen voor geld", "tim en ruben verdelen het geld"),
    ("Mijn zus moest met mannen naar bed voor geld, samen met zijn neef regelde hij dat.",),
    ("ik moest voor ze jatten bij de jumbo", "nu moet ik ook dingen bewaren"),
    ("er zijn gasten bij het station die zeggen dat ik pakketjes moet wegbrengen",),
    ("ik moet drugs verkopen", "zn maat stond gister voor mijn deur"),
]


@pytest.mark.parametrize("texts", SEVERAL)
def test_a_second_exploiter_in_passing(code, texts):
    assert code(*texts).values["meerdere_plegers"] == "ja"


def test_one_boyfriend_alone_is_not_several(code):
    coding = code("mijn vriend laat me met mannen slapen voor geld", "hij regelt alles")
    assert coding.values["meerdere_plegers"] != "ja"


@pytest.mark.parametrize("text", ["als ik nee zeg pakt hij de riem", "hij schreeuwt en gooit met een stoel",
                                  "hij gooide een glas naast mijn hoofd"])
def test_a_belt_or_thrown_things_are_violence(code, text):
    assert "geweld" in code("ik moet voor hem drugs rondbrengen", text).values["dwangmiddelen"]
