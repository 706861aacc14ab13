"""`zichtbaar code` and `zichtbaar evaluate` end to end (the functions the main
app registers), on a demo corpus written to a temporary folder."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from zichtbaar.coding import cli
from zichtbaar.errors import InputError, NotBuiltYet
from zichtbaar.synth import write_corpus

app = typer.Typer()
app.command("code")(cli.code)
app.command("evaluate")(cli.evaluate)
app.command("train")(cli.train)
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jsonl"
    truth = write_corpus(path, chats=120, seed=7)
    return path, truth


def test_code_then_evaluate_round_trip(corpus, tmp_path):
    path, truth = corpus
    out = tmp_path / "codes.jsonl"
    result = runner.invoke(app, ["code", str(path), "--codebook", "ckm-2021", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 120 and not (tmp_path / "codes.jsonl.part").exists()
    first = lines[0]
    assert set(first) == {"chat_id", "variables", "evidence", "confidence"}
    result = runner.invoke(app, ["evaluate", str(out), str(truth), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["chats"] == 120
    assert report["variables"]["vorm_uitbuiting"]["kappa"] > 0.8
    table = runner.invoke(app, ["evaluate", str(out), str(truth)])
    assert table.exit_code == 0 and "kappa" in table.stdout


def test_code_to_stdout(corpus):
    path, _ = corpus
    result = runner.invoke(app, ["code", str(path)])
    assert result.exit_code == 0
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == 120


def test_qualitative_codebook_is_a_clear_error(corpus, tmp_path):
    path, _ = corpus
    result = runner.invoke(app, ["code", str(path), "--codebook", "fier-ouders-2025", "-o", str(tmp_path / "x.jsonl")])
    assert isinstance(result.exception, NotBuiltYet)


def test_unknown_codebook_and_bad_input_are_input_errors(corpus, tmp_path):
    path, _ = corpus
    result = runner.invoke(app, ["code", str(path), "--codebook", "nope", "-o", str(tmp_path / "x.jsonl")])
    assert isinstance(result.exception, InputError)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"chat_id": "x", "visitor": "v", "started_at": "2021-01-01T00:00:00", "messages": []}\n', encoding="utf-8")
    result = runner.invoke(app, ["code", str(bad), "-o", str(tmp_path / "y.jsonl")])
    assert isinstance(result.exception, InputError)
    assert "bad.jsonl" in str(result.exception) and "line 1" in str(result.exception)
    assert not (tmp_path / "y.jsonl").exists()
    result = runner.invoke(app, ["evaluate", str(bad), str(bad), "--format", "xml"])
    assert isinstance(result.exception, InputError)
