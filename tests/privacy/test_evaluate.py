"""The evaluation's leak rule, its figures, and both commands end to end."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from tests.privacy.conftest import make_chat
from zichtbaar.privacy.evaluate import evaluate, leaks
from zichtbaar.truth import ChatTruth, PiiSpan

COMMON = frozenset({"den", "van", "het"})


@pytest.mark.parametrize(
    ("surface", "output", "leaked"),
    [
        ("lisa", "ik ben [naam-1]", False),
        ("lisa", "ik ben Lisa", True),
        ("mo", "ik kom morgen", False),
        ("mo", "ik ben mo", True),
        ("den haag", "ik woon in den [plaats-1]", False),
        ("lisa de vries", "ik ben [naam-1] de vries", True),
        ("06-12345678", "bel 06-[telefoonnummer]", False),
        ("06-12345678", "bel [telefoonnummer]-12345678", True),
        ("xx_lisa03", "snap: xx_[account-1]", False),
        ("xx_lisa03", "snap: XX_LISA03", True),
    ],
)
def test_leak_rule(surface, output, leaked):
    assert leaks(surface, output, COMMON) is leaked


def _corpus():
    texts = ["hoi ik ben lisa uit zwolle", "Hoi, fijn dat je er bent", "mijn snap is xx_lisa03, bel 0612345678"]
    chat = make_chat(texts, chat_id="c1")
    spans = []
    for index, text in enumerate(texts):
        for surface, kind in [("lisa", "naam"), ("zwolle", "plaats"), ("xx_lisa03", "account"), ("0612345678", "telefoonnummer")]:
            start = text.find(surface)
            if start >= 0 and not (surface == "lisa" and "xx_lisa" in text):
                spans.append(PiiSpan(message=index, start=start, end=start + len(surface), type=kind, text=surface))
    truth = ChatTruth(chat_id="c1", person_id="p1", scenario="test", about_trafficking=False, variables={}, pii=spans)
    return chat, truth


def test_evaluate_counts_leaks_per_type_and_removed_words(pseudonymiser):
    chat, truth = _corpus()
    good = pseudonymiser.pseudonymise(chat).chat
    result = evaluate([good], [truth], [chat])
    assert result.occurrences == 4 and result.leaked == 0
    assert result.words_removed == 0 and result.words > 10

    # a pseudonymiser that forgot the phone number and removed a word
    bad_texts = [m.text for m in good.messages]
    bad_texts[2] = bad_texts[2].replace("[telefoonnummer]", "0612345678")
    bad_texts[1] = bad_texts[1].replace("fijn", "[naam-2]")
    bad = make_chat(bad_texts, chat_id="c1")
    result = evaluate([bad], [truth], [chat])
    assert result.per_type["telefoonnummer"].leaked == 1 and result.leaked == 1
    assert result.words_removed == 1
    assert result.to_json_dict()["per_type"]["telefoonnummer"]["leak_share"] == 1.0


def _app():
    from zichtbaar.privacy import cli

    app = typer.Typer()
    app.command("pseudonymise")(cli.pseudonymise)
    app.command("evaluate-privacy")(cli.evaluate_privacy)
    return app


def test_commands_end_to_end(tmp_path, pseudonymiser):
    chat, truth = _corpus()
    corpus = tmp_path / "demo.jsonl"
    corpus.write_text(json.dumps(chat.to_json_dict()) + "\n", encoding="utf-8")
    (tmp_path / "demo.truth.jsonl").write_text(truth.model_dump_json() + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    result = runner.invoke(_app(), ["pseudonymise", str(corpus), "-o", str(out), "--key-file", str(tmp_path / "k.key"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert "lisa" not in written.lower() and "0612345678" not in written and "[naam-1]" in written
    result = runner.invoke(_app(), ["evaluate-privacy", str(out), str(tmp_path / "demo.truth.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["pii"] == {"occurrences": 4, "leaked": 0, "leak_share": 0.0}
    assert figures["non_pii_words"]["removed"] == 0
    table = runner.invoke(_app(), ["evaluate-privacy", str(out), str(tmp_path / "demo.truth.jsonl")])
    assert table.exit_code == 0 and "telefoonnummer" in table.stdout


def test_bad_input_file_is_input_error_without_text(tmp_path):
    from zichtbaar.errors import InputError

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"chat_id": "x", "visitor": "kyano_geheim", "messages": "kyano woont in zwolle"}\n', encoding="utf-8")
    result = CliRunner().invoke(_app(), ["pseudonymise", str(bad), "-o", str(tmp_path / "o.jsonl"), "--key-file", str(tmp_path / "k"), "--workers", "1"])
    assert isinstance(result.exception, InputError)
    assert "kyano" not in str(result.exception) and "zwolle" not in str(result.exception)
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "o.jsonl.part").exists()
