"""Models learned from human-confirmed codings, on top of the rules.

Per categorical variable a TF-IDF + logistic regression over the visitor's
text, trained on the codings coders accepted or edited in the store
(``zichtbaar train``). The rules keep giving the evidence; the model
reweighs the confidence, and overrides a rule only when it is confident and
can point at the words that made it decide (evidence a coder can check).
Retraining is a command, so the models improve as coders confirm more chats.
"""

from __future__ import annotations

import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from zichtbaar.coding.coder import RuleCoder
from zichtbaar.coding.evaluate import label
from zichtbaar.coding.model import ChatCoding, Evidence, Finding, Suggestion
from zichtbaar.coding.text import lower_same_length
from zichtbaar.store import Store, iter_chats
from zichtbaar.store.models import Chat as ChatRow
from zichtbaar.store.models import Coding, CodebookVersion
from zichtbaar.transcript import Chat

CONFIRMED = ("accepted", "edited")
MIN_EXAMPLES = 30
FORMAT_VERSION = 1


def visitor_text(chat: Chat) -> str:
    return "\n".join(lower_same_length(m.text) for m in chat.messages if m.role == "visitor")


@dataclass
class _VariableModel:
    vectorizer: Any
    classifier: Any
    labels: dict[str, Any]  # label string → value


class NotEnoughCodings(ValueError):
    """Too few human-confirmed codings to learn anything."""


def confirmed_codings(store: Store, codebook_id: str) -> dict[str, dict[str, Any]]:
    """chat_id → {variable: value} from accepted/edited codings (latest wins)."""
    with store.session() as session:
        rows = session.execute(
            select(ChatRow.chat_id, Coding.variable, Coding.value, Coding.id)
            .join(Coding, Coding.chat_id == ChatRow.id)
            .join(CodebookVersion, CodebookVersion.id == Coding.codebook_version_id)
            .where(CodebookVersion.version_id == codebook_id, Coding.status.in_(CONFIRMED))
            .order_by(Coding.id)
        ).all()
    out: dict[str, dict[str, Any]] = {}
    for chat_id, variable, value, _ in rows:
        out.setdefault(chat_id, {})[variable] = value
    return out


def train(store: Store, codebook_id: str = "ckm-2021", path: Path | None = None) -> Path:
    """Fit one model per categorical variable and write them to ``path``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    coder = RuleCoder(codebook_id)
    confirmed = confirmed_codings(store, codebook_id)
    if len(confirmed) < MIN_EXAMPLES:
        raise NotEnoughCodings(f"{len(confirmed)} chats with confirmed codings for {codebook_id}; at least {MIN_EXAMPLES} needed")
    texts: dict[str, str] = {}
    for chat in iter_chats(store):
        if chat.chat_id in confirmed:
            texts[chat.chat_id] = visitor_text(chat)
    models: dict[str, _VariableModel] = {}
    for var in coder.codebook.variables:
        if var.type != "categorical":
            continue
        pairs = [(texts[c], v[var.id]) for c, v in confirmed.items() if var.id in v and c in texts]
        if len(pairs) < MIN_EXAMPLES:
            continue
        ys = [label(v) for _, v in pairs]
        if len(set(ys)) < 2:
            continue
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50000)
        x = vectorizer.fit_transform([t for t, _ in pairs])
        classifier = LogisticRegression(max_iter=500, C=4.0, class_weight="balanced")
        classifier.fit(x, ys)
        models[var.id] = _VariableModel(vectorizer, classifier, {label(v): v for _, v in pairs})
    if path is None:
        path = Path(f"zichtbaar-{codebook_id}.model")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump({"format": FORMAT_VERSION, "codebook": codebook_id, "examples": len(texts), "models": models}, handle)
    return path


class LearnedCoder:
    """Rules first; a learned model reweighs and, when sure, overrides."""

    def __init__(self, model_path: Path, codebook_id: str = "ckm-2021", override_at: float = 0.9) -> None:
        with open(model_path, "rb") as handle:
            data = pickle.load(handle)  # noqa: S301 - our own file, written by train()
        if data.get("format") != FORMAT_VERSION or data.get("codebook") != codebook_id:
            raise ValueError(f"{model_path} is not a {codebook_id} model of this version of zichtbaar")
        self.models: dict[str, _VariableModel] = data["models"]
        self.rules = RuleCoder(codebook_id)
        self.codebook = self.rules.codebook
        self.name = f"geleerd-{codebook_id}/{FORMAT_VERSION}"
        self.override_at = override_at

    def code(self, chat: Chat) -> ChatCoding:
        coding = self.rules.code(chat)
        text = visitor_text(chat)
        if not text.strip() or not self.models:
            return coding
        predictions = {var: self._predict(var, text) for var in self.models}
        force: dict[str, Finding] = {}
        for var in ("achtergrond_chatter", "vorm_uitbuiting"):
            override = self._override(chat, coding.suggestions[var], predictions.get(var))
            if override is not None:
                force[var] = override
        if force:
            coding = self.rules.code_with(chat, force)
        suggestions = dict(coding.suggestions)
        for var, prediction in predictions.items():
            s = suggestions[var]
            if s.source == "neutraal":
                continue  # forced by the codebook, not a judgement
            value, p, probs = prediction
            if label(s.value) == value:
                suggestions[var] = Suggestion(var, s.value, 0.5 * s.confidence + 0.5 * p, s.evidence, s.source + "+model")
            else:
                agree = probs.get(label(s.value), 0.0)
                suggestions[var] = Suggestion(var, s.value, 0.5 * s.confidence + 0.5 * agree, s.evidence, s.source)
        return ChatCoding(coding.chat_id, coding.codebook, suggestions, coding.exclusion_reason)

    def _predict(self, var: str, text: str) -> tuple[str, float, dict[str, float]]:
        model = self.models[var]
        x = model.vectorizer.transform([text])
        probs = dict(zip(model.classifier.classes_, model.classifier.predict_proba(x)[0]))
        best = max(probs, key=probs.get)
        return best, float(probs[best]), probs

    def _override(self, chat: Chat, suggestion: Suggestion, prediction) -> Finding | None:
        if prediction is None:
            return None
        value, p, _ = prediction
        if value == label(suggestion.value) or p < self.override_at or p <= suggestion.confidence:
            return None
        evidence = self._why(chat, suggestion.variable, value)
        if evidence is None:
            return None
        return Finding(self.models[suggestion.variable].labels[value], p, (evidence,), source="model")

    def _why(self, chat: Chat, var: str, value: str) -> Evidence | None:
        """The n-gram that pushes most towards ``value``, located in the chat."""
        model = self.models[var]
        classes = list(model.classifier.classes_)
        row = classes.index(value) if len(classes) > 2 else (1 if value == classes[1] else 0)
        coef = model.classifier.coef_[min(row, len(model.classifier.coef_) - 1)]
        sign = -1 if len(classes) == 2 and row == 0 else 1
        x = model.vectorizer.transform([visitor_text(chat)]).tocoo()
        names = model.vectorizer.get_feature_names_out()
        scored = sorted(((sign * coef[j] * v, names[j]) for j, v in zip(x.col, x.data)), reverse=True)
        for score, term in scored[:5]:
            if score <= 0:
                break
            pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, term.split())) + r"(?!\w)")
            for i, m in enumerate(chat.messages):
                if m.role != "visitor":
                    continue
                found = pattern.search(lower_same_length(m.text))
                if found:
                    return Evidence(i, found.start(), found.end(), m.text[found.start() : found.end()])
        return None
