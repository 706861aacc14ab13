"""Privacy stage: pseudonymisation of Dutch chat text before anything is stored.

Built on deduce/docdeid and extended for teenage chat Dutch (lowercase names and
places, handles, chat phone and date forms). The heavy parts (deduce, word
lists) load on first use, so importing this package is cheap.

Modules: ``engine`` (the shared deduce instance, its cache, the logging reset),
``lexicon`` (word lists), ``patterns`` (identifiers: phone, e-mail, URL, IBAN,
BSN, plates, postcodes, dates, streets, handles, schools), ``names`` (names and
places by lookup and context), ``pseudonymiser`` (a chat end to end),
``keys`` (secret and HMAC), ``evaluate`` (leaks against ground truth), ``cli``.
"""

from __future__ import annotations

from zichtbaar.privacy.engine import cache_dir, warm_up
from zichtbaar.privacy.keys import keyed, load_or_create_key
from zichtbaar.privacy.pseudonymiser import Pseudonym, PseudonymisedChat, Pseudonymiser

__all__ = [
    "Pseudonym", "PseudonymisedChat", "Pseudonymiser", "cache_dir", "keyed",
    "load_or_create_key", "warm_up",
]
