"""Shared facts: which key facts of the story each outlet reports.

Why two ways: facts are found bottom-up, as clusters of similar sentences in different articles
(no list needed, so it works on outlets and facts we did not foresee), and top-down, through the
small codebook ``codebooks/events.csv`` of fact patterns, which names the clusters and also finds
facts that only one outlet reports (a cluster needs two articles).

Similarity: Jaccard overlap of the sentences' content-word sets (stemmed, stopwords out, spelling
variants unified as for text reuse). Candidate pairs come from an inverted index word -> sentences,
skipping words so common they say nothing (in more than MAX_DF of all sentences), so only sentences
that share a word are ever compared. Two sentences of different articles with Jaccard >= THRESHOLD
are linked; a fact is a connected group of linked sentences. THRESHOLD = 0.3 was read off the seeds:
the same fact in two articles (the sanctions-and-isolation sentence in Xinhua and CGTN, 0.82;
Guaido's self-proclamation and recognition "since January" in defapress and CGTN, 0.33; the
Lavrov-Pompeo meeting in Finland, 0.33) scores 0.3 or more, while sentences that only share the
cast (Guaido, opposition, interim president) score 0.26 or less; a lower threshold chains such
neighbours into one large cluster. Paraphrases that reword most of a sentence stay apart.
"""
from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd
from nltk.stem import PorterStemmer

from .actors import fold
from .codebook_cache import cached_by_file
from .codebooks import read_codebook
from .keyness import load_stopwords
from .reuse import tokens

THRESHOLD = 0.3
MIN_CONTENT = 4     # sentences with fewer content words (subheads, datelines) are not facts
MAX_DF = 0.2        # a word in more than this share of sentences proposes no pairs
MIN_SHARED = 3      # sentences must share at least this many content words

FACT_COLUMNS = ["article_id", "outlet", "fact_id", "label", "method", "sentence", "start", "end"]
_STEM = PorterStemmer()


@cached_by_file
def load_facts(name: str = "events.csv") -> pd.DataFrame:
    """The fact codebook with each row's ``terms`` compiled into a list of regexes (all must match)."""
    book = read_codebook(name, required=["fact_id", "label", "terms", "date"],
                         nonempty=["fact_id", "label", "terms"])
    book["patterns"] = [
        [re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(fold(t.strip())) for t in group.split("|")
                                                  if t.strip()) + ")")
         for group in terms.split(";") if group.strip()]
        for terms in book["terms"]]
    return book


def match_facts(sentence: str, book: pd.DataFrame | None = None) -> list[str]:
    """fact_ids of the codebook whose term groups all occur in ``sentence``."""
    book = load_facts() if book is None else book
    folded = fold(sentence)
    return [row.fact_id for row in book.itertuples() if all(p.search(folded) for p in row.patterns)]


def content_words(text: str, stopwords: set[str]) -> frozenset[str]:
    """Stemmed content words of a sentence (equivalent spellings unified, stopwords out)."""
    out = set()
    for tok in tokens(text):
        word = tok.norm
        if word in stopwords or (len(word) < 2 and not word.isdigit()):
            continue
        out.add(_STEM.stem(word) if " " not in word else word)
    return frozenset(out)


def _units(corpus) -> pd.DataFrame:
    """Body sentences with their outlet and content-word sets."""
    sents = corpus.sentences.merge(corpus.articles[["article_id", "outlet"]], on="article_id")
    stop = load_stopwords()
    sents = sents.assign(words=[content_words(t, stop) for t in sents["text"]])
    return sents[sents["words"].map(len) >= MIN_CONTENT].reset_index(drop=True)


def similar_pairs(words: list[frozenset], articles: list[str], threshold: float = THRESHOLD,
                  max_df: float = MAX_DF, min_shared: int = MIN_SHARED) -> list[tuple[int, int, float]]:
    """(i, j, jaccard) for units of different articles sharing enough content words.

    Only pairs that share a word in the inverted index are counted, never all pairs.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    limit = max(2, int(max_df * len(words)))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for postings in index.values():
        if len(postings) > limit:
            continue
        for x, i in enumerate(postings):
            for j in postings[x + 1:]:
                if articles[i] != articles[j]:
                    shared[(i, j)] += 1
    pairs = []
    for (i, j), n in shared.items():
        if n < min_shared:
            continue
        jac = n / len(words[i] | words[j])
        if jac >= threshold:
            pairs.append((i, j, jac))
    return pairs


def _components(n: int, pairs) -> list[int]:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        parent[find(i)] = find(j)
    return [find(i) for i in range(n)]


def fact_sentences(corpus, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Sentences reporting a fact: article_id, outlet, fact_id, label, method, sentence, start, end.

    method "cluster": the sentence belongs to a group of similar sentences from two or more
    articles (fact_id C01, C02... by size; label = the codebook fact its sentences match most,
    else the group's shortest sentence). method "codebook": the sentence matches a codebook fact.
    """
    units = _units(corpus)
    book = load_facts()
    labels = dict(zip(book["fact_id"], book["label"]))
    rows = []
    for u in units.itertuples():
        for fid in match_facts(u.text, book):
            rows.append((u.article_id, u.outlet, fid, labels[fid], "codebook", u.text, u.start, u.end))
    coded = pd.DataFrame(rows, columns=FACT_COLUMNS)

    pairs = similar_pairs(list(units["words"]), list(units["article_id"]), threshold)
    linked = {i for p in pairs for i in p[:2]}
    roots = _components(len(units), pairs)
    groups = defaultdict(list)
    for i in sorted(linked):
        groups[roots[i]].append(i)
    ordered = sorted(groups.values(), key=lambda g: (-units.loc[g, "article_id"].nunique(), -len(g), g[0]))
    rows = []
    for n, members in enumerate(ordered, start=1):
        texts = units.loc[members, "text"]
        matched = coded[coded["sentence"].isin(set(texts))]["fact_id"]
        label = (labels[matched.value_counts().sort_index().idxmax()] if len(matched)
                 else min(texts, key=lambda t: (len(t), t)))
        for i in members:
            u = units.loc[i]
            rows.append((u.article_id, u.outlet, f"C{n:02d}", label, "cluster", u.text, u.start, u.end))
    clustered = pd.DataFrame(rows, columns=FACT_COLUMNS)
    return pd.concat([clustered, coded], ignore_index=True)


def shared_facts(corpus, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Presence matrix fact x outlet: number of sentences of each outlet reporting each fact.

    Index: (fact_id, label, method); columns: outlets (all of the corpus, zeros included).
    """
    facts = fact_sentences(corpus) if facts is None else facts
    outlets = sorted(corpus.articles["outlet"].unique(), key=str.casefold)
    if not len(facts):
        return pd.DataFrame(columns=outlets)
    matrix = (facts.groupby(["fact_id", "label", "method", "outlet"]).size()
              .unstack("outlet", fill_value=0).reindex(columns=outlets, fill_value=0))
    matrix.columns.name = None
    return matrix
