"""Cases: the reporting period, the trafficking filter, linking one person's
chats ("dubbelingen") and the funnel of exclusions of the annual report
(seed 001 §2: 454 chats → 11 gestart vóór 2021, 89 geen mensenhandel,
40 dubbelingen → 314 unieke bezoekers).

A person belongs to the period of their first chat. The filter takes the
counselor's tag first, then a coder's confirmed coding, then the machine's
suggestion ("te bevestigen"), then a plain rule. Links are proposed from
what survives pseudonymisation (keyed pseudonyms, profile, codes, the
visitor's words, explicit "ik heb hier al eens gechat"), after blocking,
each with a score and evidence; a researcher confirms or rejects them, and
counts rest on confirmed (and same-username) links unless asked otherwise.

Modules: ``period``, ``features``, ``filter``, ``linking``, ``persons``,
``selection`` (selection and funnel counts), ``decisions`` (links on the store),
``api`` (store entry points), ``files`` (the JSONL command), ``evaluate``,
``cli``.
"""

from zichtbaar.lazy import lazy_exports

__all__ = [
    "Basis", "Case", "Funnel", "FunnelStep", "Period", "Selection", "funnel", "included_cases", "run_links",
    "select_cases", "select_store",
]
# The store entry points pull in SQLAlchemy, linking scikit-learn and scipy: loaded when asked for.
__getattr__ = lazy_exports(__name__, {
    "Case": "selection", "Funnel": "selection", "FunnelStep": "selection", "Selection": "selection",
    "select_cases": "selection", "Period": "period", "Basis": "persons",
    "funnel": "api", "included_cases": "api", "run_links": "api", "select_store": "api", "assign_persons": "api",
})
