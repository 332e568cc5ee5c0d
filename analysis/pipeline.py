"""Every analysis step, in order: the per-article steps and then the corpus-wide ones.

Why one place: the export runs the per-article steps on many processes (or a Dask cluster) and the
notebooks run them through the corpus-level functions of each module; both call the functions
listed here with the same inputs, so one worker, N workers and the notebooks give the same tables.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import pandas as pd

from .codebooks import load_actors, load_verbs
from .quotes.mentions import actor_index
from .compare.mentions import COLUMNS as MENTION_COLUMNS, mention_rows
from .compare.profile import outlet_profile
from .corpus.load import ArticleTables, Corpus
from .compare.events import COLUMNS as EVENT_COLUMNS, event_rows
from .compare.facts import shared_facts
from .framing.hits import HIT_COLUMNS, frame_hit_rows
from .framing.hedges import HEDGE_COLUMNS, hedge_rows
from .framing.keyness import distinctive_terms, reuse_spans
from .framing.labels import LABEL_COLUMNS, label_rows
from .quotes.rows import QUOTE_COLUMNS, quote_rows
from .compare.reuse import find_reuse
from .compare.sources import COLUMNS as SOURCE_COLUMNS, source_rows

# Table → its columns, taken from the module that makes the table: first those the issues fix
# (other tools read them by name), then the extra ones each module adds (offsets, so every row
# leads back to its words). tests/test_export.py checks the fixed ones.
ARTICLE_TABLES = {
    "quotes": QUOTE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "cited_sources": SOURCE_COLUMNS,
    "events": EVENT_COLUMNS,
    "framing_hits": HIT_COLUMNS,
    "actor_labels": LABEL_COLUMNS,
    "hedges": HEDGE_COLUMNS,
}
CORPUS_TABLES = {
    "reuse": ["article_a", "article_b", "text_a", "text_b", "n_words", "first"],
    "distinctive_terms": ["outlet", "term", "count", "count_rest", "log_odds", "z"],
    "shared_facts": ["article_id", "outlet", "fact_id", "label", "method", "sentence", "start", "end"],
    "outlet_profile": ["outlet", "articles", "words"],
}


@lru_cache(maxsize=1)
def _codebooks():
    actors = load_actors()
    persons = set(actors.loc[actors["type"].str.lower() == "person", "id"])
    return actors, load_verbs(), persons


def article_rows(part: ArticleTables) -> dict[str, list[tuple]]:
    """Run every per-article step on one cleaned article: rows (tuples) keyed by table name.

    Steps pass plain rows to each other and to the export, which builds one table per batch of
    articles: building small DataFrames per step per article costs more than the steps do.
    """
    actors, verbs, persons = _codebooks()
    article = part.article
    sentences = part.sentences
    removed = [r["text"] for r in part.removed]
    captions = [p["text"] for p in part.paragraphs if p["role"] == "caption"] + removed
    quotes = quote_rows(article, sentences)   # the codebooks' matchers; sorted by start
    voice = [dict(zip(QUOTE_COLUMNS, q)) for q in quotes] or None   # None: no quote known here
    people = [m for m in actor_index().find_rows(article["text"]) if m[0] in persons]
    return {
        "quotes": quotes,
        "mentions": mention_rows(article),
        "cited_sources": source_rows(article, sentences, captions),
        "events": event_rows(article, sentences, removed),
        "framing_hits": frame_hit_rows(article, sentences, voice),
        "actor_labels": label_rows(article, sentences, people, voice, actors),
        "hedges": hedge_rows(article, sentences, voice),
    }


def corpus_steps(corpus: Corpus, quotes: pd.DataFrame, write, pool=None) -> None:
    """The steps that need the whole corpus: reuse, shared facts, outlet profiles, distinctive
    terms. Each table goes to ``write(name, frame)`` as soon as it is made, and is then dropped.

    ``pool`` (a multiprocessing pool, optional): text reuse and shared facts, the two slow steps,
    then run on two of its processes, which write their tables themselves (``write`` must then be
    picklable), while this one profiles the outlets and tokenises the paragraphs for distinctive
    terms, which wait for reuse (they leave shared passages out); same tables.
    """
    # each step gets only the columns it reads (less to copy to another process)
    texts = replace(corpus, articles=corpus.articles[["article_id", "text", "published"]],
                    sentences=corpus.sentences.iloc[:0])
    outlets = replace(corpus, articles=corpus.articles[["article_id", "outlet"]])
    if pool is None:
        spans = _write_reuse(texts, write)
        _write_facts(outlets, write)
    else:
        reuse_job = pool.apply_async(_write_reuse, (texts, write))
        facts_job = pool.apply_async(_write_facts, (outlets, write))
    write("outlet_profile", outlet_profile(corpus.articles, quotes))
    if pool is not None:
        spans = reuse_job.get()
        facts_job.get()
    write("distinctive_terms",
          distinctive_terms(corpus.articles, exclude=spans, min_count=3))


def _write_reuse(corpus: Corpus, write) -> pd.DataFrame:
    """Find and write text reuse; return only the shared spans, which distinctive terms leave out."""
    reuse = find_reuse(corpus.articles)
    write("reuse", reuse)
    return reuse_spans(reuse)


def _write_facts(corpus: Corpus, write) -> None:
    write("shared_facts", shared_facts(corpus.sentences, corpus.articles))
