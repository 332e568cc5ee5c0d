"""Every analysis step, in order: the per-article steps and then the corpus-wide ones.

Why one place: the export runs the per-article steps on many processes (or a Dask cluster) and the
notebooks run them through the corpus-level functions of each module; both call the functions
listed here with the same inputs, so one worker, N workers and the notebooks give the same tables.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .actors import actor_index, load_actors
from .compare import article_mentions, outlet_profile
from .corpus import ArticleTables, Corpus, frames
from .events import article_events
from .facts import fact_sentences
from .framing import frame_hits_article
from .hedges import hedges_article
from .keyness import distinctive_terms, reuse_spans
from .labels import labels_article
from .quotes import extract_article_quote_rows, load_verbs, quote_table
from .reuse import find_reuse
from .sources import article_sources

# Table → its columns: first those the issues fix (other tools read them by name, keep them),
# then the extra ones each module adds (offsets, so every row leads back to its words).
ARTICLE_TABLES = {
    "quotes": ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id", "speaker_mention",
               "affiliation", "camp", "verb", "verb_class", "via", "sentence", "start", "end"],
    "mentions": ["article_id", "outlet", "actor_id", "actor", "count"],
    "cited_sources": ["article_id", "outlet", "source", "cue", "sentence",
                      "start", "end", "cue_text", "mention", "type"],
    "events": ["article_id", "outlet", "expression", "date", "sentence",
               "start", "end", "precision", "reference", "reference_from"],
    "framing_hits": ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence", "start", "end",
                     "match", "quote_kind"],
    "actor_labels": ["article_id", "outlet", "actor_id", "actor", "label", "voice", "sentence",
                     "start", "end", "kind", "speaker", "mention", "mention_start", "mention_end"],
    "hedges": ["article_id", "outlet", "marker", "kind", "target", "sentence",
               "start", "end", "voice", "speaker", "target_start", "target_end", "term"],
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


def analyse_article(part: ArticleTables) -> dict[str, pd.DataFrame]:
    """Run every per-article step on one cleaned article; tables keyed by name.

    Steps pass plain rows to each other (sentences and quotes as dicts): building a DataFrame
    per step per article costs more than the steps themselves on a large corpus.
    """
    actors, verbs, persons = _codebooks()
    article = part.article
    sentences = part.sentences
    removed = [r["text"] for r in part.removed]
    captions = [p["text"] for p in part.paragraphs if p["role"] == "caption"] + removed
    quotes = extract_article_quote_rows(article, sentences, actors, verbs)   # sorted by start
    voice = quotes or None      # None: "no quote known here", as the corpus-level calls say it
    people = [m for m in actor_index(actors).find_rows(article["text"]) if m[0] in persons]
    return {
        "quotes": quote_table(quotes),
        "mentions": article_mentions(article, actors),
        "cited_sources": article_sources(article, sentences, captions),
        "events": article_events(article, sentences, removed),
        "framing_hits": frame_hits_article(article, sentences, voice),
        "actor_labels": labels_article(article, sentences, people, voice, actors),
        "hedges": hedges_article(article, sentences, voice),
    }


def corpus_steps(corpus: Corpus, quotes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The steps that need the whole corpus: reuse, distinctive terms, shared facts, profiles."""
    reuse = find_reuse(corpus)
    return {
        "reuse": reuse,
        "distinctive_terms": distinctive_terms(corpus, exclude=reuse_spans(reuse), min_count=3),
        "shared_facts": fact_sentences(corpus),
        "outlet_profile": outlet_profile(corpus, quotes),
    }


def concat(parts: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """Row-bind per-article tables, keeping the fixed columns first."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=columns)
    out = pd.concat(parts, ignore_index=True)
    return out[columns + [c for c in out.columns if c not in columns]]


def analyse(parts: list[ArticleTables]) -> tuple[Corpus, dict[str, pd.DataFrame]]:
    """The whole analysis of already-cleaned articles, in memory (small corpora, notebooks, tests)."""
    corpus = frames(parts)
    per_article = [analyse_article(p) for p in parts if p.article]
    tables = {name: concat([t[name] for t in per_article], cols) for name, cols in ARTICLE_TABLES.items()}
    tables.update(corpus_steps(corpus, tables["quotes"]))
    return corpus, tables
