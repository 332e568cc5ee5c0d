"""Actor mentions: how often one article names each actor of the codebook.

Why: which people and bodies an outlet names, and how often, is the first measure of whom it
covers. Names and their variants (Sergey/Sergei Lavrov, Guaidó/Guaido) resolve to one actor
through the actor codebook (the matcher of :mod:`analysis.quotes.mentions`, so quotes and counts
agree on who is named); pronouns are not counted.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from ..quotes.mentions import actor_index

COLUMNS = ["article_id", "outlet", "actor_id", "actor", "count"]


def mention_rows(article, actors: pd.DataFrame | None = None) -> list[tuple]:
    """Mention counts of ONE article (its articles row) as rows in COLUMNS order, sorted by actor
    id; ``actors`` defaults to the actor codebook."""
    counts = Counter((m[0], m[1]) for m in actor_index(actors).find_rows(article["text"]))
    return [(article["article_id"], article["outlet"], aid, actor, n)
            for (aid, actor), n in sorted(counts.items())]
