"""Persons as connected components of links.

Which links count is a choice the counts must state: ``Basis.BEVESTIGD`` uses
same-username links and links a researcher confirmed (what the annual report
counts); ``Basis.VOORGESTELD`` adds the machine's undecided proposals that score
at least ``linking.THRESHOLD`` (what a file run without a researcher can do);
weaker proposals are only listed for review. A rejected
link never counts, whatever the basis.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

PROPOSED, CONFIRMED, REJECTED = "proposed", "confirmed", "rejected"
LINK_STATUSES = (PROPOSED, CONFIRMED, REJECTED)


class Basis(str, Enum):
    BEVESTIGD = "bevestigde koppelingen"
    VOORGESTELD = "voorgestelde en bevestigde koppelingen"


@dataclass(frozen=True)
class LinkState:
    """A link as the counts see it: a chat pair, whether it is the automatic
    same-username kind, and the researcher's status."""

    a: str
    b: str
    automatic: bool
    status: str = PROPOSED
    score: float | None = None

    def counts(self, basis: Basis) -> bool:
        if self.status == REJECTED:
            return False
        if self.status == CONFIRMED or self.automatic:
            return True
        from zichtbaar.cases.linking import THRESHOLD

        return basis is Basis.VOORGESTELD and self.score is not None and self.score >= THRESHOLD

    @property
    def pending(self) -> bool:
        return self.status == PROPOSED and not self.automatic


def group(chat_ids: list[str], links: Iterable[LinkState], basis: Basis) -> dict[str, int]:
    """Component number per chat id (chats without links are alone)."""
    index = {chat_id: i for i, chat_id in enumerate(chat_ids)}
    rows, cols = [], []
    for link in links:
        if link.counts(basis) and link.a in index and link.b in index:
            rows.append(index[link.a])
            cols.append(index[link.b])
    n = len(chat_ids)
    graph = sparse.coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return {chat_id: int(labels[i]) for chat_id, i in index.items()}
