"""SPSS, Excel and CSV exports, read back with the tools researchers use."""

from __future__ import annotations

import csv
import math

import pyreadstat
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from zichtbaar.analysis import compare, read_table
from zichtbaar.codebooks import load_codebook
from zichtbaar.errors import InputError
from zichtbaar.export import export

YEAR = 2021
CB = load_codebook("ckm-2021")


@pytest.fixture(scope="module")
def sav(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("sav") / "ckm.sav"
    assert export(demo.store, "sav", out, YEAR) == len(demo.cases(YEAR))
    return out


def test_sav_keeps_variable_and_value_labels(sav):
    frame, meta = pyreadstat.read_sav(str(sav), user_missing=True)
    labels = meta.column_names_to_labels
    assert labels["geslacht_slachtoffer"] == "Geslacht slachtoffer"
    assert labels["dwangmiddelen_geweld"] == "Dwangmiddelen: Geweld"
    assert meta.variable_value_labels["geslacht_slachtoffer"] == {1: "Vrouw", 2: "Man", 3: "Neutraal", 9: "Onbekend"}
    assert meta.variable_value_labels["dwangmiddelen_geweld"] == {0: "Nee", 1: "Ja"}
    assert meta.variable_value_labels["duur"][1] == "Korter dan een jaar"
    assert meta.missing_ranges["acuut_onveilig"] == [{"lo": 9.0, "hi": 9.0}]
    assert meta.missing_ranges["leeftijd_slachtoffer"] == [{"lo": 999.0, "hi": 999.0}]
    assert meta.variable_measure["leeftijd_slachtoffer"] == "scale"
    assert meta.variable_measure["vorm_uitbuiting"] == "nominal"


def test_sav_values_equal_the_truth(demo, sav):
    frame, _ = pyreadstat.read_sav(str(sav), user_missing=True)
    truth = {c.label: c.values for c in demo.cases(YEAR)}
    assert set(frame["casus"]) == set(truth)
    gender_codes = {v.id: v.code for v in CB.variable("geslacht_slachtoffer").values} | {"onbekend": 9}
    for _, row in frame.iterrows():
        t = truth[row["casus"]]
        assert row["geslacht_slachtoffer"] == gender_codes[t["geslacht_slachtoffer"]]
        age = t["leeftijd_slachtoffer"]
        assert row["leeftijd_slachtoffer"] == (999 if age == "onbekend" else age)
        for means in CB.variable("dwangmiddelen").values:
            assert row[f"dwangmiddelen_{means.id}"] == (1 if means.id in t["dwangmiddelen"] else 0)
        criminal = t["vorm_uitbuiting"] in ("crimineel", "seksueel_en_crimineel")
        cell = row["criminele_activiteiten_diefstal"]
        assert (cell == (1 if "diefstal" in t["criminele_activiteiten"] else 0)) if criminal else math.isnan(cell)
        assert row["platform"] == (t["platform"] or "")


def test_sav_user_missing_reads_as_missing_by_default(demo, sav):
    frame, _ = pyreadstat.read_sav(str(sav))
    checked = 0
    for variable in ("acuut_onveilig", "first_disclosure", "duur", "ontmoeting", "pleger_relatie"):
        unknown = sum(1 for c in demo.cases(YEAR) if c.values[variable] == "onbekend")
        assert frame[variable].isna().sum() == unknown, variable
        checked += unknown > 0
    assert checked  # the demo year has unknowns to read back


def test_xlsx_has_cases_variables_and_one_sheet_per_table(demo, tmp_path):
    out = tmp_path / "ckm.xlsx"
    export(demo.store, "xlsx", out, YEAR)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames[:2] == ["Casussen", "Variabelen"]
    assert "Tabel 1" in book.sheetnames and "Figuur 1" in book.sheetnames and "Figuur 14" in book.sheetnames
    rows = list(book["Casussen"].iter_rows(values_only=True))
    assert rows[0][:2] == ("Casus (persoon)", "Jaar eerste chat") and len(rows) - 2 == len(demo.cases(YEAR))
    chats = rows[1].index("chats")
    assert {r[0]: r[chats] for r in rows[2:]} == {c.label: ";".join(c.chat_ids) for c in demo.cases(YEAR)}
    column = rows[1].index("vorm_uitbuiting")
    forms = {r[column] for r in rows[2:]}
    assert forms <= {v.label for v in CB.variable("vorm_uitbuiting").values} and "Seksuele uitbuiting" in forms
    figure2 = list(book["Figuur 2"].iter_rows(values_only=True))
    assert figure2[0][0].startswith("Figuur 2. Vormen van uitbuiting (n = ")


def test_csv_round_trips_into_compare(demo, tmp_path):
    out = tmp_path / "ckm.csv"
    export(demo.store, "csv", out, YEAR)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    truth = {c.label: c.values for c in demo.cases(YEAR)}
    assert {r["casus"]: r["duur"] for r in rows} == {k: v["duur"] for k, v in truth.items()}
    result = compare(read_table(out), "acuut_onveilig", ["geslacht_slachtoffer"])
    known = [v for v in truth.values() if v["acuut_onveilig"] != "onbekend" and v["geslacht_slachtoffer"] != "onbekend"]
    assert sum(result.rows[0].n.values()) == len(known)


def test_all_years_when_no_year_given(demo, tmp_path):
    out = tmp_path / "alles.csv"
    cases = export(demo.store, "csv", out)
    assert cases == sum(len(demo.cases(y)) for y in range(2019, 2024))


@pytest.mark.parametrize("format,name,field", [("spss", "x.sav", "format"), ("sav", "x.csv", "-o"), ("xlsx", "x.xls", "-o")])
def test_bad_format_or_name_is_input_error(demo, tmp_path, format, name, field):
    with pytest.raises(InputError) as caught:
        export(demo.store, format, tmp_path / name, YEAR)
    assert field in str(caught.value)


def test_cli_function_writes_and_reports_bad_input(demo, tmp_path):
    import typer

    from zichtbaar.export.cli import export as command

    app = typer.Typer()
    app.command()(command)
    app.command("other")(lambda: None)  # two commands: typer keeps 'export' as a subcommand
    db = demo.store.url
    result = CliRunner().invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--db", db, "--year", "2021"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x.csv").exists()
    bad = CliRunner().invoke(app, ["export", "--format", "pdf", "-o", str(tmp_path / "x.pdf"), "--db", db])
    assert isinstance(bad.exception, InputError)
