"""Text reuse: passages that two articles share, e.g. wire copy an outlet reprinted or adapted.

Why this design: outlets reprint agency copy with small edits ("The United States" -> "The U.S.").
Words are normalised (accents, case, a small table of equivalent spellings kept as data in
``codebooks/reuse_equivalents.csv``), cut into overlapping word n-grams ("shingles"), and an
inverted index from shingle to the articles holding it proposes only the article pairs that share
something, so the work grows with the amount of shared text, not with the square of the corpus.
Exact runs of shingles are then merged across short gaps and extended left and right over small
edits, so one row covers the whole shared passage.

Scale (issues 7, 12): work and output grow with the corpus, not its square. Each article's words
are encoded on the worker that reads it (:func:`article_doc`; word ids are hashes, the same in
every process), so the corpus-wide step only builds the index: three flat numpy arrays (64-bit
shingle hash, article, position; hashes from word ids with a fixed mixer, so runs are
deterministic). A shingle proposes pairs
only up to MAX_ARTICLES holders. A passage held by 2..MAX_ALL_PAIRS articles yields every pair of
them (who shares what with whom, as on the seeds); one held by more yields one row per copy,
paired with its earliest holder (by date, then id; undated last), because n reprints of one wire
story would otherwise give n(n-1)/2 rows saying the same thing. Limits: above MAX_ALL_PAIRS the
table no longer says that two late copies share the passage (both share it with the first); a
shingle in more than MAX_ARTICLES articles is treated as boilerplate and proposes nothing, so a
passage every article prints is not reported.
"""
from __future__ import annotations

from array import array
from collections import defaultdict
from hashlib import blake2b
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..codebooks import cached_by_file, load_reuse_equivalents, per_text
from ..text import REUSE_TOKEN, fold

SHINGLE = 5        # words per shingle: long enough that shared shingles are rarely chance
MIN_WORDS = 10     # shorter shared stretches are titles and set phrases ("U.S. Secretary of State Mike Pompeo")
MAX_GAP = 3        # words of edit tolerated inside a passage (insertion, deletion or substitution)
MAX_ARTICLES = 100  # a shingle in more articles than this is boilerplate; it proposes no pairs
MAX_ALL_PAIRS = 10  # a shingle in more articles than this pairs each copy with the earliest only

COLUMNS = ["article_a", "article_b", "text_a", "text_b", "n_words", "first",
           "start_a", "end_a", "start_b", "end_b"]
#: ``kind`` of a reuse row (:func:`reuse_kinds`): the same speaker's words quoted by both
#: articles, or text one article shares with the other.

_POSSESSIVE_ENDINGS = ("'s", "’s")


class Token(NamedTuple):
    """A normalised word and where it stands in the text."""
    norm: str
    start: int
    end: int


@cached_by_file
def _equivalents(name: str = "reuse_equivalents.csv") -> tuple[dict, dict]:
    """The equivalence codebook as {(case, words...): canonical}, and for each lower-cased first
    word of a variant the variant lengths (in words) to try, longest first."""
    table = load_reuse_equivalents(name)
    lookup, lengths = {}, defaultdict(set)
    for row in table.itertuples():
        words = tuple(m.group() for m in REUSE_TOKEN.finditer(fold(row.variant)))
        if row.case == "any":
            words = tuple(w.lower() for w in words)
        lookup[(row.case,) + words] = row.canonical.lower()
        lengths[words[0].lower()].add(len(words))
    return lookup, {w: sorted(n, reverse=True) for w, n in lengths.items()}


def tokens(text: str, table: tuple[dict, dict] | None = None) -> list[Token]:
    """Normalised words of ``text`` with their character offsets.

    Variants listed in the equivalence table collapse into one token spanning all their words.
    """
    return [Token(*w[:3]) for w in token_tuples(text, table)]


def token_tuples(text: str, table: tuple[dict, dict] | None = None) -> list[tuple[str, int, int, int]]:
    """(norm, start, end, words) of each token: :func:`tokens` as plain tuples, plus how many
    words of the text the token stands for (a variant such as "United States" stands for two)."""
    lookup, starts = table or _equivalents()
    # fold() keeps one character per character, so offsets in the folded text are offsets in text
    folded = fold(text)
    raw = [(m.group(), m.start(), m.end()) for m in REUSE_TOKEN.finditer(folded)]
    out, i = [], 0
    while i < len(raw):
        word, start, end = raw[i]
        lower = word.lower()
        lengths = starts.get(lower)
        if lengths:
            for n in lengths:
                words = [w for w, _, _ in raw[i:i + n]]
                if len(words) < n:
                    continue
                canon = (lookup.get(("exact", *words))
                         or lookup.get(("any", *(w.lower() for w in words))))
                if canon:
                    out.append((canon, start, raw[i + n - 1][2], n))
                    i += n
                    break
            else:
                lengths = None
            if lengths:
                continue
        if lower.endswith(_POSSESSIVE_ENDINGS):
            lower = lower[:-2]
        out.append((lower, start, end, 1))
        i += 1
    return out


class Doc(NamedTuple):
    """One article's words in compact form (about 20 bytes a word)."""
    ids: array          # word id of each token (array of 64-bit ints: slices compare fast)
    starts: np.ndarray  # character offset where each token starts
    ends: np.ndarray    # ... and ends
    words: np.ndarray   # words before each token (len(ids) + 1): a variant token counts its words


def article_doc(text: str) -> Doc:
    """Per-article step: the normalised words of one text as a :class:`Doc`, the reuse index of
    the article (made on the workers; the corpus-wide step only merges the shingles).

    A word's id is a 64-bit hash of its normalised form (blake2b), the same in every process, so
    articles encoded apart compare as if they shared one vocabulary (two of 10^5 words collide
    with probability ~3e-10). Words are cut paragraph by paragraph ("\n\n"), so an equivalent
    spelling never spans two paragraphs.
    """
    parts, offset = [], 0
    for chunk in text.split("\n\n"):
        parts.append((_paragraph(chunk), offset))
        offset += len(chunk) + 2
    ids = np.concatenate([e[0] for e, _ in parts])
    starts = np.concatenate([e[1] + o for e, o in parts])
    ends = np.concatenate([e[2] + o for e, o in parts])
    counts = np.concatenate([[0]] + [e[3] for e, _ in parts]).cumsum().astype(np.int32)
    return Doc(array("q", ids.tobytes()), starts, ends, counts)


def encode(texts: list[str]) -> list[Doc]:
    """:func:`article_doc` of each text."""
    return [article_doc(text) for text in texts]


# Kept per paragraph text: wire copy repeats whole paragraphs. 1,000 synthetic articles (9,026
# paragraphs, 158 distinct): this and keyness' paragraph memo save ~0.7 s of ~8.5 s of CPU in the
# articles stage (8%); PolNeAR (18,426 paragraphs, 17,933 distinct): no measurable change.
# 4,096 paragraphs at most (a few MB), so memory stays flat.
@per_text(_equivalents, maxsize=4096)
def _paragraph(chunk: str, table) -> tuple[np.ndarray, ...]:
    words = token_tuples(chunk, table)
    return (np.array([_word_id(w[0]) for w in words], np.int64),
            np.array([w[1] for w in words], np.int32), np.array([w[2] for w in words], np.int32),
            np.array([w[3] for w in words], np.int32))


_IDS: dict[str, int] = {}


def _word_id(word: str) -> int:
    found = _IDS.get(word)
    if found is None:
        if len(_IDS) > 500_000:
            _IDS.clear()
        found = _IDS[word] = int.from_bytes(blake2b(word.encode("utf-8"), digest_size=8).digest(),
                                            "little", signed=True)
    return found


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the bits of a 64-bit key."""
    h = (h ^ (h >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    h = (h ^ (h >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def shingle_keys(ids, k: int = SHINGLE) -> np.ndarray:
    """64-bit key of each run of ``k`` word ids (position i: words i..i+k-1); deterministic."""
    ids = np.frombuffer(ids, dtype=np.int64) if isinstance(ids, array) else np.asarray(ids, np.int64)
    n = len(ids) - k + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(k):
            h = _mix(h * np.uint64(0x9E3779B97F4A7C15) + ids[i:i + n].astype(np.uint64) + np.uint64(1))
    return h


class ShingleIndex(NamedTuple):
    """Inverted index as three aligned arrays sorted by key: each shingle's holders together."""
    keys: np.ndarray    # uint64 shingle key
    docs: np.ndarray    # int32 document number (position in the list given to shingle_index)
    pos: np.ndarray     # int32 first position of the shingle in that document


def shingle_index(docs: list[Doc], k: int = SHINGLE, batch: int = 500) -> ShingleIndex:
    """Inverted index shingle -> [(document, first position)], as sorted arrays.

    Only the first occurrence per article is indexed, so text an article repeats (a page that
    prints its body twice) is never paired with itself and yields one passage, not two.
    Keys are 64-bit hashes of the k word ids, and the index is three flat arrays (16 bytes a
    shingle) built ``batch`` articles at a time, so memory stays flat however large the corpus.
    """
    parts = [_index_part(docs[n:n + batch], n, k) for n in range(0, len(docs), batch)]
    if not parts:
        return ShingleIndex(np.empty(0, np.uint64), np.empty(0, np.int32), np.empty(0, np.int32))
    keys = np.concatenate([p[0] for p in parts])
    order = np.argsort(keys, kind="stable")      # stable: holders stay in document order
    return ShingleIndex(keys[order], np.concatenate([p[1] for p in parts])[order],
                        np.concatenate([p[2] for p in parts])[order])


def _index_part(docs: list[Doc], first_doc: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(keys, documents, positions) of a batch of documents, first occurrence per document."""
    lengths = np.array([len(d.ids) for d in docs], dtype=np.int64)
    if not len(docs) or lengths.max() < k:
        return np.empty(0, np.uint64), np.empty(0, np.int32), np.empty(0, np.int32)
    ids = np.concatenate([np.frombuffer(d.ids, dtype=np.int64) for d in docs])
    keys = shingle_keys(ids, k)                   # the batch's articles end to end ...
    local = np.repeat(np.arange(len(docs)), lengths)[:len(keys)]
    pos = np.arange(len(keys)) - (np.cumsum(lengths) - lengths)[local]
    inside = pos + k <= lengths[local]            # ... minus the shingles across two articles
    keys, local, pos = keys[inside], local[inside], pos[inside]
    order = np.argsort(keys, kind="stable")      # stable: document, then position order
    keys, local, pos = keys[order], local[order], pos[order]
    first = np.r_[True, (keys[1:] != keys[:-1]) | (local[1:] != local[:-1])]
    return keys[first], (local[first] + first_doc).astype(np.int32), pos[first].astype(np.int32)


def candidate_seeds(index: ShingleIndex, rank: np.ndarray | None = None,
                    max_articles: int = MAX_ARTICLES, max_all_pairs: int = MAX_ALL_PAIRS
                    ) -> dict[tuple[int, int], np.ndarray]:
    """Matching shingle positions grouped by document pair (a < b): {(a, b): array of (pa, pb)},
    sorted by pa, then pb.

    A shingle held by 2 to ``max_all_pairs`` documents pairs them all; one held by more (up to
    ``max_articles``) pairs each holder only with the holder of lowest ``rank`` (the earliest
    article), so a passage reprinted n times gives n - 1 pairs, not n(n-1)/2. Never a document
    with itself.
    """
    keys, docs, pos = index
    if not len(keys):
        return {}
    rank = np.arange(docs.max() + 1) if rank is None else np.asarray(rank)
    bounds = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1], True])
    first, size = bounds[:-1], np.diff(bounds)
    left, right = [], []
    for s in range(2, min(max_all_pairs, max_articles) + 1):
        starts = first[size == s]
        if len(starts):
            grid = starts[:, None] + np.arange(s)
            i, j = np.triu_indices(s, 1)
            left.append(grid[:, i].ravel())
            right.append(grid[:, j].ravel())
    big = (size > max_all_pairs) & (size <= max_articles)
    if big.any():
        group = np.repeat(np.arange(len(size)), size)
        member = big[group]
        at = np.flatnonzero(member)
        r = rank[docs[at]]
        # lowest rank per group: sort members by (group, rank) and take each group's first
        order = np.lexsort((r, group[at]))
        at, g = at[order], group[at][order]
        head = np.r_[True, g[1:] != g[:-1]]
        anchor = np.repeat(at[head], np.diff(np.flatnonzero(np.r_[head, True])))
        left.append(anchor[~head])
        right.append(at[~head])
    if not left:
        return {}
    left, right = np.concatenate(left), np.concatenate(right)
    da, db, pa, pb = docs[left], docs[right], pos[left], pos[right]
    swap = da > db
    da, db = np.where(swap, db, da), np.where(swap, da, db)
    pa, pb = np.where(swap, pb, pa), np.where(swap, pa, pb)
    order = np.lexsort((pb, pa, db, da))
    da, db, seeds = da[order], db[order], np.stack([pa[order], pb[order]], axis=1)
    cut = np.flatnonzero(np.r_[True, (da[1:] != da[:-1]) | (db[1:] != db[:-1]), True])
    return {(int(da[s]), int(db[s])): seeds[s:e] for s, e in zip(cut[:-1], cut[1:])}


def _runs(seeds, k: int) -> list[list[int]]:
    """Exact matches of one pair: [a_start, a_end, b_start, b_end] (token positions, ends
    exclusive) of each run of consecutive seeds (pa, pb) on one diagonal."""
    runs = []
    for pa, pb in sorted(seeds, key=lambda s: (s[0] - s[1], s[0])):
        last = runs[-1] if runs else None
        if last and pa - pb == last[0] - last[2] and pa <= last[1] - k + 1:
            last[1], last[3] = pa + k, pb + k
        else:
            runs.append([pa, pa + k, pb, pb + k])
    return runs


def _merge(runs: list[list[int]], gap: int) -> list[list[int]]:
    """Join runs that follow each other on both sides within ``gap`` words (small edits), and a
    run that starts inside the last on both sides (two runs of one passage extended over the
    same edits end as the same span: one passage, not two)."""
    merged = []
    for run in sorted(runs):
        last = merged[-1] if merged else None
        if last and (run[0] <= last[1] and last[2] <= run[2] <= last[3] or
                     run[0] - last[1] <= gap and -gap <= run[2] - last[3] <= gap and run[2] >= last[2]):
            last[1], last[3] = max(last[1], run[1]), max(last[3], run[3])
        else:
            merged.append(list(run))
    return merged


def _same_ahead(ta, tb, i: int, j: int) -> int:
    """How many words match from ta[i] and tb[j] on."""
    n, k = min(len(ta) - i, len(tb) - j), 0
    while k < n and ta[i + k] == tb[j + k]:
        k += 1
    return k


def _same_behind(ta, tb, i: int, j: int) -> int:
    """How many words match going back from ta[i - 1] and tb[j - 1]."""
    n, k = min(i, j), 0
    while k < n and ta[i - k - 1] == tb[j - k - 1]:
        k += 1
    return k


def _extend(ta, tb, span: list[int], gap: int, anchor: int = 2) -> list[int]:
    """Grow a passage outwards over edits of up to ``gap`` words when ``anchor`` words match beyond.

    ``ta``, ``tb``: the word ids of the two articles. Of the possible jumps the smallest edit on
    side a, then on side b, wins.
    """
    a0, a1, b0, b1 = span
    na, nb = len(ta), len(tb)
    while True:
        same = _same_ahead(ta, tb, a1, b1)        # the common case first: no edit at all,
        a1, b1 = a1 + same - same % anchor, b1 + same - same % anchor   # in steps of anchor words
        jump = _jump_ahead(ta, tb, a1, b1, min(a1 + gap, na - anchor), min(b1 + gap, nb - anchor),
                           anchor)
        if jump is None:
            break
        a1, b1 = jump
    while True:
        same = _same_behind(ta, tb, a0, b0)
        a0, b0 = a0 - same + same % anchor, b0 - same + same % anchor
        jump = _jump_behind(ta, tb, a0, b0, max(a0 - gap, anchor), max(b0 - gap, anchor), anchor)
        if jump is None:
            break
        a0, b0 = jump
    return [a0, a1, b0, b1]


def _jump_ahead(ta, tb, a1: int, b1: int, last_i: int, last_j: int, anchor: int):
    """The first (i, j) in a1..last_i, b1..last_j where ``anchor`` words match: the new ends."""
    window = tb[b1:last_j + 1]          # a word absent from it cannot start a match: skip at once
    for i in range(a1, last_i + 1):
        word = ta[i]
        if word in window:
            for j in range(b1, last_j + 1):
                if tb[j] == word and ta[i:i + anchor] == tb[j:j + anchor]:
                    return i + anchor, j + anchor
    return None


def _jump_behind(ta, tb, a0: int, b0: int, first_i: int, first_j: int, anchor: int):
    """:func:`_jump_ahead` leftwards: the first (i, j) from a0 down to first_i (b0 down to
    first_j) where the ``anchor`` words before i and j match; returns the new starts."""
    window = tb[first_j - 1:b0] if first_j <= b0 else ()
    for i in range(a0, first_i - 1, -1):
        word = ta[i - 1]
        if word in window:
            for j in range(b0, first_j - 1, -1):
                if tb[j - 1] == word and ta[i - anchor:i] == tb[j - anchor:j]:
                    return i - anchor, j - anchor
    return None


def _first(date_a: str, date_b: str, a: str, b: str) -> str:
    """The earlier article's id, or "" when a date is unknown or both appeared the same day."""
    if not date_a or not date_b or date_a == date_b:
        return ""
    return a if date_a < date_b else b


def _passages(docs: list[Doc], k: int, gap: int, min_words: int, rank=None,
              max_articles: int = MAX_ARTICLES, max_all_pairs: int = MAX_ALL_PAIRS):
    """(a, b, passage) for every passage two documents share, pair by pair (a < b); a passage is
    (start_a, end_a, start_b, end_b, n_words), offsets in characters."""
    seeds = candidate_seeds(shingle_index(docs, k), rank, max_articles, max_all_pairs)
    for (a, b), pair_seeds in seeds.items():
        runs = sorted(_runs(pair_seeds.tolist(), k))
        for passage in _pair_passages(docs[a], docs[b], runs, gap, min_words):
            yield a, b, passage


def _pair_passages(da: Doc, db: Doc, runs: list[list[int]], gap: int, min_words: int):
    """Passages of one article pair from its exact runs, merged over small edits and
    extended outwards: (start_a, end_a, start_b, end_b, n_words) in characters."""
    if len(runs) > 1:
        runs = _merge(runs, gap)
    spans = [_extend(da.ids, db.ids, r, gap) for r in runs]
    if len(spans) > 1:
        spans = _merge(spans, gap)   # extension can make neighbours touch
    out = []
    for a0, a1, b0, b1 in spans:
        n_words = int(min(da.words[a1] - da.words[a0], db.words[b1] - db.words[b0]))
        if n_words >= min_words:
            out.append((int(da.starts[a0]), int(da.ends[a1 - 1]),
                        int(db.starts[b0]), int(db.ends[b1 - 1]), n_words))
    return out


def find_reuse(articles: pd.DataFrame, k: int = SHINGLE, gap: int = MAX_GAP,
               min_words: int = MIN_WORDS, max_articles: int = MAX_ARTICLES,
               max_all_pairs: int = MAX_ALL_PAIRS, docs: list[Doc] | None = None) -> pd.DataFrame:
    """One row per passage shared by two different articles (the articles table: article_id,
    text, published).

    Columns: article_a, article_b (article_a < article_b), text_a, text_b (the passage as each
    article words it), n_words (words in the shorter wording), first (article_id of the earlier
    publication, "" when unknown or same day), start_a, end_a, start_b, end_b (offsets into
    articles.text).

    A passage held by more than ``max_all_pairs`` articles is listed once per copy, paired with
    its earliest holder (by date, then article_id; undated last), not for every pair of copies.
    ``docs``: :func:`article_doc` of each article (row order), when the workers made them already.
    """
    arts = articles
    order = sorted(range(len(arts)), key=arts["article_id"].tolist().__getitem__)
    ids = arts["article_id"].iloc[order].tolist()
    texts = arts["text"].iloc[order].tolist()
    dates = arts["published"].fillna("").iloc[order].tolist()
    rank = np.empty(len(ids), dtype=np.int64)
    rank[sorted(range(len(ids)), key=lambda n: (dates[n] == "", dates[n], ids[n]))] = np.arange(len(ids))
    docs = encode(texts) if docs is None else [docs[n] for n in order]
    rows = [(ids[a], ids[b], texts[a][sa:ea], texts[b][sb:eb], n_words,
             _first(dates[a], dates[b], ids[a], ids[b]), sa, ea, sb, eb)
            for a, b, (sa, ea, sb, eb, n_words) in _passages(docs, k, gap, min_words, rank,
                                                              max_articles, max_all_pairs)]
    del docs                             # free the word arrays before the table is built
    return pd.DataFrame(rows, columns=COLUMNS)
