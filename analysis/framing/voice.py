"""Whose words is a span in: the outlet's own (narrator) or a quoted speaker's (quoted)?

Why: "the legitimate president" inside Lavrov's quotation and "the legitimate government" in an
outlet's own sentence mean different things for framing. Voice is decided from a quote table, any
table with ``article_id, start, end`` (+ optional ``speaker``, ``kind``) whose offsets point into
``articles.text`` — direct, partial and indirect quotes alike — so it works with
``analysis.quotes.extract_quotes`` or any other quote extractor. Without a quote table, the spans
between quotation marks are used as a fallback (speaker unknown).
"""
from __future__ import annotations

import pandas as pd

from ..text import CLOSING_MARKS, quote_spans


def quote_mark_spans(text: str) -> pd.DataFrame:
    """Spans between matching quotation marks in ``text`` (marks included): start, end, inner.

    Only closed pairs count (a quotation left open at a paragraph's end is no span here), which
    keeps one stray mark from swallowing the rest of an article.
    """
    return pd.DataFrame(quote_mark_rows(text), columns=["start", "end", "inner"])


def quote_mark_rows(text: str) -> list[tuple[int, int, str]]:
    """:func:`quote_mark_spans` as plain (start, end, inner) tuples, for per-article loops: the
    closed pairs of :func:`analysis.text.quote_spans` (a quotation left open at a paragraph's end
    is not a span here)."""
    return [(o, c + 1, text[o + 1:c]) for o, c in quote_spans(text) if c < len(text) and
            text[c] in CLOSING_MARKS]


def fallback_quotes(articles: pd.DataFrame) -> pd.DataFrame:
    """A minimal quote table (quotation-mark spans, no speaker) for when no extractor is at hand."""
    frames = []
    for art in articles[["article_id", "text"]].itertuples(index=False):
        spans = quote_mark_spans(art.text)
        spans.insert(0, "article_id", art.article_id)
        frames.append(spans)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["article_id", "start", "end", "inner"])
    out["speaker"] = ""
    out["kind"] = "marks"
    return out[["article_id", "start", "end", "speaker", "kind"]]


def has_column(table, name: str) -> bool:
    """Does a quote table (DataFrame or list of row dicts) have column ``name``?"""
    if isinstance(table, pd.DataFrame):
        return name in table.columns
    return bool(table) and name in table[0]


def table_columns(table, names) -> dict[str, list]:
    """Columns of a DataFrame or of a list of row dicts as plain lists ("" where missing)."""
    if isinstance(table, pd.DataFrame):
        return {c: table[c].tolist() if c in table.columns else [""] * len(table) for c in names}
    return {c: [row.get(c, "") for row in table] for c in names}


def _text(value) -> str:
    """A cell as text, "" when missing; strings (nearly all cells) skip the costly pd.isna."""
    if isinstance(value, str):
        return str(value)
    return "" if pd.isna(value) else str(value)


class VoiceIndex:
    """Quote spans by article, shortest first, so the voice of many spans is read from lists.

    Why: every per-article step asks for the voice of each of its hits; filtering a quote
    DataFrame per hit costs far more than the lookup. Built from any quote table (see
    :func:`assign_voice`) or its rows as dicts (``quotes.extract_article_quote_rows``); None or
    an empty table means no quotation is known. Quotes with a (start, end) in ``skip_spans`` or
    a kind in ``skip_kinds`` are left out.
    """

    def __init__(self, quotes: pd.DataFrame | None, skip_spans=frozenset(), skip_kinds=()):
        self.by_article: dict = {}
        if quotes is None or not len(quotes):
            return
        if isinstance(quotes, pd.DataFrame):
            cols = table_columns(quotes, ("article_id", "start", "end", "speaker", "kind"))
            rows = zip(cols["start"], cols["end"], cols["speaker"], cols["kind"],
                       cols["article_id"])
        else:    # row dicts, as per-article steps pass them: read in one pass
            rows = [(q.get("start", ""), q.get("end", ""), q.get("speaker", ""), q.get("kind", ""),
                     q.get("article_id", "")) for q in quotes]
        rows = [r for r in rows
                if r[0] >= 0 and r[1] > r[0] and (r[0], r[1]) not in skip_spans
                and r[3] not in skip_kinds]
        rows.sort(key=lambda r: r[1] - r[0])      # stable: ties keep the table's order
        for start, end, speaker, kind, aid in rows:
            self.by_article.setdefault(aid, []).append((start, end, _text(speaker), _text(kind)))

    def of(self, article_id, start: int, end: int) -> tuple[str, str, str]:
        """(voice, speaker, quote_kind) of the span [start, end) of one article."""
        mid = (start + end) / 2
        for q_start, q_end, speaker, kind in self.by_article.get(article_id, ()):
            if q_start <= mid < q_end:
                return "quoted", speaker, kind
        return "narrator", "", ""


def assign_voice(spans: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Add ``voice`` (narrator | quoted), ``speaker`` and ``quote_kind`` to rows with offsets.

    A span is quoted when its middle character lies inside a quote's [start, end) in the same
    article; when quotes nest or overlap (a partial quote inside an indirect one), the shortest
    enclosing quote names the speaker. ``spans`` needs article_id, start, end.
    """
    out = spans.copy()
    index = VoiceIndex(quotes)
    found = [index.of(a, s, e) for a, s, e in zip(out["article_id"].tolist(), out["start"].tolist(),
                                                   out["end"].tolist())]
    out["voice"] = [f[0] for f in found]
    out["speaker"] = [f[1] for f in found]
    out["quote_kind"] = [f[2] for f in found]
    return out
