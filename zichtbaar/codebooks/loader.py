"""Finding and reading codebooks: the versions shipped with zichtbaar, or a
research team's own YAML file.

Shipped codebooks live in ``zichtbaar/codebooks/data/<id>.yaml`` and are read
through importlib.resources, so they work from a wheel or a zip as well as from
a source checkout. A broken codebook file is bad input: the error names the
file, the line and the field, like any other input to the tool.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from zichtbaar.errors import InputError
from zichtbaar.codebooks.model import Codebook

_SUFFIX = ".yaml"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UnknownCodebook(LookupError):
    """A codebook id that zichtbaar does not ship."""

    def __init__(self, codebook_id: str, available: list[str]) -> None:
        self.codebook_id = codebook_id
        self.available = available
        super().__init__(f"unknown codebook {codebook_id!r}; available: {', '.join(available) or '(none)'}")


def _data_dir():
    return resources.files("zichtbaar.codebooks").joinpath("data")


def available_codebooks() -> list[str]:
    """Ids of the shipped codebooks, oldest version first by name."""
    return sorted(
        entry.name[: -len(_SUFFIX)]
        for entry in _data_dir().iterdir()
        if entry.is_file() and entry.name.endswith(_SUFFIX)
    )


@lru_cache(maxsize=None)
def load_codebook(codebook_id: str) -> Codebook:
    """A shipped codebook by id (e.g. "ckm-2021"); cached, the models are frozen."""
    available = available_codebooks()
    if codebook_id not in available:
        raise UnknownCodebook(codebook_id, available)
    resource = _data_dir().joinpath(codebook_id + _SUFFIX)
    name = f"zichtbaar/codebooks/data/{codebook_id}{_SUFFIX}"
    codebook = parse_codebook(resource.read_text(encoding="utf-8"), name)
    if codebook.id != codebook_id:
        raise InputError(name, _line_of(resource.read_text(encoding="utf-8"), ("id",)), "id",
                         f"the id {codebook_id!r} that the file name gives")
    return codebook


def load_codebook_file(path: str | Path) -> Codebook:
    """A codebook from a YAML file of the user's own (same format as shipped)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), None, None, f"a readable UTF-8 YAML codebook ({type(exc).__name__})") from None
    return parse_codebook(text, str(path))


def parse_codebook(text: str, name: str) -> Codebook:
    """Codebook from YAML text; `name` is what errors call the file."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError(name, line, None, f"valid YAML ({getattr(exc, 'problem', None) or 'syntax error'})") from None
    if not isinstance(data, dict):
        raise InputError(name, 1, None, "a YAML mapping with id, name, version and variables")
    try:
        return Codebook.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        readable = _readable_loc(data, loc)
        raise InputError(name, _line_of(text, loc), readable, first["msg"]) from None


def _readable_loc(data: Any, loc: tuple) -> str:
    """`variables.3.values` → `variables[duur].values`: researchers think in ids."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
            item = node[key]
            label = item.get("id") if isinstance(item, dict) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{label if label is not None else key}]"]
            node = item
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts)


def _line_of(text: str, loc: tuple) -> int | None:
    """1-based line of the YAML node at `loc`, as deep as the path exists."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(key):
                    child = value_node
                    line = key_node.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            child = node.value[key]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
