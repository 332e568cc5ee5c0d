"""Comparing outlets: one profile row per outlet and actor mention counts, plus the entry points of
the source-comparison stage (reuse, cited sources, events, shared facts) in one place.

Why here: notebook 02 and the export ask one module for every source-comparison table; the work
itself lives in small modules with one job each (reuse, sources, events, facts).
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from ..quotes.mentions import actor_index
from .events import events
from .facts import fact_sentences, shared_facts
from ..per_article import iter_articles, rows_frame
from .reuse import find_reuse, reuse_by_outlet
from .sources import cited_sources

__all__ = ["outlet_profile", "article_mentions", "mentions", "find_reuse", "reuse_by_outlet",
           "cited_sources", "events", "fact_sentences", "shared_facts", "EXPORTS"]

MENTION_COLUMNS = ["article_id", "outlet", "actor_id", "actor", "count"]
UNATTRIBUTED = "unattributed"
MARKED_KINDS = {"direct", "partial"}   # quote kinds inside quotation marks
#: The columns of the quote table that :func:`outlet_profile` reads.
PROFILE_QUOTE_COLUMNS = ["article_id", "outlet", "kind", "speaker", "speaker_id", "camp", "start", "end"]


def mention_rows(article, actors: pd.DataFrame | None = None) -> list[tuple]:
    """Actor mention counts in ONE article (an articles row): names and their variants resolved
    to one actor by the actor codebook; pronouns are not counted."""
    counts = Counter((m[0], m[1]) for m in actor_index(actors).find_rows(article["text"]))
    return [(article["article_id"], article["outlet"], aid, actor, n)
            for (aid, actor), n in sorted(counts.items())]


def article_mentions(article, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`mention_rows` as a table (columns MENTION_COLUMNS)."""
    return rows_frame(mention_rows(article, actors), MENTION_COLUMNS)


def mentions(corpus, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """How often each article names each actor: article_id, outlet, actor_id, actor, count.

    ``actors`` defaults to the actor codebook (its matcher is built once and cached)."""
    parts = [article_mentions(art, actors) for art, _ in iter_articles(corpus)]
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=MENTION_COLUMNS)


def _covered(spans) -> int:
    """Characters covered by a set of (start, end) spans, overlaps counted once."""
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def _covered_chars(quotes: pd.DataFrame) -> int:
    """Characters of text inside the quote spans, per article, overlaps once."""
    spans: dict[str, list] = {}
    kept = quotes[quotes["start"] >= 0]
    for aid, start, end in zip(kept["article_id"].tolist(), kept["start"].tolist(), kept["end"].tolist()):
        spans.setdefault(aid, []).append((start, end))
    return sum(_covered(s) for s in spans.values())


def outlet_profile(corpus, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per outlet: articles, words, first/last publication date, undated articles,
    datelines, quotes (all kinds), distinct speakers, quoted_share (share of the text's characters
    inside quotation marks: direct and partial quotes), reported_share (inside indirect, reported
    speech and not in marks; the two add up to the share covered by any quote) and voice_<camp> (share of the outlet's quotes, all kinds, whose speaker is in that
    camp; "unattributed" for quotes without a camp).

    ``quotes`` is the quote table (:func:`analysis.quotes.extract_quotes`), computed when omitted.
    """
    if quotes is None:
        from ..quotes.attribution import extract_quotes
        quotes = extract_quotes(corpus)
    arts = corpus.articles
    quotes = quotes.assign(camp=quotes["camp"].fillna("").replace("", UNATTRIBUTED))
    by_outlet = dict(tuple(quotes.groupby("outlet", sort=False)))   # one pass, not one per outlet
    rows = []
    for outlet, group in arts.groupby("outlet", sort=False):
        dated = group["published"][group["published"] != ""]
        q = by_outlet.get(outlet, quotes.iloc[:0])
        speakers = q["speaker_id"].where(q["speaker_id"] != "", q["speaker"])
        chars = sum(len(t) for t in group["text"])
        marked = q["kind"].isin(MARKED_KINDS) if "kind" in q else pd.Series(True, index=q.index)
        quoted = _covered_chars(q[marked])
        reported = _covered_chars(q) - quoted     # reported speech outside quotation marks
        row = {"outlet": outlet, "articles": len(group), "words": int(group["n_words"].sum()),
               "first_date": dated.min() if len(dated) else "",
               "last_date": dated.max() if len(dated) else "",
               "undated": int((group["published"] == "").sum()),
               "datelines": ", ".join(sorted({d for d in group["dateline"] if d})),
               "quotes": len(q), "speakers": int(speakers[speakers != ""].nunique()),
               "quoted_share": quoted / chars if chars else 0.0,
               "reported_share": reported / chars if chars else 0.0}
        shares = q["camp"].value_counts(normalize=True)
        for camp in sorted(quotes["camp"].unique()):
            row[f"voice_{camp}"] = float(shares.get(camp, 0.0))
        rows.append(row)
    return pd.DataFrame(rows).sort_values("outlet", key=lambda s: s.str.casefold()).reset_index(drop=True)


#: Tables for ``python -m analysis export``: file stem -> (function of the corpus, columns first).
EXPORTS = {
    "reuse": (find_reuse, ["article_a", "article_b", "text_a", "text_b", "n_words", "first"]),
    "mentions": (mentions, MENTION_COLUMNS),
    "cited_sources": (cited_sources, ["article_id", "outlet", "source", "cue", "sentence"]),
    "events": (events, ["article_id", "outlet", "expression", "date", "sentence"]),
}
