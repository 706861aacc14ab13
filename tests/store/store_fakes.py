"""Store test helpers: synthetic Dutch transcripts and a FAKE pseudonymiser
(test double only; the real one is zichtbaar.privacy).

The fake keeps the contract of ``pseudonymise_many`` without the cost of the
real pseudonymiser: the store's behaviour (transactions, idempotence, memory)
does not depend on how well names are found, only on what comes out.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

from zichtbaar.privacy import Pseudonym, PseudonymisedChat
from zichtbaar.transcript import Chat

FAKE_KEY = b"test-key-not-secret"


class FakePseudonymiser:
    """Test double. Replaces the visitor name by a keyed pseudonym and, unless
    ``keep_text``, every message text by "[tekst]". With ``keep_text`` the texts
    pass unchanged (as if they had nothing to hide), which lets round-trip tests
    compare what comes out of the store with what went in.

    Each chat gets one pseudonym: ``[account-1]`` with the HMAC of the visitor
    name, so chats of the same visitor share a key as with the real one.
    """

    def __init__(self, keep_text: bool = False, fail_at: int | None = None) -> None:
        self.keep_text = keep_text
        self.fail_at = fail_at  # raise RuntimeError when asked for this chat (0-based)
        self.seen = 0

    def pseudonymise_many(self, chats: Iterable[Chat]) -> Iterator[PseudonymisedChat]:
        for chat in chats:
            if self.fail_at is not None and self.seen == self.fail_at:
                raise RuntimeError("pseudonymiser failed")
            self.seen += 1
            key = hmac.new(FAKE_KEY, chat.visitor.lower().encode(), hashlib.sha256).hexdigest()
            update = {"visitor": f"bezoeker-{key[:10]}"}
            if not self.keep_text:
                update["messages"] = [m.model_copy(update={"text": "[tekst]"}) for m in chat.messages]
            yield PseudonymisedChat(chat.model_copy(update=update), (Pseudonym("[account-1]", "account", key),))


VISITOR_LINES = [
    "hoi, ik weet niet goed hoe ik dit moet zeggen",
    "mijn vriend zegt dat ik met andere mannen moet afspreken",
    "hij houdt mijn geld en mijn telefoon bij zich",
    "ik durf het niet aan mijn moeder te vertellen",
    "we hebben elkaar leren kennen via snapchat",
    "soms moet ik pakketjes wegbrengen naar een adres in de stad",
    "ik ben 16 en woon nog thuis",
    "hij zegt dat ik hem nog geld schuldig ben",
]
COUNSELOR_LINES = [
    "Hoi, fijn dat je er bent. Waar wil je het over hebben?",
    "Dat klinkt heel heftig. Hoe gaat het nu met je?",
    "Je mag hier alles vertellen, het is anoniem.",
    "Weet iemand anders hiervan, bijvoorbeeld een vriendin of je ouders?",
    "Voel je je op dit moment veilig?",
    "Wat zou je willen dat er verandert?",
]


def synthetic_chat(i: int, rng: random.Random, *, year: int | None = None, messages: int | None = None) -> dict:
    """One synthetic chat in the JSONL contract shape (never real data)."""
    year = year or rng.choice([2019, 2020, 2021, 2022, 2023])
    start = datetime(year, 1, 1, 8) + timedelta(days=rng.randrange(365), minutes=rng.randrange(600))
    count = messages or rng.randint(4, 30)
    items = []
    for m in range(count):
        role = "counselor" if m % 2 == 0 else "visitor"
        lines = COUNSELOR_LINES if role == "counselor" else VISITOR_LINES
        text = " ".join(rng.choice(lines) for _ in range(rng.randint(1, 3)))
        items.append({"t": (start + timedelta(seconds=40 * m)).isoformat(), "role": role, "text": text})
    return {
        "chat_id": f"c{i:06d}",
        "visitor": f"bezoeker{rng.randrange(10_000)}",
        "channel": "chatmetfier",
        "started_at": start.isoformat(),
        "profile": {"age": rng.choice([None, 13, 15, 17, 19, 23]), "gender": rng.choice([None, "v", "m", "neutraal"])},
        "messages": items,
    }


def write_jsonl(path: Path, chats: Iterable[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for chat in chats:
            out.write(json.dumps(chat, ensure_ascii=False) + "\n")
    return path
