"""Shortcuts that skip most of a text must find exactly what a plain whole-text scan finds.

Each test compares a fast helper with the slow form it replaces, on text built to hit the edge
cases: leads split by several spaces or lines, hyphenated words, case folds that str.lower() does
not make (long s, dotless i, Kelvin sign), combining marks and superscripts (on which the ``re``
and ``regex`` engines disagree about word characters).
"""
import random
import re

import regex

from analysis.framing import labels, termmatch, voice

_FOLDS = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}


def _texts(words, n=1500, seed=1):
    rnd = random.Random(seed)
    seps = [" ", "  ", "\n", "\t", "", "-", ", ", ". "]
    out = []
    for _ in range(n):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 25)))
        if rnd.random() < 0.3:
            text = "".join(_FOLDS.get(c, c) if rnd.random() < 0.1 else c for c in text)
        out.append(text)
    return out


def test_word_spans_match_the_regex_engine():
    words = ["Guaido's", "don’t", "x_y", "é", "cafe\u0301", "x\u00b2", "日本", "\u0663", "a\u200cb",
             "Ö", "I", "-", "’", "'"]
    for text in _texts(words, n=500):
        assert termmatch.word_spans(text) == [m.span() for m in termmatch._WORD_RE.finditer(text)]


def test_premodifier_search_from_the_last_break_is_the_same():
    premod = labels._premodifier_re("labels.csv")
    stop = labels._premodifier_break("labels.csv")
    words = ["President", "president", "the", "U.S.", "U.S.-backed", "head of", "de facto",
             "Foreign", '"', "“", "(", "—", "Venezuela's", "said", "é", "1"]
    for text in _texts(words):
        expected = premod.search(text)
        got = labels._premodifier(text, premod, stop)
        assert (expected and expected.span()) == (got and got.span()), text


def test_single_quote_pattern_keeps_its_word_start_rule():
    single = re.compile(r"(?<![\w])‘[^’\n]{1,120}’(?![\w])")
    words = ["‘", "’", "a", "word", "the", "The", "tthe", "ministry", "foreign", "_", "x‘"]
    for text in _texts(words):
        assert [m.span() for m in voice._SINGLE_RE.finditer(text)] == \
            [m.span() for m in single.finditer(text)]


def test_engines_agree_on_ascii():
    assert termmatch._ASCII_AGREES
    assert not termmatch._engines_agree("\u0301")   # a combining mark: regex says word, re not
    assert regex.fullmatch(termmatch._WORD_CHAR, "\u0301")
