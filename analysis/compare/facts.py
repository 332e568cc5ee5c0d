"""Shared facts: which key facts of the story each outlet reports.

Why two ways: facts are found bottom-up, as clusters of similar sentences in different articles
(no list needed, so it works on outlets and facts we did not foresee), and top-down, through the
small codebook ``codebooks/events.csv`` of fact patterns, which names the clusters and also finds
facts that only one outlet reports (a cluster needs two articles).

Similarity: Jaccard overlap of the sentences' content-word sets (stemmed, stopwords out, spelling
variants unified as for text reuse); words so common they say nothing (in more than MAX_DF of all
sentences) do not count as shared. Two sentences of different articles that share MIN_SHARED words
with Jaccard >= THRESHOLD are linked; a fact is a connected group of linked sentences.
THRESHOLD = 0.3 was read off the seeds: the same fact in two articles (the sanctions-and-isolation
sentence in Xinhua and CGTN, 0.82;
Guaido's self-proclamation and recognition "since January" in defapress and CGTN, 0.33; the
Lavrov-Pompeo meeting in Finland, 0.33) scores 0.3 or more, while sentences that only share the
cast (Guaido, opposition, interim president) score 0.26 or less; a lower threshold chains such
neighbours into one large cluster. Paraphrases that reword most of a sentence stay apart.

Scale (issue 7): never all pairs. Identical word sets are one node (a sentence reprinted in 1,000
articles is scored once); candidates come from an inverted index of each set's prefix, its rarest
words, which two sets reaching the threshold always share (prefix filtering, Chaudhuri, Ganti &
Kaushik 2006; Bayardo et al. 2007), so on ordinary corpora the result is exactly that of comparing
all pairs. A prefix word held by more than MAX_POSTINGS distinct sets (near-copies of one wire
sentence) pairs each set only with its WINDOW neighbours, the sets sorted by their words from the
most to the least common so near-copies sit side by side (sorted neighbourhood, Hernández &
Stolfo 1995): linear work, and chains of near-copies still join one group, but two sets that
share only such crowded words may be missed.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd
from nltk.stem import PorterStemmer

from ..codebooks import cached_by_file, load_facts
from ..framing.keyness import load_stopwords
from ..text import fold
from .reuse import tokens

THRESHOLD = 0.3
MIN_CONTENT = 4     # sentences with fewer content words (subheads, datelines) are not facts
MAX_DF = 0.2        # a word in more than this share of sentences does not count as shared
MIN_SHARED = 3      # sentences must share at least this many content words
MAX_POSTINGS = 50   # a prefix word in more distinct sentences than this pairs only neighbours ...
WINDOW = 8          # ... each sentence with the next WINDOW in sorted order

FACT_COLUMNS = ["article_id", "outlet", "fact_id", "label", "method", "sentence", "start", "end"]
_STEM = PorterStemmer()


@cached_by_file
def _fact_rules(name: str = "events.csv") -> list[tuple[str, list[re.Pattern]]]:
    """(fact_id, patterns) of each codebook fact: one regex per term group, all must match."""
    book = load_facts(name)
    return [(fid, [re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(fold(t.strip()))
                                                         for t in group.split("|") if t.strip()) + ")")
                   for group in terms.split(";") if group.strip()])
            for fid, terms in zip(book["fact_id"], book["terms"])]


def _matches(sentence: str, rules: list[tuple[str, list]]) -> list[str]:
    """fact_ids of the codebook facts whose term groups all occur in ``sentence``."""
    folded = fold(sentence)
    return [fid for fid, patterns in rules if all(p.search(folded) for p in patterns)]


def content_words(text: str, stopwords: set[str]) -> frozenset[str]:
    """Stemmed content words of a sentence (equivalent spellings unified, stopwords out)."""
    out = set()
    for tok in tokens(text):
        word = tok.norm
        if word in stopwords or (len(word) < 2 and not word.isdigit()):
            continue
        out.add(_stem(word) if " " not in word else word)
    return frozenset(out)


# Cached: sentences repeat few words, and stemming each occurrence again costs 3.6 s of the
# PolNeAR export's 25 s CPU (14%) measured; the cache holds a few MB.
@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEM.stem(word)


def _units(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Body sentences with their outlet and content-word sets (computed once per distinct text)."""
    sents = sentences.merge(articles[["article_id", "outlet"]], on="article_id")
    stop = load_stopwords()
    words = {text: content_words(text, stop) for text in sents["text"].unique()}
    sents = sents.assign(words=sents["text"].map(words))
    return sents[sents["words"].map(len) >= MIN_CONTENT].reset_index(drop=True)


class Links(NamedTuple):
    """Result of :func:`link_units`: the group of each unit and how much work it took."""
    group: list[int]    # per unit: a group key shared by linked units; -1 when linked to nothing
    distinct: int       # distinct word sets (the nodes that were compared)
    scored: int         # pairs of distinct word sets whose Jaccard was computed


def link_units(words: list[frozenset], articles: list[str], threshold: float = THRESHOLD,
               max_df: float = MAX_DF, min_shared: int = MIN_SHARED,
               max_postings: int = MAX_POSTINGS, window: int = WINDOW) -> Links:
    """Group units (sentences) of different articles whose content-word sets are similar.

    Two units of different articles are linked when they share at least ``min_shared`` words
    held by at most ``max_df`` of all units and those shared words are at least ``threshold`` of
    the union of their sets (Jaccard); groups are the connected components of the links.

    Work stays near-linear: identical sets are one node (a sentence reprinted in 1,000 articles
    is scored once, not 500,000 times); candidate nodes come from an inverted index of each
    set's prefix (its rarest words: two sets that can reach the threshold must share one,
    Chaudhuri et al. 2006, "prefix filtering", so nothing is lost); a prefix word held by more
    than ``max_postings`` nodes compares each node only with its ``window`` neighbours when the
    nodes are sorted by their words from the most to the least common, which puts near-copies
    next to each other (sorted neighbourhood), instead of all pairs.
    """
    node_ids: dict[frozenset, int] = {}
    sets: list[frozenset] = []
    home: list[str | None] = []      # the node's article, None when it occurs in several
    weight: list[int] = []
    unit_node = []
    for ws, art in zip(words, articles):
        n = node_ids.get(ws)
        if n is None:
            n = node_ids[ws] = len(sets)
            sets.append(ws)
            home.append(art)
            weight.append(0)
        elif home[n] is not None and home[n] != art:
            home[n] = None
        weight[n] += 1
        unit_node.append(n)

    df: Counter = Counter()
    for ws, w in zip(sets, weight):
        for word in ws:
            df[word] += w
    limit = max(2, int(max_df * len(words)))
    rare = [frozenset(w for w in ws if df[w] <= limit) for ws in sets]

    parent = list(range(len(sets)))
    linked = [False] * len(sets)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def passes(shared: int, union: int) -> bool:
        return shared >= min_shared and shared / union >= threshold

    postings: dict[str, list[int]] = defaultdict(list)
    for n, ws in enumerate(sets):
        if home[n] is None and passes(len(rare[n]), len(ws)):
            linked[n] = True         # the same sentence in two articles
        need = max(min_shared, math.floor(threshold * len(ws)), 1)   # shared words any match needs
        size = len(rare[n]) - need + 1
        if size > 0:
            for word in sorted(rare[n], key=lambda w: (df[w], w))[:size]:
                postings[word].append(n)

    sort_keys: dict[int, tuple] = {}

    def neighbourhood_key(n):
        key = sort_keys.get(n)
        if key is None:
            key = sort_keys[n] = (sorted(sets[n], key=lambda w: (-df[w], w)), n)
        return key

    candidates = set()
    for nodes in postings.values():
        if len(nodes) > max_postings:
            nodes = sorted(nodes, key=neighbourhood_key)
            reach = window
        else:
            reach = len(nodes)
        for x, a in enumerate(nodes):
            for b in nodes[x + 1:x + 1 + reach]:
                if home[a] is None or home[a] != home[b]:
                    candidates.add((a, b) if a < b else (b, a))
    for a, b in candidates:
        if passes(len(rare[a] & rare[b]), len(sets[a] | sets[b])):
            linked[a] = linked[b] = True
            parent[find(a)] = find(b)
    group = [find(n) if linked[n] else -1 for n in unit_node]
    return Links(group, len(sets), len(candidates))


def shared_facts(sentences: pd.DataFrame, articles: pd.DataFrame,
                 threshold: float = THRESHOLD) -> pd.DataFrame:
    """Sentences reporting a fact (from the sentences table and the articles table's article_id,
    outlet): article_id, outlet, fact_id, label, method, sentence, start, end.

    method "cluster": the sentence belongs to a group of similar sentences from two or more
    articles (fact_id C01, C02... by size; label = the codebook fact its sentences match most,
    else the group's shortest sentence). method "codebook": the sentence matches a codebook fact.
    """
    units = _units(sentences, articles)
    book = load_facts()
    labels = dict(zip(book["fact_id"], book["label"]))
    rules = _fact_rules()
    matches = {text: _matches(text, rules) for text in units["text"].unique()}
    hits = units[["article_id", "outlet", "text", "start", "end"]].assign(
        fact_id=units["text"].map(matches)).explode("fact_id").dropna(subset=["fact_id"])
    coded = pd.DataFrame({"article_id": hits["article_id"], "outlet": hits["outlet"],
                          "fact_id": hits["fact_id"], "label": hits["fact_id"].map(labels),
                          "method": "codebook", "sentence": hits["text"],
                          "start": hits["start"], "end": hits["end"]}, columns=FACT_COLUMNS)
    coded = coded.reset_index(drop=True)

    links = link_units(list(units["words"]), list(units["article_id"]), threshold)
    members = units.assign(group=links.group)
    members = members[members["group"] >= 0]
    sizes = members.groupby("group").agg(articles=("article_id", "nunique"), size=("text", "size"))
    sizes["first"] = members.index.to_series().groupby(members["group"]).min()
    order = sizes.sort_values(["articles", "size", "first"], ascending=[False, False, True]).index
    number = pd.Series(range(1, len(order) + 1), index=order)
    members = members.assign(n=members["group"].map(number)).sort_values("n", kind="stable")
    names = {}
    for n, texts in members.groupby("n", sort=True)["text"]:
        matched = [fid for text, times in Counter(texts.tolist()).items()
                   for fid in matches[text] for _ in range(times)]
        names[n] = (labels[pd.Series(matched).value_counts().sort_index().idxmax()] if matched
                    else min(texts, key=lambda t: (len(t), t)))
    clustered = pd.DataFrame({"article_id": members["article_id"], "outlet": members["outlet"],
                              "fact_id": [f"C{n:02d}" for n in members["n"]],
                              "label": members["n"].map(names), "method": "cluster",
                              "sentence": members["text"], "start": members["start"],
                              "end": members["end"]}, columns=FACT_COLUMNS)
    return pd.concat([clustered, coded], ignore_index=True)


def facts_by_outlet(facts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Presence matrix fact x outlet of the shared-facts table: sentences of each outlet reporting
    each fact. Index: (fact_id, label, method); columns: every outlet of ``articles``, zeros kept.
    """
    outlets = sorted(articles["outlet"].unique(), key=str.casefold)
    if not len(facts):
        return pd.DataFrame(columns=outlets)
    matrix = (facts.groupby(["fact_id", "label", "method", "outlet"]).size()
              .unstack("outlet", fill_value=0).reindex(columns=outlets, fill_value=0))
    matrix.columns.name = None
    return matrix
