"""Draft frame and contested-term codebooks: the words and phrases that set each outlet apart.

Why: a frame codebook is written from the texts (the inductive step of frame analysis: Matthes &
Kohring 2008, J. Communication 58(2); van Gorp 2010 on "reasoning devices"), and the first
evidence is what one outlet writes more than the others. Candidates come from steps the export
already runs, none guessed:

- frames: each outlet's distinctive words (weighted log-odds z, Monroe et al. 2008:
  ``distinctive_terms``) and its word pairs (log-likelihood collocations, Dunning 1993:
  :func:`analysis.framing.kwic.collocations`), each with a line of context;
- contested terms (how the same thing is named): terms a writer holds at a distance (scare
  quotes and "so-called", from ``hedges``), the different labels outlets give one actor
  (``actor_labels``), and word pairs only one outlet uses.

Which frame a term signals, and which contest and side it belongs to, is left to the researcher.
"""
from __future__ import annotations

import re

import pandas as pd

from ..codebooks import CONTEST_COLUMNS as CODEBOOK_CONTEST_COLUMNS
from ..codebooks import CodebookError, load_contests, load_frames
from ..framing.kwic import collocations

FRAME_COLUMNS = ["frame", "term", "match", "notes", "outlet", "source", "count", "count_rest",
                 "score", "in_codebook", "example", "review"]
CONTEST_COLUMNS = CODEBOOK_CONTEST_COLUMNS + ["outlet", "source", "count", "count_rest", "score",
                                             "in_codebook", "example", "review"]
#: Candidates kept per outlet and source.
PER_OUTLET = 15
#: A candidate must occur this often in its outlet.
MIN_COUNT = 2


def suggest_frames(tables, per_outlet: int = PER_OUTLET, pairs: list | None = None
                   ) -> pd.DataFrame:
    """frames.csv draft (:data:`FRAME_COLUMNS`): per outlet, its most distinctive words (only when
    the corpus has two outlets or more: a word is distinctive against the others) and its
    strongest word pairs. ``score`` is the z of the log-odds for words, the log-likelihood ratio
    for pairs; ``in_codebook`` the frame the current frames.csv gives the term."""
    articles = with_outlets(tables.articles)
    rows = []
    terms = tables.distinctive_terms
    if len(terms) and articles["outlet"].nunique() > 1:
        good = terms[(terms["count"] >= MIN_COUNT) & (terms["z"] > 0)]
        texts = _texts(articles)
        for outlet, part in good.groupby("outlet", sort=True):
            for r in part.sort_values(["z", "term"], ascending=[False, True]).head(per_outlet) \
                    .itertuples():
                rows.append((r.term, r.outlet, "distinctive word", r.count, r.count_rest,
                             round(float(r.z), 3), _example(texts.get(outlet, []), r.term)))
    rows += word_pairs(articles, per_outlet) if pairs is None else pairs
    known = _codebook_frames()
    out = [("", term, "", "", outlet, source, count, rest, score,
            known.get(_key(term), ""), example, "")
           for term, outlet, source, count, rest, score, example in rows]
    return pd.DataFrame(out, columns=FRAME_COLUMNS)


def suggest_contests(tables, per_outlet: int = PER_OUTLET, pairs: list | None = None
                     ) -> pd.DataFrame:
    """contests.csv draft (:data:`CONTEST_COLUMNS`: the codebook's columns, then evidence): terms
    held at a distance, the labels of one actor that differ between outlets (``contest`` then
    holds a guess, marked "(guess)", and ``actor_id`` the actor the label was found on), and word
    pairs only one outlet uses. ``side`` is always left empty; ``in_codebook`` is the "contest:
    side" the current contests.csv gives the term."""
    articles = with_outlets(tables.articles)
    rows = []
    hedges = tables.hedges
    if len(hedges):
        marked = hedges[(hedges["kind"] == "scare_quote") | (hedges["marker"].str.lower()
                                                              .isin(["so-called", "so called"]))]
        marked = marked.assign(term=marked["target"].str.strip(" ,.;:!?").str.lower())
        marked = marked[marked["term"].str.count(r"\w") >= 3]   # "(D)", "R" are not terms
        said = _direct_quotes(tables.quotes)   # a quotation someone is said to speak is no term
        marked = marked[[(a, t) not in said for a, t in zip(marked["article_id"], marked["term"])]]
        for (outlet, term), part in marked.groupby(["outlet", "term"], sort=True):
            source = "scare quote" if (part["kind"] == "scare_quote").all() else "so-called"
            rest = int((marked["term"] == term).sum()) - len(part)
            rows.append(("", term, "", outlet, source, len(part), rest, len(part),
                         " ".join(part["sentence"].iloc[0].split())))
    labels = tables.actor_labels
    if len(labels) and articles["outlet"].nunique() > 1:
        named = labels[labels["kind"].isin(["premodifier", "appositive", "self_designation",
                                            "description"])]
        named = named.assign(term=named["label"].str.strip().str.lower())
        for (actor, actor_id), part in named.groupby(["actor", "actor_id"], sort=True):
            if part["outlet"].nunique() < 2 or part["term"].nunique() < 2:
                continue
            for (outlet, term), cell in part.groupby(["outlet", "term"], sort=True):
                rest = int((part["term"] == term).sum()) - len(cell)
                rows.append((f"how {actor} is named (guess)", term, actor_id, outlet,
                             f"label of {actor}", len(cell), rest, len(cell),
                             " ".join(cell["sentence"].iloc[0].split())))
    if articles["outlet"].nunique() > 1:
        pairs = word_pairs(articles, per_outlet) if pairs is None else pairs
        for term, outlet, source, count, rest, score, example in pairs:
            if rest == 0:
                rows.append(("", term, "", outlet, "pair only this outlet uses", count, rest,
                             score, example))
    known = _codebook_contests()
    out = [(contest, "", term, "", actor_id, "", outlet, source, count, rest, score,
            known.get(_key(term), ""), example, "")
           for contest, term, actor_id, outlet, source, count, rest, score, example in rows]
    return pd.DataFrame(out, columns=CONTEST_COLUMNS)


def _direct_quotes(quotes: pd.DataFrame) -> set:
    """(article_id, quotation in lower case) of the direct quotations with a speaker."""
    if quotes is None or not len(quotes):
        return set()
    direct = quotes[(quotes["kind"] == "direct") & (quotes["speaker"] != "")]
    return set(zip(direct["article_id"], direct["quote"].str.strip(" ,.;:!?").str.lower()))


def with_outlets(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles, an unknown outlet shown as "(unknown)" so its texts still count."""
    if not len(articles):
        return pd.DataFrame(columns=["article_id", "outlet", "text"])
    return articles.assign(outlet=articles["outlet"].replace("", "(unknown)"))


def _texts(articles: pd.DataFrame) -> dict[str, list[str]]:
    """Outlet → its texts, in article order."""
    return {o: list(part["text"]) for o, part in articles.groupby("outlet", sort=False)}


def word_pairs(articles: pd.DataFrame, per_outlet: int = PER_OUTLET) -> list[tuple]:
    """Each outlet's strongest word pairs (collocations within two content words, met at least
    :data:`MIN_COUNT` times) as (term, outlet, source, count, count_rest, score, example); the
    term is the phrase as the example prints it ("support for Maduro" for the pair
    support–maduro), count_rest the pair's count in the other outlets."""
    if not len(articles):
        return []
    every = collocations(articles, n=10 ** 9, min_freq=1)
    totals = every.groupby(["word1", "word2"])["freq"].sum()
    rows, texts = [], _texts(articles)
    strong = every[every["freq"] >= MIN_COUNT]
    for outlet, part in strong.groupby("outlet", sort=True):
        part = part.sort_values(["llr", "word1", "word2"], ascending=[False, True, True])
        for r in part.head(per_outlet).itertuples():
            phrase, example = _phrase(texts[outlet], r.word1, r.word2)
            rows.append((phrase, outlet, "word pair", int(r.freq),
                         int(totals[(r.word1, r.word2)] - r.freq), round(float(r.llr), 3),
                         example))
    return rows


def _phrase(texts: list[str], word1: str, word2: str) -> tuple[str, str]:
    """The pair as the outlet prints it (its first occurrence with at most three words between,
    no punctuation) and a line of context; the two words as they are when none is found."""
    between = r"(?:[ \t]+[\w'’-]+){0,3}?"
    regex = re.compile(rf"(?<![\w'’-]){re.escape(word1)}(?:['’]s)?{between}[ \t]+"
                       rf"{re.escape(word2)}(?:['’]s)?(?![\w'’-])", re.IGNORECASE)
    found = _first(texts, regex)
    return (found[0].lower(), found[1]) if found else (f"{word1} {word2}", "")


def _example(texts: list[str], term: str) -> str:
    """One line of context for the word ``term`` in ``texts``."""
    found = _first(texts, re.compile(rf"(?<![\w'’-]){re.escape(term)}(?![\w-])", re.IGNORECASE))
    return found[1] if found else ""


def _first(texts: list[str], regex: re.Pattern, width: int = 40) -> tuple[str, str] | None:
    """(match, "left [match] right" on one line) of the first match in ``texts``, or None.
    (Not :func:`analysis.framing.kwic.kwic`, which finds every hit in every text: with it the
    frame draft of PolNeAR's 924 articles took 18.3 s of CPU, with this 4.6 s.)"""
    for text in texts:
        m = regex.search(text)
        if m:
            left = " ".join(text[max(0, m.start() - width):m.start()].split())
            right = " ".join(text[m.end():m.end() + width].split())
            return " ".join(m.group().split()), f"{left} [{' '.join(m.group().split())}] {right}"
    return None


def _codebook_frames() -> dict[str, str]:
    """Term (lower case, hyphens as spaces) → the frame the current frames.csv gives it."""
    try:
        book = load_frames()
    except CodebookError:   # a missing or broken frames.csv only leaves this column empty
        return {}
    return {_key(t): f for f, t in zip(book["frame"], book["term"])}


def _codebook_contests() -> dict[str, str]:
    """Term → "contest: side" of the current contests.csv (the first row of a repeated term)."""
    try:
        book = load_contests()
    except CodebookError:
        return {}
    known: dict[str, str] = {}
    for contest, side, term in zip(book["contest"], book["side"], book["term"]):
        known.setdefault(_key(term), f"{contest}: {side}")
    return known


def _key(term: str) -> str:
    """A term as the codebooks compare terms: lower case, a hyphen the same as a space."""
    return " ".join(term.lower().replace("-", " ").split())
