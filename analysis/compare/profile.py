"""Outlet profile: one row per outlet saying how much it published, when, and whose voice it carries.

Why: every comparison of outlets needs their size and make-up first (articles, words, dates,
datelines), and the share of their text given to quoted speech and to each camp tells whose words
an outlet carries before any reading of what they say.
"""
from __future__ import annotations

import pandas as pd

from ..quotes.summaries import MARKED, speakers_words, statements
from ..stats import ratio_ci

#: The columns of the quote table that :func:`outlet_profile` reads.
PROFILE_QUOTE_COLUMNS = ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id", "camp",
                         "verb", "verb_class", "start", "end", "statement_id"]


def _covered(spans) -> int:
    """Characters covered by a set of (start, end) spans, overlaps counted once."""
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def _covered_by_article(quotes: pd.DataFrame) -> dict[str, int]:
    """Characters of each article's text inside the quote spans, overlaps once."""
    spans: dict[str, list] = {}
    kept = quotes[quotes["start"] >= 0]
    for aid, start, end in zip(kept["article_id"].tolist(), kept["start"].tolist(), kept["end"].tolist()):
        spans.setdefault(aid, []).append((start, end))
    return {aid: _covered(s) for aid, s in spans.items()}


def outlet_profile(articles: pd.DataFrame, quotes: pd.DataFrame,
                   said: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per outlet (sorted ignoring case) from the articles and quotes tables.

    Columns: outlet, articles, words, first_date/last_date (publication), undated (articles),
    datelines (places, comma-separated), quotes (statements, quoted or reported: one speech act
    counts once however many rows it has, :func:`analysis.quotes.summaries.statements`),
    speakers (distinct, of those statements), quoted_share (share of the text's characters inside
    quotation marks: direct and partial quotes), reported_share (inside indirect or reported
    speech and not in marks; the two add up to the share covered by speakers' words,
    :func:`analysis.quotes.summaries.speakers_words`: a belief's or a stance's content is none),
    quoted_ci_low/high and reported_ci_low/high (95% intervals of the two shares, bootstrap over
    the outlet's articles, :func:`analysis.stats.ratio_ci`; empty with one article) and
    voice_<camp> (share of the outlet's statements whose speaker is in that camp; "unattributed"
    for those without a camp; their intervals are camp_shares.csv's). ``said``:
    :func:`statements` of ``quotes`` when the caller made them already.
    """
    said = statements(quotes) if said is None else said
    # only the columns read below: grouping and filtering the whole table copied every row's
    # quotation (10,000 synthetic articles: 0.9 -> 0.75 s of CPU)
    quotes = quotes[[c for c in ("article_id", "outlet", "kind", "verb_class", "start", "end")
                     if c in quotes.columns]]
    by_outlet = dict(tuple(quotes.groupby("outlet", sort=False)))   # one pass, not one per outlet
    said_by = dict(tuple(said.groupby("outlet", sort=False)))
    rows = []
    for outlet, group in articles.groupby("outlet", sort=False):
        dated = group["published"][group["published"] != ""]
        q = by_outlet.get(outlet, quotes.iloc[:0])
        st = said_by.get(outlet, said.iloc[:0])
        speakers = st["speaker_name"]
        chars = [len(t) for t in group["text"]]          # per article: the bootstrap's clusters
        total = sum(chars)
        in_marks = _covered_by_article(q[q["kind"].isin(MARKED)])
        classes = q["verb_class"] if "verb_class" in q.columns else [""] * len(q)
        in_speech = _covered_by_article(q[pd.Series(
            [speakers_words(k, c) for k, c in zip(q["kind"], classes)], index=q.index, dtype=bool)])
        quoted = [in_marks.get(a, 0) for a in group["article_id"]]
        reported = [in_speech.get(a, 0) - in_marks.get(a, 0)     # outside quotation marks
                    for a in group["article_id"]]
        row = {"outlet": outlet, "articles": len(group), "words": int(group["n_words"].sum()),
               "first_date": dated.min() if len(dated) else "",
               "last_date": dated.max() if len(dated) else "",
               "undated": int((group["published"] == "").sum()),
               "datelines": ", ".join(sorted({d for d in group["dateline"] if d})),
               "quotes": len(st), "speakers": int(speakers[speakers != ""].nunique()),
               "quoted_share": sum(quoted) / total if total else 0.0,
               "reported_share": sum(reported) / total if total else 0.0}
        row["quoted_ci_low"], row["quoted_ci_high"] = ratio_ci(quoted, chars)
        row["reported_ci_low"], row["reported_ci_high"] = ratio_ci(reported, chars)
        shares = st["camp"].value_counts(normalize=True)
        for camp in sorted(said["camp"].unique()):
            row[f"voice_{camp}"] = float(shares.get(camp, 0.0))
        rows.append(row)
    return pd.DataFrame(rows).sort_values("outlet", key=lambda s: s.str.casefold()).reset_index(drop=True)
