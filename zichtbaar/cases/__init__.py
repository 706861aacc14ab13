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

from zichtbaar.cases.selection import Case, Funnel, FunnelStep, Selection, select_cases
from zichtbaar.cases.period import Period
from zichtbaar.cases.persons import Basis

__all__ = [
    "Basis", "Case", "Funnel", "FunnelStep", "Period", "Selection", "funnel", "included_cases", "run_links",
    "select_cases", "select_store",
]


def __getattr__(name: str):
    # The store entry points pull in SQLAlchemy; load them when asked for.
    if name in ("funnel", "included_cases", "run_links", "select_store", "assign_persons"):
        from zichtbaar.cases import api

        return getattr(api, name)
    raise AttributeError(name)
