"""Builds one chat message by message and records PII spans as it goes.

Offsets are right by construction: a PII value's start is the length of the
message text at the moment it is appended, never found back by searching.
Chat-style noise (lowercase, 'ff', typos, emoji) is applied to literal text
only, so identifying values are never cut in half by a typo.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from zichtbaar.synth.grammar import BREAK, Part, Pii

_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)

# Chat spellings of ordinary words; each is used only some of the time.
_ABBREV: dict[str, tuple[str, ...]] = {
    "even": ("ff", "effe", "ff"),
    "niet": ("nie", "ni", "nit"),
    "mijn": ("mn", "m'n", "mijn"),
    "echt": ("egt", "echt", "echtt"),
    "misschien": ("mss", "miss", "misch"),
    "weet": ("weet", "wet"),
    "het": ("t", "'t", "het"),
    "jaar": ("jr", "jaar"),
    "omdat": ("omda", "omdat"),
    "dat": ("da", "dat"),
    "wat": ("wa", "wat"),
    "goed": ("goe", "goed"),
    "heel": ("heel", "hele", "super"),
    "oke": ("ok", "oke", "oké", "okee", "okay"),
    "dankjewel": ("dankje", "dankjee", "thnx", "dankjewel", "bedankt"),
    "zijn": ("zijn", "zn"),
    "met": ("met", "mt"),
    "want": ("want", "wnt"),
    "ook": ("ook", "ok"),
    "nu": ("nu", "nuu"),
    "jij": ("jij", "jy"),
    "wel": ("wel", "wl"),
    "ik": ("ik", "ik", "ik", "k"),
    "een": ("een", "n", "een"),
    "gewoon": ("gwn", "gewoon"),
    "vragen": ("vrage", "vragen"),
    "nog": ("nog", "nogg"),
}
_EMOJI = ("😭", "😔", "🙁", "😕", "😢", "🥺", "😞", "💔", "🙏", "😅", "😬", "🤷‍♀️", ":(", ":/", "...", "??")


@dataclass
class Style:
    """How one visitor types; fixed per person so that their chats look alike."""

    lower: bool = True
    abbrev_p: float = 0.3
    typo_p: float = 0.02
    emoji_p: float = 0.1
    split_p: float = 0.6

    @classmethod
    def sample(cls, rng: random.Random, age: int) -> "Style":
        young = age < 25
        return cls(
            lower=rng.random() < (0.9 if young else 0.45),
            abbrev_p=rng.uniform(0.15, 0.55) if young else rng.uniform(0.0, 0.15),
            typo_p=rng.uniform(0.0, 0.05),
            emoji_p=rng.uniform(0.02, 0.25) if young else rng.uniform(0.0, 0.05),
            split_p=rng.uniform(0.4, 0.9) if young else rng.uniform(0.05, 0.4),
        )


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def chatify(text: str, rng: random.Random, style: Style) -> str:
    """Literal visitor text as a teenager types it."""
    if style.lower:
        text = text.lower()

    def word(m: re.Match) -> str:
        w = m.group(0)
        alts = _ABBREV.get(w.lower())
        if alts and rng.random() < style.abbrev_p:
            return rng.choice(alts)
        if len(w) > 4 and rng.random() < style.typo_p:
            return _typo(w, rng)
        return w

    if style.abbrev_p or style.typo_p:
        text = _WORD.sub(word, text)
    return text


@dataclass
class Span:
    message: int
    start: int
    end: int
    type: str
    text: str


@dataclass
class ChatBuilder:
    started_at: datetime
    rng: random.Random
    style: Style
    messages: list[dict] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    clock: datetime | None = None

    def __post_init__(self) -> None:
        self.clock = self.started_at + timedelta(seconds=self.rng.randint(2, 25))

    def _tick(self, role: str, first_in_turn: bool) -> datetime:
        if first_in_turn:
            lo, hi = (15, 110) if role == "counselor" else (10, 150)
        else:
            lo, hi = (4, 35)
        self.clock = self.clock + timedelta(seconds=self.rng.randint(lo, hi))
        return self.clock

    def say(self, role: str, parts: list[Part], noisy: bool | None = None) -> None:
        """Append one utterance; a visitor may break it over several messages."""
        noisy = role == "visitor" if noisy is None else noisy
        chunks: list[list[Part]] = [[]]
        for p in parts:
            if p is BREAK:
                chunks.append([])
            else:
                chunks[-1].append(p)
        split = role == "visitor" and self.rng.random() < self.style.split_p
        groups: list[list[Part]] = []
        for chunk in chunks:
            if not chunk:
                continue
            if split or not groups:
                groups.append(list(chunk))
            else:
                groups[-1].append(" ")
                groups[-1].extend(chunk)
        for n, group in enumerate(groups):
            self._message(role, group, noisy, first_in_turn=n == 0, last=n == len(groups) - 1)

    def _message(self, role: str, parts: list[Part], noisy: bool, first_in_turn: bool, last: bool) -> None:
        index = len(self.messages)
        text = ""
        pending: list[Span] = []
        for p in parts:
            if isinstance(p, Pii):
                pending.append(Span(index, len(text), len(text) + len(p.text), p.type, p.text))
                text += p.text
            else:
                lit = chatify(p, self.rng, self.style) if noisy else p
                while "  " in lit:
                    lit = lit.replace("  ", " ")
                if lit.startswith(" ") and (not text or text.endswith(" ")):
                    lit = lit[1:]
                text += lit
        # Tidy the ends without moving recorded spans.
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        for s in pending:
            s.start -= lead
            s.end -= lead
        if noisy:
            if self.style.lower and text.endswith(".") and not text.endswith("..") and (not pending or pending[-1].end < len(text)):
                text = text[:-1]
            if last and self.rng.random() < self.style.emoji_p:
                text += " " + self.rng.choice(_EMOJI)
            elif not self.style.lower and text and text[0].islower() and (not pending or pending[0].start > 0):
                text = text[0].upper() + text[1:]
        if not text:
            return
        self.messages.append({"t": self._tick(role, first_in_turn), "role": role, "text": text})
        self.spans.extend(pending)
