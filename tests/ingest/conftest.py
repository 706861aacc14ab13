"""Fixtures of the ingest tests: files in a temp dir and the error checker."""

from __future__ import annotations

from pathlib import Path

import pytest

from zichtbaar.errors import InputError
from zichtbaar.ingest import read_chats

from ingest_samples import SECRETS


@pytest.fixture
def write(tmp_path):
    """write(name, text_or_bytes) -> Path in a fresh directory."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return _write


@pytest.fixture
def refused():
    """refused(path, line, field, expected_part) -> the InputError, after checking
    where it points and that it quotes nothing from the file."""

    def _refused(path: Path, line: int | None, field: str | None, expected_part: str, **kw) -> InputError:
        with pytest.raises(InputError) as info:
            for _ in read_chats(path, **kw):
                pass
        error = info.value
        assert error.file == str(path)
        assert error.line == line, str(error)
        assert error.field == field, str(error)
        assert expected_part in error.expected, str(error)
        message = str(error)
        assert message.startswith(f"{path}"), message
        if line is not None:
            assert f", line {line}" in message
        if field is not None:
            assert f"field '{field}'" in message
        for secret in SECRETS:
            assert secret not in message, message
        return error

    return _refused
