"""An article's outlet, publication date and dateline: read off its labelled lines (stamps,
credits, the dateline cut from the first paragraph), then the manifest wins over what the
file's form states (an export's columns, an HTML page's ``<meta>`` tags), which wins over what
is read off the text.

Why a module of its own: the precedence is one rule for every input form, and each time the
manifest overrides what the page says is one problem row, so a wrong manifest is seen.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import metadata

if TYPE_CHECKING:
    from .lines import Line


def article_metadata(kept: list[Line], manifest: dict, given: dict, label: str,
                     problems: list[dict]):
    """Publication date, dateline place and date, outlet: from the page, what the file's form
    states (``given``) winning over it and the manifest over both."""
    first_body = next(i for i, l in enumerate(kept) if l.label in ("body", "subhead"))
    stamps = [(l.text, i < first_body) for i, l in enumerate(kept) if l.label == "metadata line"]
    found_date = metadata.publication_date([t for t, _ in stamps], [h for _, h in stamps])
    dateline, dateline_day, credits = "", None, []
    for line in kept:
        if line.dateline:
            match = line.dateline
            dateline = match["place"]
            if match["credit"] or match["slash_credit"]:
                credits.append(match["credit"] or match["slash_credit"])
            dateline_day = match["date"]
    for i, line in enumerate(kept):
        if line.label == "metadata line" and (m := metadata.SOURCE_LINE.match(line.text)):
            # Below the body, an unknown "Source: NATO." names a chart's data, not the page's
            # outlet; a page's own stamp stands above it or carries its date.
            if i < first_body or metadata.is_known_outlet(m["credit"]) or metadata.parse_date(line.text):
                credits.append(m["credit"])
        elif line.label == "metadata line" and (m := metadata.STAMP_CREDIT.match(line.text)):
            if metadata.is_known_outlet(m["credit"]):
                credits.append(m["credit"])
        elif line.label == "credit":
            m = metadata.CREDIT_LINE.match(line.bare) or metadata.COPYRIGHT.match(line.bare)
            credit = m["credit"] if m else line.bare
            if metadata.is_known_outlet(credit):
                credits.append(credit)
    known = [metadata.normalize_outlet(c) for c in credits if metadata.is_known_outlet(c)]
    detected = given.get("outlet") or (
        known[0] if known else metadata.normalize_outlet(credits[0]) if credits
        else metadata.outlet_from_page_signature([l.bare for l in kept]))
    outlet = _prefer_manifest("outlet", manifest.get("outlet", ""), detected, label, problems)
    published = _prefer_manifest("published", manifest.get("published", ""), given.get("published")
                                 or (found_date.isoformat() if found_date else ""), label, problems)
    if not outlet:
        problems.append({"file": label, "problem": "outlet not recognised; add it to manifest.csv "
                         "or codebooks/outlets.csv"})
    elif credits and not known and outlet == detected and not given.get("outlet"):
        problems.append({"file": label, "problem": f"outlet '{outlet}' taken from the credit as printed; "
                         "add it to codebooks/outlets.csv to fix its spelling"})
    year = int(published[:4]) if published else None
    day = metadata.month_day(dateline_day, year) if dateline_day else None
    if day and published and day > date.fromisoformat(published):
        day = metadata.month_day(dateline_day, year - 1)
    return published, dateline, day.isoformat() if day else "", outlet


def _prefer_manifest(field_name: str, given: str, detected: str, label: str, problems: list[dict]) -> str:
    if given and detected and given != detected:
        problems.append({"file": label, "problem": f"manifest gives {field_name} '{given}', the page "
                         f"says '{detected}'; using the manifest"})
    return given or detected
