"""How well machine codes agree with a truth file, per variable.

Figures per variable: accuracy, macro-F1 and Cohen's kappa (scikit-learn) over
the chats present in both files, and the confusion matrix (truth rows,
machine columns). List variables (dwangmiddelen, criminele_activiteiten) are
compared as whole sets — a chat agrees only when the set is the same — and
additionally per value (present or not) so a weak value is visible.

The truth file may be a demo truth (``FILE.truth.jsonl``) or a coding file
from human coders: both carry ``chat_id`` and ``variables``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zichtbaar.errors import InputError


@dataclass
class VariableFigures:
    variable: str
    n: int
    accuracy: float
    macro_f1: float
    kappa: float
    labels: list[str]
    confusion: list[list[int]]
    per_value_kappa: dict[str, float] = field(default_factory=dict)
    mean_confidence: float | None = None
    calibration_error: float | None = None  # expected calibration error, 10 bins

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n, "accuracy": round(self.accuracy, 4), "macro_f1": round(self.macro_f1, 4),
            "kappa": round(self.kappa, 4), "labels": self.labels, "confusion": self.confusion,
            **({"mean_confidence": round(self.mean_confidence, 4), "calibration_error": round(self.calibration_error, 4)}
               if self.calibration_error is not None else {}),
            **({"per_value_kappa": {k: round(v, 4) for k, v in self.per_value_kappa.items()}} if self.per_value_kappa else {}),
        }


@dataclass
class Evaluation:
    chats: int
    missing_in_codes: int
    variables: dict[str, VariableFigures]

    def to_json(self) -> dict[str, Any]:
        return {"chats": self.chats, "missing_in_codes": self.missing_in_codes,
                "variables": {k: v.to_json() for k, v in self.variables.items()}}


def label(value: Any) -> str:
    """One comparable label per value: lists as a sorted set, null as 'null'."""
    if isinstance(value, list):
        return "[" + ",".join(sorted(str(v) for v in value)) + "]"
    if value is None:
        return "null"
    return str(value)


def read_variables(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(chat_id, variables) per line; bad lines are an InputError naming the line."""
    for chat_id, variables, _ in read_records(path):
        yield chat_id, variables


def read_records(path: Path) -> Iterator[tuple[str, dict[str, Any], dict[str, float]]]:
    """(chat_id, variables, confidence) per line (confidence may be empty)."""
    name = str(path)
    if not path.is_file():
        raise InputError(name, None, None, "an existing JSONL file")
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(name, number, None, "one JSON object per line") from None
            if not isinstance(record, dict):
                raise InputError(name, number, None, "a JSON object")
            chat_id = record.get("chat_id")
            if not isinstance(chat_id, str) or not chat_id:
                raise InputError(name, number, "chat_id", "a non-empty string")
            variables = record.get("variables")
            if not isinstance(variables, dict):
                raise InputError(name, number, "variables", "an object of variable values")
            confidence = record.get("confidence")
            yield chat_id, variables, confidence if isinstance(confidence, dict) else {}


def evaluate(codes: dict[str, dict[str, Any]], truth: dict[str, dict[str, Any]], variables: list[str] | None = None,
             confidence: dict[str, dict[str, float]] | None = None) -> Evaluation:
    import warnings

    from sklearn.metrics import cohen_kappa_score, confusion_matrix, f1_score

    with warnings.catch_warnings():
        # A variable with one value in both files is fine here (kappa counts it as agreement).
        warnings.simplefilter("ignore", UserWarning)
        return _evaluate(codes, truth, variables, confidence, cohen_kappa_score, confusion_matrix, f1_score)


def _evaluate(codes, truth, variables, confidence, cohen_kappa_score, confusion_matrix, f1_score) -> Evaluation:

    common = [c for c in truth if c in codes]
    if not common:
        raise ValueError("no chat_id is in both the codes and the truth")
    if variables is None:
        variables = [v for v in next(iter(truth.values())) if any(v in codes[c] for c in common)]
    out: dict[str, VariableFigures] = {}
    for var in variables:
        t_values = [truth[c].get(var) for c in common]
        m_values = [codes[c].get(var) for c in common]
        y_true = [label(v) for v in t_values]
        y_pred = [label(v) for v in m_values]
        labels = sorted(set(y_true) | set(y_pred))
        accuracy = sum(a == b for a, b in zip(y_true, y_pred)) / len(common)
        kappa = _kappa(cohen_kappa_score, y_true, y_pred)
        f1 = float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0))
        matrix = confusion_matrix(y_true, y_pred, labels=labels).tolist()
        per_value: dict[str, float] = {}
        if any(isinstance(v, list) for v in t_values + m_values):
            items = sorted({i for v in t_values + m_values if isinstance(v, list) for i in v})
            for item in items:
                a = [isinstance(v, list) and item in v for v in t_values]
                b = [isinstance(v, list) and item in v for v in m_values]
                per_value[item] = _kappa(cohen_kappa_score, a, b)
        mean_conf = ece = None
        if confidence:
            pairs = [(confidence.get(c, {}).get(var), a == b) for c, a, b in zip(common, y_true, y_pred)]
            pairs = [(float(p), ok) for p, ok in pairs if isinstance(p, (int, float))]
            if pairs:
                mean_conf = sum(p for p, _ in pairs) / len(pairs)
                ece = _calibration_error(pairs)
        out[var] = VariableFigures(var, len(common), accuracy, f1, kappa, labels, matrix, per_value, mean_conf, ece)
    return Evaluation(len(common), sum(1 for c in truth if c not in codes), out)


def _calibration_error(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error: |share right − mean confidence| per bin, weighted."""
    total = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        cell = [(p, ok) for p, ok in pairs if low <= p < high or (b == bins - 1 and p == 1.0)]
        if cell:
            total += len(cell) * abs(sum(ok for _, ok in cell) / len(cell) - sum(p for p, _ in cell) / len(cell))
    return total / len(pairs)


def _kappa(score, a, b) -> float:
    """Kappa, with perfect agreement on a single class counted as 1 (sklearn gives nan)."""
    if a == b:
        return 1.0
    value = float(score(a, b))
    return 0.0 if value != value else value


def evaluate_files(codes_path: Path, truth_path: Path) -> Evaluation:
    codes: dict[str, dict[str, Any]] = {}
    confidence: dict[str, dict[str, float]] = {}
    for chat_id, variables, conf in read_records(Path(codes_path)):
        codes[chat_id] = variables
        confidence[chat_id] = conf
    truth = dict(read_variables(Path(truth_path)))
    if not truth:
        raise InputError(str(truth_path), None, None, "at least one chat")
    try:
        return evaluate(codes, truth, confidence=confidence)
    except ValueError:
        raise InputError(str(codes_path), None, "chat_id", "codes for the chats of the truth file") from None


def render_table(evaluation: Evaluation, console) -> None:
    from rich.table import Table

    table = Table(title=f"Machinecodering tegen waarheid ({evaluation.chats} chats)")
    for column in ("variabele", "n", "accuracy", "macro-F1", "kappa", "zekerheid", "ECE"):
        table.add_column(column, justify="left" if column == "variabele" else "right")
    for fig in evaluation.variables.values():
        style = "red" if fig.kappa < 0.7 else "yellow" if fig.kappa < 0.8 else None
        conf = f"{fig.mean_confidence:.3f}" if fig.mean_confidence is not None else "-"
        ece = f"{fig.calibration_error:.3f}" if fig.calibration_error is not None else "-"
        table.add_row(fig.variable, str(fig.n), f"{fig.accuracy:.3f}", f"{fig.macro_f1:.3f}", f"{fig.kappa:.3f}", conf, ece, style=style)
    console.print(table)
    if evaluation.missing_in_codes:
        console.print(f"{evaluation.missing_in_codes} chats of the truth have no codes", highlight=False)
    for fig in evaluation.variables.values():
        if len(fig.labels) > 12:
            continue
        matrix = Table(title=f"{fig.variable}: waarheid (rijen) × machine (kolommen)", title_justify="left")
        matrix.add_column("")
        for name in fig.labels:
            matrix.add_column(name, justify="right")
        for name, row in zip(fig.labels, fig.confusion):
            matrix.add_row(name, *[str(x) for x in row])
        console.print(matrix)
