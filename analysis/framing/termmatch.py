"""Find codebook terms (single words and phrases) in text, with stemming and offsets.

Why one matcher: frames, hedges, labels and KWIC must all agree on what counts as a hit. The rules
are the same everywhere: case-insensitive, whole words only (``analysis.text.WORD``), inflections
folded by the Snowball stemmer (Porter 2001; ``threats`` finds ``threat``, ``legitimately`` finds
``legitimate``) unless a codebook row asks for ``exact`` matching (or ``cased``: exact and
case-sensitive, so the modal ``may`` is not the month ``May``), words of a phrase separated
only by spaces or hyphens (``so-called`` and ``so called`` are the same term, ``coup, attempt`` is
not ``coup attempt``), and where two terms overlap the longer one wins (``attempted coup`` is one
hit, not ``attempted coup`` + ``coup``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from nltk.stem.snowball import SnowballStemmer

from ..text import word_spans

_STEMMER = SnowballStemmer("english")
_GAP_OK = re.compile(r"[ \t\-‐‑–]*")  # what may stand between two words of a phrase
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
MODES = ("stem", "exact", "cased")


def normalize(word: str, mode: str = "stem") -> str:
    """The key a word is matched on: the word as written when ``cased``; else lower case with the
    possessive 's dropped, and stemmed unless ``exact``."""
    return _KEY[mode](word)


def _exact_key(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower().replace("’", "'"))


def _cased_key(word: str) -> str:
    return word   # as written: a text's words are its keys, with no pass over them


# Cached: a corpus has few distinct words, and stemming each word of each article again would
# cost more than all framing steps together. A stem is cached by the word's exact key, so "Claims"
# and "claims" are stemmed once.
_STEM = lru_cache(maxsize=200_000)(_STEMMER.stem)
_KEY = {"exact": lru_cache(maxsize=200_000)(_exact_key),
        "cased": _cased_key,
        "stem": lambda word: _STEM(_KEY["exact"](word))}


# Frames, labels and hedges each match their codebook against the same article text, one after
# the other, and keyness counts its words: its words and their keys are made once (keeping the
# last texts' saves 1.7 s of CPU, 7% of the PolNeAR export: scripts in the framing report of
# issue 11).
@lru_cache(maxsize=8)   # the last articles' texts and headlines
def exact_words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The word spans of ``text`` and each word's exact key (lower case, no possessive 's): what
    exact-mode terms are matched on, stem-mode terms too (a stem is made from the exact key, only
    where a stem-mode term is looked up), and what keyness counts."""
    spans, words = _words(text)
    return spans, list(map(_KEY["exact"], words))


@lru_cache(maxsize=2)   # the text and its headline
def _words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    spans = word_spans(text)
    return spans, [text[s:e] for s, e in spans]


@dataclass(frozen=True)
class Term:
    """One codebook entry to look for; ``payload`` carries the codebook row's own columns."""
    term: str
    keys: tuple[str, ...]
    payload: tuple


class TermMatcher:
    """Finds many terms at once in one pass over the words of a text.

    Terms are indexed by (mode, their first word's key), so the cost grows with the text length,
    not with text length × number of terms.
    """

    def __init__(self, terms: pd.DataFrame, term_col: str = "term", mode_col: str | None = "match",
                 payload_cols: list[str] | None = None):
        if payload_cols is None:
            payload_cols = [c for c in terms.columns if c not in (term_col, mode_col, "line")]
        self.payload_cols = payload_cols
        self.by_first: dict[str, dict[str, list[Term]]] = {mode: {} for mode in MODES}
        for row in terms.to_dict("records"):
            mode = (row.get(mode_col) if mode_col else "") or "stem"
            words = [row[term_col][s:e] for s, e in word_spans(row[term_col])]
            if words:
                keys = tuple(normalize(w, mode) for w in words)
                entry = Term(row[term_col], keys, tuple(row.get(c, "") for c in payload_cols))
                self.by_first[mode].setdefault(keys[0], []).append(entry)
        # The modes this codebook uses: a text's words are keyed only in those.
        self.modes = tuple(mode for mode in MODES if self.by_first[mode])

    @property
    def columns(self) -> list[str]:
        """Column names of the tuples :meth:`find` returns."""
        return ["term", "match", "start", "end"] + self.payload_cols

    def find(self, text: str) -> list[tuple]:
        """All non-overlapping hits in ``text`` in text order: (term, matched text, start, end,
        *payload)."""
        if not self.modes:
            return []   # an empty codebook (a study without frames): no word of the text read
        candidates = []
        spans, words = _words(text)
        exact = exact_words(text)[1] if set(self.modes) - {"cased"} else []
        for m, mode in enumerate(self.modes):
            keys = words if mode == "cased" else exact
            key = _STEM if mode == "stem" else str   # a stem is made from the exact key, when asked
            first = self.by_first[mode]
            for i in [i for i, k in enumerate(keys) if key(k) in first]:
                for entry in first[key(keys[i])]:
                    j = i + len(entry.keys)
                    if (j <= len(keys)
                            and all(key(keys[k]) == entry.keys[k - i] for k in range(i + 1, j))
                            and all(_GAP_OK.fullmatch(text, spans[k][1], spans[k + 1][0])
                                    for k in range(i, j - 1))):
                        candidates.append((i, m, j, entry))
        # Longest first, then leftmost (a word opening terms in both modes: stem first); a word
        # belongs to at most one hit.
        candidates.sort(key=lambda c: (c[0] - c[2], c[0], c[1]))
        taken: set[int] = set()
        rows = []
        for i, _, j, entry in candidates:
            if taken.intersection(range(i, j)):
                continue
            taken.update(range(i, j))
            start, end = spans[i][0], spans[j - 1][1]
            rows.append((entry.term, text[start:end], start, end) + entry.payload)
        rows.sort(key=lambda r: r[2])
        return rows
