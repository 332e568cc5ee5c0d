"""Framing-word hits: which frame words each outlet uses, and in whose voice.

Why: a frame word in an outlet's own sentence ("the legitimate government") is the outlet's
framing; the same word inside a quotation ("the legitimate president", says Lavrov) is the framing
of the source the outlet chose to quote. Every hit therefore carries ``voice`` (narrator | quoted)
and the quoted ``speaker``. Terms come from ``codebooks/frames.csv``; matching rules are those of
``analysis.termmatch`` (whole words, stems, longest match, no double counting).

Public API
    load_frames()                              -> frames codebook
    frame_hits_article(article, sentences, quotes) -> hits in one article
    framing_hits(corpus, quotes="auto")        -> framing_hits.csv table
    frame_profile(hits, articles)              -> hits per 1,000 words by outlet, frame, voice
"""
from __future__ import annotations

import warnings

import pandas as pd

from ..codebooks import cached_by_file
from ..codebooks import CodebookError, read_codebook
from ..per_article import by_article, iter_articles, rows_frame
from ..text import sentence_index
from .termmatch import TermMatcher
from .voice import VoiceIndex, fallback_quotes

# The agreed export columns first, then extras (matched text, kind of the enclosing quote).
HIT_COLUMNS = ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence", "start",
               "end", "match", "quote_kind"]
MATCH_MODES = {"stem", "exact"}


def load_frames(path="frames.csv") -> pd.DataFrame:
    """The framing codebook (frame, term, match, notes); a repeated term is an error."""
    book = read_codebook(path, required=["frame", "term", "match"], nonempty=["frame", "term"],
                         choices={"match": MATCH_MODES | {""}})
    check_unique_terms(book, path)
    return book


def check_unique_terms(book: pd.DataFrame, path, term_col: str = "term") -> None:
    """A term listed twice would be counted for whichever row comes first: refuse it."""
    seen: dict[str, int] = {}
    for term, line in zip(book[term_col], book["line"]):
        key = " ".join(term.lower().replace("-", " ").split())
        if key in seen:
            raise CodebookError(f"{path}:{line}: term '{term}' repeats line {seen[key]}")
        seen[key] = line


@cached_by_file
def _matcher(path="frames.csv") -> TermMatcher:
    return TermMatcher(load_frames(path), payload_cols=["frame"])


def frame_hit_rows(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                   codebook="frames.csv") -> list[tuple]:
    """Frame hits in ONE article (a row with article_id, outlet, text) with voice and sentence.

    ``quotes``: that article's rows of any quote table (article_id, start, end[, speaker, kind]);
    None means no quotation is known, so every hit counts as narrator.
    """
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    voice, where = VoiceIndex(quotes), sentence_index(text, sentences)
    rows = []
    for term, match, start, end, frame in _matcher(str(codebook)).find_rows(text):
        said, speaker, kind = voice.of(aid, start, end)
        rows.append((aid, outlet, frame, term, said, speaker, where.at(start), start, end, match,
                     kind))
    return rows


def frame_hits_article(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                       codebook="frames.csv") -> pd.DataFrame:
    """:func:`frame_hit_rows` as a table (columns HIT_COLUMNS)."""
    return rows_frame(frame_hit_rows(article, sentences, quotes, codebook), HIT_COLUMNS)


def corpus_quotes(corpus, quotes="auto") -> pd.DataFrame | None:
    """The quote table voice is read from: given, extracted, or quotation marks as a fallback."""
    if isinstance(quotes, pd.DataFrame) or quotes is None:
        return quotes
    try:
        from ..quotes.attribution import extract_quotes
    except ImportError:
        warnings.warn("analysis.quotes is not available: voice falls back to quotation marks "
                      "(indirect speech counts as narrator, speakers unknown)", stacklevel=3)
        return fallback_quotes(corpus.articles)
    return extract_quotes(corpus)


def framing_hits(corpus, quotes="auto", codebook="frames.csv") -> pd.DataFrame:
    """framing_hits.csv: every frame hit in the corpus, with voice, speaker, sentence, offsets.

    ``quotes``: a quote table, None (all narrator) or "auto" (``extract_quotes(corpus)``).
    """
    quotes = corpus_quotes(corpus, quotes)
    quotes_of = by_article(quotes)
    parts = [frame_hits_article(art, sents, quotes_of.get(art["article_id"]), codebook)
             for art, sents in iter_articles(corpus)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=HIT_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def frame_profile(hits: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Hits per 1,000 words for each outlet × frame × voice (outlet words = sum of n_words).

    Long format (outlet, frame, voice, hits, words, per_1000) so it plots and tabulates alike;
    frames an outlet never uses appear with 0 so outlets compare on the same rows.
    """
    words = articles.groupby("outlet")["n_words"].sum()
    frames = sorted(set(load_frames()["frame"]) | set(hits["frame"]))
    index = pd.MultiIndex.from_product([sorted(words.index), frames, ["narrator", "quoted"]],
                                       names=["outlet", "frame", "voice"])
    counts = hits.groupby(["outlet", "frame", "voice"]).size().reindex(index, fill_value=0)
    out = counts.rename("hits").reset_index()
    out["words"] = out["outlet"].map(words).astype(int)
    out["per_1000"] = (1000 * out["hits"] / out["words"].where(out["words"] > 0)).fillna(0.0)
    return out
