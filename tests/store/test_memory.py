"""A 200 MB export imports with flat memory (streaming, batched inserts)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from store_fakes import synthetic_chat

SIZE = 200 * 1024 * 1024
LIMIT_MB = 150


@pytest.mark.slow
def test_a_200_mb_import_keeps_memory_flat(tmp_path):
    source = tmp_path / "groot.jsonl"
    rng = random.Random(200)
    # 500 distinct chats, written over and over under new chat_ids: as large
    # as a real year export, without spending the test's time generating it.
    pool = [json.dumps({"chat_id": None, **synthetic_chat(i, rng)} | {"chat_id": None}, ensure_ascii=False)
            .removeprefix('{"chat_id": null') + "\n" for i in range(500)]
    chats = 0
    with open(source, "w", encoding="utf-8") as out:
        while out.tell() < SIZE:
            out.write(f'{{"chat_id": "c{chats:07d}"' + pool[chats % len(pool)])
            chats += 1

    # A fresh interpreter, so the peak (VmHWM) belongs to the import alone.
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from store_fakes import FakePseudonymiser
        from zichtbaar.store import import_file, open_store

        def status(field):
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return int(line.split()[1]) // 1024  # kB -> MB

        store = open_store({f"sqlite:///{tmp_path / 'groot.db'}"!r})
        import zichtbaar.ingest  # loaded before the baseline: code is not data
        baseline = status("VmRSS")
        result = import_file(store, {str(source)!r}, FakePseudonymiser(keep_text=True))
        print(json.dumps({{"baseline": baseline, "peak": status("VmHWM"), "added": result.added}}))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    measured = json.loads(run.stdout)
    assert measured["added"] == chats
    growth = measured["peak"] - measured["baseline"]
    print(f"{chats} chats, {SIZE // 2**20} MB: RSS {measured['baseline']} MB -> peak {measured['peak']} MB (+{growth} MB)")
    assert growth < LIMIT_MB
