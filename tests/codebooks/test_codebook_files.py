"""The shipped codebooks: contract with DESIGN.md, versions, SPSS codes."""

from __future__ import annotations

from importlib import resources

import pytest

from zichtbaar.codebooks import Codebook, available_codebooks, load_codebook

# DESIGN.md, "Codebook ckm-2021": variable → allowed values (onbekend included
# where the table lists it). Written out here on purpose: the table is the
# contract, the YAML must follow it, not the other way round.
DESIGN_CKM_2021 = {
    "achtergrond_chatter": {"slachtoffer", "familielid", "partner", "sociale_omgeving", "klant",
                            "hulpverlener", "pleger", "anders"},
    "vorm_uitbuiting": {"seksueel", "crimineel", "seksueel_en_crimineel", "arbeid", "geen"},
    "geslacht_slachtoffer": {"vrouw", "man", "neutraal", "onbekend"},
    "leeftijd_slachtoffer": {"onbekend"},  # plus integers
    "pleger_relatie": {"partner", "familie", "sociale_omgeving", "onbekend"},
    "pleger_familie_detail": {"vader", "moeder", "beide_ouders", "stiefouder", "broer", "andere_familie"},
    "dwangmiddelen": {"geweld", "sextortion", "middelenafhankelijkheid", "lvb", "leeftijdsverschil",
                      "inwonend", "financiele_afhankelijkheid", "anders"},
    "acuut_onveilig": {"ja", "nee", "onbekend"},
    "first_disclosure": {"ja", "nee", "onbekend"},
    "duur": {"<1 jaar", "1-2 jaar", ">2 jaar", "onbekend"},
    "ontmoeting": {"online", "offline", "onbekend"},
    "platform": set(),  # free lowercase text or null
    "meerdere_plegers": {"ja", "nee", "onbekend"},
    "meerdere_slachtoffers": {"ja", "nee", "onbekend"},
    "digitaal_aspect": {"ja", "nee"},
    "criminele_activiteiten": {"drugs_vervoeren_verhandelen", "drugs_bewaren", "diefstal", "overval",
                               "witwassen", "mishandeling", "wapenhandel"},
}
DESIGN_TYPES = {
    "dwangmiddelen": "multi", "criminele_activiteiten": "multi",
    "leeftijd_slachtoffer": "integer", "platform": "text",
}
# DESIGN.md coding rules: the variables coded when a chat is not about trafficking.
CODED_FOR_EVERY_CHAT_2021 = {"achtergrond_chatter", "vorm_uitbuiting", "geslacht_slachtoffer",
                             "leeftijd_slachtoffer", "digitaal_aspect"}
# Seed 002, Tabel 2 (finer duration scale), and DESIGN.md's duur classes.
DUUR_DETAIL = ["korter_dan_7_dagen", "korter_dan_3_maanden", "3_tot_12_maanden", "1_tot_2_jaar",
               "2_tot_5_jaar", "5_tot_10_jaar", "10_jaar_of_langer", "meerdere_jaren"]


@pytest.fixture(params=["ckm-2020", "ckm-2021"])
def codebook(request) -> Codebook:
    return load_codebook(request.param)


def test_both_versions_ship_and_load():
    assert {"ckm-2020", "ckm-2021"} <= set(available_codebooks())
    for cid in ("ckm-2020", "ckm-2021"):
        cb = load_codebook(cid)
        assert cb.id == cid
        assert cb.version == int(cid.rsplit("-", 1)[1])


def test_yaml_files_are_package_data():
    names = {p.name for p in resources.files("zichtbaar.codebooks").joinpath("data").iterdir()}
    assert {"ckm-2020.yaml", "ckm-2021.yaml"} <= names


def test_ckm_2021_matches_design_table_exactly():
    cb = load_codebook("ckm-2021")
    assert set(cb.ids) == set(DESIGN_CKM_2021) | {"duur_detail"}
    for vid, expected in DESIGN_CKM_2021.items():
        var = cb.variable(vid)
        assert var.allowed() == expected, vid
        assert var.type == DESIGN_TYPES.get(vid, "categorical"), vid
    assert cb.variable("pleger_familie_detail").missing.value is None
    assert cb.variable("platform").missing.value is None
    assert cb.variable("platform").lowercase
    assert cb.variable("dwangmiddelen").missing.value == []
    assert cb.variable("criminele_activiteiten").missing.value == []
    assert cb.variable("digitaal_aspect").missing is None


def test_only_trafficking_follows_the_coding_rules():
    cb = load_codebook("ckm-2021")
    assert {v.id for v in cb.variables if not v.only_trafficking} == CODED_FOR_EVERY_CHAT_2021
    assert cb.trafficking_filter.variable == "vorm_uitbuiting"
    assert cb.trafficking_filter.not_trafficking == "geen"


def test_version_differences():
    old, new = load_codebook("ckm-2020"), load_codebook("ckm-2021")
    assert set(old.ids) - set(new.ids) == {"corona"}
    assert set(new.ids) - set(old.ids) == {"digitaal_aspect"}
    assert new.based_on == "ckm-2020" and old.based_on is None
    assert load_codebook(new.based_on).version < new.version
    # every added or dropped variable is explained in the changes
    changes = " ".join(new.changes)
    assert "digitaal_aspect" in changes and "corona" in changes
    corona = old.variable("corona")
    assert corona.label == "Corona-gerelateerd"
    assert corona.allowed() == {"ja", "nee", "onbekend"}
    assert corona.only_trafficking
    # the 2020 profile filled in 16 by itself; the codebook must say so
    notes_2020 = " ".join(old.variable("leeftijd_slachtoffer").notes)
    assert "16" in notes_2020 and "automatisch" in notes_2020
    assert "16" not in " ".join(new.variable("leeftijd_slachtoffer").notes).replace("2016", "")


def test_shared_variables_keep_values_and_codes_across_versions():
    old, new = load_codebook("ckm-2020"), load_codebook("ckm-2021")
    for vid in set(old.ids) & set(new.ids):
        a, b = old.variable(vid), new.variable(vid)
        assert a.type == b.type, vid
        assert a.spss_value_labels() == b.spss_value_labels(), vid
        assert {v.id: v.code for v in a.values} == {v.id: v.code for v in b.values}, vid


def test_spss_codes_unique_and_missing_codes_conventional(codebook):
    for var in codebook.variables:
        codes = [v.code for v in var.values]
        assert len(codes) == len(set(codes)), var.id
        assert sorted(codes) == list(range(1, len(codes) + 1)), var.id
        labels = var.spss_value_labels()
        assert len(labels) == len(codes) + (1 if var.missing and var.missing.code is not None else 0)
        if var.missing is not None and var.missing.value == "onbekend":
            assert var.missing.code in (9, 99, 999), var.id
            assert var.missing.code > max(codes or [var.maximum or 0]), var.id


def test_every_variable_and_value_is_documented_in_dutch(codebook):
    for var in codebook.variables:
        assert var.label and var.label[0].isupper(), var.id
        assert len(var.definition) > 20, var.id
        for value in var.values:
            assert value.label == value.label.strip() and not value.label[0].islower(), (var.id, value.id)
        if var.missing is not None:
            assert len(var.missing.meaning) > 20, var.id
    labels = {v.id: v.label for v in codebook.variables}
    assert labels["achtergrond_chatter"] == "Achtergrond chatter"
    assert labels["vorm_uitbuiting"] == "Vorm van uitbuiting"
    assert codebook.variable("vorm_uitbuiting").value("seksueel_en_crimineel").label == \
        "Seksuele en criminele uitbuiting"


def test_duur_detail_maps_onto_duur(codebook):
    detail, duur = codebook.variable("duur_detail"), codebook.variable("duur")
    assert detail.value_ids() == DUUR_DETAIL
    assert detail.maps_onto.variable == "duur"
    mapping = detail.maps_onto.mapping
    assert set(mapping) == set(DUUR_DETAIL)
    assert set(mapping.values()) == set(duur.value_ids())
    # the scale is ordered: mapped coarse classes never go down
    order = duur.value_ids()
    ranks = [order.index(mapping[d]) for d in DUUR_DETAIL]
    assert ranks == sorted(ranks)
    assert mapping["3_tot_12_maanden"] == "<1 jaar"
    assert mapping["1_tot_2_jaar"] == "1-2 jaar"
    assert mapping["2_tot_5_jaar"] == ">2 jaar"
    assert mapping["meerdere_jaren"] == ">2 jaar"
    # a consistent pair passes, an inconsistent one is reported
    base = {"vorm_uitbuiting": "seksueel"}
    for d in DUUR_DETAIL:
        assert codebook.validate_values({**base, "duur_detail": d, "duur": mapping[d]}) == []
        wrong = next(v for v in order if v != mapping[d])
        problems = codebook.validate_values({**base, "duur_detail": d, "duur": wrong})
        assert len(problems) == 1 and problems[0].startswith("duur_detail:")
