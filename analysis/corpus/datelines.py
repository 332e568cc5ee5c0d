"""Datelines and their kin on a page: where and when a story was filed, and who filed it.

Why a module of its own: the cleaner (:mod:`.clean`) decides what each line is; these rules cut
the dateline, a time stamp before it, an agency credit or a byline off the first paragraph
("MOSCOW, May 5 (Xinhua) -- ", "New York (AFP) – ", "By Aaron Humes: "), read a dateline printed
on its own line above it ("WASHINGTON —"), or take one from a stamp above the article ("May 01,
12:11 UTC+3 MOSCOW"), and keep each as metadata (``Line.dateline``), never as body text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import metadata
from ..text import DATELINE, MONTH_WORD

if TYPE_CHECKING:
    from .lines import Line

# A publication stamp ending in a time, that a dateline place follows ("May 01, 12:11 UTC+3
# MOSCOW"): group ``stamp`` (its ``date`` a month and day), then the place or a whole dateline.
TIME_STAMP = re.compile(
    rf"(?P<stamp>(?:(?:\w+,?\s+)?(?P<date>{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD})"
    r"(?:,?\s+(?:19|20)\d\d)?,?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\s+[A-Z]{2,4}\b)?)\s+")
STAMP_PLACE = re.compile(TIME_STAMP.pattern + r"(?P<place>[A-Z][A-Z.'\- ]*[A-Z])")
# An agency credit opening the first paragraph without a place: "(TELESUR) – The government ...".
CREDIT_LEAD = re.compile(r"^\((?P<credit>[^()]{1,40})\)\s*(?:--|—|–|-)\s+(?=\S)")
# A Latin American agency's dateline, place in title case, date and credit required, no dash
# needed: "Caracas, May 1 (Prensa Latina) Venezuelan ...", "Quito, Jan 5 (EFE).- The ...".
TITLED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})(?P<region>(?:, [A-Z][A-Za-z.]+)*?),\s*"
    rf"(?P<date>{MONTH_WORD}\s+\d{{1,2}})\s*\((?P<credit>[^()]{{1,40}})\)\s*(?:\.?\s*(?:--|—|–|-)|:)?"
    r"\s+(?=[A-Z“\"«])")
# A wire dateline in title case with its agency and a dash, no date: "New York (AFP) – The ...",
# "London (Reuters) - ..." (house styles of AFP, CNN, Reuters): the credit in capitals or a known
# outlet, so that "Senator Cole (Ohio) - " stays text.
AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*\((?P<credit>[A-Z][^()]{0,39})\)\s*"
    r"(?:--|—|–|-)\s+(?=[A-Z“\"«])")

# A dateline closed by a colon, South Asian and Gulf papers' house style ("NEW DELHI: The ...",
# "ISLAMABAD: ...", "DUBAI: ..."): the place in capitals, up to three words; never a label that
# opens a lede ("BREAKING:", "UPDATE:", "WATCH:"), nor the first turn of a transcript, whose
# later paragraphs open the same way (see :func:`cut_dateline`).
COLON_DATELINE = re.compile(
    r"^(?!(?:BREAKING|UPDATED?|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITORIAL|COMMENT|LIVE|VIDEO|"
    r"PHOTOS?|NOTE|CORRECTION|FILE|READ|ALSO|FACT|EDITOR|CAPTION|TRANSCRIPT|SPOILER|WARNING)\b)"
    r"(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):\s+(?=[A-Z“\"])")


def cut_dateline(line: Line, transcript: bool = False) -> None:
    """'MOSCOW, May 5 (Xinhua) -- ', 'Caracas, May 1 (Prensa Latina) ' or 'New York (AFP) – '
    opens the first paragraph: metadata, not body text. So do a time stamp before it ('May 01,
    12:11 UTC+3 MOSCOW, May 1. /TASS/. ') and a credit alone ('(TELESUR) – ')."""
    if line.prefix:
        return
    stamp = TIME_STAMP.match(line.text)
    cut = stamp.end() if stamp and stamp["date"] else 0
    match = DATELINE.match(line.text[cut:]) or TITLED_DATELINE.match(line.text[cut:])
    agency = None if match else AGENCY_DATELINE.match(line.text[cut:])
    if agency and (agency["credit"].isupper() or metadata.is_known_outlet(agency["credit"], prefix=False)):
        match = agency   # "London (Reuters) -", not "Senator Cole (Ohio) -"
    if match is None and not transcript:
        match = COLON_DATELINE.match(line.text[cut:])
    found = _dateline_fields(match) if match else None
    if found:
        line.prefix, line.prefix_reason = line.text[:cut + match.end()].rstrip(), "dateline"
        line.dateline = {**found, "date": found["date"] or (stamp and stamp["date"])}
    elif match := CREDIT_LEAD.match(line.text):
        line.prefix, line.prefix_reason = match.group(0).rstrip(), "dateline"
        line.dateline = {"place": "", "date": None, "credit": match["credit"], "slash_credit": None}
    elif match := BYLINE_LEAD.match(line.text):
        line.prefix, line.prefix_reason = match.group(0).rstrip(), "byline"


#: A byline opening the first paragraph, closed by a colon or dash ("By Aaron Humes: The ..."):
#: two to four capitalised names, so "By Tuesday, the" and "By then: ..." are none.
BYLINE_LEAD = re.compile(r"By (?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+\s*(?::|\s[-–—])\s+(?=[\"“‘']?[A-Z])")


def dateline_alone(line: Line | None) -> bool:
    """A dateline printed on its own line right above the first paragraph ("WASHINGTON —",
    a Los Angeles Times page's own element): a dateline, not page chrome."""
    if line is None or line.label:
        return False
    match = DATELINE.match(line.text + " .")
    if not match or match.end() != len(line.text) + 1:
        return False
    found = _dateline_fields(match)
    if not found:
        return False
    line.label, line.dateline = "dateline", found
    return True


def _dateline_fields(match) -> dict | None:
    """The fields of a dateline pattern's match (absent groups empty), or None when it names too
    little to be a dateline: no credit, no date and a place of under four letters."""
    found = {"slash_credit": None, "date": None, "credit": None, "region": "", **match.groupdict()}
    return found if (found["credit"] or found["slash_credit"] or found["date"]
                     or len(found["place"]) >= 4) else None


def stamp_dateline(header: list[Line]) -> None:
    """A stamp above the article that ends in a dateline place ('May 01, 12:11 UTC+3 MOSCOW')
    gives the dateline, when the first paragraph has none."""
    for line in header:
        match = STAMP_PLACE.fullmatch(line.text) if line.label == "metadata line" else None
        if match and match["date"]:
            line.dateline = {"place": match["place"], "date": match["date"], "credit": None,
                             "slash_credit": None}
            return
