"""Whose words is a span in: the outlet's own (narrator) or a quoted speaker's (quoted)?

Why: "the legitimate president" inside Lavrov's quotation and "the legitimate government" in an
outlet's own sentence mean different things for framing. Voice is decided from the article's
quotes, rows with ``start, end`` (+ ``speaker``, ``kind``, as in the quotes table) whose offsets
point into ``articles.text`` — direct, partial and indirect quotes alike.
"""
from __future__ import annotations

import heapq
from bisect import bisect_right

from ..text import CLOSING_MARKS, quote_spans


def quote_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner) of the spans between matching quotation marks (marks included).

    Only closed pairs count (a quotation left open at a paragraph's end is no span here), which
    keeps one stray mark from swallowing the rest of an article.
    """
    return [(o, c + 1, text[o + 1:c]) for o, c in quote_spans(text)
            if c < len(text) and text[c] in CLOSING_MARKS]


class VoiceIndex:
    """One article's quotes, shortest first, asked for the voice of many spans.

    ``quotes``: the article's quote rows (dicts with start, end and optionally speaker, kind);
    None or [] means no quotation is known, so every span is narrator. Quotes with a
    (start, end) in ``skip_spans`` are left out.
    """

    def __init__(self, quotes: list[dict] | None, skip_spans=frozenset()):
        rows = [(q["start"], q["end"], q.get("speaker") or "", q.get("kind") or "")
                for q in quotes or ()]
        rows = [r for r in rows if 0 <= r[0] < r[1] and (r[0], r[1]) not in skip_spans]
        rows.sort(key=lambda r: r[1] - r[0])      # stable: ties keep the table's order
        self.quotes = rows
        # The answer only changes at quote boundaries: one sweep (a heap of the open quotes, by
        # rank = shortest first) gives the answer between each two boundaries, so a question is
        # a binary search, not a pass over every quote (linear in the quotes, not quadratic).
        self._bounds = sorted({r[0] for r in rows} | {r[1] for r in rows})
        opening: dict[int, list[int]] = {}
        for rank, r in enumerate(rows):
            opening.setdefault(r[0], []).append(rank)
        open_, self._answer = [], []
        for at in self._bounds:
            for rank in opening.get(at, ()):
                heapq.heappush(open_, rank)
            while open_ and rows[open_[0]][1] <= at:
                heapq.heappop(open_)
            self._answer.append(open_[0] if open_ else -1)

    def of(self, start: int, end: int) -> tuple[str, str, str]:
        """(voice, speaker, quote_kind) of the span [start, end): quoted when its middle character
        lies inside a quote; when quotes nest (a partial quote inside an indirect one), the
        shortest enclosing quote names the speaker."""
        mid = (start + end) / 2
        k = bisect_right(self._bounds, mid) - 1
        if k < 0 or self._answer[k] < 0:
            return "narrator", "", ""
        _, _, speaker, kind = self.quotes[self._answer[k]]
        return "quoted", speaker, kind
