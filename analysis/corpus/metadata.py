"""Read an article's metadata from the page's own cues: publication date, dateline, outlet.

Nothing here is guessed from file names. A date is taken only from a line that says it is the
publication date (``Published``, ``Publish Date``, a ``Source: ... | date`` stamp, ``Date:``);
"Updated" and "Modified" stamps are ignored, and a page with no such line stays undated.
"""
from __future__ import annotations

import re
from datetime import date
from .. import codebooks
from ..codebooks import cached_by_file
from ..text import MONTH_WORD

_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

# Dates as pages print them: 2019-05-06, 2019/05/06, 05May 2019, 3 May 2019, May 3, 2019; the
# year may run into a time without a space ("1 May 201918:38").
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d))"
_DATE_PATTERNS = [
    re.compile(r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s*(?P<mon>{MONTH_WORD}),?\s*(?P<y>(?:19|20)\d\d){_YEAR_END}", re.I),
    re.compile(rf"\b(?P<mon>{MONTH_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d){_YEAR_END}", re.I),
]

# The same dates without group names, to cut every date out of a stamp line at once.
_DATE_PATTERNS_ANY = re.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in _DATE_PATTERNS), re.I)

# Lines that state when the article was published, and lines that state something else.
PUBLISHED_CUE = re.compile(
    r"^\s*(?:publish(?:ed)?(?:\s+(?:date|on|at))?|posted(?:\s+on)?|date|source)\b\s*:?", re.I)
OTHER_DATE_CUE = re.compile(r"\b(?:updated?|modified|edited|last\s+update)", re.I)

# A line that is only an agency credit: "(CGTN )", "(Reuters)", "(TELESUR) –", "Source: Xinhua".
CREDIT_LINE = re.compile(r"^\(\s*(?P<credit>[^()]{1,40}?)\s*\)(?:\s*(?:--|—|–|-))?$")
SOURCE_LINE = re.compile(r"^\s*Source\s*:\s*(?P<credit>[A-Za-z][\w .&'-]{0,40}?)\s*(?:\||\d|$)", re.I)
# A stamp that opens with its outlet: "Xinhua | Updated: 2019-05-07 14:16".
STAMP_CREDIT = re.compile(r"^\s*(?P<credit>[A-Za-z][\w .&'-]{0,40}?)\s*\|\s*(?:updated|published|"
                          r"posted|modified|\d)", re.I)
# The holder of a copyright line: "© Reuters 2019", "Copyright 2019 The Associated Press. All ...".
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:[Tt]he\s+)?"
                       r"(?P<credit>[A-Z][\w&'’ -]{0,40}?)\s*(?:(?:19|20)\d\d)?\s*(?:[.,;]|$)", re.I)


def month_number(name: str) -> int:
    """1-12 for a month name or its abbreviation ("Jan.", "Sept", "May")."""
    return _MONTH_NAMES.index(name.lower()[:3]) + 1




def parse_date(text: str) -> date | None:
    """The first full calendar date written in ``text`` (year, month and day all present)."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else month_number(parts["mon"])
        try:
            return date(int(parts["y"]), month, int(parts["d"]))
        except (TypeError, ValueError):
            continue
    return None


_SEGMENTS = re.compile(r"\s*\|\s*|\s+[/•·]\s+|\s+[-–—]\s+")
_WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\b", re.I)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.I)


def _dated_segments(line: str) -> list[tuple[str, date]]:
    """(segment, date) for each part of a stamp line that holds a date and no update cue.

    "Source: Xinhua| 2019-05-06 10:33:30|Editor: Li Xia" has one; "May 1, 2019 / Updated 3
    hours ago" one; "Updated in: 28 February 2024 - 12:38" none; a date after an update cue in
    the same segment ("Published 1 May, 2019 Edited 2 May, 2019") is not taken.
    """
    out = []
    for segment in _SEGMENTS.split(line):
        update = OTHER_DATE_CUE.search(segment)
        segment = segment[:update.start()] if update else segment   # "... Edited time: <date>"
        found = parse_date(segment)
        if found:
            out.append((segment, found))
    return out


_TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")


def publication_date(lines: list[str], header: list[bool] | None = None) -> date | None:
    """The publication date among a page's stamp lines (in page order), or None.

    First choice: a line that says it is the publication (``Published``, ``Publish Date:``,
    ``Posted``, ``Date:``, a ``Source: ... | date`` stamp), or whose first dated part says so
    (``Reuters | Published: May 7, 2019``). Else a line that is only a date (and
    a time) standing above the article's first paragraph (``header``), as many sites print it.
    Update stamps never count. Nothing else is tried: an undated page stays undated.
    """
    header = header or [False] * len(lines)
    for line in lines:
        if PUBLISHED_CUE.match(line) and not OTHER_DATE_CUE.match(line):
            dated = _dated_segments(line)
            if dated:
                return dated[0][1]
    for line in lines:     # the cue after an outlet: "Reuters | Published: May 7, 2019"
        for segment, found in _dated_segments(line)[:1]:
            if PUBLISHED_CUE.match(segment) and segment.strip() != line.strip():
                return found
    for line, above_body in zip(lines, header):
        for segment, found in _dated_segments(line) if above_body else ():
            rest = _WEEKDAY.sub("", _TIME.sub("", _DATE_PATTERNS_ANY.sub("", segment)))
            if not _TWO_LETTERS.search(rest):
                return found
    return None


_MONTH_DAY = re.compile(rf"(?P<mon>{MONTH_WORD})\s+(?P<d>\d{{1,2}})$", re.I)


def month_day(text: str, year: int | None) -> date | None:
    """'May 5' in a dateline, completed with a known year; None when the year is unknown."""
    match = _MONTH_DAY.match(text.strip())
    if not match or year is None:
        return None
    try:
        return date(year, month_number(match["mon"]), int(match["d"]))
    except ValueError:
        return None


@cached_by_file
def outlet_names(path="outlets.csv") -> tuple[dict[str, str], list[tuple[str, re.Pattern]]]:
    """(alias → outlet, [(outlet, page signature regex)]) from codebooks/outlets.csv."""
    book = codebooks.outlets(path)
    aliases = {p.casefold(): o for o, p, k in zip(book["outlet"], book["pattern"], book["kind"])
               if k == "alias"}
    signatures = [(o, re.compile(p, re.I)) for o, p, k in zip(book["outlet"], book["pattern"], book["kind"])
                  if k == "page_signature"]
    return aliases, signatures


def _aliases() -> dict[str, str]:
    return outlet_names()[0]


_WHITESPACE_RUNS = re.compile(r"\s+")
_NON_WORD = re.compile(r"\W")


def _known_alias(credit: str, prefix: bool = True) -> str:
    """The outlet whose alias the credit is, or (``prefix``) starts with ("Al Jazeera and news
    agencies")."""
    cleaned = _WHITESPACE_RUNS.sub(" ", credit).strip(" .,:;-").casefold()
    aliases = _aliases()
    if cleaned in aliases or not prefix:
        return aliases.get(cleaned, "")
    heads = [a for a in aliases if cleaned.startswith(a) and _NON_WORD.match(cleaned[len(a):])]
    return aliases[max(heads, key=len)] if heads else ""


def normalize_outlet(credit: str) -> str:
    """One spelling per known outlet (``Xinhua``, ``CGTN`` ...); unknown credits as written."""
    return _known_alias(credit) or _WHITESPACE_RUNS.sub(" ", credit).strip(" .,:;-")


def is_known_outlet(credit: str, prefix: bool = True) -> bool:
    return bool(_known_alias(credit, prefix))


def outlet_from_page_signature(lines: list[str]) -> str:
    """An outlet whose page template leaves at least two of its signature lines on the page."""
    hits: dict[str, int] = {}
    for outlet, regex in outlet_names()[1]:
        if any(regex.fullmatch(line) for line in lines):
            hits[outlet] = hits.get(outlet, 0) + 1
    found = sorted(o for o, n in hits.items() if n >= 2)
    return found[0] if len(found) == 1 else ""
