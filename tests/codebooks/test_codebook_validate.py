"""Checking codings and truth files against a codebook version."""

from __future__ import annotations

import json

import pytest

from zichtbaar.codebooks import load_codebook
from zichtbaar.truth import ChatTruth

# Lieke123 from seed 001's introduction, coded by hand against ckm-2021: a
# fifteen-year-old girl exploited by her father for years, ads online, beaten,
# telling it for the first time.
LIEKE_2021 = {
    "achtergrond_chatter": "slachtoffer",
    "vorm_uitbuiting": "seksueel",
    "geslacht_slachtoffer": "vrouw",
    "leeftijd_slachtoffer": 15,
    "pleger_relatie": "familie",
    "pleger_familie_detail": "vader",
    "dwangmiddelen": ["geweld"],
    "acuut_onveilig": "ja",
    "first_disclosure": "ja",
    "duur": ">2 jaar",
    "duur_detail": "meerdere_jaren",
    "ontmoeting": "onbekend",
    "platform": None,
    "meerdere_plegers": "onbekend",
    "meerdere_slachtoffers": "onbekend",
    "digitaal_aspect": "ja",
    "criminele_activiteiten": [],
}

# A 2020 chat coded with the 2020 codebook: a girl met online on snapchat,
# exploited and made to deal drugs by her boyfriend during the lockdown.
CODING_2020 = {
    "achtergrond_chatter": "slachtoffer",
    "vorm_uitbuiting": "seksueel_en_crimineel",
    "geslacht_slachtoffer": "vrouw",
    "leeftijd_slachtoffer": 16,
    "pleger_relatie": "partner",
    "pleger_familie_detail": None,
    "dwangmiddelen": ["sextortion", "geweld"],
    "acuut_onveilig": "ja",
    "first_disclosure": "nee",
    "duur": "<1 jaar",
    "duur_detail": "3_tot_12_maanden",
    "ontmoeting": "online",
    "platform": "snapchat",
    "meerdere_plegers": "ja",
    "meerdere_slachtoffers": "onbekend",
    "corona": "ja",
    "criminele_activiteiten": ["drugs_vervoeren_verhandelen"],
}

# A chat about sextortion without exploitation (seed 001 §2: not trafficking).
NOT_TRAFFICKING_2021 = {
    "achtergrond_chatter": "slachtoffer",
    "vorm_uitbuiting": "geen",
    "geslacht_slachtoffer": "man",
    "leeftijd_slachtoffer": "onbekend",
    "pleger_relatie": "onbekend",
    "pleger_familie_detail": None,
    "dwangmiddelen": [],
    "acuut_onveilig": "onbekend",
    "first_disclosure": "onbekend",
    "duur": "onbekend",
    "duur_detail": "onbekend",
    "ontmoeting": "onbekend",
    "platform": None,
    "meerdere_plegers": "onbekend",
    "meerdere_slachtoffers": "onbekend",
    "digitaal_aspect": "ja",
    "criminele_activiteiten": [],
}


@pytest.fixture(scope="module")
def ckm2021():
    return load_codebook("ckm-2021")


@pytest.fixture(scope="module")
def ckm2020():
    return load_codebook("ckm-2020")


def test_complete_realistic_codings_pass(ckm2021, ckm2020):
    assert ckm2021.validate_values(LIEKE_2021, complete=True) == []
    assert ckm2021.validate_values(NOT_TRAFFICKING_2021, complete=True) == []
    assert ckm2020.validate_values(CODING_2020, complete=True) == []


def test_old_coding_reads_against_its_own_version_not_the_new_one(ckm2021, ckm2020):
    problems = ckm2021.validate_values(CODING_2020, complete=True)
    assert problems == [
        "'corona': unknown variable, not in codebook ckm-2021",
        "digitaal_aspect: missing from the coding",
    ]
    # and the other way round: a 2021 coding has a variable 2020 did not know
    assert ckm2020.validate_values(LIEKE_2021) == ["'digitaal_aspect': unknown variable, not in codebook ckm-2020"]


def test_truth_file_variables_validate(ckm2021):
    """A truth line as the generator writes it goes through ChatTruth first."""
    line = json.dumps({"chat_id": "c0001", "person_id": "p1", "scenario": "ouder_uitbuiter",
                       "about_trafficking": True, "variables": LIEKE_2021, "pii": []})
    truth = ChatTruth.model_validate_json(line)
    assert ckm2021.validate_values(truth.variables, complete=True) == []
    bad = ChatTruth.model_validate_json(line.replace('"seksueel"', '"seksuele_uitbuiting"'))
    assert ckm2021.validate_values(bad.variables) == [
        "vorm_uitbuiting: value 'seksuele_uitbuiting' not allowed, expected one of "
        "arbeid, crimineel, geen, seksueel, seksueel_en_crimineel"
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"corona": "ja"}, "'corona': unknown variable"),
        ({"geslacht_slachtoffer": "meisje"}, "geslacht_slachtoffer: value 'meisje' not allowed"),
        ({"geslacht_slachtoffer": None}, "geslacht_slachtoffer: null not allowed"),
        ({"acuut_onveilig": ["ja"]}, "acuut_onveilig: a list given, but acuut_onveilig takes one value"),
        ({"dwangmiddelen": "geweld"}, "dwangmiddelen: expected a list of"),
        ({"dwangmiddelen": ["geweld", "chantage"]}, "dwangmiddelen: value 'chantage' not allowed"),
        ({"dwangmiddelen": ["onbekend"]}, "dwangmiddelen: value 'onbekend' not allowed"),
        ({"dwangmiddelen": ["geweld", "geweld"]}, "dwangmiddelen: value 'geweld' listed more than once"),
        ({"leeftijd_slachtoffer": "15"}, "leeftijd_slachtoffer: expected an integer or 'onbekend', got str"),
        ({"leeftijd_slachtoffer": True}, "leeftijd_slachtoffer: expected an integer"),
        ({"leeftijd_slachtoffer": 15.0}, "leeftijd_slachtoffer: expected an integer"),
        ({"leeftijd_slachtoffer": 130}, "leeftijd_slachtoffer: 130 out of range, expected 0..120"),
        ({"leeftijd_slachtoffer": -1}, "leeftijd_slachtoffer: -1 out of range"),
        ({"pleger_familie_detail": "onbekend"}, "pleger_familie_detail: value 'onbekend' not allowed"),
        ({"duur": "2 jaar"}, "duur: value '2 jaar' not allowed"),
        ({"digitaal_aspect": "onbekend"}, "digitaal_aspect: value 'onbekend' not allowed, expected one of ja, nee"),
        ({"criminele_activiteiten": None}, "criminele_activiteiten: expected a list of"),
    ],
)
def test_each_kind_of_bad_value_is_reported(ckm2021, change, expected):
    problems = ckm2021.validate_values({**LIEKE_2021, **change})
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems


def test_text_variable_is_checked_without_quoting_it(ckm2021):
    # a free-text value may carry words copied from a chat: never echoed back
    coding = {**CODING_2020, "platform": "Snapchat van Lisa"}
    del coding["corona"]
    problems = ckm2021.validate_values(coding)
    assert problems == ["platform: expected lowercase text"]
    assert "Lisa" not in problems[0]
    assert ckm2021.validate_values({"platform": "  "}) == ["platform: empty text, expected a value or null"]
    assert ckm2021.validate_values({"platform": 3}) == ["platform: expected text or null, got int"]


def test_long_bad_values_are_cut_short(ckm2021):
    problems = ckm2021.validate_values({"ontmoeting": "via een vriendin van mijn nicht op een feestje in het dorp"})
    assert len(problems) == 1 and "..." in problems[0]
    assert "feestje in het dorp" not in problems[0]


def test_not_trafficking_chat_must_leave_exploitation_variables_neutral(ckm2021):
    coding = {**NOT_TRAFFICKING_2021, "pleger_relatie": "partner", "dwangmiddelen": ["sextortion"]}
    assert ckm2021.validate_values(coding) == [
        "pleger_relatie: chat is not about trafficking (vorm_uitbuiting = geen), expected 'onbekend'",
        "dwangmiddelen: chat is not about trafficking (vorm_uitbuiting = geen), expected []",
    ]
    # the variables coded for every chat may still carry values
    assert ckm2021.validate_values({**NOT_TRAFFICKING_2021, "leeftijd_slachtoffer": 17,
                                    "achtergrond_chatter": "familielid"}) == []


def test_conditional_variables(ckm2021):
    partner = {**LIEKE_2021, "pleger_relatie": "partner"}  # keeps pleger_familie_detail = vader
    assert ckm2021.validate_values(partner) == [
        "pleger_familie_detail: only coded when pleger_relatie is familie, but pleger_relatie is 'partner'; "
        "expected null"
    ]
    helper = {**LIEKE_2021, "achtergrond_chatter": "hulpverlener"}  # first_disclosure = ja
    assert [p.split(":")[0] for p in ckm2021.validate_values(helper)] == ["first_disclosure"]
    family_met_online = {**LIEKE_2021, "ontmoeting": "online", "platform": "instagram"}
    assert [p.split(":")[0] for p in ckm2021.validate_values(family_met_online)] == ["ontmoeting"]
    offline_platform = {**CODING_2020, "ontmoeting": "offline"}
    del offline_platform["corona"]
    assert [p.split(":")[0] for p in ckm2021.validate_values(offline_platform)] == ["platform"]
    sexual_only = {**CODING_2020, "vorm_uitbuiting": "seksueel"}
    del sexual_only["corona"]
    assert [p.split(":")[0] for p in ckm2021.validate_values(sexual_only)] == ["criminele_activiteiten"]


def test_complete_reports_missing_variables_and_partial_does_not(ckm2021):
    partial = {"achtergrond_chatter": "slachtoffer", "vorm_uitbuiting": "arbeid"}
    assert ckm2021.validate_values(partial) == []
    missing = ckm2021.validate_values(partial, complete=True)
    assert len(missing) == len(ckm2021.variables) - 2
    assert all(p.endswith(": missing from the coding") for p in missing)


def test_not_a_mapping(ckm2021):
    assert ckm2021.validate_values(["slachtoffer"]) == ["expected a mapping of variable ids to values, got list"]


def test_every_allowed_value_passes_on_its_own(ckm2021, ckm2020):
    for cb in (ckm2021, ckm2020):
        for var in cb.variables:
            for value in var.allowed():
                if var.type == "multi":
                    value = [value]
                assert cb.validate_values({var.id: value}) == [], (cb.id, var.id, value)
