"""Synthetic Dutch transcripts for the ingest tests (all invented).

SECRETS stand for raw chat text and field values: no error message may ever
contain them.
"""

from __future__ import annotations

import csv
import io
import json

SECRETS = (
    "lieke123",
    "Mijn vriend Dennis zegt dat ik moet werken",
    "Hoi, fijn dat je er bent.",
    "sanne_2006",
    "Hij houdt mijn paspoort",
    "c-geheim-7",
)


def chat_dict(chat_id: str = "c0001", visitor: str = "lieke123", **over) -> dict:
    chat = {
        "chat_id": chat_id,
        "visitor": visitor,
        "channel": "chatmetfier",
        "started_at": "2021-02-14T19:03:00",
        "profile": {"age": 15, "gender": "v"},
        "messages": [
            {"t": "2021-02-14T19:03:10", "role": "visitor", "text": "Mijn vriend Dennis zegt dat ik moet werken"},
            {"t": "2021-02-14T19:03:40", "role": "counselor", "text": "Hoi, fijn dat je er bent."},
            {"t": "2021-02-14T19:05:02", "role": "visitor", "text": "Hij houdt mijn paspoort"},
        ],
    }
    chat.update(over)
    return chat


def jsonl_text(*chats: dict) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in chats)


CSV_HEADER = ["chat_id", "visitor", "channel", "started_at", "t", "role", "text", "profile_age", "profile_gender"]


def csv_rows(chat: dict) -> list[list[str]]:
    """The rows a helpline tool's CSV export would have for one chat."""
    profile = chat.get("profile") or {}
    return [
        [chat["chat_id"], chat["visitor"], chat.get("channel") or "", chat["started_at"],
         m["t"], m["role"], m["text"], "" if profile.get("age") is None else str(profile["age"]),
         profile.get("gender") or ""]
        for m in chat["messages"]
    ]


def csv_text(rows: list[list[str]], header: list[str] = CSV_HEADER, lineterminator: str = "\r\n") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


_ZINNEN = [
    "Mijn vriend zegt dat ik voor hem moet werken.",
    "Ik durf het niet aan mijn moeder te vertellen.",
    "Hoe lang speelt dit al?",
    "Hij heeft foto's van mij en dreigt ze te delen.",
    "Fijn dat je dit met ons deelt, je bent hier anoniem.",
    "Ik moet pakketjes wegbrengen naar een adres in de stad.",
    "Weet iemand anders hiervan?",
    "Ik ben zestien en woon nog thuis.",
]


def synthetic_chat(n: int) -> dict:
    """The n-th chat of a large synthetic corpus (12 messages, about 2.4 kB)."""
    day = f"2021-05-{1 + n % 28:02d}"
    return {
        "chat_id": f"g{n:07d}",
        "visitor": f"bezoeker{n % 997}",
        "channel": "chatmetfier",
        "started_at": f"{day}T20:00:00",
        "profile": {"age": 12 + n % 10, "gender": ("v", "m", "neutraal")[n % 3]},
        "messages": [
            {"t": f"{day}T20:{i:02d}:{(7 * i) % 60:02d}",
             "role": "visitor" if i % 2 == 0 else "counselor",
             "text": " ".join(_ZINNEN[(n + i + k) % len(_ZINNEN)] for k in range(3))}
            for i in range(12)
        ],
    }


def txt_block(chat: dict) -> str:
    roles = {"visitor": "bezoeker", "counselor": "hulpverlener"}
    header = (f"chat_id: {chat['chat_id']}\nvisitor: {chat['visitor']}\nchannel: {chat['channel']}\n"
              f"started_at: {chat['started_at']}\nage: {chat['profile']['age']}\ngender: {chat['profile']['gender']}\n\n")
    body = "".join(f"{m['t'].replace('T', ' ')} {roles[m['role']]}: {m['text']}\n" for m in chat["messages"])
    return header + body


def write_large(path, fmt: str, target_bytes: int) -> int:
    """A synthetic corpus of about target_bytes in one format; returns the number of chats."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            writer = csv.writer(out)
            writer.writerow(CSV_HEADER)
        while out.tell() < target_bytes:
            chat = synthetic_chat(count)
            if fmt == "jsonl":
                out.write(json.dumps(chat, ensure_ascii=False) + "\n")
            elif fmt == "csv":
                writer.writerows(csv_rows(chat))
            else:
                out.write(("---\n" if count else "") + txt_block(chat))
            count += 1
    return count
