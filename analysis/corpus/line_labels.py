"""The removal reason a line earns alone, whatever stands around it: another script than the
page's (spam), a tracking id, a stamp, a byline, a credit, a caption, a placeholder, a menu or
a widget of codebooks/page_chrome.csv; and whether a page is mostly in Latin script.

Why a module of its own: these rules read one line and nothing else, so each is tried once per
line before the page-level marks (:mod:`.page_marks`) and the sorting of the page
(:mod:`.clean`) look at the line's neighbours and its place.
"""
from __future__ import annotations

import re

from . import metadata
from ..codebooks import cached_by_file, page_chrome
from ..text import MONTH_WORD
from .lines import TERMINAL, Line, is_prose

LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
LETTER = re.compile(r"[^\W\d_]")

TRACKING_ID = re.compile(r"[\d\s-]*\d{10,}[\d\s-]*|(?:news|article|story|post|content|item)\s*id\s*:?\s*[\w-]+", re.I)
META_LABEL = re.compile(
    r"^(?:source|editor|editors|author|authors|reporter|writer|published|publish date|posted|"
    r"updated(?: in| on| at)?|last updated|modified|date|tags?|keywords?|filed under|category)\s*:", re.I)
# "By Jane Doe", "Co-authored by Jane Doe.", and the label news databases print ("BYLINE: Amber
# Phillips.")
BYLINE = re.compile(r"^(?:(?:[Cc]o-?authored |[Ww]ritten |[Rr]eported )?[Bb]y|BYLINE:|Byline:)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al)){0,5}$")
PHOTO_LEAD = re.compile(r"^(?:file\s+)?(?:photo|photos|picture|image|pictured)\s*(?:taken|shows)?\s*:", re.I)
# Read from a class of every character that can open it (those (?i) matches for p and i
# included), each alternative checking its own first character by a look-behind: a pattern
# opening with a case-insensitive letter gives the engine no first character to skip ahead to,
# so it was tried at every position of every line (0.16 s over PolNeAR's lines, 0.12 s over the
# synthetic 1k's; now 0.05 and 0.04 s). Same matches as the plain (?i) alternation.
PHOTO_CREDIT_END = re.compile(
    r"[(|/pPiI\u0130\u0131](?i:"
    r"(?<=\()(?:[^()]*(?:photo|picture)[^()]*|[^()/]{1,40}/[^()]{1,40})\)"   # (Xinhua/Marcos Salgado), (AP Photo/X), (Picture by X)
    r"|(?<=\|)\s*(?:photo|image|picture)s?\s*:\s*[^|]{1,60}"            # | Photo: Reuters
    r"|(?<=/)\s*[\w .&-]{0,30}\b(?:photo|photos|pictures|images)"       # /VCG Photo
    r"|(?:(?<=p)hoto|(?<=i)mage|(?<=p)icture)s?\s*(?:credit)?\s*:\s*[\w .,&/-]{1,60}"  # Photo: Reuters
    r")\s*$")
# Menu, widget and credit lines are short; longer lines are not checked against page_chrome.csv.
CHROME_MAX_CHARS = 250
MENU = re.compile(r"(?:[^|]{1,30}\|){3,}")
# A stamp without a year ("May 03, 15:24 UTC+3"): metadata, though no date can be read from it.
PARTIAL_STAMP = re.compile(
    rf"(?:\w+,?\s+)?(?:{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD})"
    r"(?:,?\s+\d{1,2}:\d{2}\b.{0,20})?", re.I)
# A menu trail: three or more short items between | › » > / separators ("Home | Business |
# Trade"), none ending like a sentence. Never a headline, though it may stand where one does.
TRAIL = re.compile(r"(?:[A-Z0-9&][\w&'’.-]*(?: [\w&'’.-]+){0,2})(?:\s+[|›»>/•·]\s+"
                   r"(?:[A-Z0-9&][\w&'’.-]*(?: [\w&'’.-]+){0,2})){2,}")
# Template placeholders a page printed unfilled: {{title}}, {% block %}, %%AUTHOR%%, ${name},
# <%= x %>, __NAME__, [caption] and other [shortcodes].
PLACEHOLDER = re.compile(r"\{\{[^{}]{0,80}\}\}|\{%[^{}]{0,80}%\}|%%[\w.-]{1,40}%%|\$\{[\w.-]{1,40}\}"
                         r"|<%=?[^%]{0,80}%>|__[A-Z][A-Z0-9_]{1,40}__|\[/?[a-z][a-z_-]{1,20}(?:\s[^\[\]]{0,200})?\]")
PLACEHOLDERS_ONLY = re.compile(rf"(?:\s*(?:{PLACEHOLDER.pattern})[\s,;:|-]*)+")
# A shortcode wrapped round a caption: [caption id="..."]<photo text>[/caption].
SHORTCODE_CAPTION = re.compile(r"\[caption\b[^\]]{0,200}\].*\[/caption\]", re.I)


@cached_by_file
def chrome_rules(path="page_chrome.csv") -> list[tuple[re.Pattern, str]]:
    """Compiled (pattern, reason) rows of the page-chrome codebook, rebuilt when it changes."""
    book = page_chrome(path)
    rules = []
    for pattern, reason, line in zip(book["pattern"], book["reason"], book["line"]):
        try:
            rules.append((re.compile(pattern, re.I), reason))
        except re.error as err:
            raise ValueError(f"codebooks/page_chrome.csv:{line}: bad pattern ({err})") from None
    return rules


#: A Latin word with Cyrillic or Greek look-alikes inside ("Аdvеrtіѕе": А, е, і, ѕ), as spam hides.
_DISGUISED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")


def _script_is_foreign(text: str, doc_is_latin: bool) -> bool:
    """A line mostly in another script than the page's, or (in a Latin page) with two or more
    disguised words (an advertising block closing a Belizean paper's article was text)."""
    # In a Latin page a line without a non-Latin letter is never foreign: one search instead of
    # listing its letters twice (as :func:`mostly_latin` does for the page).
    if doc_is_latin and (text.isascii() or not _NON_LATIN_LETTER.search(text)):
        return False
    if doc_is_latin and len(_DISGUISED_WORD.findall(text)) >= 2:
        return True
    letters, latin = _letter_counts(text)
    if letters < 4:
        return False
    latin_share = latin / letters
    return latin_share < 0.5 if doc_is_latin else latin_share > 0.5


def _letter_counts(text: str) -> tuple[int, int]:
    """(letters, Latin letters) in ``text``."""
    return len(LETTER.findall(text)), len(LATIN.findall(text))


def intrinsic_label(line: Line, doc_is_latin: bool, chrome: list[tuple[re.Pattern, str]]) -> str:
    """A removal reason that follows from the line alone, or "" if the line may be content.

    ``chrome``: the page-chrome rules as :func:`chrome_rules` gives them (the first that matches
    the whole line gives the reason)."""
    text, bare = line.text, line.bare
    if _script_is_foreign(text, doc_is_latin):
        return "spam"
    if SHORTCODE_CAPTION.fullmatch(bare):
        return "caption"
    if PLACEHOLDERS_ONLY.fullmatch(bare):
        return "template placeholder"
    if TRACKING_ID.fullmatch(bare):
        return "tracking id"
    short = len(line.words) <= 6
    if META_LABEL.match(bare) or PARTIAL_STAMP.fullmatch(bare) or (
            short and metadata.parse_date(bare) and not TERMINAL.search(bare.rstrip("0123456789: "))):
        return "metadata line"
    if BYLINE.match(bare):
        return "byline"
    if metadata.CREDIT_LINE.match(bare) or (
            len(line.words) <= 4 and metadata.is_known_outlet(bare, prefix=False)):
        return "credit"
    if PHOTO_LEAD.match(bare) or PHOTO_CREDIT_END.search(bare):
        return "caption"
    if len(bare) <= CHROME_MAX_CHARS:
        reason = next((reason for pattern, reason in chrome if pattern.fullmatch(bare)), "")
        if reason:
            return reason
    if (MENU.match(bare) or TRAIL.fullmatch(bare)) and not is_prose(line):
        return "navigation"
    return ""


#: A letter outside LATIN's ranges (Cyrillic, Arabic, CJK, ...).
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def mostly_latin(page: str) -> bool:
    """Are at least half the letters of ``page`` Latin (true for a page without letters)?

    A page without a single non-Latin letter is answered without counting its letters (one
    search instead of listing every letter: 0.29 s of CPU less on 1,000 synthetic articles,
    0.43 s on 924 PolNeAR articles)."""
    if not _NON_LATIN_LETTER.search(page):
        return True
    # Every letter is Latin or non-Latin, and ASCII letters are Latin: with no more non-Latin
    # letters than ASCII ones, at least half are Latin, and the page's letters need not be
    # listed (a spam line in Chinese on 377 of the 1,000 synthetic pages: 0.26 s of CPU).
    if len(_NON_LATIN_LETTER.findall(page)) <= len(
            page.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS)):
        return True
    letters, latin = _letter_counts(page)
    return 2 * latin >= letters


_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
