"""Keyword-in-context lines and collocations, per outlet, as DataFrames that read in a notebook.

Why: a count says how often an outlet writes "coup"; the concordance shows how ("the attempted
coup", "the coup opposition", a "coup" in quotation marks). Terms are found with the same matcher
as the framing codebook (stems, phrases, hyphen-insensitive), so a KWIC for a frame term shows
exactly the hits that were counted. Collocations use NLTK's BigramCollocationFinder.
"""
from __future__ import annotations

import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from ..codebooks import load_stopwords
from .keyness import article_tokens
from .termmatch import TermMatcher

KWIC_COLUMNS = ["outlet", "article_id", "left", "keyword", "right", "start", "end"]


def _matcher(term: str, match: str) -> TermMatcher:
    return TermMatcher(pd.DataFrame({"term": [term], "match": [match]}), payload_cols=[])


def kwic(articles: pd.DataFrame, term: str, width: int = 60, match: str = "stem",
         outlet: str | None = None) -> pd.DataFrame:
    """Concordance of ``term`` (word or phrase) in ``articles`` (article_id, outlet, text): left |
    keyword | right, ``width`` characters each side, on one line (line breaks shown as spaces),
    with offsets into articles.text."""
    matcher = _matcher(term, match)
    rows = []
    arts = articles if outlet is None else articles[articles["outlet"] == outlet]
    for art in arts[["article_id", "outlet", "text"]].itertuples(index=False):
        for _, found, start, end in matcher.find(art.text):
            rows.append((art.outlet, art.article_id, _left(art.text, start, width), found,
                         _right(art.text, end, width), start, end))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _left(text: str, start: int, width: int) -> str:
    """Up to ``width`` characters before ``start``, whole words only, on one line."""
    cut = max(0, start - width)
    chunk = text[cut:start]
    if cut > 0 and text[cut - 1].isalnum() and chunk[:1].isalnum():
        chunk = chunk.split(maxsplit=1)[1] if len(chunk.split(maxsplit=1)) > 1 else ""
    return " ".join(chunk.split())


def _right(text: str, end: int, width: int) -> str:
    """Up to ``width`` characters after ``end``, whole words only, on one line."""
    stop = min(len(text), end + width)
    chunk = text[end:stop]
    if stop < len(text) and text[stop].isalnum() and chunk[-1:].isalnum():
        chunk = chunk.rsplit(maxsplit=1)[0] if len(chunk.rsplit(maxsplit=1)) > 1 else ""
    return " ".join(chunk.split())


def collocations(articles: pd.DataFrame, n: int = 15, min_freq: int = 2, window: int = 2,
                 by: str = "outlet") -> pd.DataFrame:
    """Top ``n`` word pairs per outlet by log-likelihood ratio (stopwords removed first, so pairs
    are content words within ``window`` words of each other)."""
    stopwords = load_stopwords()
    measures = BigramAssocMeasures()
    rows = []
    for group, arts in articles.groupby(by, sort=True):
        words: list[str] = []
        for text in arts["text"]:
            words += article_tokens(text, stopwords) + ["\x00"]  # no pair across articles
        finder = BigramCollocationFinder.from_words(words, window_size=window)
        finder.apply_word_filter(lambda w: w == "\x00")
        finder.apply_freq_filter(min_freq)
        for (w1, w2), score in finder.score_ngrams(measures.likelihood_ratio)[:n]:
            rows.append((group, w1, w2, finder.ngram_fd[(w1, w2)], score))
    return pd.DataFrame(rows, columns=[by, "word1", "word2", "freq", "llr"])


def collocates(articles: pd.DataFrame, term: str, window: int = 5, match: str = "stem",
               by: str = "outlet") -> pd.DataFrame:
    """Words within ``window`` words of ``term``, counted per outlet (stopwords removed)."""
    stopwords = load_stopwords()
    matcher = _matcher(term, match)
    counts: dict[tuple[str, str], int] = {}
    for art in articles[["article_id", by, "text"]].itertuples(index=False):
        text = art.text
        for _, _, start, end in matcher.find(text):
            reach = 40 * window  # characters enough for ``window`` content words
            left = article_tokens(text[max(0, start - reach):start], stopwords)[-window:]
            right = article_tokens(text[end:end + reach], stopwords)[:window]
            for w in left + right:
                key = (getattr(art, by), w)
                counts[key] = counts.get(key, 0) + 1
    out = pd.DataFrame([(g, w, c) for (g, w), c in counts.items()], columns=[by, "collocate", "count"])
    return out.sort_values([by, "count", "collocate"], ascending=[True, False, True], ignore_index=True)
