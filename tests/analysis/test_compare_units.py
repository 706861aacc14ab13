"""Unit behaviour of the group comparison: star boundaries, the Fisher switch,
each variable's own n, the statistics against textbook formulas, the table
output, and bad input as InputError (exit 2 through the main entry point)."""

from __future__ import annotations

import math
import sys

import pytest
import typer
from typer.testing import CliRunner

from zichtbaar.analysis import compare, read_table, stars
from zichtbaar.analysis.cli import compare as compare_command
from zichtbaar.errors import InputError


def app() -> typer.Typer:
    application = typer.Typer()
    application.command("compare")(compare_command)
    application.command("other")(lambda: None)
    return application


def invoke(*args: str):
    return CliRunner().invoke(app(), ["compare", *args])


def rows_for(groups: dict[str, dict[str, int]], variable: str = "duur") -> list[dict[str, str]]:
    return [{"g": g, variable: cat} for g, cats in groups.items() for cat, k in cats.items() for _ in range(k)]


def write(tmp_path, text: str, name: str = "data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- stars ---


@pytest.mark.parametrize("p, expected", [
    (0.05, ""), (math.nextafter(0.05, 0), "*"), (0.0500001, ""),
    (0.01, "**"), (math.nextafter(0.01, 1), "*"),
    (0.001, "***"), (math.nextafter(0.001, 1), "**"),
    (0.0, "***"), (1.0, ""), (None, ""), (float("nan"), ""),
])
def test_star_boundaries_are_exactly_the_seeds(p, expected):
    assert stars(p) == expected


# --- tests used and their values ---


def test_fisher_switch_at_an_expected_count_below_5():
    # 20 per group: a category with 9 cases expects 4.5 per group → Fisher;
    # one with 10 cases expects exactly 5.0 → chi-square.
    rows = rows_for({"a": {"x": 7, "y": 8, "z": 5}, "b": {"x": 2, "y": 2, "z": 16}})
    result = {r.category: r for r in compare(rows, "g", ["duur"]).rows}
    assert (result["x"].test, result["x"].min_expected) == ("fisher", 4.5)
    assert (result["y"].test, result["y"].min_expected) == ("chi2", 5.0)
    assert result["z"].test == "chi2"


def test_fisher_two_sided_matches_the_tea_tasting_textbook_value():
    # Fisher's lady tasting tea: [[3, 1], [1, 3]], two-sided p = 34/70 = 0.4857.
    rows = rows_for({"melk_eerst": {"ja": 3, "nee": 1}, "thee_eerst": {"ja": 1, "nee": 3}}, "geraden")
    row = compare(rows, "g", ["geraden"]).rows[0]
    assert row.test == "fisher"
    assert row.p == pytest.approx(34 / 70)


def test_chi_square_is_pearsons_without_continuity_correction():
    counts = {"a": {"x": 30, "y": 20}, "b": {"x": 15, "y": 35}}
    row = {r.category: r for r in compare(rows_for(counts), "g", ["duur"]).rows}["x"]
    a, b, c, d = 30, 20, 15, 35
    n = a + b + c + d
    chi2 = n * (a * d - b * c) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
    assert row.test == "chi2" and row.df == 1
    assert row.statistic == pytest.approx(chi2)
    assert row.p == pytest.approx(math.erfc(math.sqrt(chi2 / 2)))  # chi-square 1 df survival
    assert row.stars == "**"


def test_category_vs_all_other_categories():
    rows = rows_for({"a": {"x": 10, "y": 10, "z": 10}, "b": {"x": 10, "y": 25, "z": 5}})
    result = {r.category: r for r in compare(rows, "g", ["duur"]).rows}
    assert result["y"].counts == {"a": 10, "b": 25} and result["y"].n == {"a": 30, "b": 40}
    assert result["y"].percent == {"a": 33.3, "b": 62.5}
    assert sorted(result) == ["x", "y", "z"]


def test_categories_in_natural_order():
    rows = rows_for({"a": {"10 jaar of langer": 3, "2 tot 5 jaar": 4, "Korter dan 7 dagen": 2},
                     "b": {"10 jaar of langer": 1, "2 tot 5 jaar": 5, "Korter dan 7 dagen": 6}})
    assert [r.category for r in compare(rows, "g", ["duur"]).rows] == [
        "2 tot 5 jaar", "10 jaar of langer", "Korter dan 7 dagen"]


def test_t_test_student_and_welch_against_formulas():
    a = [12, 13, 15, 16, 18, 14]
    b = [17, 19, 22, 25, 16, 21, 30, 18]
    rows = [{"g": "a", "leeftijd": str(x)} for x in a] + [{"g": "b", "leeftijd": str(x).replace(".", ",")} for x in b]
    row = compare(rows, "g", ["leeftijd"]).rows[0]
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    va = sum((x - ma) ** 2 for x in a) / (len(a) - 1)
    vb = sum((x - mb) ** 2 for x in b) / (len(b) - 1)
    pooled = ((len(a) - 1) * va + (len(b) - 1) * vb) / (len(a) + len(b) - 2)
    t = (ma - mb) / math.sqrt(pooled * (1 / len(a) + 1 / len(b)))
    welch_t = (ma - mb) / math.sqrt(va / len(a) + vb / len(b))
    assert (row.category, row.test, row.df) == ("gemiddelde", "t", 12)
    assert row.statistic == pytest.approx(t) and row.welch.t == pytest.approx(welch_t)
    assert row.mean == pytest.approx({"a": ma, "b": mb}) and row.sd["b"] == pytest.approx(math.sqrt(vb))
    assert row.counts == row.n == {"a": 6, "b": 8} and row.percent is None
    assert row.stars == stars(row.p) != ""


def test_decimal_comma_ages_are_numeric_and_codes_can_be_forced_categorical():
    rows = [{"g": g, "v": v} for g, v in [("a", "15,5"), ("a", "16"), ("a", "14,5"), ("b", "18"), ("b", "17,5"), ("b", "19")]]
    assert compare(rows, "g", ["v"]).rows[0].mean["a"] == pytest.approx(15.333333)
    coded = compare(rows, "g", ["v"], kinds={"v": "categorical"})
    assert {r.test for r in coded.rows} == {"fisher"} and len(coded.rows) == 6
    two_codes = [{"g": g, "v": v} for g, v in [("a", "1"), ("a", "2"), ("b", "1"), ("b", "1")]]
    assert compare(two_codes, "g", ["v"]).kinds == {"v": "categorical"}


def test_unknown_kind_is_an_input_error():
    rows = [{"g": g, "v": "1"} for g in "ab"]
    with pytest.raises(InputError) as error:
        compare(rows, "g", ["v"], kinds={"v": "numerical"})
    assert error.value.field == "v"


def test_constant_numeric_data_gives_no_p_not_nan():
    rows = [{"g": g, "v": "15"} for g in "aabb"] + [{"g": "a", "v": "15"}]
    comparison = compare(rows, "g", ["v"], kinds={"v": "numeric"})
    assert comparison.rows[0].p is None and comparison.rows[0].stars == ""
    comparison.to_json()  # allow_nan=False: would raise on NaN


# --- each variable its own n ---


def test_each_variable_reports_its_own_n(tmp_path):
    path = write(tmp_path, "\ufeff" + "\n".join([  # Dutch Excel: BOM and semicolons
        "pleger;geslacht;duur;leeftijd",
        "ouder;vrouw;1 tot 2 jaar;14",
        "ouder;vrouw;onbekend;15",
        "ouder; Onbekend ;2 tot 5 jaar;",
        "ouder;man;;16",
        "ander;vrouw;1 tot 2 jaar;onbekend",
        "ander;vrouw;1 tot 2 jaar;18",
        "ander;man;2 tot 5 jaar;19",
        ";vrouw;1 tot 2 jaar;20",
        "onbekend;man;1 tot 2 jaar;21",
    ]) + "\n")
    result = compare(read_table(path), "pleger", ["geslacht", "duur", "leeftijd"])
    n = {r.variable: r.n for r in result.rows}
    assert n == {"geslacht": {"ander": 3, "ouder": 3}, "duur": {"ander": 3, "ouder": 2},
                 "leeftijd": {"ander": 2, "ouder": 3}}
    assert result.missing_group == 2
    assert {r.category for r in result.rows if r.variable == "geslacht"} == {"vrouw", "man"}


# --- command output ---


def test_command_table_output_in_dutch(tmp_path):
    path = write(tmp_path, "g,duur\n" + "a,kort\n" * 30 + "a,lang\n" * 10 + "b,kort\n" * 10 + "b,lang\n" * 30)
    result = invoke(str(path), "--group", "g", "--vars", "duur")
    assert result.exit_code == 0, result.output
    assert "Variabele / categorie" in result.stdout and "n = 40" in result.stdout
    assert "75,0% (30)" in result.stdout and "***" in result.stdout and "Noot." in result.stdout


def test_command_json_has_the_contract_keys(tmp_path):
    import json

    path = write(tmp_path, "g,duur\n" + "a,kort\n" * 3 + "a,lang\n" * 10 + "b,kort\n" * 9 + "b,lang\n" * 4)
    result = invoke(str(path), "--group", "g", "--vars", "duur", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert {"variable", "category", "counts", "n", "percent", "test", "p", "stars"} <= set(rows[0])
    assert [(r["category"], r["counts"], r["test"]) for r in rows] == [
        ("kort", {"a": 3, "b": 9}, "chi2"), ("lang", {"a": 10, "b": 4}, "chi2")]


# --- bad input ---

GOOD = "pleger,duur\nouder,kort\nouder,lang\nander,kort\nander,lang\n"


@pytest.mark.parametrize("content, args, line, field, expected", [
    (None, ["--group", "pleger", "--vars", "duur"], None, None, "an existing CSV file"),
    (GOOD, ["--group", "pleger", "--vars", "duur,leeftijd"], 1, "leeftijd", "a column of that name"),
    (GOOD, ["--group", "dader", "--vars", "duur"], 1, "dader", "a column of that name"),
    (GOOD.replace("ander", "ouder"), ["--group", "pleger", "--vars", "duur"], None, "pleger", "exactly two groups"),
    (GOOD + "broer,kort\n", ["--group", "pleger", "--vars", "duur"], None, "pleger", "found 3"),
    ("", ["--group", "pleger", "--vars", "duur"], 1, None, "a header row"),
    ("pleger,duur\n", ["--group", "pleger", "--vars", "duur"], 2, None, "at least one data row"),
    (GOOD + "ouder,kort,extra\n", ["--group", "pleger", "--vars", "duur"], 6, None, "2 fields"),
    ("pleger,pleger\nouder,ouder\n", ["--group", "pleger", "--vars", "pleger"], 1, "pleger", "unique column names"),
    (GOOD, ["--group", "pleger", "--vars", "pleger"], None, "pleger", "not to be among"),
    (GOOD, ["--group", "pleger", "--vars", " , "], None, "--vars", "at least one variable"),
    (GOOD, ["--group", "pleger", "--vars", "duur", "--format", "xml"], None, "--format", "'table' or 'json'"),
    ("pleger,duur\nouder,kort\nouder,lang\nander,onbekend\n", ["--group", "pleger", "--vars", "duur"], None, "duur",
     "at least one known value in each group of 'pleger'"),
    ('{"chat_id": "c1", "messages": []}\n{"chat_id": "c2", "messages": []}\n',
     ["--group", "pleger", "--vars", "duur"], 1, "pleger", "a column of that name"),
])
def test_bad_input_is_an_input_error(tmp_path, content, args, line, field, expected):
    path = tmp_path / "data.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = invoke(str(path), *args)
    error = result.exception
    assert isinstance(error, InputError), result.output
    assert (error.file, error.line, error.field) == (str(path), line, field)
    if expected:
        assert expected in error.expected


def test_too_few_values_for_a_t_test(tmp_path):
    path = write(tmp_path, "g,leeftijd\na,12\na,13\na,14\nb,18\nb,onbekend\n")
    error = invoke(str(path), "--group", "g", "--vars", "leeftijd").exception
    assert isinstance(error, InputError) and error.field == "leeftijd" and "at least two known values" in error.expected


def test_binary_and_non_utf8_files(tmp_path):
    binary = tmp_path / "data.sav"
    binary.write_bytes(b"$FL2@(#) IBM SPSS STATISTICS\x00\x00\x02\x00")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("pleger,duur\nouder,één jaar\n".encode("latin-1"))
    for path in (binary, latin):
        error = invoke(str(path), "--group", "pleger", "--vars", "duur").exception
        assert isinstance(error, InputError) and error.file == str(path)


def test_error_never_quotes_cell_values(tmp_path):
    secret = "ik word door mijn vader verkocht"
    path = write(tmp_path, f"bericht,duur\n{secret},kort\nhoi,lang\nhallo,kort\n")
    error = invoke(str(path), "--group", "bericht", "--vars", "duur").exception
    assert isinstance(error, InputError) and secret not in str(error) and "found 3" in str(error)


def test_main_entry_point_exits_2_without_traceback(tmp_path, monkeypatch, capsys):
    """Through zichtbaar.cli.main, which maps InputError to exit status 2."""
    import zichtbaar.cli as main_cli

    monkeypatch.setattr(main_cli, "app", app())
    monkeypatch.setattr(sys, "argv", ["zichtbaar", "compare", str(tmp_path / "nope.csv"), "--group", "g", "--vars", "v"])
    with pytest.raises(SystemExit) as exit_:
        main_cli.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "nope.csv" in err and "existing CSV file" in err and "Traceback" not in err
