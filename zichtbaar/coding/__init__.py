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

from zichtbaar.lazy import lazy_exports

__all__ = ["ChatCoding", "Evidence", "LearnedCoder", "RuleCoder", "Suggestion", "code_store", "train"]
# The rules compile hundreds of patterns, the store needs SQLAlchemy, training
# scikit-learn: each loads when first asked for.
__getattr__ = lazy_exports(__name__, {
    "RuleCoder": "coder", "ChatCoding": "model", "Evidence": "model", "Suggestion": "model",
    "code_store": "store", "train": "learned", "LearnedCoder": "learned",
})
