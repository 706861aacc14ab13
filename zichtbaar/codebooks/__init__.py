"""Codebooks as data: versioned YAML shipped with zichtbaar.

Each annual report codes chats against a codebook version (ckm-2020, ckm-2021,
...). Versions are whole, standalone files so a coding made years ago can be
read and checked against exactly the codebook it was made with.
"""

from zichtbaar.codebooks.loader import (
    UnknownCodebook,
    available_codebooks,
    load_codebook,
    load_codebook_file,
    parse_codebook,
)
from zichtbaar.codebooks.model import Codebook, MapsOnto, Missing, TraffickingFilter, Value, Variable

__all__ = [
    "Codebook",
    "MapsOnto",
    "Missing",
    "TraffickingFilter",
    "UnknownCodebook",
    "Value",
    "Variable",
    "available_codebooks",
    "load_codebook",
    "load_codebook_file",
    "parse_codebook",
]
