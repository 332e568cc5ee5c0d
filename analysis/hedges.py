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

from .codebook_cache import cached_by_file
from .codebooks import read_codebook
from .framing import check_unique_terms, corpus_quotes
from .keyness import load_stopwords
from .per_article import by_article, iter_articles, sentences_of
from .termmatch import TermMatcher, word_spans
from .text_spans import sentence_span
from .voice import assign_voice, quote_mark_spans

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


def _target(text: str, hit, s_start: int, s_end: int, marks: pd.DataFrame) -> tuple[int, int]:
    if hit.target == "phrase":
        stop = _PHRASE_END.search(text, hit.end, s_end)
        end = stop.start() if stop else s_end
        begin = hit.end + len(text[hit.end:end]) - len(text[hit.end:end].lstrip())
        # The phrase is the content words that follow: it ends before a function word
        # ("so-called | coup attempt | was defeated").
        stopwords = load_stopwords()
        words = word_spans(text[begin:end])
        for k, (ws, we) in enumerate(words[:5]):
            if k and text[begin + ws:begin + we].lower() in stopwords:
                return begin, begin + words[k - 1][1]
        return begin, _limit_words(text, begin, end, 5)
    if hit.target == "speech":
        that = _THAT.match(text[hit.end:s_end])
        if that:
            return _clause_after(text, hit.end + that.end(), s_end)
        near = marks[(marks["end"] <= hit.start) & (marks["end"] >= hit.start - 4)
                     & (marks["start"] >= s_start)]
        if len(near):
            q = near.iloc[-1]
            return int(q["start"]) + 1, int(q["end"]) - 1
    return _clause_after(text, hit.end, s_end)


def hedges_article(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                   max_words: int = 4, codebook="hedges.csv") -> pd.DataFrame:
    """Hedge markers and scare quotes in ONE article, with targets, voice and sentence."""
    text = article["text"]
    marks = quote_mark_spans(text)
    rows = []
    for hit in _matcher(str(codebook)).find(text).itertuples(index=False):
        s_start, s_end = sentence_span(text, sentences, hit.start)
        t_start, t_end = _target(text, hit, s_start, s_end, marks)
        rows.append((hit.marker, hit.kind, text[t_start:t_end].strip(" \n,;:.\"“”"), hit.start, hit.end,
                     t_start, t_end, hit.match))
    hedges = pd.DataFrame(rows, columns=["marker", "kind", "target", "start", "end",
                                         "target_start", "target_end", "term"])
    hedges.insert(0, "article_id", article["article_id"])
    hedges = assign_voice(hedges, quotes)
    scare = scare_quotes(article, sentences, quotes, max_words=max_words, marks=marks)
    out = pd.concat([d for d in (hedges, scare) if len(d)] or [hedges], ignore_index=True)
    out["outlet"] = article.get("outlet", "")
    out["sentence"] = sentences_of(text, sentences, out["start"])
    return out.sort_values("start", ignore_index=True).reindex(columns=HEDGE_COLUMNS)


def scare_quotes(article, sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                 max_words: int = 4, marks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Short quoted terms with no speech act, in ONE article (kind = scare_quote).

    A quote-table row with a non-empty ``verb`` that covers the quoted span marks it as reported
    speech (Padrino "describing ... as "very small"" is not a scare quote); without a ``verb``
    column every short quoted term that is not a whole sentence is a candidate, so read them.
    """
    text = article["text"]
    marks = quote_mark_spans(text) if marks is None else marks
    spoken = []
    if quotes is not None and len(quotes) and "verb" in quotes.columns:
        said = quotes[quotes["verb"].fillna("").astype(str).str.strip() != ""]
        spoken = list(zip(said["start"], said["end"]))
    rows = []
    for m in marks.itertuples(index=False):
        inner = m.inner.strip().rstrip(",.;:")
        n = len(word_spans(inner))
        if not 0 < n <= max_words:
            continue
        s_start, s_end = sentence_span(text, sentences, m.start)
        if text[s_start:s_end].strip().strip("\"“”‘’.,") == inner:
            continue  # a whole sentence (headline quote, one-word answer), not a term
        if any(qs <= m.start + 1 and m.end - 1 <= qe for qs, qe in spoken):
            continue
        rows.append((text[m.start:m.end], "scare_quote", inner, m.start, m.end,
                     m.start + 1, m.end - 1, text[m.start:m.end]))
    out = pd.DataFrame(rows, columns=["marker", "kind", "target", "start", "end",
                                      "target_start", "target_end", "term"])
    out.insert(0, "article_id", article["article_id"])
    # Voice of a scare quote: the quotation around it, if any, not the marks themselves.
    outer = None
    if quotes is not None and len(quotes):
        outer = quotes[~quotes.set_index(["start", "end"]).index.isin(
            list(zip(out["start"], out["end"])) + list(zip(out["start"] + 1, out["end"] - 1)))]
        if "kind" in outer.columns:
            outer = outer[outer["kind"] != "marks"]
    return assign_voice(out, outer)


def hedge_table(corpus, quotes="auto", max_words: int = 4, codebook="hedges.csv") -> pd.DataFrame:
    """hedges.csv: hedges, distancing and discrediting words and scare quotes of the corpus."""
    quotes_of = by_article(corpus_quotes(corpus, quotes))
    parts = [hedges_article(art, sents, quotes_of.get(art["article_id"]), max_words, codebook)
             for art, sents in iter_articles(corpus)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=HEDGE_COLUMNS)
    return pd.concat(parts, ignore_index=True)
