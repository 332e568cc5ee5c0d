"""Date expressions in news text ("on Tuesday", "Jan. 23", "last month") and the day each means.

Why: to put what each outlet reports on one timeline, relative days must be resolved against the
day the article speaks from. News convention: a bare weekday means the most recent such day on or
before that reference day ("on Tuesday" in a Thursday story is two days back); a weekday announced
as future ("will meet on Monday", "scheduled for Monday", "next Monday") means the next such day on
or after it.

Reference day: agency copy carries a dateline date ("WASHINGTON, May 1 (Xinhua) --") that can be a
day before the page's publication date (published 2019-05-02, Beijing time); the text is written
from the dateline's day, so that day is the reference when the dateline has one, else the
publication date. An undated article has no reference: its weekdays, relative days and month-days
without a year stay unresolved (empty ``date``); only dates that carry their own year resolve.
A month-day without a year takes the reference year, or the year before when that would put it
more than half a year after the reference day ("Dec. 30" in a January story). A month or
month-day announced as future ("would take effect in May", "is to vote on June 3", "scheduled
for January") is the next such month or day on or after the reference day ("in May" in a March
story: this May; in a June story: next year's); past tense keeps the rules above.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, insort
from datetime import date, timedelta

from ..text import DATED_DATELINE, MONTH_NAME, REGEX_CASE_EXTRAS, sentence_index

COLUMNS = ["article_id", "outlet", "expression", "date", "sentence", "start", "end",
           "precision", "reference", "reference_from"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# Months (text.MONTH_NAME) must be capitalised (so the verb "may" is not May); a month without a
# day must have a year or a leading word ("in March", "last March", "March 2019"), as "March" and
# "May" alone are too often a noun or a verb.
_WEEKDAY = r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_LEAD = r"(?:\b(?P<lead>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil)\s+)?"


def _word_start(pattern: str) -> re.Pattern:
    """Compile a date pattern, all of which start at a word start, saying so up front: the
    regex engine then skips other positions at once (same matches, about 40% faster)."""
    flags = "(?i)" if pattern.startswith("(?i)") else ""
    return re.compile(flags + r"\b(?=\w)" + pattern[len(flags):])


#: (kind, regex) of every date expression, in the order they claim text (longest match wins).
PATTERNS = [
    # January 23 | Jan. 23, 2019 | May 6-7 | March 16th
    ("month_day", _word_start(
        _LEAD + MONTH_NAME + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*[-–]\s*(?P<day2>\d{1,2})(?!\d))?"
        r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?")),
    # 3 May 2019 | 30 April
    ("day_month", _word_start(
        _LEAD + r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_NAME +
        r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?")),
    # January 2019 | last March | in March
    ("month", _word_start(
        r"(?:\b(?P<lead>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil"
        r"|[Ff]rom|[Oo]f|[Tt]hrough|[Dd]uring|[Tt]hroughout|[Bb]etween|[Bb]efore|[Aa]fter)\s+)?" + MONTH_NAME + r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?")),
    # on Tuesday | Tuesday night | Tuesday's | next Monday
    ("weekday", _word_start(
        _LEAD + _WEEKDAY + r"(?:['’]s)?(?:\s+(?P<part>night|morning|afternoon|evening))?")),
    ("relative_day", _word_start(r"(?i)\b(?P<word>yesterday|today|tonight|tomorrow)\b")),
    ("relative_period", _word_start(
        r"(?i)\b(?P<lead>last|next|this|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year)\b")),
    ("ago", _word_start(
        r"(?i)\b(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?P<unit>day|week|month|year)s?\s+ago\b")),
    ("year", _word_start(
        r"\b(?P<lead>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f)\s+"
        r"(?P<year>(?:19|20)\d{2})(?!\d)")),
]
# Where a match can start. Every date pattern holds one word it cannot do without (a month, a
# weekday, a year, "yesterday", "week", "ago": its core) and begins at most ``back``
# whitespace-separated tokens before that word (a lead word, a day number, "earlier this").
# Scanning a whole text with each full pattern is slow, as a pattern that opens with ``\b`` or a
# group of alternatives lets the regex engine skip no position; a core pattern opens with literal
# words, so the engine jumps from one candidate letter to the next. The full pattern is then tried
# only at the word starts just before each core (see date_matches): the same matches, far less work.
# Cores of the case-insensitive patterns are searched in the lower-cased text.
# Measured (PolNeAR export, 924 articles, 25.3 s CPU): the whole-text scans take 1.44 s, this
# pre-scan 0.12 s, so it saves 1.3 s (5%) of the export; tests/compare/test_events.py holds the
# two to the same matches.
_MONTH_CORES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CORE_NAMES = {**{w: "month" for w in _MONTH_CORES},
               **{w.capitalize(): "weekday" for w in _WEEKDAYS},
               **{w: "relative_day" for w in ("yesterday", "today", "tonight", "tomorrow")},
               **{w: "unit" for w in ("week", "month", "year")}, "ago": "ago"}
# One scan of the text finds the cased cores (months, weekdays, years), one of the lower-cased
# text the others. Plain words as alternatives keep the literal prefix the engine skips with.
_CASED_CORES = re.compile("|".join(w for w, name in _CORE_NAMES.items()
                                   if name in ("month", "weekday")) + r"|19\d\d|20\d\d")
_LOWER_CORES = re.compile("|".join(w for w, name in _CORE_NAMES.items()
                                   if name not in ("month", "weekday")))
# kind -> (core, tokens back, core searched in the lower-cased text)
_CORE_OF = {"month_day": ("month", 2, False), "day_month": ("month", 2, False),
            "month": ("month", 2, False), "weekday": ("weekday", 1, False),
            "relative_day": ("relative_day", 0, True), "relative_period": ("unit", 2, True),
            "ago": ("ago", 2, True), "year": ("year", 1, False)}
_WORD_RUN = re.compile(r"\w+")

# Words that announce what is still to come: "will", "would take effect", "is to", "are
# expected to", "scheduled", "set to", "next" (a future-in-the-past "would" too: "said the
# duties would take effect in May" looks forward from the day it was said).
_FUTURE = re.compile(r"(?i)\b(will|shall|would|scheduled|upcoming|due|expected|planned|plans|set\s+to|"
                     r"(?:is|are)\s+to|going\s+to|to\s+be\s+held|next|ahead\s+of)\b|\w['’]ll\b")
_FUTURE_WINDOW = 6   # words before a weekday searched for a future marker


def parse_iso(value) -> date | None:
    """A date from "YYYY-MM-DD", or None for empty/missing values."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    return date.fromisoformat(value.strip()[:10])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, ref: date | None, future: bool = False) -> date | None:
    """A month-day without year in the reference year (or the one before, see module doc);
    announced as future, the next such day on or after the reference day."""
    if ref is None:
        return None
    found = _safe_date(ref.year, month, day)
    if found and future and found < ref:
        return _safe_date(ref.year + 1, month, day)
    if found and not future and found > ref + timedelta(days=183):
        found = _safe_date(ref.year - 1, month, day)
    return found


def dateline_date(text: str, published: str = "") -> date | None:
    """The date of a dateline such as "WASHINGTON, May 1 (Xinhua) --" at the start of ``text``.

    The year comes from the dateline if written, else from the publication date (the year before
    when the dateline's day would fall after publication, e.g. Dec. 31 published Jan. 1).
    """
    m = DATED_DATELINE.match(text or "")
    if not m:
        return None
    month, day = _MONTHS[m.group("month").rstrip(".").lower()], int(m.group("day"))
    if m.group("year"):
        return _safe_date(int(m.group("year")), month, day)
    pub = parse_iso(published)
    if pub is None:
        return None
    found = _safe_date(pub.year, month, day)
    if found and found > pub:
        found = _safe_date(pub.year - 1, month, day)
    return found


def reference_date(article, dateline_lines=()) -> tuple[date | None, str]:
    """(day relative dates are counted from, where it came from: "dateline"|"published"|"").

    The dateline's date is taken from the corpus (``dateline_date``) when it holds one, else read
    from a dateline left at the start of the text or in the article's removed lines.
    """
    published = article.get("published", "") or ""
    found = parse_iso(article.get("dateline_date", "") or "")
    for candidate in (article.get("text", ""), *dateline_lines):
        if found:
            break
        found = dateline_date(candidate, published)
    if found:
        return found, "dateline"
    pub = parse_iso(published)
    return (pub, "published") if pub else (None, "")


def _weekday(target: int, ref: date, direction: str) -> date:
    """The weekday ``target`` nearest ``ref`` in ``direction`` (back|forward, inclusive; last|next strict)."""
    if direction in ("back", "last"):
        delta = (ref.weekday() - target) % 7
        if direction == "last" and delta == 0:
            delta = 7
        return ref - timedelta(days=delta)
    delta = (target - ref.weekday()) % 7
    if direction == "next" and delta == 0:
        delta = 7
    return ref + timedelta(days=delta)


def _shift_month(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve(kind: str, m: re.Match, ref: date | None, future: bool) -> tuple[str, str]:
    """(ISO date or "", precision day|week|month|year) for one match."""
    g = m.groupdict()
    lead = (g.get("lead") or "").lower()
    if kind in ("month_day", "day_month"):
        month, day = _MONTHS[g["month"].rstrip(".").lower()], int(g["day"])
        found = (_safe_date(int(g["year"]), month, day) if g.get("year")
                 else _month_day(month, day, ref, future or lead == "next"))
        return (found.isoformat(), "day") if found else ("", "day")
    if kind == "month":
        month = _MONTHS[g["month"].rstrip(".").lower()]
        if g.get("year"):
            return f"{int(g['year']):04d}-{month:02d}", "month"
        if ref is None:
            return "", "month"
        year = ref.year
        if lead == "last":
            year = ref.year if month < ref.month else ref.year - 1
        elif lead == "next":
            year = ref.year if month > ref.month else ref.year + 1
        elif future:     # "would take effect in May": the next May, this month included
            year = ref.year if month >= ref.month else ref.year + 1
        elif month > ref.month:
            year = ref.year - 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "year":
        return g["year"], "year"
    if ref is None:
        return "", {"relative_day": "day", "weekday": "day"}.get(kind, g.get("unit", "day").lower())
    if kind == "weekday":
        direction = lead if lead in ("last", "next") else ("forward" if future else "back")
        return _weekday(_WEEKDAYS[g["weekday"].lower()], ref, direction).isoformat(), "day"
    if kind == "relative_day":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["word"].lower()]
        return (ref + timedelta(days=offset)).isoformat(), "day"
    unit = g["unit"].lower()
    if kind == "ago":
        count = int(g["count"]) if g["count"].isdigit() else _NUMBERS[g["count"].lower()]
        step = -count
    else:
        step = {"last": -1, "next": 1}.get(lead.split()[0], 0)
    if unit in ("day", "week"):
        day = ref + timedelta(days=step * (1 if unit == "day" else 7))
        if unit == "week":
            day -= timedelta(days=day.weekday())   # the Monday of that week
        return day.isoformat(), unit
    if unit == "month":
        year, month = _shift_month(ref, step)
        return f"{year:04d}-{month:02d}", "month"
    return f"{ref.year + step:04d}", "year"


def _token_back(text: str, pos: int) -> int:
    """Start of the whitespace-separated token before the whitespace just before ``pos`` (``pos``
    itself when no whitespace precedes it)."""
    j = pos
    while j > 0 and text[j - 1].isspace():     # str.isspace is exactly the regex \s
        j -= 1
    if j == pos:
        return pos
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return j


def _candidate_starts(text: str, cores: list[int], back: int) -> list[int]:
    """In text order, the word starts at each core and in the ``back`` tokens before it: the
    only places a match holding that core can begin (all patterns begin at a word start)."""
    starts = set(cores)
    for core in cores:
        lo = core
        for _ in range(back):
            lo = _token_back(text, lo)
        starts.update(m.start() for m in _WORD_RUN.finditer(text, lo, core))
    return sorted(starts)


def _finditer_at(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` when every position a match can begin at is in ``starts``:
    like finditer, take the first position at or after the last match's end that matches."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)    # look-behinds still see the text before start
            if m:
                yield m
                end = m.end()


def date_matches(text: str):
    """(kind, match) of every pattern in ``PATTERNS`` order, each as its own finditer gives them."""
    low = text.lower()
    # lower() must keep every offset and fold exactly as (?i) does, else scan the whole text
    low_ok = len(low) == len(text) and not any(c in text for c in REGEX_CASE_EXTRAS)
    cores: dict[str, list[int]] = {}
    for m in _CASED_CORES.finditer(text):
        cores.setdefault(_CORE_NAMES.get(m.group(), "year"), []).append(m.start())
    if low_ok:
        for m in _LOWER_CORES.finditer(low):
            cores.setdefault(_CORE_NAMES[m.group()], []).append(m.start())
    starts: dict[str, list[int]] = {}
    for kind, pattern in PATTERNS:
        core, back, lower = _CORE_OF[kind]
        if lower and not low_ok:
            yield from ((kind, m) for m in pattern.finditer(text))
            continue
        if core not in starts:
            starts[core] = _candidate_starts(text, cores[core], back) if core in cores else []
        yield from ((kind, m) for m in _finditer_at(pattern, text, starts[core]))


def find_dates(text: str, ref: date | None = None) -> list[dict]:
    """Date expressions in ``text`` (longest match wins) with the date each resolves to."""
    taken, found = [], []   # taken: disjoint spans sorted by start (a bisect finds overlaps)
    for kind, m in date_matches(text):
        start, end = m.span()
        at = bisect_left(taken, (end,))   # the spans starting before ``end`` come first
        if at and taken[at - 1][1] > start:   # disjoint and sorted: the last of them reaches furthest
            continue
        if kind == "month" and not (m.group("lead") or m.group("year")):
            continue   # a bare "March" or "May" is too often a noun or verb ("March organisers")
        # the last words since the sentence's start; the look-back is bounded (1,000 characters
        # hold far more than _FUTURE_WINDOW words) so a text without full stops stays linear
        back = max(0, start - 1000)
        before = text[max(back, text.rfind(".", back, start) + 1):start].split()[-_FUTURE_WINDOW:]
        future = bool(_FUTURE.search(" ".join(before)))
        value, precision = _resolve(kind, m, ref, future)
        insort(taken, (start, end))
        found.append({"expression": m.group(), "date": value, "precision": precision,
                      "start": start, "end": end})
    return sorted(found, key=lambda row: row["start"])


def event_rows(article: dict, sentences: list[dict] | None = None, dateline_lines=()) -> list[tuple]:
    """Date expressions of ONE article (its articles row) resolved against its reference day, as
    rows in COLUMNS order.

    ``sentences`` are its sentence rows (start, end: for the sentence column); ``dateline_lines``
    are its removed lines, where a stripped dateline may sit. A dateline left at the start of the
    text is not itself reported as an event.
    """
    text = article["text"]
    ref, ref_from = reference_date(article, dateline_lines)
    head = DATED_DATELINE.match(text)
    where = sentence_index(text, sentences)
    reference = ref.isoformat() if ref else ""
    rows = [(article["article_id"], article["outlet"], hit["expression"], hit["date"],
             where.at(hit["start"]), hit["start"], hit["end"], hit["precision"], reference, ref_from)
            for hit in find_dates(text, ref) if not (head and hit["start"] < head.end())]
    return rows
