"""How fast does the rule coder code chats on one core?

    python benchmarks/coding.py                     # 25,000 demo chats, seed 1
    python benchmarks/coding.py --chats 5000 --seed 3

Generates a demo corpus (``zichtbaar.synth``) in a temporary folder, reads it
back, and times ``RuleCoder.code`` alone (chats/s, the target is ≥ 500 on one
core) and the streaming file mode of ``zichtbaar code`` (read + code + write).
Prints the figures as JSON on stdout, with the process's CPU time beside the
wall-clock time: on a shared machine the CPU figure is the one-core speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from zichtbaar.coding import RuleCoder
from zichtbaar.ingest import read_chats
from zichtbaar.synth import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=25_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "demo.jsonl"
        write_corpus(corpus, chats=args.chats, seed=args.seed)
        chats = list(read_chats(corpus))
        coder = RuleCoder("ckm-2021")
        coder.code(chats[0])  # warm-up: lazy imports and caches
        started, cpu_started = time.perf_counter(), time.process_time()
        for chat in chats:
            coder.code(chat)
        coding_seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
        messages = sum(len(c.messages) for c in chats)
        del chats
        out = Path(tmp) / "codes.jsonl"
        started = time.perf_counter()
        with open(out, "w", encoding="utf-8") as handle:
            for chat in read_chats(corpus):
                handle.write(coder.code(chat).to_json_line() + "\n")
        file_seconds = time.perf_counter() - started
    print(json.dumps({
        "benchmark": "coding", "chats": args.chats, "seed": args.seed, "messages": messages,
        "coding_seconds": round(coding_seconds, 2), "chats_per_second": round(args.chats / coding_seconds, 1),
        # CPU time of this process: what one core does, even when other work shares the machine.
        "coding_cpu_seconds": round(cpu_seconds, 2), "chats_per_cpu_second": round(args.chats / cpu_seconds, 1),
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "file_mode_seconds": round(file_seconds, 2), "file_mode_chats_per_second": round(args.chats / file_seconds, 1),
        "python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
    }, indent=1))


if __name__ == "__main__":
    main()
