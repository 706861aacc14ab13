"""How well pseudonymisation did, against the ground truth of a synthetic corpus.

Definitions (the figures the targets are stated in):

**Leak.** Each ``PiiSpan`` of the truth is one PII occurrence, in message
``span.message`` of its chat. It *leaks* when, in the pseudonymised text of the
message with the same index,

1. its surface text (``span.text``) is still present as a whole, compared
   case-insensitively and not inside a longer word (``mo`` does not leak
   through "morgen"); or
2. any of its alphanumeric tokens (maximal runs of letters and digits) of 3 or
   more characters that is not a common Dutch word (``eval_common_words.txt``:
   frequent Dutch words, names and places excluded) is still present as a
   whole token, case-insensitively: "de vries" leaks through "vries", a phone
   number through a remaining "12345678"; "den haag" does not leak through a
   remaining "den".

"Still present" means: more often in the output message than in the original
message outside all of its PII spans (when the original corpus is given), so
"advertentie" in "een advertentie op https://x.nl/advertentie/1" does not make
the URL leak once the URL is gone. Without the original, any presence counts.

Placeholders (``[naam-1]``) are removed from the output before comparing. The
leak share is leaked occurrences / occurrences, overall and per PII type.

**Non-PII words removed.** Tokens (alphanumeric runs, lowercase) of the
original message that do not overlap any truth PII span, counted with
multiplicity; one is *removed* when the output message has fewer occurrences
of that token than the original has outside the PII spans. The share is
removed / all such tokens. This needs the original corpus: by default the file
beside the truth (``X.truth.jsonl`` → ``X.jsonl``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from zichtbaar.errors import InputError
from zichtbaar.transcript import Chat
from zichtbaar.truth import ChatTruth

TOKEN = re.compile(r"[^\W_]+")
PLACEHOLDER = re.compile(r"\[[a-z\-]+(?:-\d+)?\]")


@dataclass
class TypeFigures:
    occurrences: int = 0
    leaked: int = 0

    @property
    def leak_share(self) -> float:
        return self.leaked / self.occurrences if self.occurrences else 0.0


@dataclass
class PrivacyEvaluation:
    chats: int = 0
    per_type: dict[str, TypeFigures] = field(default_factory=dict)
    words: int = 0
    words_removed: int = 0

    @property
    def occurrences(self) -> int:
        return sum(f.occurrences for f in self.per_type.values())

    @property
    def leaked(self) -> int:
        return sum(f.leaked for f in self.per_type.values())

    @property
    def leak_share(self) -> float:
        return self.leaked / self.occurrences if self.occurrences else 0.0

    @property
    def removed_share(self) -> float:
        return self.words_removed / self.words if self.words else 0.0

    def to_json_dict(self) -> dict:
        return {
            "chats": self.chats,
            "pii": {"occurrences": self.occurrences, "leaked": self.leaked, "leak_share": round(self.leak_share, 5)},
            "per_type": {
                kind: {"occurrences": f.occurrences, "leaked": f.leaked, "leak_share": round(f.leak_share, 5)}
                for kind, f in sorted(self.per_type.items())
            },
            "non_pii_words": {"total": self.words, "removed": self.words_removed, "removed_share": round(self.removed_share, 5)},
        }


def _count(needle: str, text: str) -> int:
    return len(re.findall(r"(?<![^\W_])" + re.escape(needle) + r"(?![^\W_])", text))


def leaks(surface: str, output: str, common: frozenset[str], outside: str = "") -> bool:
    """The leak rule of the module docstring, for one span and one output message.

    ``outside`` is the original message with every PII span blanked: a word that
    also occurs there as ordinary text ("advertentie" beside an advert's URL) only
    leaks if the output has it more often than that.
    """
    lowered = PLACEHOLDER.sub(" ", output).lower()
    outside = outside.lower()
    needle = surface.strip().lower()
    if needle and _count(needle, lowered) > _count(needle, outside):
        return True
    present = Counter(TOKEN.findall(lowered))
    before = Counter(TOKEN.findall(outside))
    return any(len(t) >= 3 and t not in common and present[t] > before[t] for t in set(TOKEN.findall(needle)))


def evaluate(outputs: Iterable[Chat], truths: Iterable[ChatTruth], originals: Iterable[Chat] | None = None) -> PrivacyEvaluation:
    """Compares pseudonymised chats with the truth (and the originals, for removed words)."""
    from zichtbaar.privacy.lexicon import load_lexicon  # noqa: PLC0415

    common = load_lexicon().eval_common
    out_by_id = {chat.chat_id: chat for chat in outputs}
    orig_by_id = {chat.chat_id: chat for chat in originals} if originals is not None else {}
    result = PrivacyEvaluation()
    for truth in truths:
        out = out_by_id.get(truth.chat_id)
        if out is None:
            continue
        result.chats += 1
        original = orig_by_id.get(truth.chat_id)
        for span in truth.pii:
            figures = result.per_type.setdefault(span.type, TypeFigures())
            figures.occurrences += 1
            outside = _blanked(original, truth, span.message) if original is not None else ""
            if span.message < len(out.messages) and leaks(span.text, out.messages[span.message].text, common, outside):
                figures.leaked += 1
        if original is None:
            continue
        for index, message in enumerate(original.messages):
            spans = [(s.start, s.end) for s in truth.pii if s.message == index]
            kept = Counter(
                m.group(0).lower() for m in TOKEN.finditer(message.text)
                if not any(m.start() < e and s < m.end() for s, e in spans)
            )
            output = out.messages[index].text if index < len(out.messages) else ""
            now = Counter(t.lower() for t in TOKEN.findall(PLACEHOLDER.sub(" ", output)))
            result.words += sum(kept.values())
            result.words_removed += sum(max(0, n - now.get(t, 0)) for t, n in kept.items())
    return result


def _blanked(original: Chat, truth: ChatTruth, index: int) -> str:
    if index >= len(original.messages):
        return ""
    chars = list(original.messages[index].text)
    for span in truth.pii:
        if span.message == index:
            chars[span.start:span.end] = " " * (span.end - span.start)
    return "".join(chars)


def read_truth(path: Path) -> list[ChatTruth]:
    truths = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    truths.append(ChatTruth.model_validate_json(line))
                except ValueError:
                    raise InputError(str(path), number, None, "one ground-truth JSON object (ChatTruth) per line") from None
    except OSError:
        raise InputError(str(path), None, None, "a readable ground-truth JSONL file") from None
    except UnicodeDecodeError:
        raise InputError(str(path), None, None, "UTF-8 text") from None
    return truths


def render_table(evaluation: PrivacyEvaluation):
    """A rich table of the figures."""
    from rich.table import Table  # noqa: PLC0415

    table = Table(title=f"Pseudonimisering: {evaluation.chats} chats")
    table.add_column("type")
    table.add_column("voorkomens", justify="right")
    table.add_column("gelekt", justify="right")
    table.add_column("lekpercentage", justify="right")
    for kind, figures in sorted(evaluation.per_type.items()):
        table.add_row(kind, str(figures.occurrences), str(figures.leaked), f"{100 * figures.leak_share:.2f}%")
    table.add_row("totaal", str(evaluation.occurrences), str(evaluation.leaked), f"{100 * evaluation.leak_share:.2f}%", style="bold")
    table.caption = (
        f"niet-PII-woorden verwijderd: {evaluation.words_removed} van {evaluation.words} "
        f"({100 * evaluation.removed_share:.2f}%)"
    )
    return table


def to_json(evaluation: PrivacyEvaluation) -> str:
    return json.dumps(evaluation.to_json_dict(), ensure_ascii=False, indent=2)
