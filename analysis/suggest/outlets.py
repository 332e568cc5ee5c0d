"""A draft outlet codebook: the credits and bylines the pages print, with where they were seen.

Why: the metadata reader names an outlet only by an alias ``outlets.csv`` lists; a study's own
pages print credits the package has never seen ("(TELESUR) –", "Source: Xinhua", "© 2019 TASS",
"(Xinhua/Marcos Salgado)"). The cleaning step already cut those lines out and kept them
(``removed_lines``: reasons credit, dateline, metadata line, byline); photo credits are in
``cited_sources`` (cue "photo credit"). This module only reads them back and counts them.
"""
from __future__ import annotations

import re

import pandas as pd

from ..corpus.metadata import (
    CREDIT_LINE,
    SOURCE_LINE,
    is_known_outlet,
    normalize_outlet,
)

CODEBOOK_COLUMNS = ["outlet", "kind", "pattern", "notes"]
EVIDENCE_COLUMNS = ["seen_as", "lines", "articles", "known", "example", "review"]
OUTLET_COLUMNS = CODEBOOK_COLUMNS + EVIDENCE_COLUMNS

_DATELINE_CREDIT = re.compile(r"\((?P<credit>[^()]{1,40})\)\s*(?:--|—|–|-)?\s*$|/(?P<slash>[^/]{1,40})/\.?\s*$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<credit>.{1,60}?)[.\s]*$", re.IGNORECASE)
_WIRE_BYLINE = re.compile(r"\b(?:reporting|writing|editing|compiled|translated|produced)"
                          r"(?: and \w+)? by\s+(?P<names>[^;()]{2,80})", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*by\s+(?P<names>.{2,80}?)\s*$", re.IGNORECASE)


def credits_in(line: str, reason: str) -> list[tuple[str, str]]:
    """(credit as printed, seen_as) found in one removed line of the given reason."""
    text = " ".join(str(line).split())
    if reason == "byline":
        found = _BYLINE.match(text)
        return [(found["names"], "byline")] if found else []
    if reason == "dateline":
        found = _DATELINE_CREDIT.search(text)
        return [((found["credit"] or found["slash"]).strip(), "dateline credit")] if found else []
    if reason in ("credit", "metadata line"):
        wire = _WIRE_BYLINE.findall(text)
        if wire:
            return [(names.strip(), "wire byline") for names in wire]
        for regex, seen in ((CREDIT_LINE, "credit line"), (SOURCE_LINE, "source line"),
                            (_COPYRIGHT, "copyright line")):
            found = regex.match(text)
            if found and found["credit"].strip():
                return [(found["credit"].strip(), seen)]
    return []


def suggest_outlets(tables) -> pd.DataFrame:
    """outlets.csv draft (:data:`OUTLET_COLUMNS`) from a :class:`analysis.tables.Tables`: one row
    per credit, byline or outlet name seen, sorted by outlet, seen_as, pattern. Credits become
    ``alias`` rows of the outlet they name; bylines say who wrote for the article's outlet and
    have no kind (an outlet codebook has no place for authors: keep them in your notes)."""
    seen = []
    articles = tables.articles
    outlet_of = dict(zip(articles["article_id"], articles["outlet"])) if len(articles) else {}
    for aid, outlet in outlet_of.items():
        if outlet:
            seen.append((outlet, "alias", outlet, "article outlet", aid, outlet))
    removed = tables.removed_lines
    if len(removed):
        for aid, line, reason in zip(removed["article_id"], removed["text"], removed["reason"]):
            for credit, how in credits_in(line, reason):
                if how in ("byline", "wire byline"):
                    seen.append((outlet_of.get(aid, ""), "", credit, how, aid, line))
                else:
                    seen.append((normalize_outlet(credit), "alias", credit, how, aid, line))
    sources = tables.cited_sources
    if len(sources):
        photos = sources[sources["cue"] == "photo credit"]
        for aid, source, line in zip(photos["article_id"], photos["source"], photos["sentence"]):
            seen.append((normalize_outlet(source), "alias", source, "photo credit", aid, line))
    frame = pd.DataFrame(seen, columns=["outlet", "kind", "pattern", "seen_as", "article_id",
                                        "line"])
    if not len(frame):
        return pd.DataFrame(columns=OUTLET_COLUMNS)
    rows = []
    for (outlet, kind, pattern, how), part in frame.groupby(
            ["outlet", "kind", "pattern", "seen_as"], sort=True):
        known = "yes" if kind == "alias" and is_known_outlet(pattern, prefix=False) else "no"
        rows.append((outlet, kind, pattern, "", how, len(part), part["article_id"].nunique(),
                     known, " ".join(str(part["line"].iloc[0]).split()), ""))
    return pd.DataFrame(rows, columns=OUTLET_COLUMNS)
