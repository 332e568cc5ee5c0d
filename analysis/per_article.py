"""Walk a corpus one article at a time, handing each step exactly one article's rows.

Why: the framing steps (frame hits, labels, hedges) are per-article functions so an export can map
them over processes or Dask; corpus-level wrappers use this to feed them and to attach sentences.
"""
from __future__ import annotations

import pandas as pd

from .text_spans import sentence_at

SENTENCE_COLUMNS = ["article_id", "para_no", "sent_no", "text", "start", "end"]


def iter_articles(corpus):
    """Yield (article row as a Series, that article's sentences DataFrame) in corpus order."""
    sentences = getattr(corpus, "sentences", None)
    groups = {} if sentences is None else dict(tuple(sentences.groupby("article_id", sort=False)))
    empty = pd.DataFrame(columns=SENTENCE_COLUMNS)
    for _, art in corpus.articles.iterrows():
        yield art, groups.get(art["article_id"], empty)


def sentences_of(text: str, sentences: pd.DataFrame | None, offsets) -> list[str]:
    """The sentence holding each offset (corpus sentences, else a punctuation split)."""
    return [sentence_at(text, sentences, int(off)) for off in offsets]


def by_article(table: pd.DataFrame | None) -> dict:
    """Split a corpus-wide table (e.g. quotes) into {article_id: rows} for per-article calls."""
    if table is None or not len(table):
        return {}
    return dict(tuple(table.groupby("article_id", sort=False)))
