"""Walk a corpus one article at a time, handing each step exactly one article's rows.

Why: the framing steps (frame hits, labels, hedges) are per-article functions so an export can map
them over processes or Dask; corpus-level wrappers use this to feed them and to attach sentences.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa


SENTENCE_COLUMNS = ["article_id", "para_no", "sent_no", "text", "start", "end"]


def iter_articles(corpus):
    """Yield (article row as a Series, that article's sentences DataFrame) in corpus order."""
    sentences = getattr(corpus, "sentences", None)
    groups = {} if sentences is None else dict(tuple(sentences.groupby("article_id", sort=False)))
    empty = pd.DataFrame(columns=SENTENCE_COLUMNS)
    for _, art in corpus.articles.iterrows():
        yield art, groups.get(art["article_id"], empty)


def by_article(table: pd.DataFrame | None) -> dict:
    """Split a corpus-wide table (e.g. quotes) into {article_id: rows} for per-article calls."""
    if table is None or not len(table):
        return {}
    return dict(tuple(table.groupby("article_id", sort=False)))


_STR = pd.Series(["x"]).dtype    # pandas' default string dtype ("str")


def rows_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)``, built column by column when it safely can.

    Why: a per-article step returns a small table, and pandas' generic construction (inferring
    each column's type value by value) costs more than the analysis itself. When every column
    holds only str or only int values, the same table (same dtypes: str and int64) is made
    straight from Arrow and NumPy arrays; anything else (None, floats, empty) goes the generic way.
    """
    if (not rows or getattr(_STR, "storage", "") != "pyarrow" or len(set(columns)) != len(columns)
            or any(len(row) != len(columns) for row in rows)):
        return pd.DataFrame(rows, columns=columns)
    data = {}
    for name, values in zip(columns, zip(*rows)):
        kinds = set(map(type, values))
        if kinds == {str}:
            data[name] = pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()),
                                                    dtype=_STR)
        elif kinds == {int} and all(-2**63 <= v < 2**63 for v in values):
            data[name] = np.array(values, dtype=np.int64)
        else:
            return pd.DataFrame(rows, columns=columns)
    return pd.DataFrame(data, copy=False)
