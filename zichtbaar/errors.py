"""Errors users see. Bad input names file, line, field and what was expected,
and never quotes the offending text: it may be a raw chat message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InputError(Exception):
    """Input that does not fit a contract. Exit status 2 on the command line."""

    file: str
    line: int | None
    field: str | None
    expected: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: expected {self.expected}"


class NotBuiltYet(Exception):
    """A contract command whose pipeline stage does not exist yet (exit 1)."""
