"""Shortcuts that skip most of a text must find exactly what a plain whole-text scan finds.

Each test compares a fast helper with the slow form it replaces, on text built to hit the edge
cases: leads split by several spaces or lines, hyphenated words, case folds that str.lower() does
not make (long s, dotless i, Kelvin sign), combining marks and superscripts (on which the ``re``
and ``regex`` engines disagree about word characters).
"""
import importlib
import random
import re

import regex

from analysis.framing import labels, termmatch
from analysis.compare import sources

events = importlib.import_module("analysis.compare.events")   # the package also exports events()

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


def test_date_candidates_find_what_whole_text_scans_find():
    words = ("on in last Next this mid Mid- early late since by until of the 3 12th 2019 1999 "
             "201920 May March Mar. Sept. Dec Monday Tuesday's night week month YEAR ago two an "
             "days weeks yesterday Today earlier later x-on pre-mid Santiago").split()
    for text in _texts(words):
        slow = [(kind, m.span(), m.groupdict()) for kind, p in events._PATTERNS
                for m in p.finditer(text)]
        fast = {}
        for kind, m in events._matches(text):
            fast.setdefault(kind, []).append((kind, m.span(), m.groupdict()))
        assert slow == [hit for kind, _ in events._PATTERNS for hit in fast.get(kind, [])], text


def test_word_spans_match_the_regex_engine():
    words = ["Guaido's", "don’t", "x_y", "é", "cafe\u0301", "x\u00b2", "日本", "\u0663", "a\u200cb",
             "Ö", "I", "-", "’", "'"]
    for text in _texts(words, n=500):
        assert termmatch.word_spans(text) == [m.span() for m in termmatch._WORD_RE.finditer(text)]


def test_alias_groups_match_like_look_ahead_groups():
    pattern, exact, folded = sources._matcher("sources.csv")
    groups = {}
    for alias in sorted([*exact, *(r.alias for r in folded.values())], key=len, reverse=True):
        first = alias[:1].lower()
        groups.setdefault(first if len(first) == 1 else alias[:1], []).append(alias)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(
        f"(?=(?i:{re.escape(first)}))(?:{'|'.join(map(sources._alias_part, aliases))})"
        for first, aliases in groups.items()) + r")(?![\w-])")
    words = [*exact, *(r.alias for r in folded.values()), "the", "x", "said"]
    words += [w.upper() for w in words[:20]] + [w.lower() for w in words[:20]]
    for text in _texts(words, n=800):
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text


def test_premodifier_search_from_the_last_break_is_the_same():
    premod = labels._premodifier_re("labels.csv")
    stop = labels._premodifier_break("labels.csv")
    words = ["President", "president", "the", "U.S.", "U.S.-backed", "head of", "de facto",
             "Foreign", '"', "“", "(", "—", "Venezuela's", "said", "é", "1"]
    for text in _texts(words):
        expected = premod.search(text)
        got = labels._premodifier(text, premod, stop)
        assert (expected and expected.span()) == (got and got.span()), text


def test_anaphor_pattern_keeps_its_word_start_rule():
    anaphor = re.compile(
        r"\b[Tt]he\s+(?P<head>ministry|department|agency|government|foreign\s+ministry)\b")
    words = ["‘", "’", "a", "word", "the", "The", "tthe", "ministry", "foreign", "_", "x‘"]
    for text in _texts(words):
        assert [m.span() for m in sources._ANAPHOR.finditer(text)] == \
            [m.span() for m in anaphor.finditer(text)]


def test_engines_agree_on_ascii():
    assert termmatch._ASCII_AGREES
    assert not termmatch._engines_agree("\u0301")   # a combining mark: regex says word, re not
    assert regex.fullmatch(termmatch._WORD_CHAR, "\u0301")
