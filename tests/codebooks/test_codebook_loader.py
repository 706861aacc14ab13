"""Loading codebooks: unknown ids and broken YAML give clear errors."""

from __future__ import annotations

from importlib import resources

import pytest

from zichtbaar.codebooks import UnknownCodebook, load_codebook, load_codebook_file, parse_codebook
from zichtbaar.errors import InputError


def shipped_text(codebook_id: str) -> str:
    return resources.files("zichtbaar.codebooks").joinpath("data", f"{codebook_id}.yaml").read_text("utf-8")


def test_unknown_id_lists_the_available_ones():
    with pytest.raises(UnknownCodebook) as info:
        load_codebook("ckm-2019")
    message = str(info.value)
    assert "'ckm-2019'" in message and "ckm-2020" in message and "ckm-2021" in message
    assert isinstance(info.value, LookupError)


def test_loading_is_cached_and_frozen():
    cb = load_codebook("ckm-2021")
    assert load_codebook("ckm-2021") is cb
    with pytest.raises(Exception):
        cb.version = 2022  # type: ignore[misc]


def test_own_codebook_file_round_trips(tmp_path):
    text = shipped_text("ckm-2021").replace("id: ckm-2021", "id: team-2022", 1).replace(
        "version: 2021", "version: 2022", 1).replace("based_on: ckm-2020", "based_on: ckm-2021", 1)
    path = tmp_path / "team-2022.yaml"
    path.write_text(text, encoding="utf-8")
    cb = load_codebook_file(path)
    assert (cb.id, cb.version, cb.based_on) == ("team-2022", 2022, "ckm-2021")
    assert cb.ids == load_codebook("ckm-2021").ids


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("id: x\nname: y\nvariables:\n  - id: a\n   label: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_codebook_file(path)
    assert info.value.file == str(path)
    assert info.value.line == 5
    assert "valid YAML" in info.value.expected


def test_schema_error_names_field_by_variable_id_and_line():
    text = shipped_text("ckm-2021")
    # a duplicated SPSS code inside duur: two values with code 2
    broken = text.replace('{id: ">2 jaar", label: "Langer dan twee jaar", code: 3', '{id: ">2 jaar", label: "Langer dan twee jaar", code: 2')
    assert broken != text
    with pytest.raises(InputError) as info:
        parse_codebook(broken, "ckm-kapot.yaml")
    err = info.value
    assert err.file == "ckm-kapot.yaml"
    assert err.field == "variables[duur]"
    assert "duplicate SPSS codes in duur" in err.expected
    assert broken.splitlines()[err.line - 1].strip() == "- id: duur"


def test_wrong_type_deep_in_a_value_points_at_that_line():
    text = shipped_text("ckm-2021")
    broken = text.replace("      - {id: vader, label: \"Vader\", code: 1}", "      - {id: vader, label: \"Vader\", code: een}")
    assert broken != text
    with pytest.raises(InputError) as info:
        parse_codebook(broken, "x.yaml")
    assert info.value.field == "variables[pleger_familie_detail].values[vader].code"
    assert "code: een" in broken.splitlines()[info.value.line - 1]


def test_yaml_booleans_do_not_sneak_in_as_values():
    # YAML 1.1 reads unquoted `no` as False: a value id must stay a string
    text = shipped_text("ckm-2021")
    broken = text.replace('- {id: nee, label: "Nee", code: 2,', '- {id: no, label: "Nee", code: 2,', 1)
    assert broken != text
    with pytest.raises(InputError) as info:
        parse_codebook(broken, "x.yaml")
    assert info.value.field == "variables[acuut_onveilig].values[False].id"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("pleger_relatie: [familie]", "pleger_relatie: [ouder]", "applies_when uses values ['ouder']"),
        ("    applies_when:\n      achtergrond_chatter", "    applies_when:\n      chatter", "unknown variable 'chatter'"),
        ("      variable: duur\n", "      variable: looptijd\n", "maps_onto names unknown variable 'looptijd'"),
        ("        meerdere_jaren: \">2 jaar\"\n", "", "maps_onto must map every value exactly once"),
        ("  not_trafficking: geen", "  not_trafficking: nee", "trafficking_filter"),
    ],
)
def test_broken_references_are_refused(old, new, expected):
    text = shipped_text("ckm-2021")
    assert old in text
    with pytest.raises(InputError) as info:
        parse_codebook(text.replace(old, new, 1), "x.yaml")
    assert expected in info.value.expected


def test_file_name_and_id_must_agree(tmp_path, monkeypatch):
    from zichtbaar.codebooks import loader

    data = tmp_path / "data"
    data.mkdir()
    (data / "ckm-2022.yaml").write_text(shipped_text("ckm-2021"), encoding="utf-8")
    monkeypatch.setattr(loader, "_data_dir", lambda: data)
    loader.load_codebook.cache_clear()
    try:
        assert loader.available_codebooks() == ["ckm-2022"]
        with pytest.raises(InputError) as info:
            loader.load_codebook("ckm-2022")
        assert info.value.field == "id" and info.value.line is not None
    finally:
        loader.load_codebook.cache_clear()
