"""How fast does `zichtbaar import` fill the store?

    python benchmarks/import_speed.py --chats 2000                 # SQLite in a temp dir
    python benchmarks/import_speed.py --chats 2000 --db postgresql+psycopg://...   # an EMPTY database
    python benchmarks/import_speed.py --chats 20000 --store-only   # store cost alone

Prints chats/s and messages/s of ``import_file`` on a synthetic demo corpus
(``zichtbaar.synth.write_corpus``; a plain generator while synth is missing),
and which pseudonymiser ran: the real one (``zichtbaar.privacy``) unless
``--store-only`` is given or it is not installed, in which case a pass-through
stands in and only the reading and storing is measured.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from zichtbaar.store import import_file, open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="store URL (default: a new SQLite file in a temp dir)")
    parser.add_argument("--store-only", action="store_true", help="pass-through instead of the real pseudonymiser")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "demo.jsonl"
        generator = write_demo(corpus, args.chats, args.seed)
        with corpus.open(encoding="utf-8") as lines:
            messages = sum(len(json.loads(line)["messages"]) for line in lines)
        megabytes = corpus.stat().st_size / 2**20
        pseudonymiser, which = make_pseudonymiser(work, args.store_only)
        url = args.db or f"sqlite:///{work / 'bench.db'}"

        with open_store(url) as store:
            started = time.perf_counter()
            result = import_file(store, corpus, pseudonymiser)
            seconds = time.perf_counter() - started

    print(f"corpus:        {args.chats} chats, {messages} messages, {megabytes:.1f} MB ({generator})")
    print(f"pseudonymiser: {which}")
    print(f"store:         {store.url.split('@')[-1] if args.db else 'sqlite (temp file)'}")
    print(f"import:        {seconds:.2f} s, {result.added} added, {result.already_present} already present")
    print(f"speed:         {result.added / seconds:,.0f} chats/s, {messages / seconds:,.0f} messages/s")


def write_demo(path: Path, chats: int, seed: int) -> str:
    try:
        from zichtbaar.synth import write_corpus
    except ImportError:
        _plain_corpus(path, chats, seed)
        return "plain generator: zichtbaar.synth not available"
    write_corpus(path, chats=chats, seed=seed)
    return "zichtbaar.synth.write_corpus"


def make_pseudonymiser(work: Path, store_only: bool):
    if not store_only:
        try:
            from zichtbaar.privacy import Pseudonymiser, load_or_create_key, warm_up
        except ImportError:
            pass
        else:
            real = Pseudonymiser(load_or_create_key(work / "bench.key"))
            # Loading deduce is a one-off per process; keep it out of the speed.
            return real, f"zichtbaar.privacy.Pseudonymiser (real; deduce loaded beforehand in {warm_up():.1f} s)"
    return _PassThrough(), "pass-through (NOT pseudonymising: measures reading and storing only)"


class _PassThrough:
    """Stands in for the privacy stage when only the store's own cost is wanted."""

    def pseudonymise_many(self, chats):
        from types import SimpleNamespace

        for chat in chats:
            yield SimpleNamespace(chat=chat, pseudonyms=())


def _plain_corpus(path: Path, chats: int, seed: int) -> None:
    rng = random.Random(seed)
    lines = ["hoi", "ik weet niet of ik dit mag vragen", "mijn vriend wil dat ik geld voor hem verdien",
             "Hoi, fijn dat je er bent. Waar wil je het over hebben?", "Voel je je op dit moment veilig?"]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(chats):
            start = datetime(rng.randint(2019, 2023), 1, 1) + timedelta(minutes=rng.randrange(525_000))
            messages = [{"t": (start + timedelta(seconds=30 * m)).isoformat(),
                         "role": "visitor" if m % 2 else "counselor", "text": rng.choice(lines)}
                        for m in range(rng.randint(6, 40))]
            chat = {"chat_id": f"b{i:07d}", "visitor": f"bezoeker{i}", "channel": "chatmetfier",
                    "started_at": start.isoformat(), "profile": {"age": None, "gender": None}, "messages": messages}
            out.write(json.dumps(chat, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
