"""Train the learned PII token model from the hand-written development chats.

    python scripts/train_privacy_model.py            # writes zichtbaar/privacy/data/token_model.npz
    python scripts/train_privacy_model.py --folds    # leave-one-set-out table, writes nothing

The chats are built from the sets' sources (``tests/data/<set>/src``), the rules
run on them, and every candidate token the rules left alone (see
``zichtbaar.privacy.learned.candidates``) becomes one example, labelled by the
truth span it lies in (naam, plaats, school; adres and account words count as
plaats and naam) or none. The fit is deterministic (lbfgs, fixed data order).
The measurement sets (heldout, and each new set until its first look has been
reported) are never read; fresh1-3 joined after theirs (session 3), fresh4-6
after theirs (session 4), fresh7-8 after theirs (session 5).

``--folds`` trains on all sets but one and measures leak and non-PII removal on
the one left out with the rules alone and with the model, for every threshold in
``--thresholds``, the figures the shipping decision and the threshold rest on.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SETS = ("dev", "dev2", "dev3", "devlinks", "devlinks2", "devcoding", "devcoding2", "check",
        "fresh1", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")
LABELS = {"naam": "naam", "plaats": "plaats", "school": "school", "adres": "plaats", "account": "naam"}
THRESHOLD = 0.4  # leave-one-set-out, 16 sets: leak 0.82% at 0.7, 0.69% at 0.4; removal 0.24% -> 0.28%
C = 1.0
MIN_COUNT = 2
COPIES = 2
SKIP_MIN = 8
WORD_SHARE = 0.4  # share of stand-ins that are plain Dutch words: the context must decide, not the word
KEY = b"train-privacy-model-key-32bytes!"


def load_set(name: str):
    """(chats, truths) of one development set, built from its sources."""
    from zichtbaar.transcript import Chat
    from zichtbaar.truth import ChatTruth

    spec = importlib.util.spec_from_file_location("_build_sets", ROOT / "tests" / "data" / "heldout" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    chats, truths = module.build(ROOT / "tests" / "data" / name)
    return [Chat.model_validate(c) for c in chats], [ChatTruth.model_validate(t) for t in truths]


def examples(pseudonymiser, chats, truths):
    """Candidate tokens of the chats with their labels: what the rules (with
    propagation) leave, as the model sees it."""
    from zichtbaar.privacy.learned import candidates

    lex = pseudonymiser._lexicon()
    feats, labels, words = [], [], []
    for chat, truth in zip(chats, truths):
        texts = [m.text for m in chat.messages]
        roles = [m.role for m in chat.messages]
        for cand in candidates(texts, roles, pseudonymiser.detect(texts, chat.visitor, roles), lex):
            label = "none"
            for span in truth.pii:
                if span.message == cand.message and span.start < cand.end and cand.start < span.end:
                    label = LABELS.get(span.type, "none")
                    break
            feats.append(cand.features)
            labels.append(label)
            words.append(cand.word)
    return feats, labels, words


def skip_words(words: list[str], labels: list[str], lex, least: int = 0) -> frozenset[str]:
    """Words the chats used at least ``least`` times and never as PII, and no
    list knows as a name or place ("chat", "btw", "terugkomen"): not worth
    scoring. From the hand-written chats only, not from augmented copies."""
    least = least or SKIP_MIN
    seen = Counter(words)
    pii = {w for w, y in zip(words, labels) if y != "none"}
    return frozenset(
        w for w, n in seen.items() if n >= least and w not in pii and w not in lex.all_first_names
        and w not in lex.all_surnames and w not in lex.all_places and w not in lex.schools
    )


def pools(lex) -> dict[str, list[str]]:
    """Stand-ins for the augmented copies: names the rules cannot take on sight
    because they are also words, places, schools, and plain words (a name
    no list knows, in a context that says name)."""
    hard_names = sorted(w for w in lex.all_first_names - lex.first_names - lex.eval_common if w.isalpha() and len(w) >= 2)
    names = sorted(w for w in lex.first_names - lex.eval_common if w.isalpha())
    places = sorted(w for w in lex.places - lex.eval_common if w.isalpha() and len(w) >= 4)
    schools = sorted(w for w in lex.schools - lex.eval_common if w.isalpha())
    # "yas", "summa", "maten", "baken": names that are words no list calls a name
    words = sorted(w for w in lex.frequent - lex.eval_common if w.isalpha() and 3 <= len(w) <= 9)
    return {"hard_names": hard_names, "names": names, "places": places,
            "schools": schools, "words": words}


def _stand_in(kind: str, surface: str, rng, pool: dict[str, list[str]]) -> str:
    if kind == "naam":
        if rng.random() < 0.1:
            letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTVWYZ") for _ in range(rng.choice((1, 1, 2))))
            return letters + ("." if len(letters) == 1 and rng.random() < 0.5 else "")
        draw = rng.random()
        word = rng.choice(pool["words"] if draw < WORD_SHARE else pool["hard_names"] if draw < 0.8 else pool["names"])
    elif kind == "plaats":
        draw = rng.random()
        # not the hamlets and neighbourhoods that are words ("laken", "pijp"): the rules
        # leave those to context on purpose, and so should the model
        word = rng.choice(pool["words"] if draw < WORD_SHARE else pool["places"])
    else:
        word = rng.choice(pool["words"] if rng.random() < WORD_SHARE else pool["schools"])
    return word.capitalize() if surface[:1].isupper() else word


def augment(chat, truth, copy: int, pool: dict[str, list[str]]):
    """A copy of a chat with its names, places and schools replaced by
    stand-ins (one per surface, kept through the chat), offsets recomputed.
    Names that are words, initials and foreign towns in the contexts people
    wrote: the leaks the rules make on new chats, many times over."""
    import random
    import zlib

    from zichtbaar.truth import PiiSpan

    rng = random.Random(zlib.crc32(f"{chat.chat_id}/{copy}".encode()))
    chosen: dict[tuple[str, str], str] = {}
    messages, pii = [], []
    for index, message in enumerate(chat.messages):
        spans = sorted((s for s in truth.pii if s.message == index), key=lambda s: s.start)
        pieces, last, shift = [], 0, 0
        for span in spans:
            if span.start < last:
                continue
            text = span.text
            if span.type in ("naam", "plaats", "school"):
                key = (span.type, span.text.lower())
                if key not in chosen:
                    chosen[key] = _stand_in(span.type, span.text, rng, pool)
                text = chosen[key]
            pieces.append(message.text[last:span.start])
            start = span.start + shift
            pieces.append(text)
            pii.append(PiiSpan(message=index, start=start, end=start + len(text), type=span.type, text=text))
            shift += len(text) - (span.end - span.start)
            last = span.end
        pieces.append(message.text[last:])
        messages.append(message.model_copy(update={"text": "".join(pieces)}))
    new_chat = chat.model_copy(update={"messages": messages, "chat_id": f"{chat.chat_id}~{copy}"})
    return new_chat, truth.model_copy(update={"pii": pii, "chat_id": new_chat.chat_id})


def augmented(chats, truths, copies: int, pool):
    out_chats, out_truths = [], []
    for chat, truth in zip(chats, truths):
        for copy in range(copies):
            c, t = augment(chat, truth, copy, pool)
            out_chats.append(c)
            out_truths.append(t)
    return out_chats, out_truths


def fit(feats, labels, threshold: float = THRESHOLD, c: float = C, min_count: int = MIN_COUNT, skip=frozenset()):
    """A TokenModel from feature tuples and labels (features seen fewer than
    ``min_count`` times are dropped: they would only memorise one chat)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from zichtbaar.privacy.learned import CLASSES, TokenModel

    counts = Counter(f for row in feats for f in set(row))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    vocabulary = {f: i + 1 for i, f in enumerate(names)}  # row 0 of the weights stays zero
    indptr, indices = [0], []
    for row in feats:
        cols = sorted({vocabulary[f] for f in row if f in vocabulary})
        indices.extend(cols)
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(feats), len(names) + 1))
    y = np.array([CLASSES.index(label) for label in labels])
    present = sorted(set(y.tolist()))
    model = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    model.fit(x, y)
    weights = np.zeros((len(names) + 1, len(CLASSES)))
    bias = np.full(len(CLASSES), -30.0)  # a class absent from training is never predicted
    if len(present) == 2:  # binary fit: one coefficient row for the second class
        weights[:, present[1]] = model.coef_[0]
        bias[present[0]], bias[present[1]] = 0.0, model.intercept_[0]
    else:
        for row, cls in enumerate(model.classes_):
            weights[:, cls] = model.coef_[row]
            bias[cls] = model.intercept_[row]
    return TokenModel(vocabulary=vocabulary, weights=weights, bias=bias, threshold=threshold, skip=frozenset(skip))


def measure(pseudonymiser, chats, truths):
    from zichtbaar.privacy.evaluate import evaluate

    outputs = [pseudonymiser.pseudonymise(chat).chat for chat in chats]
    return evaluate(outputs, truths, chats)


def folds(thresholds: list[float], c: float, min_count: int, copies: int) -> None:
    from dataclasses import replace

    from zichtbaar.privacy import Pseudonymiser

    rules = Pseudonymiser(KEY, model=False)
    pool = pools(rules._lexicon())
    data = {name: load_set(name) for name in SETS}
    ex, plain = {}, {}
    for name in SETS:
        f, y, w = examples(rules, *data[name])
        fa, ya, _ = examples(rules, *augmented(*data[name], copies, pool))
        ex[name] = (f + fa, y + ya)
        plain[name] = (w, y)
    for name in SETS:
        n = Counter(ex[name][1])
        print(f"{name}: {len(ex[name][1])} candidates, {dict(n)}", file=sys.stderr)
    header = f"{'set':12} {'rules leak':>11} {'rules rem':>10}" + "".join(
        f" | t={t:<4} leak   rem" for t in thresholds)
    print(header)
    totals = {t: [0, 0, 0, 0] for t in [None, *thresholds]}
    for name in SETS:
        feats = [f for other in SETS if other != name for f in ex[other][0]]
        labels = [y for other in SETS if other != name for y in ex[other][1]]
        skip = skip_words([w for o in SETS if o != name for w in plain[o][0]],
                          [y for o in SETS if o != name for y in plain[o][1]], rules._lexicon())
        model = fit(feats, labels, c=c, min_count=min_count, skip=skip)
        base = measure(rules, *data[name])
        row = f"{name:12} {100 * base.leak_share:10.2f}% {100 * base.removed_share:9.2f}%"
        t0 = totals[None]
        t0[0] += base.leaked; t0[1] += base.occurrences; t0[2] += base.words_removed; t0[3] += base.words
        for t in thresholds:
            result = measure(Pseudonymiser(KEY, model=replace(model, threshold=t)), *data[name])
            row += f" | {100 * result.leak_share:5.2f}% {100 * result.removed_share:5.2f}%"
            tt = totals[t]
            tt[0] += result.leaked; tt[1] += result.occurrences; tt[2] += result.words_removed; tt[3] += result.words
        print(row, flush=True)
    t0 = totals[None]
    row = f"{'all':12} {100 * t0[0] / t0[1]:10.2f}% {100 * t0[2] / t0[3]:9.2f}%"
    for t in thresholds:
        tt = totals[t]
        row += f" | {100 * tt[0] / tt[1]:5.2f}% {100 * tt[2] / tt[3]:5.2f}%"
    print(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", action="store_true", help="leave-one-set-out table; writes nothing")
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--copies", type=int, default=COPIES, help="augmented copies of each chat")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "zichtbaar" / "privacy" / "data" / "token_model.npz")
    args = parser.parse_args()
    if args.folds:
        folds([float(t) for t in args.thresholds.split(",")], args.c, args.min_count, args.copies)
        return 0
    from zichtbaar.privacy import Pseudonymiser

    rules = Pseudonymiser(KEY, model=False)
    pool = pools(rules._lexicon())
    feats, labels, words, plain_labels = [], [], [], []
    for name in SETS:
        chats, truths = load_set(name)
        f, y, w = examples(rules, chats, truths)
        fa, ya, _ = examples(rules, *augmented(chats, truths, args.copies, pool))
        feats += f + fa
        labels += y + ya
        words += w
        plain_labels += y
    skip = skip_words(words, plain_labels, rules._lexicon())
    model = fit(feats, labels, c=args.c, min_count=args.min_count, skip=skip)
    model.save(args.output)
    print(f"{len(labels)} examples ({dict(Counter(labels))}), {len(model.vocabulary)} features, "
          f"{len(skip)} words skipped -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
