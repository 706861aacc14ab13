"""Build the held-out evaluation set from its hand-written sources.

Authors write chats in ``src/*.json`` with identifying text marked inline as
``[[type:surface]]`` (for example ``ik ben [[naam:lisa]] uit [[plaats:zwolle]]``).
This script strips the marks and writes ``chats.jsonl`` (the transcript contract)
and ``truth.jsonl`` (``zichtbaar.truth.ChatTruth``) with exact character offsets,
so nobody counts offsets by hand. Run: ``python tests/data/heldout/build.py``
(or ``... build.py tests/data/dev`` for the development set, same layout).

The set is written independently of the synthetic generator and is never used to
tune rules or patterns: it only measures.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\[\[([a-z-]+):(.+?)\]\]")


def strip_marks(text: str, message: int) -> tuple[str, list[dict]]:
    out, spans, last = [], [], 0
    length = 0
    for m in MARK.finditer(text):
        before = text[last:m.start()]
        out.append(before)
        length += len(before)
        surface = m.group(2)
        spans.append({"message": message, "start": length, "end": length + len(surface),
                      "type": m.group(1), "text": surface})
        out.append(surface)
        length += len(surface)
        last = m.end()
    out.append(text[last:])
    return "".join(out), spans


def build(root: Path = HERE) -> tuple[list[dict], list[dict]]:
    from zichtbaar.transcript import Chat
    from zichtbaar.truth import ChatTruth

    chats, truths = [], []
    for src in sorted((root / "src").glob("*.json")):
        for raw in json.loads(src.read_text(encoding="utf-8")):
            messages, pii = [], []
            for i, msg in enumerate(raw["messages"]):
                text, spans = strip_marks(msg["text"], i)
                messages.append({"t": msg["t"], "role": msg["role"], "text": text})
                pii.extend(spans)
            chat = {k: raw[k] for k in ("chat_id", "visitor", "channel", "started_at", "profile")}
            chat["messages"] = messages
            Chat.model_validate(chat)  # the sources must satisfy the contract
            truth = {"chat_id": raw["chat_id"], "person_id": raw["person_id"],
                     "scenario": raw["scenario"], "about_trafficking": raw["about_trafficking"],
                     "variables": raw["variables"], "pii": pii}
            ChatTruth.model_validate(truth)
            chats.append(chat)
            truths.append(truth)
    return chats, truths


def main() -> None:
    # Another folder with the same layout (e.g. tests/data/dev) may be named.
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    chats, truths = build(root)
    for name, rows in (("chats.jsonl", chats), ("truth.jsonl", truths)):
        with open(root / name, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(chats)} chats, {sum(len(t['pii']) for t in truths)} PII spans")


if __name__ == "__main__":
    main()
