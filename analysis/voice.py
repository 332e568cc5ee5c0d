"""Whose words is a span in: the outlet's own (narrator) or a quoted speaker's (quoted)?

Why: "the legitimate president" inside Lavrov's quotation and "the legitimate government" in an
outlet's own sentence mean different things for framing. Voice is decided from a quote table, any
table with ``article_id, start, end`` (+ optional ``speaker``, ``kind``) whose offsets point into
``articles.text`` — direct, partial and indirect quotes alike — so it works with
``analysis.quotes.extract_quotes`` or any other quote extractor. Without a quote table, the spans
between quotation marks are used as a fallback (speaker unknown).
"""
from __future__ import annotations

import re

import pandas as pd

# Straight quotes close themselves; curly, low-9 and guillemet quotes close with their partner.
_QUOTE_RE = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»')
# Single quotes: only ‘…’ (curly), since a straight ' is an apostrophe far more often.
_SINGLE_RE = re.compile(r"(?<![\w])‘[^’\n]{1,120}’(?![\w])")


def quote_mark_spans(text: str) -> pd.DataFrame:
    """Spans between matching quotation marks in ``text`` (marks included): start, end, inner.

    A paragraph never continues a quotation here (pairs must close on the same line), which keeps
    one stray mark from swallowing the rest of an article.
    """
    rows = [(m.start(), m.end(), m.group()[1:-1]) for m in _QUOTE_RE.finditer(text)]
    rows += [(m.start(), m.end(), m.group()[1:-1]) for m in _SINGLE_RE.finditer(text)
             if not any(s <= m.start() < e for s, e, _ in rows)]
    rows.sort()
    return pd.DataFrame(rows, columns=["start", "end", "inner"])


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


def assign_voice(spans: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Add ``voice`` (narrator | quoted), ``speaker`` and ``quote_kind`` to rows with offsets.

    A span is quoted when its middle character lies inside a quote's [start, end) in the same
    article; when quotes nest or overlap (a partial quote inside an indirect one), the shortest
    enclosing quote names the speaker. ``spans`` needs article_id, start, end.
    """
    out = spans.copy()
    voice, speaker, kind = [], [], []
    by_article = {}
    if quotes is not None and len(quotes):
        q = quotes.copy()
        for col in ("speaker", "kind"):
            if col not in q.columns:
                q[col] = ""
        q = q[["article_id", "start", "end", "speaker", "kind"]]
        q = q[(q["start"] >= 0) & (q["end"] > q["start"])]
        q = q.assign(length=q["end"] - q["start"]).sort_values(["article_id", "length"])
        by_article = {aid: list(g.itertuples(index=False)) for aid, g in q.groupby("article_id")}
    for row in out[["article_id", "start", "end"]].itertuples(index=False):
        mid = (row.start + row.end) / 2
        hit = next((x for x in by_article.get(row.article_id, ())
                    if x.start <= mid < x.end), None)
        voice.append("quoted" if hit is not None else "narrator")
        speaker.append("" if hit is None or pd.isna(hit.speaker) else str(hit.speaker))
        kind.append("" if hit is None or pd.isna(hit.kind) else str(hit.kind))
    out["voice"] = voice
    out["speaker"] = speaker
    out["quote_kind"] = kind
    return out
