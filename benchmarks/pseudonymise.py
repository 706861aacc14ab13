"""Throughput, start-up time and memory of zichtbaar's pseudonymiser, side by
side with plain deduce on the same texts in the same run.

    python benchmarks/pseudonymise.py [--chats 1000] [--seed 7] [--rounds 3] [--input FILE.jsonl] [--json OUT.json]

Plain deduce runs with its default configuration, one call per chat (messages
joined by blank lines: its fastest mode) and one call per message. zichtbaar
runs one chat at a time in-process (the per-core figure), then over both cores
(``pseudonymise_many(workers=2)``). Start-up and peak memory are measured in a
fresh child process, so this run's own caches do not flatter them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_STARTUP = r"""
import json, resource, sys, time
started = time.perf_counter()
from zichtbaar.privacy import Pseudonymiser
from zichtbaar.privacy.engine import get_deduce
from zichtbaar.transcript import Chat
p = Pseudonymiser(bytes(32))
chat = Chat.model_validate_json(sys.stdin.readline())
p.pseudonymise(chat)
get_deduce()  # loaded lazily, at the first message with a capital inside a sentence
ready = time.perf_counter() - started
print(json.dumps({"startup_s": ready, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _load(args) -> list:
    from zichtbaar.transcript import Chat

    if args.input:
        from zichtbaar.ingest import read_chats

        return list(read_chats(args.input))
    from zichtbaar.synth import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "bench.jsonl", args.chats, args.seed)
        corpus = Path(tmp) / "bench.jsonl"
        return [Chat.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def _startup(chat) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _STARTUP], input=chat.model_dump_json() + "\n",
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _rate(messages: int, seconds: float) -> float:
    return messages / seconds if seconds else float("inf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--input", type=Path)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (best of each)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    chats = _load(args)
    messages = sum(len(c.messages) for c in chats)
    figures: dict = {"chats": len(chats), "messages": messages, "cpus": os.cpu_count()}
    figures.update(_startup(chats[0]))

    from zichtbaar.privacy import Pseudonymiser
    from zichtbaar.privacy.engine import get_deduce

    deduce = get_deduce()
    pseudonymiser = Pseudonymiser(bytes(32))
    pseudonymiser.pseudonymise(chats[0])  # word lists loaded before timing

    def plain_per_chat() -> None:
        for chat in chats:
            deduce.deidentify("\n\n".join(m.text for m in chat.messages))

    def zichtbaar_one_core() -> None:
        for chat in chats:
            pseudonymiser.pseudonymise(chat)

    # Interleaved rounds, best of each: a busy moment of the machine then slows
    # both sides alike instead of bending the ratio.
    plain_chat = ours = float("inf")
    for _ in range(args.rounds):
        plain_chat = min(plain_chat, _seconds(plain_per_chat))
        ours = min(ours, _seconds(zichtbaar_one_core))

    started = time.perf_counter()
    for chat in chats:
        for message in chat.messages:
            deduce.deidentify(message.text)
    plain_message = time.perf_counter() - started

    started = time.perf_counter()
    for _ in pseudonymiser.pseudonymise_many(iter(chats), workers=2):
        pass
    ours_parallel = time.perf_counter() - started

    figures.update({
        "deduce_per_chat_msgs_per_s": round(_rate(messages, plain_chat)),
        "deduce_per_message_msgs_per_s": round(_rate(messages, plain_message)),
        "zichtbaar_one_core_msgs_per_s": round(_rate(messages, ours)),
        "zichtbaar_two_workers_msgs_per_s": round(_rate(messages, ours_parallel)),
        "time_ratio_vs_deduce_per_chat": round(ours / plain_chat, 3),
        "time_ratio_vs_deduce_per_message": round(ours / plain_message, 3),
        "startup_s": round(figures["startup_s"], 2),
        "peak_rss_mb": round(figures["peak_rss_mb"]),
    })
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
