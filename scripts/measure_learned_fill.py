"""Would a learned model help the rules where they say "onbekend"? Measured
leave-one-set-out on the hand-written, human-coded sets.

    python scripts/measure_learned_fill.py            # all coded sets in tests/data except heldout

For each variable and each held-out set: the rules code the set; a TF-IDF +
logistic regression over the visitor's words is fitted on the other sets'
human codings; where the rules said "onbekend" and the model is at least
``threshold`` sure of a value, the model's value is used. Prints Cohen's kappa
per variable (mean over sets) for the rules alone and with the fill. Each set
has its own authors, so a held-out set is text the model never saw; the rules,
though, were tuned on these sets, so their own figure is optimistic.

A measurement, not a coder: nothing here is shipped or used by ``zichtbaar code``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import cohen_kappa_score

from zichtbaar.coding import RuleCoder
from zichtbaar.coding.evaluate import read_variables
from zichtbaar.ingest import read_chats

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = ["dev", "dev2", "dev3", "devlinks", "devlinks2", "check", "devcoding", "devcoding2",
        "fresh1", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"]
VARIABLES = ["achtergrond_chatter", "vorm_uitbuiting", "pleger_relatie", "acuut_onveilig", "first_disclosure",
             "duur", "ontmoeting", "meerdere_plegers", "meerdere_slachtoffers", "digitaal_aspect"]
UNKNOWN = {"onbekend", "None"}


def rows(sets: list[str]) -> list[tuple[str, str, dict, dict]]:
    """(set, the visitor's words, human codes, rule codes) per coded chat."""
    coder = RuleCoder("ckm-2021")
    out = []
    for name in sets:
        truth = dict(read_variables(DATA / name / "truth.jsonl"))
        for chat in read_chats(DATA / name / "chats.jsonl"):
            if not truth.get(chat.chat_id):
                continue
            text = "\n".join(m.text.lower() for m in chat.messages if m.role == "visitor")
            out.append((name, text, truth[chat.chat_id], coder.code(chat).values))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.5, 0.6, 0.7])
    args = parser.parse_args()
    data = rows([s for s in SETS if (DATA / s / "chats.jsonl").exists()])
    names = sorted({r[0] for r in data})
    print(f"{len(data)} coded chats in {len(names)} sets; kappa, mean over sets left out")
    for var in VARIABLES:
        rules, filled = [], {t: [] for t in args.threshold}
        for held in names:
            train = [r for r in data if r[0] != held and var in r[2]]
            test = [r for r in data if r[0] == held and var in r[2]]
            if not test:
                continue
            vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            model = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced")
            model.fit(vectorizer.fit_transform([r[1] for r in train]), [str(r[2][var]) for r in train])
            probabilities = model.predict_proba(vectorizer.transform([r[1] for r in test]))
            truth = [str(r[2][var]) for r in test]
            rule = [str(r[3][var]) for r in test]
            rules.append(cohen_kappa_score(truth, rule))
            for t in args.threshold:
                best = probabilities.argmax(axis=1)
                guess = [model.classes_[b] if value in UNKNOWN and p[b] >= t and model.classes_[b] not in UNKNOWN else value
                         for value, p, b in zip(rule, probabilities, best)]
                filled[t].append(cohen_kappa_score(truth, guess))
        fills = "  ".join(f"fill≥{t}: {np.mean(k):.3f}" for t, k in filled.items())
        print(f"{var:24s} rules {np.mean(rules):.3f}  {fills}")


if __name__ == "__main__":
    main()
