"""Evaluation figures on a tiny example whose answers are known by hand."""

from __future__ import annotations

import json

import pytest

from zichtbaar.coding.evaluate import evaluate, evaluate_files
from zichtbaar.errors import InputError


def test_metrics_on_a_known_example():
    truth = {"a": {"v": "ja"}, "b": {"v": "ja"}, "c": {"v": "nee"}, "d": {"v": "nee"}}
    codes = {"a": {"v": "ja"}, "b": {"v": "nee"}, "c": {"v": "nee"}, "d": {"v": "nee"}}
    fig = evaluate(codes, truth).variables["v"]
    assert fig.accuracy == pytest.approx(0.75)
    # po = 0.75; pe = 0.5*0.25 + 0.5*0.75 = 0.5; kappa = 0.25/0.5
    assert fig.kappa == pytest.approx(0.5)
    # F1(ja) = 2/3, F1(nee) = 0.8
    assert fig.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    assert fig.labels == ["ja", "nee"]
    assert fig.confusion == [[1, 1], [0, 2]]


def test_lists_compare_as_sets_and_per_value():
    truth = {"a": {"m": ["x", "y"]}, "b": {"m": []}, "c": {"m": ["x"]}}
    codes = {"a": {"m": ["y", "x"]}, "b": {"m": []}, "c": {"m": []}}
    fig = evaluate(codes, truth).variables["m"]
    assert fig.accuracy == pytest.approx(2 / 3)
    assert fig.per_value_kappa["y"] == pytest.approx(1.0)
    assert fig.per_value_kappa["x"] < 1.0


def test_perfect_single_class_counts_as_agreement():
    truth = {"a": {"v": None}, "b": {"v": None}}
    fig = evaluate(truth, truth).variables["v"]
    assert fig.kappa == 1.0 and fig.labels == ["null"]


def test_bad_files_name_file_and_line(tmp_path):
    good = tmp_path / "truth.jsonl"
    good.write_text(json.dumps({"chat_id": "a", "variables": {"v": "ja"}}) + "\n")
    bad = tmp_path / "codes.jsonl"
    bad.write_text(json.dumps({"chat_id": "a", "variables": {"v": "ja"}}) + "\n{not json\n")
    with pytest.raises(InputError) as err:
        evaluate_files(bad, good)
    assert err.value.line == 2 and "codes.jsonl" in err.value.file
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"chat_id": "zz", "variables": {"v": "ja"}}) + "\n")
    with pytest.raises(InputError):
        evaluate_files(other, good)
    with pytest.raises(InputError):
        evaluate_files(tmp_path / "missing.jsonl", good)
