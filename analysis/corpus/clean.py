"""Sort a scraped page's lines into headline, body, subheads and removed chrome, each with a reason.

The rules look at what a line is (a date stamp, a photo credit, a menu item, text in another
script, a long digit string) and where it stands (before the first paragraph of prose, inside the
article, after its last paragraph), never at which site it came from. The words of menus and
widgets are data (codebooks/page_chrome.csv), so a researcher can add a site's chrome there.

Removal reasons (documented in codebooks/README.md):
  navigation, share widget, section label, comments widget, related link, end marker,
  page chrome, spam, tracking id, metadata line, byline, credit, caption, dateline,
  glued headline, duplicate, template placeholder (and, in :mod:`.load`, outside article and
  other headline).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import metadata
from .datelines import cut_dateline, dateline_alone, stamp_dateline
from ..codebooks import cached_by_file, page_chrome
from ..text import DATELINE, LETTER_WORD, MONTH_WORD

_BULLET_CHARS = "•·▪►■●◦*"
BULLET = re.compile(rf"^[{_BULLET_CHARS}]\s*")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
LETTER = re.compile(r"[^\W\d_]")
_TERMINAL_CHARS = ".!?\"”’'):…"
TERMINAL = re.compile(rf"[{_TERMINAL_CHARS}]\s*$")
# A heading may end in a quotation that closes on a word, no sentence end before the mark
# ("13:40 GMT - Russia warns of 'gravest consequences'"); prose ends '...,"' or '...".'
HEADING_QUOTE_END = re.compile(r"\w['’\"”]\s*$")
# A headline may end in ? or ! but not like a paragraph of prose or a quotation.
HEADLINE_END = re.compile(r"[.,;:\"”…]\s*$")

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
@dataclass
class Line:
    """One raw line of a page and what became of it."""
    line_no: int
    raw: str
    text: str
    label: str = ""        # "" until decided; then body, subhead, headline, or a removal reason
    prefix: str = ""       # part cut from the line's start (dateline, glued headline)
    prefix_reason: str = ""
    dateline: dict | None = None   # place, date, credit of a dateline cut from this line
    paragraph: str = ""            # the whole paragraph when the page hard-wraps it over lines

    @cached_property
    def bare(self) -> str:
        return BULLET.sub("", self.text) if self.text[:1] in _BULLET_CHARS else self.text

    @cached_property
    def words(self) -> list[str]:
        return LETTER_WORD.findall(self.bare)

    @property
    def content(self) -> str:
        """What stays in the body of a body line once a prefix is cut."""
        return self.text[len(self.prefix):].strip() if self.prefix else self.text


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


_QUOTE_MARKS = re.compile(r"[\"“”„‘’'`´]")
_NON_WORD_RUNS = re.compile(r"\W+")


def dedupe_key(text: str) -> str:
    """Two lines with this key are the same text, whatever their quotes, case and spacing."""
    text = _QUOTE_MARKS.sub("", BULLET.sub("", text).casefold())
    return _NON_WORD_RUNS.sub(" ", text).strip()


#: A Latin word with Cyrillic or Greek look-alikes inside ("Аdvеrtіѕе": А, е, і, ѕ), as spam hides.
_DISGUISED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")


def _script_is_foreign(text: str, doc_is_latin: bool) -> bool:
    """A line mostly in another script than the page's, or (in a Latin page) with two or more
    disguised words (an advertising block closing a Belizean paper's article was text)."""
    # In a Latin page a line without a non-Latin letter is never foreign: one search instead of
    # listing its letters twice (as :func:`_mostly_latin` does for the page).
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


def _is_prose(line: Line) -> bool:
    """Eight words or more that end like a sentence, or fifteen words or more.

    A line's own words are counted once (``line.words``: a leading bullet holds no word
    character, so stripping it changes no count); a wrapped paragraph is counted whole."""
    text = line.paragraph or line.text
    n = len(LETTER_WORD.findall(text)) if line.paragraph else len(line.words)
    return n >= 8 and (bool(TERMINAL.search(text)) or n >= 15)


def wraps_into(previous: Line, line: Line) -> bool:
    """A hard-wrapped paragraph: no blank line between, no sentence end, next starts lower-case."""
    return (line.line_no == previous.line_no + 1 and not TERMINAL.search(previous.text)
            and line.text[:1].islower())


def _join_wrapped(lines: list[Line]) -> None:
    """Give each line of a hard-wrapped paragraph the paragraph's full text, to judge it whole."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not line.label and not groups[-1][-1].label and wraps_into(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    for group in groups:
        if len(group) > 1:
            for line in group:
                line.paragraph = " ".join(l.text for l in group)


_SENTENCE_START = re.compile(r"[\"“‘']?[A-Z]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def _closed_like_sentence(line: Line) -> bool:
    """A line no chrome rule claimed that opens and closes like a sentence."""
    return (not line.label and bool(_SENTENCE_START.match(line.text))
            and bool(_SENTENCE_END.search(line.text)))


def _short_sentence(line: Line) -> bool:
    """A sentence too short to count as prose alone, not claimed by any chrome rule."""
    return len(line.words) >= 3 and not _title_cased(line) and _closed_like_sentence(line)


def _fragment_sentence(line: Line) -> bool:
    """A verbless fragment a lede may open with ("YouTube and Google.", "Twitter and ... ?"): a
    short line closed like a sentence, with a lower-case word in it (a menu item or a headline
    has none, or no full stop). Only lines right above the first paragraph are read so."""
    return (len(line.words) <= 6 and any(w.islower() for w in line.words)
            and _closed_like_sentence(line))


def _title_cased(line: Line) -> bool:
    """'Russia Vs U.S.': every word longer than three letters starts with a capital."""
    long_words = [w for w in line.words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


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
    if (MENU.match(bare) or TRAIL.fullmatch(bare)) and not _is_prose(line):
        return "navigation"
    return ""


#: A letter outside LATIN's ranges (Cyrillic, Arabic, CJK, ...).
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def _mostly_latin(page: str) -> bool:
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


# A sentence ends inside the line: a word of three or more letters, a stop, a capital.
# (A question or exclamation inside is still a headline: "The perfect term? Not so fast;".)
_INNER_SENTENCE_END = re.compile(r"[a-z]{3,}[.;]\s+[\"“‘']?[A-Z]")


def _headline_like(line: Line, lines: list[Line], open_lines: list[Line], given: str = "") -> bool:
    """Could ``line`` be the headline? 3–30 words, not ending like prose; or, for the page's very
    first line only (nothing, not even a menu or a byline, before it), one short sentence closed
    by a full stop or semicolon, as news databases and plain-text exports print headlines
    ("Clinton and Sanders trade low blows."), unless the page's form states another headline
    (``given``: an HTML page's og:title, an export's title column): then such a line is the
    first paragraph (a Telegraph page's main text opens with a 20-word sentence)."""
    if not 3 <= len(line.words) <= 30:
        return False
    if not HEADLINE_END.search(line.text):
        return True
    text = line.text.rstrip()
    return ((not given or dedupe_key(given) == dedupe_key(text)) and line is lines[0]
            and line is open_lines[0] and len(line.words) <= 20 and text[-1] in ".;"
            and not line.paragraph and not _INNER_SENTENCE_END.search(text[:-1])
            and not DATELINE.match(text) and len(open_lines) > 1)   # a wire lede opens with one


def classify(lines: list[Line], given: str = "") -> str:
    """Label every line in place; return the headline ("" when the page shows none). ``given``:
    the headline the page's form states (see :func:`_headline_like`)."""
    doc_is_latin = _mostly_latin(" ".join(l.text for l in lines))
    lines = [l for l in lines if l.text]
    rules = chrome_rules()
    for line in lines:
        line.label = intrinsic_label(line, doc_is_latin, rules)
    _captions_without_credit(lines)
    _related_links(lines)
    _join_wrapped(lines)

    open_lines = [l for l in lines if not l.label]
    first_prose = next((i for i, l in enumerate(open_lines) if _is_prose(l)), len(open_lines))
    headline = next((l for l in open_lines[:first_prose + 1]
                     if _headline_like(l, lines, open_lines, given)), None)
    if headline is not None:
        headline.label = "headline"
    _mark_duplicates(lines)
    if headline is not None:
        _cut_glued_headline(lines, headline.text)

    prose = [i for i, l in enumerate(lines) if not l.label and _is_prose(l)]  # headline excluded
    if not prose:   # a page of one-line paragraphs: take its sentences
        prose = [i for i, l in enumerate(lines) if _short_sentence(l)]
    if prose:
        cut_dateline(lines[prose[0]])
        if not lines[prose[0]].dateline and not dateline_alone(lines[prose[0] - 1] if prose[0] else None):
            stamp_dateline(lines[:prose[0]])
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    # Short sentences next to the prose are prose too ("He declined to comment." ends many
    # articles, "Russia is angry." opens some); menus, stamps and the headline stop the search.
    while prose and last + 1 < len(lines) and _short_sentence(lines[last + 1]):
        last += 1
    while prose and first > 0 and (_short_sentence(lines[first - 1])
                                    or _fragment_sentence(lines[first - 1])):
        first -= 1
    for i, line in enumerate(lines):
        if line.label:
            continue
        if i < first or i > last:
            line.label = "page chrome"
        elif not line.paragraph and len(line.words) <= 12 and (
                not TERMINAL.search(line.text) or _title_cased(line)
                or HEADING_QUOTE_END.search(line.text)):
            line.label = "subhead"
        else:
            line.label = "body"
    return headline.text if headline is not None else ""


def _captions_without_credit(lines: list[Line]) -> None:
    """A caption is often printed twice, once without its credit: the shorter copy is a caption too."""
    for i, line in enumerate(lines):
        if line.label or len(line.bare) < 12:
            continue
        for other in lines[max(0, i - 3): i + 4]:
            if other is not line and other.label == "caption" and other.bare.startswith(line.bare):
                line.label = "caption"
                break


# A label over a list of links ("RELATED STORIES", "More on this topic", "You may also like").
RELATED_BLOCK = re.compile(r"(?:related|more|recommended|further)\s+(?:stories|articles|news|links|"
                           r"coverage|content|reading|topics)|more on (?:this(?: story| topic)?|the "
                           r"topic)|you may also like|recommended(?: for you)?", re.I)
RELATED_BLOCK_LINES = 8   # links a related-stories box lists at most


def _related_links(lines: list[Line]) -> None:
    """The line after a "RELATED:" label is the linked headline, unless it is prose; after a
    box label ("RELATED STORIES"), every line up to the next prose or labelled line (at most
    :data:`RELATED_BLOCK_LINES`)."""
    for i, line in enumerate(lines):
        if line.label not in ("related link", "navigation"):
            continue
        block = RELATED_BLOCK.fullmatch(line.bare.rstrip(" :"))
        if line.label == "navigation" and not block:
            continue
        for following in lines[i + 1:i + 1 + (RELATED_BLOCK_LINES if block else 1)]:
            if following.label or _is_prose(following) or _short_sentence(following):
                break
            following.label = line.label = "related link"


def _mark_duplicates(lines: list[Line]) -> None:
    """Keep the first copy of any text printed twice (a whole body, a headline, a caption)."""
    seen: set[str] = set()
    for line in lines:
        if line.label not in ("", "headline", "caption"):
            continue
        key = dedupe_key(line.text)
        if key in seen:
            line.label = "duplicate"
        else:
            seen.add(key)
    _mark_pull_quotes(lines)


#: A line that is one quotation and nothing else, opening and closing quote marks included.
_WHOLE_QUOTE = re.compile(r"[\"“‘'][^\"“”]{30,}[\"”’']")


def _mark_pull_quotes(lines: list[Line]) -> None:
    """A pull quote: a line that is only a quotation the article prints again inside one of its
    paragraphs ("“Today there are no medicines ...”", then "“Before the war, ...,” Skaik said.
    “Today there are no medicines ...”"). Kept, it would count the speech act twice; the
    paragraph, which says who speaks, stays. An Intercept page printed two."""
    quotes = [l for l in lines if not l.label and _WHOLE_QUOTE.fullmatch(l.text)]
    if not quotes:
        return
    keys = [(l, dedupe_key(l.text)) for l in lines if not l.label]
    for line in quotes:
        key = dedupe_key(line.text)
        if any(other is not line and len(text) > len(key) and key in text for other, text in keys):
            line.label = "duplicate"


#: A sentence going on after the headline's words ("Coal has been in a death spiral. The ..."):
#: no headline glued to it (cut, a Salon paragraph began ". The country ...").
_SENTENCE_GOES_ON = re.compile(r"[.,;:!?…\"”’')\]]")


def _cut_glued_headline(lines: list[Line], headline: str) -> None:
    """'...Attempt in CaracasLavrov and Arreaza are...': the headline fused to a paragraph."""
    for line in lines:
        if (not line.label and line.text.startswith(headline) and len(line.text) > len(headline)
                and not _SENTENCE_GOES_ON.match(line.text, len(headline))):
            line.prefix, line.prefix_reason = headline, "glued headline"
