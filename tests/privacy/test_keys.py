from __future__ import annotations

import stat

import pytest

from zichtbaar.errors import InputError
from zichtbaar.privacy import load_or_create_key
from zichtbaar.privacy.keys import normalise


def test_key_is_created_private_and_reused(tmp_path):
    path = tmp_path / "sub" / "zichtbaar.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == key
    assert load_or_create_key(tmp_path / "other.key") != key


def test_wrong_key_file_is_bad_input(tmp_path):
    path = tmp_path / "bad.key"
    path.write_bytes(b"short")
    with pytest.raises(InputError) as info:
        load_or_create_key(path)
    assert "32 bytes" in str(info.value)


def test_normalise():
    assert normalise("  @Lisa.DeVries_ ") == "lisa.devries_"
    assert normalise("Den   Haag") == "den haag"
    assert normalise("ＬＩＳＡ") == "lisa"
