"""One file in, every per-article table's rows out: the unit of work the pipeline hands a worker.

The table registry (which tables there are and their first columns) lives here too, beside the
steps that fill them, so a new per-article step is added in one module: its table in
``ARTICLE_TABLES`` and its call in :func:`article_rows`. The loop over files, the pools and the
corpus-wide steps are in :mod:`analysis.pipeline`.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from operator import itemgetter
from typing import NamedTuple

from . import tables
from .codebooks import cached_by_file, load_actors
from .compare.events import COLUMNS as EVENT_COLUMNS, event_rows
from .compare.facts import fact_units
from .compare.mentions import COLUMNS as MENTION_COLUMNS, mention_rows
from .compare.reuse import Doc, article_doc
from .compare.sources import COLUMNS as SOURCE_COLUMNS, source_rows
from .corpus.load import (ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, PROBLEM_COLUMNS, REMOVED_COLUMNS,
                          SENTENCE_COLUMNS, ArticleTables, read_article)
from .framing.contests import CONTEST_TERM_COLUMNS, contested_term_rows
from .framing.hedges import HEDGE_COLUMNS, hedge_rows
from .framing.hits import HIT_COLUMNS, PROFILE_COLUMNS, frame_hit_rows
from .framing.keyness import Terms, article_terms
from .framing.labels import LABEL_COLUMNS, label_rows
from .framing.voice import VoiceIndex, article_voice, voice_words
from .quotes.mentions import actor_index
from .quotes.rows import QUOTE_COLUMNS, quote_rows
from .quotes.summaries import CAMP_SHARE_COLUMNS

# Table → columns. The corpus tables come first; then the per-article steps' tables, their
# columns taken from the module that makes them; then the corpus-wide tables, whose first columns
# are fixed here (other tools read them by name) and whose steps add more.
CORPUS_COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "paragraphs": PARAGRAPH_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "removed_lines": REMOVED_COLUMNS,
    "problems": PROBLEM_COLUMNS,
}
ARTICLE_TABLES = {
    "quotes": QUOTE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "cited_sources": SOURCE_COLUMNS,
    "events": EVENT_COLUMNS,
    "framing_hits": HIT_COLUMNS,
    "actor_labels": LABEL_COLUMNS,
    "hedges": HEDGE_COLUMNS,
    "contested_terms": CONTEST_TERM_COLUMNS,
}
STREAMED = {**CORPUS_COLUMNS, **ARTICLE_TABLES}     # written article by article
CORPUS_TABLES = {
    "reuse": ["article_a", "article_b", "text_a", "text_b", "n_words", "first"],
    "distinctive_terms": ["outlet", "term", "count", "count_rest", "log_odds", "z"],
    "shared_facts": ["article_id", "outlet", "fact_id", "label", "method", "sentence", "start", "end"],
    "outlet_profile": ["outlet", "articles", "words"],
    "camp_shares": CAMP_SHARE_COLUMNS,
    "framing_profile": PROFILE_COLUMNS,
}

# --- one article ---------------------------------------------------------------------------------

_QUOTE_START = QUOTE_COLUMNS.index("start")


@cached_by_file
def _persons(path="actors.csv") -> set[str]:
    """Ids of the persons in the actor codebook (whose labels are sought), once per file version."""
    actors = load_actors(path)
    return set(actors.loc[actors["type"].str.lower() == "person", "id"])


def article_rows(part: ArticleTables) -> tuple[dict[str, list[tuple]], VoiceIndex]:
    """Run every per-article step on one cleaned article: rows (tuples) keyed by table name, and
    the article's :class:`VoiceIndex`, made once here for every step that asks whose words a span
    is and for :func:`article_index` (it was built up to five times an article)."""
    article, sentences = part.article, part.sentences
    removed = [r["text"] for r in part.removed]
    captions = [p["text"] for p in part.paragraphs if p["role"] == "caption"] + removed
    # a subhead is the outlet's heading, no one's statement ("13:10 GMT - Guaido calls for more
    # protests"): its rows go (the quote step still reads it, for who is named where)
    headings = [(p["start"], p["end"]) for p in part.paragraphs if p["role"] == "subhead"]
    quotes = [q for q in quote_rows(article, sentences)   # sorted by start
              if not any(a <= q[_QUOTE_START] < b for a, b in headings)]
    voice = [dict(zip(QUOTE_COLUMNS, q)) for q in quotes] or None   # None: no quote known here
    index = article_voice(voice, article["text"], part.paragraphs)
    named, persons = actor_index().find_rows(article["text"]), _persons()
    people = [m for m in named if m[0] in persons]
    return {
        "quotes": quotes,
        "mentions": mention_rows(article),
        "cited_sources": source_rows(article, sentences, captions),
        "events": event_rows(article, sentences, removed),
        "framing_hits": frame_hit_rows(article, sentences, voice, paragraphs=part.paragraphs,
                                       voice_index=index),
        "actor_labels": label_rows(article, sentences, people, voice, load_actors(),
                                   paragraphs=part.paragraphs, voice_index=index),
        "hedges": hedge_rows(article, sentences, voice, paragraphs=part.paragraphs,
                             voice_index=index),
        "contested_terms": contested_term_rows(article, sentences, voice, named,
                                               paragraphs=part.paragraphs, voice_index=index),
    }, index


class ArticleIndex(NamedTuple):
    """What the corpus-wide steps need of one article, made on the worker with its rows, so
    the exporting process only merges: its id and outlet, reuse's words, keyness' counted words,
    the sentences that can report a fact, its words in each voice (the denominators of frame
    rates)."""
    article_id: str
    outlet: str
    doc: Doc
    terms: Terms
    units: list[tuple]
    voice_words: dict[str, int]


def article_index(part: ArticleTables, voice: VoiceIndex) -> ArticleIndex:
    """The index of one article; ``voice``: its voice index (as :func:`article_rows` gives it)."""
    article = part.article
    text = article["text"]
    return ArticleIndex(article["article_id"], article["outlet"], article_doc(text),
                        article_terms(text), fact_units(
        (s["article_id"], s["text"], s["start"], s["end"]) for s in part.sentences),
        voice_words(part.article, voice))


class FileResult(NamedTuple):
    """What one file sends back to the exporting process: its rows as CSV lines (formatted on
    the worker), its problems and its article's index for the corpus-wide steps."""
    csv: dict[str, str]          # table name -> CSV lines (no header) of this file's rows
    problems: list[dict]
    index: ArticleIndex | None = None


class FileTimeout(Exception):
    """One file took longer than its time limit."""


@contextmanager
def _time_limit(seconds: float | None):
    """Raise FileTimeout in this process after ``seconds`` (a SIGALRM timer; only in a main
    thread, so not on Dask's worker threads)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(*_):
        raise FileTimeout(f"took longer than {seconds:g} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(job: tuple, steps: bool = True, timeout: float | None = None) -> FileResult:
    """Read, clean and (``steps``) analyse one file: the unit of work of a process or Dask worker.

    Any failure of one file (an exception, or ``timeout`` seconds passing) leaves that file out of
    every table with one problem row; the other files never notice.
    """
    try:
        with _time_limit(timeout):
            part = read_article(*job)
            rows = {"articles": [part.article] if part.article else [],
                    "paragraphs": part.paragraphs, "sentences": part.sentences,
                    "removed_lines": part.removed}
            rows = {name: list(map(itemgetter(*STREAMED[name]), table))   # rows as tuples
                    for name, table in rows.items()}
            index = None
            if part.article and steps:
                found, voice = article_rows(part)
                index = article_index(part, voice)
                rows.update(_bounded(found))
            return FileResult({name: tables.csv_lines(table) for name, table in rows.items()
                               if table}, part.problems, index)
    except Exception as err:   # one bad file never costs the others
        what = "analysed" if steps else "read"
        reason = " ".join(f"{type(err).__name__}: {err}".split())[:300]
        return FileResult({}, [{"file": job[2] if len(job) > 2 else str(job[0]),
                                "problem": f"could not be {what} ({reason}); left out"}])


def _bounded(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Cut over-long ``sentence`` cells (:func:`tables.bounded_sentence`)."""
    for name, table in rows.items():
        if "sentence" in STREAMED[name] and table:
            at = STREAMED[name].index("sentence")
            if any(len(r[at]) > tables.MAX_SENTENCE for r in table):
                rows[name] = [r[:at] + (tables.bounded_sentence(r[at]),) + r[at + 1:] for r in table]
    return rows
