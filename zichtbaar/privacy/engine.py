"""The one deduce instance per process, and where its lookup cache lives.

deduce's first start builds an 80 MB cache in about 80 s, by default inside
site-packages (often read-only, and lost on reinstall); later starts take 7 s.
So the cache goes to a per-user directory, is built at install time
(``python -m zichtbaar.privacy.warmup``), and one instance is shared.

``import deduce`` calls ``logging.basicConfig(stream=sys.stdout, level=DEBUG)``:
after that any library's debug output, which may quote chat text, would go to
stdout. The root logger is put back exactly as it was right after the import.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from deduce import Deduce

# deduce's processors that chat text does not need, or that zichtbaar's own
# detectors replace (they are case-sensitive or tuned to medical letters):
# ages must stay (an age is research data here), and the regex annotators for
# dates, phones, e-mail, URLs, BSN and postcodes are redone for chat Dutch.
DISABLED_PROCESSORS = frozenset({
    "institutions", "dates", "ages", "identifiers", "phone_numbers",
    "email_addresses", "urls", "eponymous_disease", "patient_name",
    "postal_code", "postbus", "redactor",
    # replaced by zichtbaar's any-case lookups and street patterns (and costly):
    "first_name_lookup", "street_pattern", "street_lookup", "housenumber",
    # the whole locations group: zichtbaar's any-case place lists find every
    # place it found on ten hand-written sets (3,887 PII, not one more leak
    # without it), at a quarter of deduce's time
    "locations",
})

_lock = threading.Lock()
_instance: Deduce | None = None


def cache_dir() -> Path:
    """``$ZICHTBAAR_CACHE_DIR`` if set, else ``~/.cache/zichtbaar/deduce``."""
    configured = os.environ.get("ZICHTBAAR_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "zichtbaar" / "deduce"


def import_deduce():
    """Imports deduce and undoes its root-logger configuration."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import deduce  # noqa: PLC0415 - imported late on purpose (heavy, touches logging)

    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    return deduce


def get_deduce() -> Deduce:
    """The shared instance; built on first use (7 s with a warm cache)."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                deduce = import_deduce()
                path = cache_dir()
                path.mkdir(parents=True, exist_ok=True)
                _instance = deduce.Deduce(cache_path=path)
                # Millions of long-lived lookup objects: keep the cyclic garbage
                # collector from walking them again and again (and from touching
                # pages that forked workers share).
                gc.collect()
                gc.freeze()
    return _instance


def warm_up() -> float:
    """Builds (or loads) deduce's cache now; returns the seconds it took."""
    started = time.perf_counter()
    get_deduce()
    from zichtbaar.privacy.lexicon import load_lexicon  # noqa: PLC0415

    load_lexicon()
    return time.perf_counter() - started
