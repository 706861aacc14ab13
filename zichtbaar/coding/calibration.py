r"""Calibrated confidence: how often a suggestion of this kind was right on
chats written by other hands than the generator's.

A rule's own confidence is a guess, and agreement on the generator's own
corpus says little about real chats (there every variable scores ≥ 0.9, on
hand-written chats far less). So the table is fitted on human-coded,
hand-written development chats by four authors (``tests/data/devcoding``,
authors E/F, and ``tests/data/devcoding2``, authors M/N), per cell
(variable, evidence kind, missing or not) — the evidence kind is the rule's
``source``: a stated phrase (``regel``), second-hand (``horen_zeggen``), a
visitor's answer to a counselor question (``antwoord``), the profile
(``profiel``), a default (``standaard``), no evidence (``geen_bewijs``), a
value inferred from another variable or from tense (``afgeleid``) ...

The development sets are small (tens of chats each), so the estimate is smoothed
twice (a beta-binomial mean, i.e. additive pseudo-counts):

    p_all  = share right over all cells of all variables
    p_var  = (right_var  + VAR_PRIOR  * p_all) / (n_var  + VAR_PRIOR)
    p_cell = (right_cell + CELL_PRIOR * p_var) / (n_cell + CELL_PRIOR)

A cell never seen on the development set falls back to ``p_var``; the
generator's corpus only enters as ``DEMO_PRIOR`` pseudo-observations per cell
so that kinds the hand-written chats never produced still get a sensible
value. A cell whose suggested value is more often wrong than the missing
value would have been (the truth said ``onbekend`` where the rule guessed)
is marked *abstain*: the coder then says ``onbekend`` instead of a confident
guess.

The rules were tuned on the same development chats, so their in-sample
accuracy flatters them: on new chats by new hands some of that gain will not
carry over. Every confidence of a variable is therefore lowered by the share
of the tuning gain that is not expected to carry over (``1 - TRANSFER``;
accuracy after minus accuracy before, the rules as they were before tuning on
each set, ``--before``, an ``zichtbaar evaluate --format json`` per set,
averaged). ``TRANSFER`` was measured once a second hand-written set existed:
the rules tuned on E/F scored 0.937 mean accuracy there, 0.745 before that
tuning, and 0.690 on the unseen M/N chats — none of the gain carried over
(partly because M/N are harder chats), so ``TRANSFER`` is 0: the confidences
are those of rules not yet tuned on the chats. That is conservative for the
later rules (written from paraphrase lists, not only from the dev chats);
re-measure it on the next set of chats no rule has seen. Rebuild with

    python -m zichtbaar.coding.calibration \
        --dev tests/data/devcoding/chats.jsonl tests/data/devcoding/truth.jsonl \
        --dev tests/data/devcoding2/chats.jsonl tests/data/devcoding2/truth.jsonl \
        [--before EVAL_DEV.json --before EVAL_DEV2.json]

(never on held-out or real chats). The file records the leave-one-chat-out
calibration error too: the in-sample figure flatters a table fitted on the
same chats. Replace it by agreement with human-confirmed codings once the
store holds enough of them.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

VAR_PRIOR = 10  # pseudo-observations pulling a variable towards the overall dev accuracy
CELL_PRIOR = 5  # pseudo-observations pulling a cell towards its variable
DEMO_PRIOR = 2  # pseudo-observations from the generator's corpus (weak: it flatters the rules)
TRANSFER = 0.0  # share of the tuning gain on the dev sets that carries over to new chats (measured: ≤ 0)
ABSTAIN_MIN_N = 3  # a cell needs this many dev chats before it may turn guesses into 'onbekend'
FILE = "calibration-ckm-2021.json"


def key(variable: str, source: str, missing: bool) -> str:
    return f"{variable}|{source}|{'missing' if missing else 'value'}"


@dataclass(frozen=True, slots=True)
class Cell:
    confidence: float
    abstain: bool = False
    abstain_confidence: float | None = None  # how often 'onbekend' is right in an abstaining cell


@lru_cache(maxsize=None)
def _data() -> dict:
    try:
        text = resources.files("zichtbaar.coding").joinpath("data", FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return json.loads(text)


def table() -> dict[str, float]:
    return _data().get("confidence", {})


def cell(variable: str, source: str, missing: bool, guess: float) -> Cell:
    data = _data()
    k = key(variable, source, missing)
    conf = data.get("confidence", {}).get(k)
    if conf is None:
        # A kind the dev chats never showed: no better than the variable, and never
        # surer than the rule itself (a chat with no visitor text stays at its low guess).
        conf = min(guess, data.get("variable", {}).get(variable, guess))
    abstain = data.get("abstain", {}).get(k)
    if abstain is not None:
        return Cell(conf, True, abstain)
    return Cell(conf)


def calibrated(variable: str, source: str, missing: bool, guess: float) -> float:
    return cell(variable, source, missing, guess).confidence


# -- building the table ---------------------------------------------------
def _observations(chats, truths, coder) -> list[tuple[str, str, str, bool, bool]]:
    """(chat_id, variable, cell key, right, missing-would-be-right) per suggestion."""
    from zichtbaar.coding.evaluate import label

    book = coder.codebook
    out = []
    for chat in chats:
        truth = truths.get(chat.chat_id)
        if truth is None:
            continue
        coding = coder.code(chat)
        for s in coding.suggestions.values():
            if s.variable not in truth:
                continue
            var = book.variable(s.variable)
            missing = var.is_missing(s.value)
            right = label(s.value) == label(truth[s.variable])
            neutral = var.missing.value if var.missing is not None else None
            missing_right = label(neutral) == label(truth[s.variable])
            out.append((chat.chat_id, s.variable, key(s.variable, s.source, missing), right, missing_right))
    return out


def fit(observations, demo: dict[str, float] | None = None, skip_chat: str | None = None,
        optimism: dict[str, float] | None = None) -> dict:
    """The smoothed table from (chat, variable, cell, right, missing_right) rows,
    each variable's confidences lowered by its ``optimism``."""
    demo = demo or {}
    optimism = optimism or {}
    rows = [o for o in observations if o[0] != skip_chat]
    total = len(rows)
    p_all = sum(o[3] for o in rows) / total if total else 0.8
    per_var: dict[str, list[int]] = {}
    per_cell: dict[str, list[int]] = {}
    for _, var, k, right, missing_right in rows:
        v = per_var.setdefault(var, [0, 0])
        v[0] += right
        v[1] += 1
        c = per_cell.setdefault(k, [0, 0, 0])
        c[0] += right
        c[1] += 1
        c[2] += missing_right
    p_var = {var: (r + VAR_PRIOR * p_all) / (n + VAR_PRIOR) for var, (r, n) in per_var.items()}
    confidence: dict[str, float] = {}
    abstain: dict[str, float] = {}
    for k in sorted(set(per_cell) | set(demo)):
        var = k.split("|", 1)[0]
        prior = p_var.get(var, p_all)
        r, n, mr = per_cell.get(k, (0, 0, 0))
        if k in demo:  # a weak pull towards the generator's figure, for kinds the dev set rarely shows
            r, n = r + DEMO_PRIOR * min(demo[k], prior), n + DEMO_PRIOR
        confidence[k] = round(max(0.05, (r + CELL_PRIOR * prior) / (n + CELL_PRIOR) - optimism.get(var, 0.0)), 3)
        raw = per_cell.get(k)
        if raw and k.endswith("|value") and raw[1] >= ABSTAIN_MIN_N and raw[2] > raw[0]:
            abstain[k] = round(max(0.05, (raw[2] + CELL_PRIOR * prior) / (raw[1] + CELL_PRIOR) - optimism.get(var, 0.0)), 3)
    return {"confidence": confidence, "variable": {v: round(max(0.05, p - optimism.get(v, 0.0)), 3) for v, p in sorted(p_var.items())},
            "abstain": abstain, "n": {k: v[1] for k, v in sorted(per_cell.items())}}


def _ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    from zichtbaar.coding.evaluate import _calibration_error

    return round(_calibration_error(pairs, bins), 4) if pairs else 0.0


def build(dev: list[tuple[Path, Path]], demo_chats: int = 0, seed: int = 11,
          before: dict[str, float] | None = None) -> dict:
    """``before``: per-variable dev accuracy of the rules before they were tuned on the dev set."""
    from zichtbaar.coding.coder import RuleCoder
    from zichtbaar.coding.evaluate import read_variables
    from zichtbaar.ingest import read_chats

    coder = RuleCoder("ckm-2021", calibrate=False)
    chats = [chat for dev_chats, _ in dev for chat in read_chats(dev_chats)]
    truths = {chat_id: values for _, dev_truth in dev for chat_id, values in read_variables(dev_truth)}
    observations = _observations(chats, truths, coder)
    demo: dict[str, float] = {}
    if demo_chats:
        from zichtbaar.synth import generate

        pairs = list(generate(demo_chats, seed))
        rows = _observations([c for c, _ in pairs], {c.chat_id: t.variables for c, t in pairs}, coder)
        counts: dict[str, list[int]] = {}
        for _, _, k, right, _ in rows:
            c = counts.setdefault(k, [0, 0])
            c[0] += right
            c[1] += 1
        demo = {k: r / n for k, (r, n) in counts.items()}
    before = before or {}
    after: dict[str, list[int]] = {}
    for _, var, _, right, _ in observations:
        a = after.setdefault(var, [0, 0])
        a[0] += right
        a[1] += 1
    optimism = {var: round(max(0.0, (r / n - before[var]) * (1 - TRANSFER)), 3) for var, (r, n) in after.items() if var in before}
    table_ = fit(observations, demo, optimism=optimism)
    # Honest figure: each dev chat judged by a table fitted without it.
    loo = []
    for chat_id in sorted({o[0] for o in observations}):
        t = fit(observations, demo, skip_chat=chat_id, optimism=optimism)
        for cid, var, k, right, missing_right in observations:
            if cid != chat_id:
                continue
            conf = t["confidence"].get(k, t["variable"].get(var, 0.8))
            if k in t["abstain"]:
                conf, right = t["abstain"][k], missing_right
            loo.append((conf, right))
    return {"corpus": {"dev": [[str(c), str(t)] for c, t in dev], "dev_chats": len(chats),
                       "demo": {"generator": "zichtbaar.synth", "chats": demo_chats, "seed": seed}},
            "priors": {"variable": VAR_PRIOR, "cell": CELL_PRIOR, "demo": DEMO_PRIOR, "abstain_min_n": ABSTAIN_MIN_N},
            "accuracy_before_tuning": before, "optimism": optimism, "transfer": TRANSFER,
            "leave_one_chat_out_ece": _ece(loo), **table_}


def main() -> None:
    parser = argparse.ArgumentParser(description="Rebuild the confidence calibration table from hand-written dev chats.")
    parser.add_argument("--dev", nargs=2, type=Path, metavar=("CHATS", "TRUTH"), required=True, action="append",
                        help="a hand-written, human-coded development set; repeat for more sets")
    parser.add_argument("--demo-chats", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--before", type=Path, action="append",
                        help="`zichtbaar evaluate --format json` of the rules before tuning on a dev set; repeat per set (averaged)")
    args = parser.parse_args()
    path = Path(__file__).parent / "data" / FILE
    if args.before:
        runs = [json.loads(b.read_text(encoding="utf-8"))["variables"] for b in args.before]
        before = {k: round(sum(r[k]["accuracy"] for r in runs) / len(runs), 4) for k in runs[0] if all(k in r for r in runs)}
    else:  # keep the baseline the current table was built with
        before = json.loads(path.read_text(encoding="utf-8")).get("accuracy_before_tuning", {}) if path.exists() else {}
    data = build([(c, t) for c, t in args.dev], args.demo_chats, args.seed, before)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['confidence'])} cells, {len(data['abstain'])} abstaining, "
          f"leave-one-chat-out ECE {data['leave_one_chat_out_ece']} → {path}")


if __name__ == "__main__":
    main()
