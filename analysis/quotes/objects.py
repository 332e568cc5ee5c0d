"""Speech acts told by their object, not by a clause: ``called for dialogue``, ``urged allies to
...``, ``accused Washington of ...``, ``blasted the move as ...``, ``spoke about the economy``,
``asked whether ...``, ``called him a fascist``.

Why a module of its own: where such a content starts (at the object, after a preposition, at a
question word) and ends (at a clause break, a coordinated speech act) is one job, shared by the
reported-clause step (:mod:`analysis.quotes.reported`) and the naming shape "X called Y Z", which
is no codebook verb (a telephone call must not take quotations' speakers). The seed gold's
guidelines (gold/README.md, "Speech acts told by their object") fix where a content starts.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .article import verb_hits_in
from .attribution import frame_for_verb
from .marks import MASK, trim
from .words import PREPOSITIONS

# Speech acts whose content is their object, not a clause: "called for steep new tariffs",
# "promised to cut taxes", "warned of a trade war" (the content runs from the verb) ...
OBJECT_CONTENT = {"call for", "demand", "propose", "promise", "vow", "pledge", "threaten",
                  "predict", "warn"}
_OBJECT_NEEDS_PREP = {"warn"}   # "warned of/against a trade war", not "warned officials"
_WH = ("whether", "if", "how", "why", "what", "who", "when", "where")   # a question's content
# ... or follows an addressee or target: "urged NATO allies to ...", "accused Washington of ...",
# "blasted the move as ...": the content starts at (to) or after (of, as, for) the first of these.
CONTENT_AFTER_OBJECT = {"urge": ("to",), "call on": ("to",), "ask": ("to",) + _WH[:7],
                        "press": ("to", "for"), "appeal": ("to", "for"), "request": ("to",),
                        "order": ("to",), "accuse": ("of",), "charge": ("with", "of"),
                        "blast": ("as", "for"), "slam": ("as", "for"), "denounce": ("as", "for"),
                        "condemn": ("as", "for"), "criticize": ("as", "for"), "attack": ("as", "for"),
                        "describe": ("as",), "rebuke": ("for",), "dismiss": ("as",),
                        "reject": ("as",), "praise": ("as", "for")}
# ... or by what comes right after it: a topic ("spoke about the economy", "commented on the
# case", "responded to the criticism", "asked for a recount") or a question ("asked whether ...",
# "explained how ..."): the content starts after the preposition, at the question word.
TOPIC_AFTER = {"speak": ("about", "of"), "comment": ("on", "about"), "respond": ("to",),
               "reply": ("to",), "complain": ("about", "of"), "joke": ("about",),
               "write": ("about", "of"), "tweet": ("about",), "boast": ("about", "of"),
               "brag": ("about",), "testify": ("about",), "lament": ("about",),
               "ask": ("about", "for") + _WH, "explain": _WH[:7], "question": _WH[:7],
               "describe": _WH[:7], "announce": _WH[:7], "tell": ("about",)}
_INCLUDED = {"to"} | set(_WH)
_CALL = re.compile(r"(?<![\w-])(?:call|calls|called|calling)(?![\w-])")
_CALLED_OBJECT = {"him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me",
                  "us", "you", "this", "that"}
_NOT_A_NAME_GIVEN = PREPOSITIONS | {"back", "off", "up", "out", "and", "or", "but", "again", "later",
                                    "after", "today", "yesterday", "tonight", "when", "while", "who",
                                    "which", "that", "was", "is", "were", "are", "has", "had",
                                    "said", "says"}
_OBJECT_END = re.compile(r"[,;:—–(]|\s-\s")
_AND_AT_END = re.compile(r"\s+(?:and|but|while)\s*$")
_INFINITIVE = re.compile(r"\bto\s+$")
COORDINATED = re.compile(r"(?:\band|\bbut|,)\s+$")   # "... and said he was severing ties"
TIME_ADVERBS = {"today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                 "friday", "saturday", "sunday", "earlier", "later", "again", "also", "now",
                 "repeatedly", "publicly", "privately", "recently", "previously", "then", "often"}
_OBJECT_WORD = re.compile(r"[\w’'.\-]+|\x00+|[,;:.()]")   # a quotation (masked) is one word
# A dash that opens an aside the sentence does not close ("... to committee members - there are
# two from each district"): the reporter's addition (a closed pair, "— as ... —", stays)
DASH = re.compile(r"\s[-—–]{1,2}\s")


def object_content(masked, lemma, start, end, hi):
    """Start of the content of a speech act told by its object (see :data:`OBJECT_CONTENT`,
    :data:`CONTENT_AFTER_OBJECT`), or None. The object may not cross punctuation."""
    if _INFINITIVE.search(masked, max(0, start - 12), start):
        return None   # "to confirm their address", "need a majority to confirm"
    if lemma in OBJECT_CONTENT:
        m = _OBJECT_WORD.search(masked, end, hi)
        if m is None or not m.group()[0].isalnum() or m.group().lower() in ("that", "by", "on",
                                                                           "in", "at"):
            return None
        if lemma in _OBJECT_NEEDS_PREP and m.group().lower() not in ("of", "against", "about"):
            return None
        if m.group().lower() in ("of", "against", "about"):
            m = _OBJECT_WORD.search(masked, m.end(), hi)
            return m.start() if m is not None and m.group()[0].isalnum() else None
        return m.start()
    m = _OBJECT_WORD.search(masked, end, hi)
    while m is not None and m.group().lower() in TIME_ADVERBS:
        m = _OBJECT_WORD.search(masked, m.end(), hi)
    if m is not None and m.group().lower() in TOPIC_AFTER.get(lemma, ()):
        if m.group().lower() in _WH:
            return m.start()
        nxt = _OBJECT_WORD.search(masked, m.end(), hi)
        return nxt.start() if nxt is not None and nxt.group()[0] not in ",;:.()" else None
    preps = CONTENT_AFTER_OBJECT.get(lemma)
    if not preps:
        return None
    found = {}
    for k, m in enumerate(_OBJECT_WORD.finditer(masked, end, hi)):
        w = m.group()
        if k > 10 or not w[0].isalnum() and w not in ".'’-" and w[0] != MASK:
            break
        if k and w.lower() in preps:
            found.setdefault(w.lower(), m)
    m = next((found[p] for p in preps if p in found), None)   # the listed order decides
    if m is None:
        return None
    if m.group().lower() in _INCLUDED:
        return m.start()
    nxt = _OBJECT_WORD.search(masked, m.end(), hi)
    return nxt.start() if nxt is not None and nxt.group()[0] not in ",;:.()" else None


def _called(masked, at, hi):
    """Start of "called him a fascist", "calls North Carolina her home state" (the object and the
    name given it, as PolNeAR annotates) after the verb ending at ``at``, or None: "called him on
    Friday", "called it off", "called Lavrov to discuss", "a group called Friends of ..."."""
    m = _OBJECT_WORD.search(masked, at, hi)
    if m is None:
        return None
    words = list(_OBJECT_WORD.finditer(masked, m.start(), min(hi, m.start() + 80)))[:6]
    k = 1 if words and words[0].group().lower() in _CALLED_OBJECT else 0
    if not k and len(words) > 2 and words[0].group().lower() in ("the", "his", "her", "their"):
        k = 2    # "called the move a coup", "called the White House ..."
    while k < len(words) and k < 4 and words[k].group()[:1].isupper():
        k += 1   # a name: "North Carolina", "Mr. Trump"
    if not k or k >= len(words):
        return None
    nxt = words[k].group()
    if not nxt[0].isalnum() or nxt.lower() in _NOT_A_NAME_GIVEN:   # (a quotation has its row)
        return None
    return m.start()


def object_end(art, start, hi):
    """End of an object content from ``start``: the first comma, semicolon, colon, parenthesis or
    dash, past a pair of dashes ("specifics — including the cost — of their plans"), or a
    coordinated speech act ("blasted the move as a coup and said ..."), less a trailing "and"."""
    masked, pos, end = art.masked, start, hi
    while (stop := _OBJECT_END.search(masked, pos, hi)) is not None:
        pair = DASH.search(masked, stop.end(), hi) if stop.group().strip() in "—–-" else None
        if pair is None:
            end = stop.start()
            break
        pos = pair.end()
    end = min([end] + [h[0] for h in verb_hits_in(art, start, end)
                       if COORDINATED.search(masked, max(0, h[0] - 6), h[0])])
    cut = _AND_AT_END.search(masked, start, end)
    return cut.start() if cut else end


def names_given(art, lo, hi, taken):
    """Rows of "X called Y Z" in the sentence [lo, hi) outside the spans ``taken``. "Call" is no
    verb of the codebook: a telephone call ("Pompeo called Lavrov to discuss ...") must not take
    quotations' speakers; only the naming shape counts here."""
    out = []
    for m in _CALL.finditer(art.masked, lo, hi):
        c_start = _called(art.masked, m.end(), hi)
        if c_start is None or any(s <= c_start < e for s, e in taken):
            continue
        s, e = trim(art.text, c_start, object_end(art, c_start, hi))
        e = e - 1 if e > s and art.text[e - 1] in ".!?" else e
        fr = frame_for_verb(art, (m.start(), m.end(), "call", "confrontational", False, m.group()), lo)
        if fr is not None and n_words(art.text[s:e]) >= 2:
            out.append((s, e, fr))
    return out


def n_words(text: str) -> int:
    return sum(1 for w in CLAUSE_TOKEN.findall(text.replace(MASK, " ")) if w[0].isalnum())
