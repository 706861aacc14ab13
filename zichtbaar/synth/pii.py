"""Identifying values in the many forms Dutch chatters type them.

All values are synthetic: numbers are random, IBANs and BSNs only carry a
valid checksum so that a validator-based detector is exercised.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from zichtbaar.synth import lexicon

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def phone(rng: random.Random) -> str:
    d = "".join(str(rng.randrange(10)) for _ in range(8))
    form = rng.randrange(9)
    return (
        f"06-{d}", f"06{d}", f"06 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31 6 {d[:4]} {d[4:]}",
        f"+316{d}", f"0031 6 {d}", f"06-{d[:4]} {d[4:]}", f"+31 (0)6 {d}",
    )[form]


def postcode(rng: random.Random) -> str:
    num = rng.randint(1011, 9999)
    letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return rng.choice((f"{num} {letters}", f"{num}{letters.lower()}", f"{num}{letters}", f"{num} {letters.lower()}"))


def address(rng: random.Random) -> str:
    n = rng.randint(1, 240)
    suffix = rng.choice(("", "", "", "a", "b", "-2", " bis", "c"))
    return f"{lexicon.STREET_POOL.draw(rng)} {n}{suffix}"


def _plain(name: str) -> str:
    """A name as people type it into an e-mail address or username: 'in 't veld' -> 'intveld', 'zoë' -> 'zoe'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum())


def email(rng: random.Random, first: str, surname: str, birth_year: int) -> str:
    first, sur = _plain(first), _plain(surname)
    user = rng.choice((f"{first}.{sur}", f"{first}{birth_year % 100:02d}", f"{first}_{sur}{rng.randint(1, 99)}",
                       f"{first[0]}{sur}", f"xx{first}xx", f"{first}{sur}{birth_year}"))
    return f"{user}@{rng.choice(lexicon.EMAIL_DOMAINS)}"


def handle(rng: random.Random, first: str, surname: str, birth_year: int) -> str:
    first, sur = _plain(first), _plain(surname)
    return rng.choice((
        f"xx_{first}{birth_year % 100:02d}", f"{first}.{sur}_", f"{first}_{sur}", f"{first}{rng.randint(100, 999)}",
        f"_{first}.x", f"{first}{sur[:3]}{birth_year % 100:02d}", f"its.{first}", f"{first}__{rng.randint(1, 99)}",
    ))


def birth_date(rng: random.Random, birth: date, with_year: bool) -> str:
    d, m, y = birth.day, birth.month, birth.year
    if not with_year:
        return rng.choice((f"{d} {MONTHS[m - 1]}", f"{d} {MONTHS_SHORT[m - 1]}", f"{d}-{m}", f"{d}/{m}"))
    return rng.choice((f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d}.{m}.{y}"))


def iban(rng: random.Random) -> str:
    bank = rng.choice(("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"))
    account = "".join(str(rng.randrange(10)) for _ in range(10))
    digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(digits) % 97
    raw = f"NL{check:02d}{bank}{account}"
    if rng.random() < 0.5:
        raw = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw if rng.random() < 0.6 else raw.lower()


def bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        total = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
        if digits[0] != 0 and total % 11 == 0:
            return "".join(map(str, digits))


def kenteken(rng: random.Random) -> str:
    L = lambda k: "".join(rng.choice("BDFGHJKLNPRSTVXZ") for _ in range(k))  # noqa: E731
    N = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
    plate = rng.choice((f"{N(2)}-{L(3)}-{N(1)}", f"{L(1)}-{N(3)}-{L(2)}", f"{L(2)}-{N(3)}-{L(1)}", f"{N(1)}-{L(3)}-{N(2)}", f"{L(3)}-{N(2)}-{L(1)}"))
    return plate if rng.random() < 0.6 else plate.lower()


def ad_url(rng: random.Random) -> str:
    site = rng.choice(("lustadvert24.nl", "meidenvandenacht-demo.nl", "escortgids-xl.nl", "datingrooster.nl", "privehuisje-online.nl"))
    return rng.choice((f"www.{site}/profiel/{rng.randint(1000, 99999)}", f"https://{site}/advertentie/{rng.randint(1000, 99999)}", f"{site}/p/{rng.randint(100, 9999)}"))
