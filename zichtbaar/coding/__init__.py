"""Machine coding: a value for every codebook variable of a chat, each with the
evidence (message, offsets, quote) a human coder checks instead of searches.

Every chat is coded before persons are formed, because the codes feed the
trafficking filter and the linking (DESIGN.md).

    coding = RuleCoder("ckm-2021").code(chat)
    coding.suggestions["vorm_uitbuiting"].value, coding.exclusion_reason
    coding.to_json()   # the CODES.jsonl line

Rules (``rules/``) are transparent Dutch lexicons with negation, fear and
hypothesis, hearsay, past/present and speaker awareness; ``learned`` adds
models trained on human-confirmed codings that reweigh the rules.
"""

from zichtbaar.coding.coder import RuleCoder
from zichtbaar.coding.model import ChatCoding, Evidence, Suggestion

__all__ = ["ChatCoding", "Evidence", "LearnedCoder", "RuleCoder", "Suggestion", "code_store", "train"]


def __getattr__(name: str):
    # Store and sklearn imports are heavy; load them only when asked for.
    if name == "code_store":
        from zichtbaar.coding.store import code_store

        return code_store
    if name in ("train", "LearnedCoder"):
        from zichtbaar.coding import learned

        return getattr(learned, name)
    raise AttributeError(name)
