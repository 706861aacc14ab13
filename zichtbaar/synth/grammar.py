"""A tiny template language so that every fact has many phrasings cheaply.

``[a|b|c]`` picks one alternative (nested, empty allowed), ``{slot}`` inserts a
value (plain text or a PII value that must be recorded as a span) and ``~``
marks a place where a chatter may break into a new message. Combining a few
alternatives per template gives hundreds of surface forms per variable, which
is what a machine coder must be tested on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

BREAK = object()  # a possible message break inside one utterance


@dataclass(frozen=True, slots=True)
class Pii:
    """A value that is identifying: the builder records where it lands."""

    text: str
    type: str


Part = str | Pii | object


@lru_cache(maxsize=None)
def _parse(template: str) -> tuple:
    nodes, pos = _parse_seq(template, 0, top=True)
    return nodes


def _parse_seq(s: str, i: int, top: bool = False) -> tuple[tuple, int]:
    """Parse until ']' or '|' (inside brackets) or the end; returns (nodes, i)."""
    out: list = []
    buf: list[str] = []
    while i < len(s):
        ch = s[i]
        if ch == "[":
            if buf:
                out.append("".join(buf))
                buf = []
            alts = []
            i += 1
            while True:
                seq, i = _parse_seq(s, i)
                alts.append(seq)
                if i >= len(s):
                    raise ValueError(f"unclosed '[' in template: {s!r}")
                if s[i] == "|":
                    i += 1
                    continue
                i += 1  # ']'
                break
            out.append(tuple(alts))
        elif ch in "|]" and not top:
            break
        elif ch == "{":
            j = s.index("}", i)
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(("slot", s[i + 1 : j]))
            i = j + 1
        elif ch == "~":
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(BREAK)
            i += 1
        else:
            buf.append(ch)
            i += 1
    if buf:
        out.append("".join(buf))
    return tuple(out), i


def expand(template: str, rng: random.Random, slots: dict[str, str | Pii] | None = None) -> list[Part]:
    """Expand a template into parts: literal strings, Pii values and BREAKs."""
    out: list[Part] = []
    _expand(_parse(template), rng, slots or {}, out)
    return out


def _expand(nodes: tuple, rng: random.Random, slots: dict, out: list) -> None:
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif node is BREAK:
            out.append(BREAK)
        elif isinstance(node[0], str):  # ("slot", name); alternatives hold tuples
            try:
                out.append(slots[node[1]])
            except KeyError:
                raise KeyError(f"template slot {{{node[1]}}} has no value") from None
        else:
            _expand(rng.choice(node), rng, slots, out)


def render(parts: list[Part]) -> str:
    """Plain text of parts (for tests and for counting distinct sentences)."""
    return "".join(p.text if isinstance(p, Pii) else ("" if p is BREAK else p) for p in parts)
