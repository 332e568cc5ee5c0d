"""Sort a scraped page's lines into headline, body, subheads and removed chrome, each with a reason.

The rules look at what a line is (a date stamp, a photo credit, a menu item, text in another
script, a long digit string) and where it stands (before the first paragraph of prose, inside the
article, after its last paragraph), never at which site it came from. The words of menus and
widgets are data (codebooks/page_chrome.csv), so a researcher can add a site's chrome there.

Here: where each line stands (the headline among the lines above the first prose, the body
from the first to the last prose, subheads inside it, page chrome outside it). What a line is
alone is :mod:`.line_labels`; labels from the other lines of the page (duplicates, related
links, pull quotes, a glued headline) are :mod:`.page_marks`; the shape tests they share
(prose, a short sentence, a hard wrap) and the :class:`.lines.Line` record are :mod:`.lines`.

Removal reasons (documented in codebooks/README.md):
  navigation, share widget, section label, comments widget, related link, end marker,
  page chrome, spam, tracking id, metadata line, byline, credit, caption, dateline,
  glued headline, duplicate, template placeholder (and, in :mod:`.load`, outside article and
  other headline).
"""
from __future__ import annotations

import re

from .datelines import COLON_DATELINE, cut_dateline, dateline_alone, stamp_dateline
from ..text import DATELINE
from .line_labels import chrome_rules, intrinsic_label, mostly_latin
from .lines import (TERMINAL, Line, dedupe_key, fragment_sentence, is_prose, join_wrapped,
                    short_sentence, title_cased)
from .page_marks import captions_without_credit, cut_glued_headline, mark_duplicates, related_links

# A heading may end in a quotation that closes on a word, no sentence end before the mark
# ("13:40 GMT - Russia warns of 'gravest consequences'"); prose ends '...,"' or '...".'
HEADING_QUOTE_END = re.compile(r"\w['’\"”]\s*$")
# A headline may end in ? or ! but not like a paragraph of prose or a quotation.
HEADLINE_END = re.compile(r"[.,;:\"”…]\s*$")


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
    doc_is_latin = mostly_latin(" ".join(l.text for l in lines))
    lines = [l for l in lines if l.text]
    rules = chrome_rules()
    for line in lines:
        line.label = intrinsic_label(line, doc_is_latin, rules)
    captions_without_credit(lines)
    related_links(lines)
    join_wrapped(lines)

    open_lines = [l for l in lines if not l.label]
    first_prose = next((i for i, l in enumerate(open_lines) if is_prose(l)), len(open_lines))
    headline = next((l for l in open_lines[:first_prose + 1]
                     if _headline_like(l, lines, open_lines, given)), None)
    if headline is not None:
        headline.label = "headline"
    mark_duplicates(lines)
    if headline is not None:
        cut_glued_headline(lines, headline.text)

    prose = [i for i, l in enumerate(lines) if not l.label and is_prose(l)]  # headline excluded
    if not prose:   # a page of one-line paragraphs: take its sentences
        prose = [i for i, l in enumerate(lines) if short_sentence(l)]
    if prose:
        # (a colon dateline's paragraph is a transcript's turn when later ones open the same way)
        turns = COLON_DATELINE.match(lines[prose[0]].text) and \
            any(COLON_DATELINE.match(lines[i].text) for i in prose[1:])
        cut_dateline(lines[prose[0]], transcript=bool(turns))
        if not lines[prose[0]].dateline and not dateline_alone(lines[prose[0] - 1] if prose[0] else None):
            stamp_dateline(lines[:prose[0]])
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    # Short sentences next to the prose are prose too ("He declined to comment." ends many
    # articles, "Russia is angry." opens some); menus, stamps and the headline stop the search.
    while prose and last + 1 < len(lines) and short_sentence(lines[last + 1]):
        last += 1
    while prose and first > 0 and (short_sentence(lines[first - 1])
                                    or fragment_sentence(lines[first - 1])):
        first -= 1
    for i, line in enumerate(lines):
        if line.label:
            continue
        if i < first or i > last:
            line.label = "page chrome"
        elif not line.paragraph and len(line.words) <= 12 and (
                not TERMINAL.search(line.text) or title_cased(line)
                or HEADING_QUOTE_END.search(line.text)):
            line.label = "subhead"
        else:
            line.label = "body"
    return headline.text if headline is not None else ""
