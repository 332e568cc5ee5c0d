"""Hedges, distancing words and scare quotes, each with what it bears on.

Why: "reportedly called ...", "falsely telling ...", "claimed Pompeo" and the nation's "interim
president" in quotation marks are ways an outlet keeps a claim at arm's length or discredits it
without saying so. Markers come from ``codebooks/hedges.csv`` (misspellings are codebook rows with
the correct ``marker``, e.g. falsly → falsely). Targets:

- clause: from the marker to the end of its clause (next ; : or sentence end), at most 40 words.
- phrase: the next words up to punctuation or a function word, at most 5
  ("so-called | coup attempt | was defeated").
- speech: a reporting word. Target = the that-clause after it; else the quotation just before it
  (", claimed Pompeo"); else the rest of the clause.
- scare quotes: a span in quotation marks of at most ``max_words`` words that is not a whole
  sentence and that no speech act introduces (no quote-table row with a reporting verb covers it);
  the target is the quoted term itself.
"""
from __future__ import annotations

import re

import pandas as pd

from ..codebooks import cached_by_file
from ..codebooks import read_codebook
from .hits import check_unique_terms, corpus_quotes
from .keyness import load_stopwords
from ..per_article import by_article, iter_articles, rows_frame
from .termmatch import TermMatcher, word_spans
from ..text import sentence_index
from .voice import VoiceIndex, has_column, quote_mark_rows, table_columns

# The agreed export columns first, then extras.
HEDGE_COLUMNS = ["article_id", "outlet", "marker", "kind", "target", "sentence", "start", "end",
                 "voice", "speaker", "target_start", "target_end", "term"]
HEDGE_KINDS = {"hedge", "distancing", "discrediting"}
TARGET_KINDS = {"clause", "phrase", "speech"}
# Sentence ends come from the corpus sentences (which know "U.S." is no full stop), so inside a
# sentence a clause ends only at ; or : and a phrase at other punctuation.
_CLAUSE_END = re.compile(r"[;:]")
_PHRASE_END = re.compile(r"[,;:!?()\"“”]")
_THAT = re.compile(r"^\s+that\s+", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(r"[\"”’][\s,]*$|[\"”’],?\s*[\"”’]?\s*$")


@cached_by_file
def load_hedges(path="hedges.csv") -> pd.DataFrame:
    """The hedge codebook (term, marker, kind, target, match, notes)."""
    book = read_codebook(path, required=["term", "marker", "kind", "target", "match"],
                         nonempty=["term", "marker", "kind", "target"],
                         choices={"kind": HEDGE_KINDS, "target": TARGET_KINDS,
                                  "match": {"stem", "exact", ""}})
    check_unique_terms(book, path)
    return book


@cached_by_file
def _matcher(path="hedges.csv") -> TermMatcher:
    return TermMatcher(load_hedges(path), payload_cols=["marker", "kind", "target"])


def _limit_words(text: str, start: int, end: int, n: int) -> int:
    """End offset after at most ``n`` words of text[start:end]."""
    spans = [(s, e) for s, e in word_spans(text[start:end])]
    return end if len(spans) <= n else start + spans[n - 1][1]


def _clause_after(text: str, start: int, s_end: int, n_words: int = 40) -> tuple[int, int]:
    stop = _CLAUSE_END.search(text, start, s_end)
    end = stop.start() if stop else s_end
    begin = start + len(text[start:end]) - len(text[start:end].lstrip())
    return begin, _limit_words(text, begin, end, n_words)


def _target(text: str, hit_start: int, hit_end: int, target: str, s_start: int, s_end: int,
            marks: list[tuple[int, int, str]]) -> tuple[int, int]:
    if target == "phrase":
        stop = _PHRASE_END.search(text, hit_end, s_end)
        end = stop.start() if stop else s_end
        begin = hit_end + len(text[hit_end:end]) - len(text[hit_end:end].lstrip())
        # The phrase is the content words that follow: it ends before a function word
        # ("so-called | coup attempt | was defeated").
        stopwords = load_stopwords()
        words = word_spans(text[begin:end])
        for k, (ws, we) in enumerate(words[:5]):
            if k and text[begin + ws:begin + we].lower() in stopwords:
                return begin, begin + words[k - 1][1]
        return begin, _limit_words(text, begin, end, 5)
    if target == "speech":
        that = _THAT.match(text[hit_end:s_end])
        if that:
            return _clause_after(text, hit_end + that.end(), s_end)
        near = [(q_start, q_end) for q_start, q_end, _ in marks
                if hit_start - 4 <= q_end <= hit_start and q_start >= s_start]
        if near:
            q_start, q_end = near[-1]
            return q_start + 1, q_end - 1
    return _clause_after(text, hit_end, s_end)


def hedge_rows(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
               max_words: int = 4, codebook="hedges.csv") -> list[tuple]:
    """Hedge markers and scare quotes in ONE article, with targets, voice and sentence."""
    text, aid = article["text"], article["article_id"]
    outlet = article.get("outlet", "")
    marks, where, voice = quote_mark_rows(text), sentence_index(text, sentences), VoiceIndex(quotes)
    rows = []
    for term, match, start, end, marker, kind, target in _matcher(str(codebook)).find_rows(text):
        s_start, s_end = where.span(start)
        t_start, t_end = _target(text, start, end, target, s_start, s_end, marks)
        said, speaker, _ = voice.of(aid, start, end)
        rows.append((aid, outlet, marker, kind, text[t_start:t_end].strip(" \n,;:.\"“”"),
                     where.at(start), start, end, said, speaker, t_start, t_end, match))
    for marker, kind, target, start, end, t_start, t_end, term, said, speaker, _ in _scare_rows(
            text, aid, where, quotes, max_words, marks):
        rows.append((aid, outlet, marker, kind, target, where.at(start), start, end, said, speaker,
                     t_start, t_end, term))
    rows.sort(key=lambda r: r[6])
    return rows


def hedges_article(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                   max_words: int = 4, codebook="hedges.csv") -> pd.DataFrame:
    """:func:`hedge_rows` as a table (columns HEDGE_COLUMNS)."""
    return rows_frame(hedge_rows(article, sentences, quotes, max_words, codebook), HEDGE_COLUMNS)


_SCARE_COLUMNS = ["marker", "kind", "target", "start", "end", "target_start", "target_end", "term",
                  "voice", "speaker", "quote_kind"]


def scare_quotes(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                 max_words: int = 4, marks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Short quoted terms with no speech act, in ONE article (kind = scare_quote).

    A quote-table row with a non-empty ``verb`` that covers the quoted span marks it as reported
    speech (Padrino "describing ... as "very small"" is not a scare quote); without a ``verb``
    column every short quoted term that is not a whole sentence is a candidate, so read them.
    """
    text = article["text"]
    marks = quote_mark_rows(text) if marks is None else list(
        marks[["start", "end", "inner"]].itertuples(index=False, name=None))
    rows = _scare_rows(text, article["article_id"], sentence_index(text, sentences), quotes,
                       max_words, marks)
    out = pd.DataFrame(rows, columns=_SCARE_COLUMNS)
    out.insert(0, "article_id", article["article_id"])
    return out


def _scare_rows(text: str, aid, where, quotes: pd.DataFrame | None, max_words: int,
                marks: list[tuple[int, int, str]]) -> list[tuple]:
    """:func:`scare_quotes` rows as tuples in ``_SCARE_COLUMNS`` order."""
    spoken = []
    if quotes is not None and len(quotes) and has_column(quotes, "verb"):
        cols = table_columns(quotes, ("start", "end", "verb"))
        spoken = [(qs, qe) for qs, qe, verb in zip(cols["start"], cols["end"], cols["verb"])
                  if ("" if pd.isna(verb) else str(verb)).strip() != ""]
    rows = []
    for m_start, m_end, inner in marks:
        inner = inner.strip().rstrip(",.;:")
        n = len(word_spans(inner))
        if not 0 < n <= max_words:
            continue
        s_start, s_end = where.span(m_start)
        if text[s_start:s_end].strip().strip("\"“”‘’.,") == inner:
            continue  # a whole sentence (headline quote, one-word answer), not a term
        if any(qs <= m_start + 1 and m_end - 1 <= qe for qs, qe in spoken):
            continue
        rows.append((text[m_start:m_end], "scare_quote", inner, m_start, m_end,
                     m_start + 1, m_end - 1, text[m_start:m_end]))
    # Voice of a scare quote: the quotation around it, if any, not the marks themselves.
    own = {(r[3], r[4]) for r in rows} | {(r[3] + 1, r[4] - 1) for r in rows}
    voice = VoiceIndex(quotes, skip_spans=own, skip_kinds=("marks",))
    return [r + voice.of(aid, r[3], r[4]) for r in rows]


def hedge_table(corpus, quotes="auto", max_words: int = 4, codebook="hedges.csv") -> pd.DataFrame:
    """hedges.csv: hedges, distancing and discrediting words and scare quotes of the corpus."""
    quotes_of = by_article(corpus_quotes(corpus, quotes))
    parts = [hedges_article(art, sents, quotes_of.get(art["article_id"]), max_words, codebook)
             for art, sents in iter_articles(corpus)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=HEDGE_COLUMNS)
    return pd.concat(parts, ignore_index=True)
