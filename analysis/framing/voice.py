"""Whose words is a span in: the outlet's own (narrator) or a quoted speaker's (quoted)?

Why: "the legitimate president" inside Lavrov's quotation and "the legitimate government" in an
outlet's own sentence mean different things for framing. Voice is decided from the article's
quotes, rows with ``start, end`` (+ ``speaker``, ``kind``, as in the quotes table) whose offsets
point into ``articles.text`` — direct, partial and indirect quotes alike.
"""
from __future__ import annotations

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

    def of(self, start: int, end: int) -> tuple[str, str, str]:
        """(voice, speaker, quote_kind) of the span [start, end): quoted when its middle character
        lies inside a quote; when quotes nest (a partial quote inside an indirect one), the
        shortest enclosing quote names the speaker."""
        mid = (start + end) / 2
        for q_start, q_end, speaker, kind in self.quotes:
            if q_start <= mid < q_end:
                return "quoted", speaker, kind
        return "narrator", "", ""
