"""`zichtbaar evaluate-links` and `zichtbaar cases` as commands: figures and bad input."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from cases_fakes import chat, fill
from zichtbaar.cases import cli
from zichtbaar.cases.evaluate import evaluate_links, score_links
from zichtbaar.errors import InputError


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("cases")(cli.cases)
    app.command("evaluate-links")(cli.evaluate_links)
    app.add_typer(cli.links_app, name="links")
    return app


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _truth(chat_id, person):
    return {"chat_id": chat_id, "person_id": person, "scenario": "loverboy", "about_trafficking": True,
            "variables": {}, "pii": []}


def test_pairwise_precision_and_recall():
    predicted = {"a": "1", "b": "1", "c": "1", "d": "2"}
    truth = {"a": "p", "b": "p", "c": "q", "d": "q", "e": "q"}
    scores = score_links(predicted, truth)  # e is not in the cases file: ignored
    # predicted pairs ab, ac, bc; true pairs ab, cd
    assert (scores.predicted_pairs, scores.true_pairs, scores.correct_pairs) == (3, 2, 1)
    assert scores.precision == pytest.approx(1 / 3) and scores.recall == pytest.approx(0.5)


def test_evaluate_links_command(tmp_path):
    cases = _write(tmp_path / "cases.jsonl", [
        {"person_id": "persoon-a", "chat_ids": ["a", "b"], "included": True, "reason": None},
        {"person_id": "persoon-c", "chat_ids": ["c"], "included": False, "reason": "geen mensenhandel"},
    ])
    truth = _write(tmp_path / "truth.jsonl", [_truth("a", "p1"), _truth("b", "p1"), _truth("c", "p1")])
    result = CliRunner().invoke(_app(), ["evaluate-links", str(cases), str(truth), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["precision"] == 1.0 and figures["recall"] == pytest.approx(1 / 3, abs=1e-3)


@pytest.mark.parametrize("line,field", [
    ('{"person_id": "", "chat_ids": ["a"]}', "person_id"),
    ('{"person_id": "p", "chat_ids": "a"}', "chat_ids"),
    ('{"person_id": "p", "chat_ids": ["a", "a"]}', "chat_ids"),
    ('[1, 2]', None),
    ('{niet json', None),
])
def test_bad_cases_file_names_line_and_field(tmp_path, line, field):
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"person_id": "p0", "chat_ids": ["z"]}\n' + line + "\n", encoding="utf-8")
    truth = _write(tmp_path / "truth.jsonl", [_truth("z", "p")])
    with pytest.raises(InputError) as raised:
        evaluate_links(cases, truth)
    assert (raised.value.line, raised.value.field) == (2, field)


def test_bad_truth_and_missing_files(tmp_path):
    cases = _write(tmp_path / "cases.jsonl", [{"person_id": "p", "chat_ids": ["a"]}])
    truth = _write(tmp_path / "truth.jsonl", [{"chat_id": "a"}])
    with pytest.raises(InputError) as raised:
        evaluate_links(cases, truth)
    assert raised.value.line == 1 and "ChatTruth" in raised.value.expected
    with pytest.raises(InputError):
        evaluate_links(tmp_path / "missing.jsonl", truth)


def test_cases_command_on_the_store_writes_cases_and_funnel(store, tmp_path, monkeypatch):
    fill(store, [
        chat("c1", "2020-12-31T23:58:00", "lieke123", ["hoi", "hey", "ik moet met mannen mee voor geld", "ok"], minutes=30),
        chat("c2", "2021-01-10T20:00:00", "lieke123", ["hoi", "hey", "ik moet weer met mannen mee", "ok"]),
        chat("c3", "2021-02-10T20:00:00", "sam", ["hoi", "hey", "ik moet met mannen mee voor geld van hem", "ok"]),
    ])
    out = tmp_path / "cases.jsonl"
    result = CliRunner().invoke(_app(), ["cases", "--from", "2021-01-01", "--to", "2021-12-31", "-o", str(out),
                                         "--db", store.url if "sqlite" in store.url else store.engine.url.render_as_string(hide_password=False)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert {l["person_id"]: (l["chat_ids"], l["included"], l["reason"]) for l in lines} == {
        "persoon-c1": (["c1", "c2"], False, "gestart vóór de periode"),
        "persoon-c3": (["c3"], True, None),
    }
    assert "unieke bezoekers" in result.stderr


@pytest.mark.parametrize("args", [
    ["cases", "--from", "2021-02-30", "--to", "2021-12-31", "-o", "x.jsonl"],
    ["cases", "in.jsonl", "--from", "2021-01-01", "--to", "2021-12-31"],
    ["evaluate-links", "a.jsonl", "b.jsonl", "--format", "xml"],
])
def test_bad_command_input_is_an_input_error(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(_app(), args)
    assert isinstance(result.exception, InputError)


def test_cases_command_refuses_a_bad_transcript_before_loading_anything(tmp_path):
    bad = tmp_path / "in.jsonl"
    bad.write_text('{"chat_id": "c1", "visitor": "x", "started_at": "gisteren", "messages": []}\n', encoding="utf-8")
    result = CliRunner().invoke(_app(), ["cases", str(bad), "--from", "2021-01-01", "--to", "2021-12-31",
                                         "-o", str(tmp_path / "out.jsonl"), "--key-file", str(tmp_path / "k")])
    assert isinstance(result.exception, InputError)
    assert result.exception.line == 1
    assert "gisteren" not in str(result.exception)
    assert not (tmp_path / "out.jsonl").exists()
