r"""Calibrated confidence: how often a suggestion of this kind was right on
chats written by other hands than the generator's.

A rule's own confidence is a guess, and agreement on the generator's own
corpus says little about real chats (there every variable scores ≥ 0.9, on
hand-written chats far less). So the table is fitted on human-coded,
hand-written development chats (the eight coded sets under ``tests/data``:
devcoding, devcoding2, dev, dev2, dev3, devlinks, devlinks2, check), per cell
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

The rules were tuned on ``devcoding`` and ``devcoding2`` (``--tuned``); the six
other sets (dev, dev2, dev3, devlinks, devlinks2, check: 278 chats coded by two
coders who never saw the rules) were not. ``build`` measures ``transfer``, the
share of the tuning gain (accuracy on the tuned sets minus the accuracy before
tuning, ``accuracy_before_tuning``) that the rules keep on the untuned sets,
summed over variables (0.475 in November 2026; it was 0 when only M/N existed),
and lowers each variable's confidences by the inflation the tuned sets bring
into the pooled figure: gain × (1 − transfer) × their share of the rows
(``optimism``, 0.01–0.06). ``TRANSFER`` is only the fallback when no set is untuned.

Abstaining cells are kept only for variables where, leave-one-SET-out (table
fitted on seven sets, the eighth coded with and without them), abstaining did
not cost more than ``ABSTAIN_TOLERANCE`` kappa. With the cells (variable,
source, missing) no cell of the current rules has 'onbekend' right more often
than the rule's value, so the table abstains nowhere. The file also
records the leave-one-set-out calibration error and kappa with and without
abstaining, and the leave-one-chat-out error. Rebuild (deterministic, ~15 s):

    python -m zichtbaar.coding.calibration \
        $(for s in devcoding devcoding2 dev dev2 dev3 devlinks devlinks2 check; do
          echo --dev tests/data/$s/chats.jsonl tests/data/$s/truth.jsonl; done) \
        --tuned tests/data/devcoding/chats.jsonl --tuned tests/data/devcoding2/chats.jsonl \
        [--before EVAL_DEV.json --before EVAL_DEV2.json]

Never on held-out, fresh or real chats. Replace it by agreement with
human-confirmed codings once the store holds enough of them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

VAR_PRIOR = 10  # pseudo-observations pulling a variable towards the overall dev accuracy
CELL_PRIOR = 5  # pseudo-observations pulling a cell towards its variable
DEMO_PRIOR = 2  # pseudo-observations from the generator's corpus (weak: it flatters the rules)
TRANSFER = 0.0  # fallback when no dev set is unseen by the rules (measured 0 on M/N in 2025; see build)
ABSTAIN_MIN_N = 3  # a cell needs this many dev chats before it may turn guesses into 'onbekend'
ABSTAIN_TOLERANCE = 0.02  # abstention may cost this much leave-one-set-out kappa (fewer confident errors)
FILE = "calibration-ckm-2021.json"


def key(variable: str, source: str, missing: bool) -> str:
    return f"{variable}|{source}|{'missing' if missing else 'value'}"


@dataclass(frozen=True, slots=True)
class Cell:
    confidence: float
    abstain: bool = False
    abstain_confidence: float | None = None  # how often 'onbekend' is right in an abstaining cell


@lru_cache(maxsize=None)
def _shipped() -> dict:
    try:
        text = resources.files("zichtbaar.coding").joinpath("data", FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return json.loads(text)


_active: dict | None = None  # a table swapped in by ``use`` (leave-one-set-out measurement)


def _data() -> dict:
    return _shipped() if _active is None else _active


@contextmanager
def use(data: dict) -> Iterator[None]:
    """Code with another table (one fitted without the set being measured)."""
    global _active
    before, _active = _active, data
    try:
        yield
    finally:
        _active = before


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
@dataclass(frozen=True)
class DevSet:
    """A hand-written, human-coded set; ``tuned``: the rules were tuned on it."""

    chats: Path
    truth: Path
    tuned: bool = False

    @property
    def name(self) -> str:
        return self.chats.parent.name


def read_set(dev: DevSet):
    """(chats, {chat_id: truth variables}) of one set."""
    from zichtbaar.coding.evaluate import read_variables
    from zichtbaar.ingest import read_chats

    return list(read_chats(dev.chats)), dict(read_variables(dev.truth))


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
        optimism: dict[str, float] | None = None, skip: Collection[str] = (),
        abstain_variables: Collection[str] | None = None) -> dict:
    """The smoothed table from (chat, variable, cell, right, missing_right) rows,
    each variable's confidences lowered by its ``optimism``; ``skip``: chats
    left out (a held-out set); abstaining cells only for ``abstain_variables``
    (None: every variable)."""
    demo = demo or {}
    optimism = optimism or {}
    skip = set(skip)
    rows = [o for o in observations if o[0] != skip_chat and o[0] not in skip]
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
        if raw and k.endswith("|value") and raw[1] >= ABSTAIN_MIN_N and raw[2] > raw[0] \
                and (abstain_variables is None or var in abstain_variables):
            abstain[k] = round(max(0.05, (raw[2] + CELL_PRIOR * prior) / (raw[1] + CELL_PRIOR) - optimism.get(var, 0.0)), 3)
    return {"confidence": confidence, "variable": {v: round(max(0.05, p - optimism.get(v, 0.0)), 3) for v, p in sorted(p_var.items())},
            "abstain": abstain, "n": {k: v[1] for k, v in sorted(per_cell.items())}}


def _ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    from zichtbaar.coding.evaluate import _calibration_error

    return round(_calibration_error(pairs, bins), 4) if pairs else 0.0


def code_with_table(chats, data: dict, coder=None) -> dict[str, tuple[dict, dict]]:
    """chat_id → (values, confidences) as the coder gives them with table ``data``."""
    from zichtbaar.coding.coder import RuleCoder

    coder = coder or RuleCoder("ckm-2021")
    out = {}
    with use(data):
        for chat in chats:
            coding = coder.code(chat)
            out[chat.chat_id] = (coding.values, {k: s.confidence for k, s in coding.suggestions.items()})
    return out


def kappas(codes: dict[str, tuple[dict, dict]], truth: dict[str, dict]) -> dict[str, float]:
    from zichtbaar.coding.evaluate import evaluate

    figures = evaluate({c: v for c, (v, _) in codes.items()}, truth)
    return {var: f.kappa for var, f in figures.variables.items()}


def _pairs(codes, truth, variables) -> list[tuple[float, bool]]:
    from zichtbaar.coding.evaluate import label

    return [(conf[var], label(values.get(var)) == label(truth[c][var]))
            for c, (values, conf) in codes.items() if c in truth for var in variables if var in truth[c] and var in conf]


def leave_one_set_out(sets: list[DevSet], observations, chat_set: dict[str, str], demo: dict[str, float],
                      optimism: dict[str, float]) -> dict:
    """Per held-out set: the table fitted on the other sets, the set coded with
    and without abstaining cells; per-variable kappa, and the (confidence,
    right) pairs for the calibration error."""
    folds = []
    for dev in sets:
        chats, truth = read_set(dev)
        skip = {c for c, s in chat_set.items() if s == dev.name}
        fitted = fit(observations, demo, optimism=optimism, skip=skip)
        with_abstain = code_with_table(chats, fitted)
        without = code_with_table(chats, {**fitted, "abstain": {}})
        folds.append({"set": dev.name, "truth": truth, "abstain": with_abstain, "keep": without,
                      "kappa_abstain": kappas(with_abstain, truth), "kappa_keep": kappas(without, truth)})
    return {"folds": folds}


def _accuracy(observations, chats: set[str]) -> dict[str, float]:
    acc: dict[str, list[int]] = {}
    for cid, var, _, right, _ in observations:
        if cid in chats:
            a = acc.setdefault(var, [0, 0])
            a[0] += right
            a[1] += 1
    return {var: r / n for var, (r, n) in acc.items()}


def measure_transfer(observations, chat_set: dict[str, str], sets: list[DevSet],
                     before: dict[str, float]) -> tuple[float, dict[str, float], dict[str, float]]:
    """Share of the tuning gain (accuracy on the tuned sets minus accuracy
    before tuning) that the rules keep on sets they were not tuned on,
    summed over variables; TRANSFER when no set is unseen."""
    tuned = {s.name for s in sets if s.tuned}
    acc_tuned = _accuracy(observations, {c for c, s in chat_set.items() if s in tuned})
    acc_unseen = _accuracy(observations, {c for c, s in chat_set.items() if s not in tuned})
    common = [v for v in acc_tuned if v in acc_unseen and v in before and acc_tuned[v] > before[v]]
    gain = sum(acc_tuned[v] - before[v] for v in common)
    kept = sum(acc_unseen[v] - before[v] for v in common)
    transfer = TRANSFER if not common or gain <= 0 else min(1.0, max(0.0, kept / gain))
    return round(transfer, 3), acc_tuned, acc_unseen


def build(dev: list[DevSet], demo_chats: int = 0, seed: int = 11,
          before: dict[str, float] | None = None) -> dict:
    """``before``: per-variable accuracy of the rules before they were tuned on the ``tuned`` sets."""
    from zichtbaar.coding.coder import RuleCoder

    coder = RuleCoder("ckm-2021", calibrate=False)
    observations, chat_set = [], {}
    for d in dev:
        chats, truth = read_set(d)
        chat_set.update({c.chat_id: d.name for c in chats if c.chat_id in truth})
        observations += _observations(chats, truth, coder)
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
    transfer, acc_tuned, acc_unseen = measure_transfer(observations, chat_set, dev, before)
    # The pooled accuracy is inflated by the tuned sets' share times the gain that does not carry over.
    tuned_chats = {c for c, s in chat_set.items() if s in {d.name for d in dev if d.tuned}}
    share = {var: sum(o[0] in tuned_chats for o in observations if o[1] == var) / max(1, sum(o[1] == var for o in observations))
             for var in acc_tuned}
    optimism = {var: round(max(0.0, (acc_tuned[var] - before[var]) * (1 - transfer) * share[var]), 3)
                for var in acc_tuned if var in before}
    # Abstain only where it does not cost kappa on the held-out sets.
    loso = leave_one_set_out(dev, observations, chat_set, demo, optimism)["folds"]
    variables = sorted(loso[0]["kappa_keep"])
    k_keep = {v: sum(f["kappa_keep"][v] for f in loso) / len(loso) for v in variables}
    k_abstain = {v: sum(f["kappa_abstain"][v] for f in loso) / len(loso) for v in variables}
    abstain_variables = sorted(v for v in variables if k_abstain[v] != k_keep[v] and k_abstain[v] >= k_keep[v] - ABSTAIN_TOLERANCE)
    pairs = []
    for f in loso:
        pairs += _pairs(f["abstain"], f["truth"], abstain_variables)
        pairs += _pairs(f["keep"], f["truth"], [v for v in variables if v not in abstain_variables])
    table_ = fit(observations, demo, optimism=optimism, abstain_variables=abstain_variables)
    # Each dev chat judged by a table fitted without it (kept for comparison with earlier tables).
    loo = []
    by_chat: dict[str, list] = {}
    for o in observations:
        by_chat.setdefault(o[0], []).append(o)
    for chat_id in sorted(by_chat):
        t = fit(observations, demo, skip_chat=chat_id, optimism=optimism, abstain_variables=abstain_variables)
        for _, var, k, right, missing_right in by_chat[chat_id]:
            conf = t["confidence"].get(k, t["variable"].get(var, 0.8))
            if k in t["abstain"]:
                conf, right = t["abstain"][k], missing_right
            loo.append((conf, right))
    r4 = lambda d: {k: round(v, 4) for k, v in sorted(d.items())}  # noqa: E731
    return {"corpus": {"dev": [[str(d.chats), str(d.truth)] for d in dev], "tuned_on": [d.name for d in dev if d.tuned],
                       "dev_chats": len(chat_set), "demo": {"generator": "zichtbaar.synth", "chats": demo_chats, "seed": seed}},
            "priors": {"variable": VAR_PRIOR, "cell": CELL_PRIOR, "demo": DEMO_PRIOR, "abstain_min_n": ABSTAIN_MIN_N,
                       "abstain_tolerance": ABSTAIN_TOLERANCE},
            "accuracy_before_tuning": before, "accuracy_tuned_sets": r4(acc_tuned), "accuracy_unseen_sets": r4(acc_unseen),
            "transfer": transfer, "optimism": optimism, "leave_one_chat_out_ece": _ece(loo),
            "leave_one_set_out": {"ece": _ece(pairs), "kappa_keep": r4(k_keep), "kappa_abstain": r4(k_abstain),
                                  "abstain_variables": abstain_variables},
            **table_}


def main() -> None:
    parser = argparse.ArgumentParser(description="Rebuild the confidence calibration table from hand-written dev chats.")
    parser.add_argument("--dev", nargs=2, type=Path, metavar=("CHATS", "TRUTH"), required=True, action="append",
                        help="a hand-written, human-coded development set; repeat for more sets")
    parser.add_argument("--tuned", type=Path, action="append", default=[], metavar="CHATS",
                        help="CHATS of a --dev set the rules were tuned on; repeat per set")
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
    tuned = {t.resolve() for t in args.tuned}
    sets = [DevSet(c, t, c.resolve() in tuned) for c, t in args.dev]
    data = build(sets, args.demo_chats, args.seed, before)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['confidence'])} cells, {len(data['abstain'])} abstaining "
          f"({', '.join(data['leave_one_set_out']['abstain_variables'])}), transfer {data['transfer']}, "
          f"leave-one-set-out ECE {data['leave_one_set_out']['ece']} → {path}")


if __name__ == "__main__":
    main()
