"""The four framing tables the export writes, built in one call that shares one quote table.

Why: voice, labels and hedges must all read the same quote spans, and extracting quotes is the
costly step; the exporter calls ``framing_tables`` once instead of four functions that each
extract quotes again.
"""
from __future__ import annotations

import pandas as pd

from .framing.hits import corpus_quotes, framing_hits
from .framing.hedges import hedge_table
from .framing.keyness import distinctive_terms, reuse_spans
from .framing.labels import actor_labels


def framing_tables(corpus, quotes="auto", reuse: pd.DataFrame | None = None,
                   exclude_reuse: bool = True, min_count: int = 3) -> dict[str, pd.DataFrame]:
    """{"framing_hits", "distinctive_terms", "actor_labels", "hedges"} for ``corpus``.

    ``quotes``: a quote table, None, or "auto" (``extract_quotes``); ``reuse``: ``find_reuse``
    output, computed here when None and ``exclude_reuse`` is on.
    """
    quotes = corpus_quotes(corpus, quotes)
    exclude = None
    if exclude_reuse:
        if reuse is None:
            from .compare.reuse import find_reuse
            reuse = find_reuse(corpus)
        exclude = reuse_spans(reuse)
    return {
        "framing_hits": framing_hits(corpus, quotes=quotes),
        "distinctive_terms": distinctive_terms(corpus, exclude=exclude, min_count=min_count),
        "actor_labels": actor_labels(corpus, quotes=quotes),
        "hedges": hedge_table(corpus, quotes=quotes),
    }
