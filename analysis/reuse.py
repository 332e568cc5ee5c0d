"""Text reuse: passages that two articles share, e.g. wire copy an outlet reprinted or adapted.

Why this design: outlets reprint agency copy with small edits ("The United States" -> "The U.S.").
Words are normalised (accents, case, a small table of equivalent spellings kept as data in
``codebooks/reuse_equivalents.csv``), cut into overlapping word n-grams ("shingles"), and an
inverted index from shingle to the articles holding it proposes only the article pairs that share
something, so the work grows with the amount of shared text, not with the square of the corpus.
Exact runs of shingles are then merged across short gaps and extended left and right over small
edits, so one row covers the whole shared passage.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

import pandas as pd

from .actors import fold
from .codebook_cache import cached_by_file
from .codebooks import read_codebook

SHINGLE = 5        # words per shingle: long enough that shared shingles are rarely chance
MIN_WORDS = 10     # shorter shared stretches are titles and set phrases ("U.S. Secretary of State Mike Pompeo")
MAX_GAP = 3        # words of edit tolerated inside a passage (insertion, deletion or substitution)
MAX_ARTICLES = 100  # a shingle in more articles than this is boilerplate; it proposes no pairs

COLUMNS = ["article_a", "article_b", "text_a", "text_b", "n_words", "first",
           "start_a", "end_a", "start_b", "end_b"]

# Dotted acronyms (U.S., U.N.) are one word; otherwise letters/digits with inner apostrophes.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


class Token(NamedTuple):
    """A normalised word and where it stands in the text."""
    norm: str
    start: int
    end: int


@cached_by_file
def load_equivalents(name: str = "reuse_equivalents.csv") -> tuple[dict, dict]:
    """The equivalence table as {(case, words...): canonical}, and for each lower-cased first word
    of a variant the variant lengths (in words) to try, longest first."""
    table = read_codebook(name, required=["variant", "canonical", "case"],
                          nonempty=["variant", "canonical", "case"],
                          choices={"case": {"exact", "any"}})
    lookup, lengths = {}, defaultdict(set)
    for row in table.itertuples():
        words = tuple(m.group() for m in _TOKEN.finditer(fold(row.variant)))
        if row.case == "any":
            words = tuple(w.lower() for w in words)
        lookup[(row.case,) + words] = row.canonical.lower()
        lengths[words[0].lower()].add(len(words))
    return lookup, {w: sorted(n, reverse=True) for w, n in lengths.items()}


def tokens(text: str, equivalents: tuple[dict, dict] | None = None) -> list[Token]:
    """Normalised words of ``text`` with their character offsets.

    Variants listed in the equivalence table collapse into one token spanning all their words.
    """
    lookup, starts = equivalents or load_equivalents()
    # fold() keeps one character per character, so offsets in the folded text are offsets in text
    folded = text if text.isascii() else fold(text)
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    out, i = [], 0
    while i < len(raw):
        word, start, end = raw[i]
        lower = word.lower()
        for n in starts.get(lower, ()):
            words = [w for w, _, _ in raw[i:i + n]]
            if len(words) < n:
                continue
            canon = (lookup.get(("exact", *words))
                     or lookup.get(("any", *(w.lower() for w in words))))
            if canon:
                out.append(Token(canon, start, raw[i + n - 1][2]))
                i += n
                break
        else:
            out.append(Token(_POSSESSIVE.sub("", lower), start, end))
            i += 1
    return out


def shingle_index(docs: dict[str, list[Token]], k: int = SHINGLE) -> dict[int, list[tuple[str, int]]]:
    """Inverted index: shingle hash -> [(article_id, first position)].

    Only the first occurrence per article is indexed, so text an article repeats (a page that
    prints its body twice) is never paired with itself and yields one passage, not two.
    Keys are hashes of the k words, not the words, to keep the index small.
    """
    index: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for doc_id, toks in docs.items():
        seen = set()
        words = [t.norm for t in toks]
        for i in range(len(words) - k + 1):
            key = hash(tuple(words[i:i + k]))
            if key not in seen:
                seen.add(key)
                index[key].append((doc_id, i))
    return index


def candidate_seeds(index, max_articles: int = MAX_ARTICLES) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Matching shingle positions grouped by article pair (a < b); never an article with itself."""
    seeds: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for postings in index.values():
        if len(postings) < 2 or len(postings) > max_articles:
            continue
        for i, (a, pa) in enumerate(postings):
            for b, pb in postings[i + 1:]:
                if a == b:
                    continue
                if a < b:
                    seeds[(a, b)].append((pa, pb))
                else:
                    seeds[(b, a)].append((pb, pa))
    return seeds


def _runs(seeds: list[tuple[int, int]], k: int) -> list[list[int]]:
    """Exact matches: consecutive seeds on one diagonal, as [a_start, a_end, b_start, b_end) in tokens."""
    runs = []
    for pa, pb in sorted(seeds, key=lambda s: (s[0] - s[1], s[0])):
        last = runs[-1] if runs else None
        if last and pa - pb == last[0] - last[2] and pa <= last[1] - k + 1:
            last[1], last[3] = pa + k, pb + k
        else:
            runs.append([pa, pa + k, pb, pb + k])
    return runs


def _merge(runs: list[list[int]], gap: int) -> list[list[int]]:
    """Join runs that follow each other on both sides within ``gap`` words (small edits)."""
    merged = []
    for run in sorted(runs):
        last = merged[-1] if merged else None
        if (last and run[0] - last[1] <= gap and -gap <= run[2] - last[3] <= gap
                and run[2] >= last[2]):
            last[1], last[3] = max(last[1], run[1]), max(last[3], run[3])
        else:
            merged.append(list(run))
    return merged


def _extend(ta: list[Token], tb: list[Token], span: list[int], gap: int, anchor: int = 2) -> list[int]:
    """Grow a passage outwards over edits of up to ``gap`` words when ``anchor`` words match beyond."""
    a0, a1, b0, b1 = span
    grown = True
    while grown:
        grown = False
        for da in range(gap + 1):
            for db in range(gap + 1):
                i, j = a1 + da, b1 + db
                if i + anchor <= len(ta) and j + anchor <= len(tb) and all(
                        ta[i + x].norm == tb[j + x].norm for x in range(anchor)):
                    a1, b1, grown = i + anchor, j + anchor, True
                    break
            if grown:
                break
    grown = True
    while grown:
        grown = False
        for da in range(gap + 1):
            for db in range(gap + 1):
                i, j = a0 - da, b0 - db
                if i - anchor >= 0 and j - anchor >= 0 and all(
                        ta[i - 1 - x].norm == tb[j - 1 - x].norm for x in range(anchor)):
                    a0, b0, grown = i - anchor, j - anchor, True
                    break
            if grown:
                break
    return [a0, a1, b0, b1]


def _first(date_a: str, date_b: str, a: str, b: str) -> str:
    """The earlier article's id, or "" when a date is unknown or both appeared the same day."""
    if not date_a or not date_b or date_a == date_b:
        return ""
    return a if date_a < date_b else b


def _count_words(text: str) -> int:
    return len(_TOKEN.findall(text))


def align_pair(text_a: str, text_b: str, k: int = SHINGLE, gap: int = MAX_GAP,
               min_words: int = MIN_WORDS) -> list[tuple[int, int, int, int]]:
    """Shared passages of two texts as character spans (start_a, end_a, start_b, end_b).

    The same machinery as :func:`find_reuse`, for two texts at hand.
    """
    docs = {"a": tokens(text_a), "b": tokens(text_b)}
    seeds = candidate_seeds(shingle_index(docs, k)).get(("a", "b"), [])
    return _passages(docs["a"], docs["b"], seeds, text_a, text_b, k, gap, min_words)


def _passages(ta, tb, seeds, text_a, text_b, k, gap, min_words):
    spans = [_extend(ta, tb, s, gap) for s in _merge(_runs(seeds, k), gap)]
    spans = _merge(spans, gap)   # extension can make neighbours touch
    out = []
    for a0, a1, b0, b1 in spans:
        sa, ea, sb, eb = ta[a0].start, ta[a1 - 1].end, tb[b0].start, tb[b1 - 1].end
        if min(_count_words(text_a[sa:ea]), _count_words(text_b[sb:eb])) >= min_words:
            out.append((sa, ea, sb, eb))
    return out


def find_reuse(corpus, k: int = SHINGLE, gap: int = MAX_GAP, min_words: int = MIN_WORDS,
               max_articles: int = MAX_ARTICLES) -> pd.DataFrame:
    """One row per passage shared by two different articles of ``corpus``.

    Columns: article_a, article_b (article_a < article_b), text_a, text_b (the passage as each
    article words it), n_words (words in the shorter wording), first (article_id of the earlier
    publication, "" when unknown or same day), start_a, end_a, start_b, end_b (offsets into
    articles.text).
    """
    arts = corpus.articles.set_index("article_id")
    texts = arts["text"].to_dict()
    dates = arts["published"].fillna("").to_dict()
    docs = {aid: tokens(text) for aid, text in texts.items()}
    rows = []
    for (a, b), seeds in sorted(candidate_seeds(shingle_index(docs, k), max_articles).items()):
        for sa, ea, sb, eb in _passages(docs[a], docs[b], seeds, texts[a], texts[b], k, gap, min_words):
            ta, tb = texts[a][sa:ea], texts[b][sb:eb]
            rows.append({"article_a": a, "article_b": b, "text_a": ta, "text_b": tb,
                         "n_words": min(_count_words(ta), _count_words(tb)),
                         "first": _first(dates[a], dates[b], a, b),
                         "start_a": sa, "end_a": ea, "start_b": sb, "end_b": eb})
    return pd.DataFrame(rows, columns=COLUMNS)


def reuse_by_outlet(corpus, reuse: pd.DataFrame) -> pd.DataFrame:
    """Shared words between outlets (outlet_a, outlet_b, passages, words), for a matrix figure."""
    outlet = corpus.articles.set_index("article_id")["outlet"]
    df = reuse.assign(outlet_a=reuse["article_a"].map(outlet), outlet_b=reuse["article_b"].map(outlet))
    return (df.groupby(["outlet_a", "outlet_b"], as_index=False)
              .agg(passages=("n_words", "size"), words=("n_words", "sum")))
