"""``python -m zichtbaar.privacy.warmup``: build deduce's lookup cache at install
time, so the first import of chats does not stall for 80 s."""

from __future__ import annotations

import sys

from zichtbaar.privacy.engine import cache_dir, warm_up


def main() -> int:
    seconds = warm_up()
    print(f"deduce ready in {seconds:.1f} s (cache: {cache_dir()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
