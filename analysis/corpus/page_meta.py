"""What a saved HTML page states about itself beyond its ``<meta>`` tags: the schema.org article
(JSON-LD) with its publication time and publisher, the site name its ``<title>`` ends with, and
the local day of a time stamp written in UTC.

Why: read on 58 saved English news pages (trafilatura's test pages), ``<meta>`` tags alone left
13 pages without a date and 12 without an outlet although the page states them (BBC, Politico
and the New York Times give their date only in JSON-LD; many small papers name themselves only
in the ``<title>``: ``Two more gunned down | The Tribune``); 12 headlines carried the site's name
(``Forex motion defeated in Senate - Trinidad and Tobago Newsday``), and 4 dates were the UTC
day after the one the outlet printed (an evening story stamped ``...T02:25:54Z``). Nothing here
guesses: a field the page does not state stays empty.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta

#: Separators between a page title's parts: "Headline | Section | Site", "Headline - Site".
_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")
_ADDRESS = re.compile(r"^https?://(?:www\.)?", re.I)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)
_DOMAIN_END = re.compile(r"\.(?:com|org|net|co\.[a-z]{2}|[a-z]{2})$", re.I)
#: A part that is only a date: "19.01.2020", "2020-01-19", "January 19, 2020".
_DATE_PART = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|[A-Z][a-z]+\.? \d{1,2},? \d{4})$")
#: A date in an address's path: /2022/04/21/ or /story/2020-02-19/.
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|$|[^\d])")
_UTC_STAMP = re.compile(r"^\s*(\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)\s*$")


def json_ld(tree) -> dict:
    """``published`` (datePublished) and ``outlet`` (publisher's name) of the page's article in
    its JSON-LD blocks; "" for what they do not state. The article is the first object whose
    type names an article (``NewsArticle``, ``ReportageNewsArticle`` ...), else the first with a
    datePublished (a ``WebPage``); a publisher given by ``@id`` is looked up among the objects."""
    objects = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            objects += list(_objects(json.loads(script.text or "")))
        except (ValueError, RecursionError):
            continue    # a broken block says nothing; the page's other blocks still count
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and o.get("name")}
    dated = [o for o in objects if isinstance(o.get("datePublished"), str)]
    article = next((o for o in dated if "Article" in " ".join(_types(o))), None) or \
        next(iter(dated), None) or next((o for o in objects if "Article" in " ".join(_types(o))), {})
    publisher = article.get("publisher")
    publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
    if isinstance(publisher, dict) and not publisher.get("name"):
        publisher = by_id.get(publisher.get("@id"), publisher)
    name = publisher.get("name") if isinstance(publisher, dict) else publisher
    published = article.get("datePublished")
    return {"published": published.strip() if isinstance(published, str) else "",
            "outlet": name.strip() if isinstance(name, str) else ""}


def _objects(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type", [])
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def site_name(name: str) -> str:
    """A site name without the tagline its first part is followed by:
    ``The Tico Times | Costa Rica News | Travel`` -> ``The Tico Times``; a site address given as
    its name without scheme and slash (``https://pawszilla.com`` -> ``pawszilla.com``)."""
    name = _ADDRESS.sub("", name.strip()).rstrip("/") if name else ""
    first = _SEPARATOR.split(name, maxsplit=1)[0].strip() if name else ""
    return first if re.search(r"\w", first) else ""


def title_outlet(title: str, headline: str) -> str:
    """The site a page's ``<title>`` names after its headline (``<headline> | Section | Site``):
    its last part; when that is a bare domain, the part before it if it begins with the domain's
    name (``NationPost Barbados — nationpost.com``; not ``News Extra | dailyexpress.com``, a
    section); "" when the title does not start with the headline or names nothing after it."""
    if not title or not headline or _fold(title[:len(headline)]) != _fold(headline):
        return ""
    rest = title[len(headline):]
    if not _SEPARATOR.match(rest):
        return ""
    parts = [p.strip() for p in _SEPARATOR.split(rest)[1:] if p.strip() and not _DATE_PART.match(p.strip())]
    if not parts or not _DOMAIN.match(parts[-1]):
        return parts[-1] if parts else ""
    domain = _fold(re.sub(r"^www\.", "", parts[-1], flags=re.I).split(".")[0])
    return parts[-2] if len(parts) > 1 and _fold(parts[-2]).startswith(domain) else ""


def without_site(headline: str, names: list[str]) -> str:
    """``headline`` without the trailing parts that name the site (one of ``names``, compared
    without case, "The", punctuation or a domain ending) or give a date:
    ``Forex motion defeated - Trinidad and Tobago Newsday`` -> ``Forex motion defeated``;
    ``Berlin confronts its past | DW | 19.01.2020`` with ``DW.COM`` -> ``Berlin confronts its past``.
    A headline that would be left with fewer than two words stays as it is."""
    folded = {_fold(n) for n in names if n and _fold(n)}
    if not folded:
        return headline
    for sep in _SEPARATOR.finditer(headline):
        head, tail = headline[:sep.start()].strip(), headline[sep.end():]
        parts = [p.strip() for p in _SEPARATOR.split(tail)]
        named = _fold(tail) in folded or any(_fold(p) in folded for p in parts)
        if named and len(head.split()) >= 2 and (_fold(tail) in folded or all(
                _fold(p) in folded or _DATE_PART.match(p) for p in parts)):
            return head
    return headline


def same_name(a: str, b: str) -> bool:
    """Two spellings of one site's name: ``Salon`` and ``Salon.com``, ``The Tribune`` and ``Tribune``."""
    return bool(a and b) and _fold(a) == _fold(b)


def _fold(text: str) -> str:
    text = _DOMAIN_END.sub("", text.strip().casefold())
    text = re.sub(r"\W", "", text)
    return text[3:] if text.startswith("the") and len(text) > 6 else text


def local_day(stamp: str, url: str, day: str) -> str:
    """The outlet's own day for ``day`` (YYYY-MM-DD of ``stamp``): when the stamp is in UTC and
    the page's address dates the story one day apart, the address's day (the outlet's local
    day: a US evening story is stamped after midnight UTC). Else ``day``."""
    if not day or not _UTC_STAMP.match(stamp or ""):
        return day
    found = _URL_DAY.search(url or "")
    try:
        in_url = date(*map(int, found.groups())) if found else None
    except ValueError:
        return day
    if in_url and abs(in_url - date.fromisoformat(day)) == timedelta(days=1):
        return in_url.isoformat()
    return day
