"""Labels a line gets from the other lines of its page: the shorter copy of a caption, the
links under a "RELATED" label, a text printed twice, a pull quote the article prints again in a
paragraph, the headline glued to the start of a paragraph.

Why a module of its own: each rule compares a line with its neighbours or with the whole page,
after the line-alone labels (:mod:`.line_labels`); :func:`.clean.classify` runs them in order.
"""
from __future__ import annotations

import re

from .lines import Line, is_prose, short_sentence


def captions_without_credit(lines: list[Line]) -> None:
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


def related_links(lines: list[Line]) -> None:
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
            if following.label or is_prose(following) or short_sentence(following):
                break
            following.label = line.label = "related link"


def mark_duplicates(lines: list[Line]) -> None:
    """Keep the first copy of any text printed twice (a whole body, a headline, a caption)."""
    seen: set[str] = set()
    for line in lines:
        if line.label not in ("", "headline", "caption"):
            continue
        key = line.key
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
    keys = [(l, l.key) for l in lines if not l.label]
    for line in quotes:
        key = line.key
        if any(other is not line and len(text) > len(key) and key in text for other, text in keys):
            line.label = "duplicate"


#: A sentence going on after the headline's words ("Coal has been in a death spiral. The ..."):
#: no headline glued to it (cut, a Salon paragraph began ". The country ...").
_SENTENCE_GOES_ON = re.compile(r"[.,;:!?…\"”’')\]]")


def cut_glued_headline(lines: list[Line], headline: str) -> None:
    """'...Attempt in CaracasLavrov and Arreaza are...': the headline fused to a paragraph."""
    for line in lines:
        if (not line.label and line.text.startswith(headline) and len(line.text) > len(headline)
                and not _SENTENCE_GOES_ON.match(line.text, len(headline))):
            line.prefix, line.prefix_reason = headline, "glued headline"
