"""When each person chats and under which username.

The plan is drawn first (cheap), so that chats can be written in time order
one at a time. Some persons come back: under the same username (a returning
visitor) or under a new one (a 'dubbeling' the cases stage must link).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from zichtbaar.synth import lexicon
from zichtbaar.synth.story import YEAR_WEIGHTS, YEARS

FOLLOW_UP_P = 0.12
NEW_USERNAME_P = 0.72
NEW_YEAR_P = 0.004
END = datetime(2023, 12, 31, 22, 0)
HOUR_WEIGHTS = (3, 2, 1, 1, 0.5, 0.5, 0.5, 1, 2, 3, 3, 4, 4, 5, 6, 7, 7, 7, 8, 9, 10, 10, 9, 6)


@dataclass(frozen=True)
class Slot:
    person: int
    visit: int  # 1 for a person's first chat
    started_at: datetime
    username: str
    new_username: bool  # a later chat under a username this person did not use before
    mentions_previous: bool


def _username(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        name = lexicon.first_name(rng, rng.choice("vm"))
        return rng.choice((f"{name}{rng.randint(1, 999)}", f"{name}_{rng.randint(1, 99)}", f"xx{name}xx", f"{name}.{rng.randint(10, 99)}"))
    word = rng.choice(("anoniem", "bezoeker", "hulp", "vraagje", "iemand", "zonnetje", "sterretje", "bloem", "shadow", "nobody", "gast",
                       "help", "blue", "moon", "kat", "panda", "vlinder", "regen", "x"))
    return f"{word}{rng.randint(1, 9999)}"


def _first_datetime(rng: random.Random) -> datetime:
    if rng.random() < NEW_YEAR_P:
        year = rng.choice(YEARS[:-1])
        return datetime(year, 12, 31, 23, rng.randint(38, 54), rng.randint(0, 59))
    year = rng.choices(YEARS, YEAR_WEIGHTS)[0]
    day = datetime(year, 1, 1) + timedelta(days=rng.randrange(365))
    hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
    return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))


def make_plan(chats: int, seed: int) -> list[Slot]:
    """All chat slots in time order; exactly `chats` of them."""
    rng = random.Random(f"zichtbaar-plan-{seed}")
    slots: list[Slot] = []
    taken: set[str] = set()  # a username belongs to one person

    def fresh() -> str:
        name = _username(rng)
        while name in taken:
            name = _username(rng)
        taken.add(name)
        return name

    person = 0
    while len(slots) < chats:
        first = _first_datetime(rng)
        username = fresh()
        slots.append(Slot(person, 1, first, username, False, False))
        if rng.random() < FOLLOW_UP_P:
            when = first
            for visit in range(2, 2 + (1 if rng.random() < 0.75 else 2)):
                when = when + timedelta(days=1 + int(rng.expovariate(1 / 30)), minutes=rng.randint(0, 600))
                if when > END or len(slots) >= chats:
                    break
                new = rng.random() < NEW_USERNAME_P
                if new:
                    username = fresh()
                slots.append(Slot(person, visit, when, username, new, rng.random() < (0.4 if new else 0.6)))
        person += 1
    slots.sort(key=lambda s: (s.started_at, s.person, s.visit))
    return slots
