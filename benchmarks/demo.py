"""Speed of the demo corpus generator (`zichtbaar demo`).

Usage: python benchmarks/demo.py [--chats 25000] [--seed 1]
Writes the corpus to a temporary directory and prints chats/s, the wall time
for the requested number of chats and the size of the files.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from zichtbaar.synth import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=25_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "demo.jsonl"
        start = time.perf_counter()
        truth = write_corpus(out, chats=args.chats, seed=args.seed)
        elapsed = time.perf_counter() - start
        size = (out.stat().st_size + truth.stat().st_size) / 1e6
    print(f"chats: {args.chats}  seed: {args.seed}")
    print(f"time: {elapsed:.1f} s  ({args.chats / elapsed:.0f} chats/s, one process)")
    print(f"time for 25,000 chats: {25_000 / (args.chats / elapsed):.1f} s (extrapolated when --chats differs)")
    print(f"output: {size:.1f} MB (transcript + truth)")


if __name__ == "__main__":
    main()
