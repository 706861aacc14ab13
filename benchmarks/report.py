"""How long does `zichtbaar report` take for a year of 1,500 coded cases?

    python benchmarks/report.py                  # 1,500 cases in 2021 (target: < 10 s including the PDF)
    python benchmarks/report.py --cases 3000

Builds a demo store in a temporary directory (synthetic corpus, texts passed
through unchanged — the import is not what is measured — and the ground truth
stored as accepted codings, `zichtbaar.report.demo`), growing the corpus until
the year holds at least the requested number of cases. Then times
`write_report` for HTML and for PDF separately, each from the store (loading
the year and the two years before, all figures, rendering), and prints pages.

Recorded 2026-11-23 (2 cores, shared with other jobs, load average ~2.5):
10,000 chats, 1,630 coded cases in 2021: HTML 4.4 s, PDF 5.7 s (12 pages),
each from the store and including the WeasyPrint import.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from zichtbaar.report import write_report
from zichtbaar.report.dataset import load_year
from zichtbaar.report.demo import code_with_truth
from zichtbaar.store import import_file, open_store
from zichtbaar.synth import write_corpus

YEAR = 2021
SHARE_OF_CHATS = 0.15  # first guess: a fifth of the chats per year, most about trafficking


class PassThrough:
    def pseudonymise_many(self, chats):
        for chat in chats:
            yield SimpleNamespace(chat=chat, pseudonyms=())


def build(root: Path, cases: int, seed: int):
    chats = int(cases / SHARE_OF_CHATS)
    while True:
        db = root / f"z{chats}.db"
        truth = write_corpus(root / "demo.jsonl", chats, seed)
        store = open_store(f"sqlite:///{db}")
        import_file(store, root / "demo.jsonl", PassThrough())
        code_with_truth(store, truth)
        found = len(load_year(store, YEAR).cases)
        if found >= cases:
            return store, chats, found
        store.close()
        chats = int(chats * cases / max(found, 1) * 1.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        store, chats, cases = build(root, args.cases, args.seed)
        print(f"store: {chats} chats, {cases} coded cases in {YEAR} (set-up {time.perf_counter() - start:.1f} s, not timed)")
        for name in ("rapport.html", "rapport.pdf"):
            start = time.perf_counter()
            write_report(store, YEAR, root / name)
            elapsed = time.perf_counter() - start
            size = (root / name).stat().st_size / 1e6
            print(f"{name}: {elapsed:.2f} s, {size:.1f} MB")
        info = subprocess.run(["pdfinfo", str(root / "rapport.pdf")], capture_output=True, text=True)
        pages = next((line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")), "?")
        print(f"pdf pages: {pages}")
        store.close()


if __name__ == "__main__":
    main()
