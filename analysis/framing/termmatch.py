"""Find codebook terms (single words and phrases) in text, with stemming and offsets.

Why one matcher: frames, hedges, labels and KWIC must all agree on what counts as a hit. The rules
are the same everywhere: case-insensitive, whole words only, inflections folded by the Snowball
stemmer (``threats`` finds ``threat``; ``legitimately`` finds ``legitimate``) unless a codebook row
asks for ``exact`` matching, words of a phrase separated only by spaces or hyphens (``so-called`` and
``so called`` are the same term, ``coup, attempt`` is not ``coup attempt``), and where two terms
overlap the longer one wins (``attempted coup`` is one hit, not ``attempted coup`` + ``coup``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import pandas as pd
import regex
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer

# A word: letters/digits, with internal apostrophes ("Russia's", "don't"). Hyphens split words so
# that "self-proclaimed" and "self proclaimed" match the same codebook term.
WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL    # RegexpTokenizer's defaults, given explicitly
_TOKENIZER = RegexpTokenizer(WORD_PATTERN, flags=_FLAGS)
# The same pattern on the same engine (``regex``, which NLTK's tokenizer uses), called directly.
_WORD_RE = regex.compile(WORD_PATTERN, _FLAGS)
_STEMMER = SnowballStemmer("english")
_GAP_OK = re.compile(r"[ \t\-‐‑–]*")  # what may stand between two words of a phrase
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


# The same pattern on Python's own ``re``, about twice as fast here. The engines disagree on
# whether some characters are word characters (combining marks, superscript digits, ...), so a
# text is read with ``re`` only when every character in it is classed alike by both.
_WORD_RE_STD = re.compile(WORD_PATTERN, _FLAGS)
_WORD_CHAR = r"[^\W_]"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _engines_agree(char: str) -> bool:
    """Do ``re`` and ``regex`` both count ``char`` as a word character, or both not?"""
    return (re.fullmatch(_WORD_CHAR, char) is None) == (regex.fullmatch(_WORD_CHAR, char) is None)


_ASCII_AGREES = all(_engines_agree(chr(i)) for i in range(128))


def _std_engine_ok(text: str) -> bool:
    """May ``text`` be tokenized with ``re`` (same words as ``regex``)?"""
    if not _ASCII_AGREES:
        return False
    return text.isascii() or all(map(_engines_agree, set(_NON_ASCII.findall(text))))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words in ``text``: exactly NLTK's RegexpTokenizer(WORD_PATTERN)
    spans, read from the compiled pattern because NLTK's per-match timeout wrapper costs twice
    the match itself in per-article loops (the pattern is fixed and safe)."""
    pattern = _WORD_RE_STD if _std_engine_ok(text) else _WORD_RE
    return [m.span() for m in pattern.finditer(text)]


def normalize(word: str, mode: str = "stem") -> str:
    """The key a word is matched on: lower case, possessive 's dropped, stemmed unless ``exact``.

    Uncached: text words go through the per-mode caches below (``_KEY_CACHES``)."""
    word = _POSSESSIVE.sub("", word.lower().replace("’", "'"))
    return word if mode == "exact" else _STEMMER.stem(word)


@dataclass(frozen=True)
class Term:
    """One codebook entry to look for; ``payload`` carries the codebook row's own columns."""
    term: str
    keys: tuple[str, ...]
    mode: str
    payload: tuple


class TermMatcher:
    """Finds many terms at once in one pass over the words of a text.

    Terms are indexed by their first word's key, so the cost grows with the text length, not with
    text length × number of terms.
    """

    def __init__(self, terms: pd.DataFrame, term_col: str = "term", mode_col: str | None = "match",
                 payload_cols: list[str] | None = None):
        payload_cols = payload_cols or [c for c in terms.columns if c not in (term_col, "line")]
        self.payload_cols = payload_cols
        self.by_first: dict[tuple[str, str], list[Term]] = {}
        for row in terms.to_dict("records"):
            mode = (row.get(mode_col) if mode_col else "") or "stem"
            words = [row[term_col][s:e] for s, e in word_spans(row[term_col])]
            if not words:
                continue
            keys = tuple(normalize(w, mode) for w in words)
            entry = Term(row[term_col], keys, mode, tuple(row.get(c, "") for c in payload_cols))
            self.by_first.setdefault((mode, keys[0]), []).append(entry)
        self.first_keys = {mode: {key for m, key in self.by_first if m == mode}
                           for mode in ("stem", "exact")}
        # The modes this codebook uses: a text's words are keyed only in those.
        self.modes = tuple(mode for mode in ("stem", "exact") if self.first_keys[mode])

    @property
    def columns(self) -> list[str]:
        """Column names of :meth:`find` (and of the tuples of :meth:`find_rows`)."""
        return ["term", "match", "start", "end"] + self.payload_cols

    def find(self, text: str) -> pd.DataFrame:
        """All non-overlapping hits in ``text``: term, matched text, start, end, payload columns."""
        return pd.DataFrame(self.find_rows(text), columns=self.columns)

    def find_rows(self, text: str) -> list[tuple]:
        """:meth:`find` as plain tuples in text order, for per-article loops."""
        tokens = _tokens(text)
        spans = tokens.spans
        keys = {mode: tokens.keys(mode) for mode in self.modes}
        # Only the words that can open a codebook term are looked at, in text order (a word
        # opening terms in both modes: stem first, as the modes are listed).
        starts = sorted((i, m) for m, mode in enumerate(self.modes)
                        for i in _where_in(keys[mode], self.first_keys[mode]))
        candidates = []
        for i, m in starts:
            mode = self.modes[m]
            mode_keys = keys[mode]
            following = mode_keys[i + 1] if i + 1 < len(mode_keys) else None
            for entry in self.by_first[(mode, mode_keys[i])]:
                n = len(entry.keys)
                if n > 1:
                    # the second word rules out most phrases before a slice is built
                    if entry.keys[1] != following or tuple(mode_keys[i:i + n]) != entry.keys:
                        continue
                    if any(not _GAP_OK.fullmatch(text[spans[k][1]:spans[k + 1][0]])
                           for k in range(i, i + n - 1)):
                        continue
                candidates.append((i, i + n, entry))
        # Longest first, then leftmost; a word belongs to at most one hit.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: set[int] = set()
        rows = []
        for i, j, entry in candidates:
            if taken.intersection(range(i, j)):
                continue
            taken.update(range(i, j))
            start, end = spans[i][0], spans[j - 1][1]
            rows.append((entry.term, text[start:end], start, end) + entry.payload)
        rows.sort(key=lambda r: r[2])
        return rows


def _where_in(keys: list[str], wanted: set[str]):
    """Indexes of the keys that are in ``wanted``, found at C speed."""
    return compress(range(len(keys)), map(wanted.__contains__, keys))


class _KeyCache(dict):
    """word -> :func:`normalize` key in one mode, read with one dict lookup per word (an
    lru_cache around ``normalize`` would cost several times that); keyed on single words only."""

    MAX_WORDS = 200_000

    def __init__(self, mode: str):
        super().__init__()
        self.mode = mode

    def __missing__(self, word: str) -> str:
        if len(self) >= self.MAX_WORDS:
            self.clear()
        key = self[word] = normalize(word, self.mode)
        return key


_KEY_CACHES = {mode: _KeyCache(mode) for mode in ("stem", "exact")}


class _Tokens:
    """A text's word spans and words, with their keys per mode made on first use (a codebook
    may use one mode only)."""

    def __init__(self, text: str):
        self.spans = word_spans(text)
        self.words = [text[s:e] for s, e in self.spans]
        self._keys: dict[str, list[str]] = {}

    def keys(self, mode: str) -> list[str]:
        """The key of every word in ``mode`` ("stem" or "exact")."""
        if mode not in self._keys:
            self._keys[mode] = list(map(_KEY_CACHES[mode].__getitem__, self.words))
        return self._keys[mode]


@lru_cache(maxsize=8)
def _tokens(text: str) -> _Tokens:
    """The words of ``text`` and their keys; cached because frames, hedges and labels each match
    their codebook against the same article text."""
    return _Tokens(text)
