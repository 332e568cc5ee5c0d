"""Cited sources: which agencies, media and institutions an article says it relies on.

Why: outlets differ in whom they take their facts from (TASS, Sputnik, the State Department...).
A source counts as cited only when a cue ties it to the reporting, either before the name
("according to", "quoted by", "told", "a statement by") or after it ("Sputnik reported",
"Interfax news agency reported", "the State Department said"); a bare mention is not a citation.
Names are normalised through the codebook ``codebooks/sources.csv`` (Tass, ITAR-TASS -> TASS).
Photo credits ("(Xinhua/Marcos Salgado)", "| Photo: Reuters", "/VCG Photo") are kept apart with cue
"photo credit"; they sit in captions and removed page lines, outside the article text.
"""
from __future__ import annotations

import re

from ..codebooks import cached_by_file, load_sources
from ..text import after_non_word, sentence_index

COLUMNS = ["article_id", "outlet", "source", "cue", "sentence", "start", "end",
           "cue_text", "mention", "type"]
PHOTO_CUE = "photo credit"

# Cue words -> the cue class reported in the table.
_CUE_CLASS = {"according to": "according to", "quoted by": "quoted", "cited by": "quoted",
              "citing": "quoted", "quoted": "quoted", "cited": "quoted",
              "reported by": "reported", "as reported by": "reported", "report by": "reported",
              "report from": "reported", "report in": "reported", "reported": "reported",
              "reports": "reported", "wrote": "reported", "published": "reported",
              "told": "told", "in an interview with": "told", "speaking to": "told",
              "statement": "statement"}
_SAID = {"said", "says", "stated", "announced", "added", "noted", "tweeted", "confirmed",
         "claimed", "warned", "insisted", "stressed", "explained", "informed", "declared"}

# Before the name: the cue, an article, then up to three words ("the news agency TASS",
# "the Russian foreign ministry"); for said/told/quoted by these words must be capitalised or
# media words, so "Zakharova said that the ministry" is not "said the ministry".
_LEFT = re.compile(
    r"(?P<cue>[Aa]ccording\s+to|quoted\s+by|cited\s+by|as\s+reported\s+by|reported\s+by|citing|told"
    r"|in\s+an\s+interview\s+with|speaking\s+to|said|says"
    r"|statements?\s+(?:issued\s+|released\s+|published\s+|posted\s+)?(?:by|of|from|on)"
    r"|report\s+(?:by|from|in))\s+(?:(?:the|a|an)\s+)?(?P<mid>(?:[\w.’'-]+\s+){0,3})$")
_MEDIA_WORDS = {"news", "agency", "state", "official", "media", "newspaper", "daily", "broadcaster",
                "television", "channel", "website", "outlet", "radio", "wire"}
_OPEN_MID = {"according to", "statement", "report by", "report from", "report in"}
# After the name: optional possessive, up to four lowercase words that do not start a new clause
# ("news agency", "on the same day", "has repeatedly"), then a reporting verb.
_RIGHT = re.compile(
    r"^(?:['’]s?)?(?:\s*,)?(?:\s+(?!(?:that|which|and|or|but|while|because|if|when|who)\b)[a-z][\w-]*){0,4}"
    r"\s*,?\s+(?P<verb>reported|reports|wrote|published|quoted|cited|" + "|".join(sorted(_SAID)) + r")\b")

# Photo credits in captions: "(Xinhua/Marcos Salgado)", "| Photo: Reuters", "/VCG Photo",
# "Photo by AFP", "(Photo: EFE)", "Credit: Getty Images".
_PHOTO = [
    re.compile(r"\((?P<who>[A-Z][\w.&' -]{0,40}?)\s*/\s*[^()/]{1,60}\)"),
    re.compile(r"(?:^|\|)\s*(?:Photos?|Photograph|Image|Picture|Credit)s?\s*:\s*(?P<who>[^|()]+?)\s*$"),
    re.compile(r"\((?:Photos?|Image|Credit)s?\s*:\s*(?P<who>[^()]+?)\)"),
    re.compile(r"/\s*(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+Photos?\s*$"),
    re.compile(after_non_word("P") + r"(?:hotos?|hotograph|icture)\s+by\s+(?P<who>[A-Z][^|()]+?)\s*$"),
]


# A later "the ministry", "the department" refers back to the last source of that kind. (This
# and the last photo pattern open with their first letter, the word start checked after it
# (text.after_non_word): a leading \b let the engine skip nothing; same matches.)
_ANAPHOR = re.compile(after_non_word("[Tt]") +
                      r"he\s+(?P<head>ministry|department|agency|government|foreign\s+ministry)\b")


def _exact_case(alias: str) -> bool:
    """Short all-capital aliases (AP, EFE, TASS) must match in capitals."""
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


@cached_by_file
def _matcher(name: str = "sources.csv"):
    """(alias regex, {alias: row} of aliases matched as written, {lower-cased alias: row} of the
    others); the regex tries longer aliases first, so "TASS news agency" wins over "TASS"."""
    exact, folded, aliases = {}, {}, []
    for row in sorted(load_sources(name).itertuples(), key=lambda r: -len(r.alias)):
        if _exact_case(row.alias):
            exact[row.alias] = row
        else:
            folded[row.alias.lower()] = row
        aliases.append(row.alias)
    pattern = re.compile(r"(?<![\w-])(?:" + _alias_alternation(aliases, exact) + r")(?![\w-])")
    return pattern, exact, folded


def _alias_alternation(aliases: list[str], exact) -> str:
    """The aliases as one alternation, in their order, grouped under their first letter:
    ``(?i:c)(?:(?i:hina Daily)|(?<=C)NN|...)``. Why: the engine tried all ~80 aliases at each
    word of a text; grouped, it tries the few with the right first letter (the alias search over
    PolNeAR's 924 articles 0.50 -> 0.25 s CPU, synthetic 1k 0.31 -> 0.16 s). Same matches: order
    within a group is kept, and aliases with different ASCII first letters never match at the
    same place (an alias in ``exact`` keeps its first letter's case by the look-behind). Other
    first characters (under ``(?i)`` a non-ASCII letter can match a letter of another group)
    give the plain alternation."""
    def part(alias, rest):
        return re.escape(rest) if alias in exact else "(?i:" + re.escape(rest) + ")"
    if not all(a[:1].isascii() and a[:1].isalnum() for a in aliases):
        return "|".join(part(a, a) for a in aliases)
    groups: dict[str, list[str]] = {}
    for alias in aliases:
        groups.setdefault(alias[0].lower(), []).append(alias)
    out = []
    for first, group in groups.items():
        if all(a in exact and a[0] == group[0][0] for a in group):
            out.append(re.escape(group[0][0]) + "(?:" + "|".join(part(a, a[1:]) for a in group) + ")")
        else:
            out.append(f"(?i:{re.escape(first)})(?:" + "|".join(
                (f"(?<={re.escape(a[0])})" if a in exact else "") + part(a, a[1:])
                for a in group) + ")")
    return "|".join(out)


def lookup_source(name: str, codebook: str = "sources.csv"):
    """The codebook row (source, type, ...) whose alias is ``name`` or appears in it, else None."""
    pattern, exact, folded = _matcher(codebook)
    m = pattern.search(name)
    if not m:
        return None
    return exact.get(m.group()) or folded.get(m.group().lower())


def _cue(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """The cue words tying the name at [start, end) to the reporting, or None."""
    m = _LEFT.search(text, sent_start, start)
    if m:
        cue = re.sub(r"\s+", " ", m.group("cue")).lower()
        key = "statement" if cue.startswith("statement") else cue
        mid = m.group("mid").split()
        if key in _OPEN_MID or all(w[0].isupper() or w.lower() in _MEDIA_WORDS for w in mid):
            return cue
    m = _RIGHT.match(text[end:sent_end])
    if m:
        return m.group("verb").lower()
    return None


def _cue_class(cue: str) -> str:
    if cue.startswith("statement"):
        return "statement"
    return _CUE_CLASS.get(cue, "said" if cue in _SAID else cue)


def text_sources(text: str, sentences: list[dict] | None = None,
                 codebook: str = "sources.csv") -> list[dict]:
    """Cited sources in one text: dicts with source, type, cue, cue_text, mention, sentence, start,
    end. ``sentences``: the text's sentence rows (start, end); None splits the lines here."""
    pattern, exact, folded = _matcher(codebook)
    hits = [(m.start(), m.end(), exact.get(m.group()) or folded.get(m.group().lower()))
            for m in pattern.finditer(text)]
    hits += [(m.start(), m.end(), m.group("head").lower()) for m in _ANAPHOR.finditer(text)]
    found, last_of_kind = [], []
    where = sentence_index(text, sentences)
    for start, end, entry in sorted(hits, key=lambda h: (h[0], -h[1])):
        # found is disjoint and in start order, and hits come by start: only the last can overlap
        if found and start < found[-1]["end"] and found[-1]["start"] < end:
            continue
        if isinstance(entry, str):       # an anaphor: resolve to the last source of that kind
            entry = next((e for e in reversed(last_of_kind) if entry in e.source.lower()), None)
            if entry is None:
                continue
        else:
            last_of_kind.append(entry)
        s0, s1 = where.span(start)
        cue = _cue(text, start, end, s0, s1)
        if cue is None:
            continue
        found.append({"source": entry.source, "type": entry.type, "cue": _cue_class(cue),
                      "cue_text": cue, "mention": text[start:end],
                      "sentence": text[s0:s1].strip(), "start": start, "end": end})
    return found


def photo_credits(lines, text: str = "", codebook: str = "sources.csv") -> list[dict]:
    """Photo credits in caption or removed lines; one per (source, line). Offsets are those of the
    line in ``text`` when it is there, else -1."""
    found, seen = [], set()
    for line in lines:
        line = (line or "").strip()
        for pattern in _PHOTO:
            m = pattern.search(line)
            if not m:
                continue
            who = m.group("who").strip(" .,-")
            entry = lookup_source(who, codebook)
            source = entry.source if entry is not None else who
            if (source, line) in seen:
                break
            seen.add((source, line))
            at = text.find(line) if line and text else -1
            found.append({"source": source, "type": entry.type if entry is not None else "",
                          "cue": PHOTO_CUE, "cue_text": m.group().strip(), "mention": who,
                          "sentence": line, "start": at, "end": at + len(line) if at >= 0 else -1})
            break
    return found


def source_rows(article: dict, sentences: list[dict] | None = None, captions=()) -> list[tuple]:
    """Cited sources of ONE article (its articles row and sentence rows) as rows in COLUMNS order;
    ``captions`` are its caption and removed lines, searched for photo credits only. Text lines are searched for photo credits too, since
    a caption can stay in the body ("... /VCG Photo")."""
    text = article["text"]
    rows = text_sources(text, sentences)
    credits = photo_credits([*captions, *text.split("\n")], text)
    credit_lines = {(c["start"], c["end"]) for c in credits if c["start"] >= 0}
    # a citation found inside a photo-credit line is that credit, not a second citation
    rows = [r for r in rows if not any(s <= r["start"] < e for s, e in credit_lines)] + credits
    aid, outlet = article["article_id"], article["outlet"]
    return [(aid, outlet, *(r[c] for c in COLUMNS[2:])) for r in rows]
