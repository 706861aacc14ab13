"""The per-installation secret and keyed pseudonyms.

A keyed hash (HMAC-SHA256) of a normalised name lets the case stage link one
person's chats without ever seeing the name; without the secret the hashes
cannot be reversed by hashing a list of common names.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata
from pathlib import Path

from zichtbaar.errors import InputError

KEY_BYTES = 32


def load_or_create_key(path: Path) -> bytes:
    """32 random bytes in a file readable by its owner only; created on first use."""
    path = Path(path)
    if path.exists():
        data = path.read_bytes()
        if len(data) != KEY_BYTES:
            raise InputError(str(path), None, None, f"a key file of exactly {KEY_BYTES} bytes")
        return data
    path.parent.mkdir(parents=True, exist_ok=True)
    data = secrets.token_bytes(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)
    return data


def normalise(surface: str) -> str:
    """The form that is hashed: NFKC, lowercase, inner whitespace collapsed,
    stripped of surrounding punctuation and a leading ``@``."""
    text = unicodedata.normalize("NFKC", surface).casefold()
    text = " ".join(text.split())
    return text.strip(" .,;:!?'\"()[]{}").lstrip("@")


def keyed(key: bytes, normalised: str) -> str:
    """Hex HMAC-SHA256 of an already normalised form."""
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()
