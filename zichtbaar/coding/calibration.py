"""Calibrated confidence: how often a rule of this kind was right.

A rule's own confidence is a guess; what a coder needs is "of the suggestions
like this one, how many were right". The table maps (variable, source, kind)
— source is which rule decided (a stated phrase, an answer to a question, the
profile, a default), kind is whether the value is a missing value — to the
share correct on a development corpus, smoothed towards the rule's guess so
rare cells do not claim certainty. Rebuild it with

    python -m zichtbaar.coding.calibration --chats 4000 --seed 11

on synthetic demo data (never on held-out or real chats). Replace it by
agreement with human-confirmed codings once the store holds enough of them.
"""

from __future__ import annotations

import argparse
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

PRIOR_WEIGHT = 20  # pseudo-observations at the rule's own confidence
FILE = "calibration-ckm-2021.json"


def key(variable: str, source: str, missing: bool) -> str:
    return f"{variable}|{source}|{'missing' if missing else 'value'}"


@lru_cache(maxsize=None)
def table() -> dict[str, float]:
    try:
        text = resources.files("zichtbaar.coding").joinpath("data", FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return json.loads(text)["confidence"]


def calibrated(variable: str, source: str, missing: bool, guess: float) -> float:
    return table().get(key(variable, source, missing), guess)


def build(chats: int, seed: int) -> dict:
    from zichtbaar.coding.coder import RuleCoder
    from zichtbaar.coding.evaluate import label
    from zichtbaar.synth import generate

    coder = RuleCoder("ckm-2021", calibrate=False)
    book = coder.codebook
    counts: dict[str, list[float]] = {}
    for chat, truth in generate(chats, seed):
        coding = coder.code(chat)
        for s in coding.suggestions.values():
            k = key(s.variable, s.source, book.variable(s.variable).is_missing(s.value))
            right = label(s.value) == label(truth.variables[s.variable])
            cell = counts.setdefault(k, [0, 0, 0.0])
            cell[0] += right
            cell[1] += 1
            cell[2] += s.confidence
    confidence = {}
    for k, (right, n, guesses) in sorted(counts.items()):
        prior = guesses / n
        confidence[k] = round((right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 3)
    return {"corpus": {"generator": "zichtbaar.synth", "chats": chats, "seed": seed},
            "prior_weight": PRIOR_WEIGHT, "confidence": confidence,
            "n": {k: v[1] for k, v in sorted(counts.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description="Rebuild the confidence calibration table from a demo corpus.")
    parser.add_argument("--chats", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    data = build(args.chats, args.seed)
    path = Path(__file__).parent / "data" / FILE
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['confidence'])} cells → {path}")


if __name__ == "__main__":
    main()
