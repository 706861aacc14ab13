"""The codebook as a REFI-QDA code tree: one (not codable) code per variable,
a codable child per value — the missing value ("Onbekend") too, because a
coder who said "onbekend" said something — plus a code for selected quotes.

GUIDs are name-based (uuid5), so exporting the same codebook twice gives the
same GUIDs and a QDA program can merge the files instead of duplicating codes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from zichtbaar.codebooks import Codebook, Variable

NAMESPACE = uuid.UUID("6f1c2a4e-7d0b-5b8e-9a51-3c2f7e0d4b19")
QUOTE_CODE = "Citaat"
SEPARATOR = " > "


def guid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


@dataclass
class CodeNode:
    guid: str
    name: str
    codable: bool
    description: str | None = None
    children: list[CodeNode] = field(default_factory=list)


@dataclass
class CodeTree:
    """Codes of a codebook, and which code a (variable, value) coding gets."""

    roots: list[CodeNode]
    by_value: dict[tuple[str, str], CodeNode]
    quote: CodeNode

    def code_for(self, variable: str, value: str) -> CodeNode | None:
        return self.by_value.get((variable, value))


def code_tree(codebook: Codebook, text_values: dict[str, Iterable[str]] | None = None) -> CodeTree:
    """`text_values`: the values seen for text variables (platform names),
    which have no value list in the codebook."""
    roots, by_value = [], {}
    for var in codebook.variables:
        if var.type == "integer":
            continue  # ages become a REFI variable, not hundreds of codes
        parent = CodeNode(guid(codebook.id, var.id), var.label, False, var.definition)
        for value_id, label, definition in _values(var, (text_values or {}).get(var.id, ())):
            child = CodeNode(guid(codebook.id, var.id, value_id), label, True, definition)
            parent.children.append(child)
            by_value[(var.id, value_id)] = child
        roots.append(parent)
    quote = CodeNode(guid(codebook.id, "citaat"), QUOTE_CODE, True, "Fragment dat een onderzoeker selecteerde voor het rapport.")
    roots.append(quote)
    return CodeTree(roots, by_value, quote)


def _values(var: Variable, seen: Iterable[str]) -> list[tuple[str, str, str | None]]:
    if var.type == "text":
        return [(v, v, None) for v in sorted(set(seen))]
    out = [(v.id, v.label, v.definition) for v in var.values]
    if var.missing is not None and isinstance(var.missing.value, str):
        out.append((var.missing.value, var.missing.label, var.missing.meaning))
    return out


def to_models(nodes: list[CodeNode], code_class) -> list:
    """CodeNodes as pyrefiqda code models (project or codebook flavour)."""
    return [
        code_class(guid=n.guid, name=n.name, is_codable=n.codable, description=n.description,
                   code=to_models(n.children, code_class))
        for n in nodes
    ]


def paths(codes, prefix: str = "") -> dict[str, tuple[str, object]]:
    """guid → (code path 'Parent > Child', model) for a loaded code tree."""
    out: dict[str, tuple[str, object]] = {}
    for code in codes:
        path = f"{prefix}{SEPARATOR}{code.name}" if prefix else code.name
        out[code.guid] = (path, code)
        out.update(paths(code.code, path))
    return out
