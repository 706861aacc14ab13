"""Package exports that load on first use.

The `zichtbaar` command registers every stage's subcommand at start-up; if a
stage package imported its heavy parts (scipy, scikit-learn, matplotlib,
SQLAlchemy) in its ``__init__``, even ``zichtbaar --help`` would wait seconds
for them. A package lists what it exports and where it lives instead (PEP 562).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Callable


def lazy_exports(package: str, where: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``where[name]`` (relative to the
    package) when ``name`` is first asked for."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{module}"), name)

    return __getattr__
