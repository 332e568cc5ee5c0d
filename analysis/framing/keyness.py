"""Which words set one outlet apart from the others: weighted log-odds and G² keyness.

Why two measures: the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
& Quinn 2008, "Fightin' Words", Political Analysis 16(4)) shrinks rare words toward zero so a word
seen twice does not top the list, and its z-score says how sure we are; G² (log-likelihood,
Dunning 1993; Rayson & Garside 2000) is the keyness statistic corpus linguists know, a cross-check.
With a few short articles both are descriptive, not tests: rows with few occurrences are flagged.

Formulas (word w, target outlet i, the rest j; y = counts, n = total tokens, a = prior counts,
a0 = sum of a):
    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w     = delta_w / sqrt(var_w)
    G²_w    = 2 * sum_k y_kw * ln(y_kw / E_kw),  E_kw = n_k * (y_iw + y_jw) / (n_i + n_j),
              signed + when w is relatively more frequent in i.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..codebooks import load_stopwords
from .termmatch import exact_words

KEYNESS_COLUMNS = ["outlet", "term", "count", "count_rest", "log_odds", "z", "g2",
                   "n_outlet", "n_rest", "low_count"]


def log_odds_dirichlet(counts_i: pd.Series, counts_j: pd.Series, prior: pd.Series | float
                       ) -> pd.DataFrame:
    """Monroe et al. (2008) weighted log-odds of i versus j with Dirichlet prior ``prior``.

    ``counts_i``/``counts_j``: word → count; ``prior``: word → pseudo-count a_w (informative) or one
    number used for every word (uninformative). Returns log_odds (delta) and z per word.
    """
    vocab = counts_i.index.union(counts_j.index)
    y_i = counts_i.reindex(vocab, fill_value=0).astype(float)
    y_j = counts_j.reindex(vocab, fill_value=0).astype(float)
    if np.isscalar(prior):
        a = pd.Series(float(prior), index=vocab)
    else:
        a = prior.reindex(vocab).astype(float)
        if a.isna().any() or (a <= 0).any():
            raise ValueError("prior needs a positive pseudo-count for every word")
    a0 = a.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = (np.log((y_i + a) / (n_i + a0 - y_i - a))
             - np.log((y_j + a) / (n_j + a0 - y_j - a)))
    var = 1.0 / (y_i + a) + 1.0 / (y_j + a)
    return pd.DataFrame({"log_odds": delta, "z": delta / np.sqrt(var)})


def g_squared(counts_i: pd.Series, counts_j: pd.Series) -> pd.Series:
    """Signed log-likelihood G² of each word, i versus j (positive: overused in i)."""
    vocab = counts_i.index.union(counts_j.index)
    a = counts_i.reindex(vocab, fill_value=0).astype(float)
    b = counts_j.reindex(vocab, fill_value=0).astype(float)
    n_i, n_j = a.sum(), b.sum()
    total = a + b
    e_i = n_i * total / (n_i + n_j)
    e_j = n_j * total / (n_i + n_j)
    with np.errstate(divide="ignore", invalid="ignore"):
        part_i = np.where(a > 0, a * np.log(a / e_i), 0.0)
        part_j = np.where(b > 0, b * np.log(b / e_j), 0.0)
    g2 = 2 * (part_i + part_j)
    sign = np.where(a / n_i >= b / n_j, 1.0, -1.0)
    return pd.Series(sign * g2, index=vocab, name="g2")


def reuse_spans(reuse: pd.DataFrame, keep_first: bool = False) -> pd.DataFrame:
    """Long table (article_id, start, end) of shared passages from ``find_reuse`` output.

    Default: both sides of each shared passage are listed, since wire copy is neither outlet's
    own wording. ``keep_first=True`` lists only the copy, keeping the passage in the article
    ``find_reuse`` dates first (both sides when the order is unknown).
    """
    cols = ["article_id", "start", "end"]
    if reuse is None or not len(reuse):
        return pd.DataFrame(columns=cols)
    a = reuse[["article_a", "start_a", "end_a"]].set_axis(cols, axis=1)
    b = reuse[["article_b", "start_b", "end_b"]].set_axis(cols, axis=1)
    if keep_first and "first" in reuse.columns:
        first = reuse["first"].fillna("").to_numpy()
        a = a[first != reuse["article_a"].to_numpy()]
        b = b[first != reuse["article_b"].to_numpy()]
    return pd.concat([a, b], ignore_index=True)


def article_tokens(text: str, stopwords: frozenset[str],
                   exclude: list[tuple[int, int]] = ()) -> list[str]:
    """Lower-case words of one text for counting: no stopwords, numbers, one-letter words, or
    words starting inside an excluded span (e.g. a shared wire passage)."""
    words, starts = article_terms(text, stopwords)
    return [w for w, keep in zip(words, _outside(starts, exclude)) if keep]


class Terms(NamedTuple):
    """The words of one article that keyness counts, and where each starts."""
    words: list[str]
    starts: np.ndarray


def article_terms(text: str, stopwords: frozenset[str] | None = None) -> Terms:
    """Per-article step: the counted words of one text with their offsets (the keyness index of
    the article, made on the workers; the corpus-wide step leaves out shared passages and sums).

    The words and their lower-cased forms are the term matcher's exact-mode keys of the text
    (:func:`~analysis.framing.termmatch.exact_words`, kept from the hedge step of the same
    article): reading the text's words again, paragraph by paragraph, cost ~0.6 of the ~0.8 ms
    this step took per PolNeAR article."""
    stopwords = load_stopwords() if stopwords is None else stopwords
    spans, keys = exact_words(text)
    if _LONG_S in text:   # the exact key's case-blind "'s" also drops "'ſ": count as written
        keys = [_lowered(text[s:e]) for s, e in spans]
    words, starts = [], []
    for (s, _), w in zip(spans, keys):
        # a word of letters only holds no digit: the per-character test runs only on the others
        if len(w) < 2 or w in stopwords or (not w.isalpha() and any(ch.isdigit() for ch in w)):
            continue
        words.append(w)
        starts.append(s)
    return Terms(words, np.array(starts, np.int64))


_LONG_S = "\u017f"


def _lowered(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def _outside(starts: np.ndarray, exclude) -> np.ndarray:
    """Which words do not start inside any (start, end) span of ``exclude``."""
    keep = np.ones(len(starts), bool)
    for x_start, x_end in exclude:
        keep &= (starts < x_start) | (starts >= x_end)
    return keep


def term_counts(articles: pd.DataFrame, by: str = "outlet", exclude: pd.DataFrame | None = None,
                stopwords: frozenset[str] | None = None, terms: list[Terms] | None = None
                ) -> pd.DataFrame:
    """Word × group count matrix (one column per outlet) over ``articles`` (article_id, ``by``,
    text); ``exclude``: spans (article_id, start, end) whose words are not counted; ``terms``:
    :func:`article_terms` of each article (row order), when the workers made them already."""
    stopwords = load_stopwords() if stopwords is None else stopwords
    if terms is None:
        terms = [article_terms(text, stopwords) for text in articles["text"]]
    spans: dict[str, list] = {}
    if exclude is not None:
        for aid, start, end in zip(exclude["article_id"], exclude["start"], exclude["end"]):
            spans.setdefault(aid, []).append((start, end))
    counts: dict[str, Counter] = {}
    for aid, group, (words, starts) in zip(articles["article_id"], articles[by], terms):
        if aid in spans:
            words = [w for w, keep in zip(words, _outside(starts, spans[aid])) if keep]
        counts.setdefault(group, Counter()).update(words)
    return pd.DataFrame(counts).fillna(0).astype(int).sort_index()


def distinctive_terms(articles: pd.DataFrame, by: str = "outlet",
                      exclude: pd.DataFrame | None = None, min_count: int = 3,
                      prior_scale: float = 1.0, stopwords: frozenset[str] | None = None,
                      terms: list[Terms] | None = None) -> pd.DataFrame:
    """distinctive_terms.csv: each group's words against all other groups pooled.

    Prior: a_w = prior_scale × the word's count in the whole corpus (informative prior from the
    pooled corpus, as in Monroe et al. §3.5). ``exclude``: spans (article_id, start, end) whose
    words are not counted — pass ``reuse_spans(reuse)`` to drop shared wire text.
    ``low_count`` marks words seen fewer than ``min_count`` times in the whole corpus: read those
    as anecdotes. Sorted by group, then z descending. ``terms``: :func:`article_terms` of each
    article (row order), when the workers made them already.
    """
    matrix = term_counts(articles, by=by, exclude=exclude, stopwords=stopwords, terms=terms)
    if matrix.empty:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    total = matrix.sum(axis=1)
    prior = prior_scale * total
    parts = []
    for group in matrix.columns:
        mine = matrix[group]
        rest = total - mine
        scores = log_odds_dirichlet(mine, rest, prior)
        part = pd.DataFrame({
            "outlet": group, "term": matrix.index, "count": mine.to_numpy(),
            "count_rest": rest.to_numpy(), "log_odds": scores["log_odds"].to_numpy(),
            "z": scores["z"].to_numpy(), "g2": g_squared(mine, rest).to_numpy(),
            "n_outlet": int(mine.sum()), "n_rest": int(rest.sum()),
            "low_count": (total < min_count).to_numpy()})
        parts.append(part[part["count"] + part["count_rest"] > 0])
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["outlet", "z", "term"], ascending=[True, False, True],
                           ignore_index=True)[KEYNESS_COLUMNS]
