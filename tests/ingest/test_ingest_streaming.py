"""Readers stream: the first chat of a large file arrives without reading the
file, and memory stays flat over the whole file (a 200 MB export must fit)."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from ingest_samples import synthetic_chat, write_large
from zichtbaar.ingest import read_chats

MB = 1_000_000


def _offset_of_open_file(path: Path) -> int | None:
    """The OS read position of this process's open handle on path (Linux /proc)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return None
    for fd in fd_dir.iterdir():
        try:
            if os.readlink(fd) == str(path):
                info = (Path("/proc/self/fdinfo") / fd.name).read_text()
                return int(info.split("pos:", 1)[1].split()[0])
        except (OSError, IndexError, ValueError):
            continue
    return None


@pytest.mark.parametrize(("fmt", "size"), [("jsonl", 50 * MB), ("csv", 20 * MB), ("txt", 20 * MB)])
def test_large_file_streams_with_flat_memory(tmp_path, fmt, size):
    path = (tmp_path / f"groot.{fmt}").resolve()
    count = write_large(path, fmt, size)
    assert path.stat().st_size >= size

    tracemalloc.start()
    try:
        chats = read_chats(path)
        first = next(chats)
        _, peak_first = tracemalloc.get_traced_memory()
        position = _offset_of_open_file(path)
        chats.close()

        tracemalloc.reset_peak()
        seen = 0
        last = None
        for chat in read_chats(path):
            seen += 1
            last = chat
        _, peak_all = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert first.to_json_dict() == synthetic_chat(0)
    assert last.to_json_dict() == synthetic_chat(count - 1)
    assert seen == count
    if position is not None:
        assert position < 1 * MB, f"read {position} bytes to yield the first chat"
    assert peak_first < 1 * MB, peak_first
    # The chat ids seen so far (for the duplicate check) are the only thing that
    # grows: about 100 bytes per chat, not the file's size.
    assert peak_all < 5 * MB, peak_all
