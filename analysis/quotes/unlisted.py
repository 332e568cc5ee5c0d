"""An attribution right after a quotation whose verb the verb table lacks.

Why: after ``"...,"`` news copy puts the frame, and only the frame: a subject and a verb of
saying (``"...," an angry Hollande retaliated.``, ``"...," he mocks.``, ``"...!" beamed Donald
Hartley of Madison``). Verbs of manner (retorted, scoffed, beamed, fumed) are an open class no
list holds; the shape itself says what the verb does (AP Stylebook, "said"; Pareti 2016 on cue
verbs). So a clause of at most a few words after a comma-closed quotation, a reference and a
past or present verb form with nothing after it but adverbials or a description of the subject,
frames the quotation (a named or pronoun object may follow the verb: ``Trump assured Jones``).
The verb itself stays empty in the row: its lemma is not guessed.
"""
from __future__ import annotations

import re

from ..text import PLAIN_WORD
from .apposed import DESCRIPTION, lead_end
from .article import sentence_bounds
from .attribution import Frame, ref_at
from .subjects import bare_subject
from .coreference import resolve
from .fronted_clauses import inside_fronted_clause
from .marks import MASK
from .words import PREPOSITIONS

_CLOSED_BY = ",!?"
_CLAUSE_END = re.compile(r"[;:,!?\n]|" + MASK)   # the sentence end closes it too (not "Mr.")
# a finite verb form: "retaliated", "mocks", "scoffed" (not "'s", "-ss", "is", "was", "has")
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|[^s'’]s)")
_NOT_VERBS = {"is", "was", "has", "does", "this", "its", "his", "hers", "theirs", "yes", "thus",
              "plus", "news", "us", "always", "perhaps", "sometimes", "as", "less",
              "unless", "needed", "indeed", "ahead", "instead"}
_ADVERBIAL = PREPOSITIONS | {"on", "today", "yesterday", "later", "again", "then", "too",
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "last", "this", "earlier", "recently", "repeatedly",
                             "back", "out", "angrily", "quietly", "loudly", "simply", "bluntly"}
_NEXT_CLAUSE = {"and", "as", "before", "after", "while", "when", "then"}
_MAX_WORDS = 8
_ON_AT = {"on", "at", "about", "in", "during"}   # the adverbial after a verb of manner


def _only_adverbials(words) -> bool:
    """Do ``words`` (after the verb or its inverted subject) open only with an adverbial ("on
    Tuesday", "with a smile", "angrily", "back", "to a cheering crowd")? Not "to" + infinitive
    ("voted to adjourn")."""
    while words and words[0].lower().endswith("ly"):
        words = words[1:]
    # "Trump barked and a guard escorted Ramos out", "he snapped as he left": a new clause
    return not words or words[0].lower() in _ADVERBIAL | _NEXT_CLAUSE and (
        words[0].lower() != "to" or words[1:2] and words[1].lower() in _ADDRESSEE_OPENS)


_ADDRESSEE_OPENS = {"a", "an", "the", "his", "her", "their", "its", "reporters", "supporters"}


def unlisted_after(art, c) -> Frame | None:
    """The frame ``"...," X <verb>`` / ``"...," <verb> X`` after the closing mark ``c`` when
    the verb is not in the verb table: (subject, no verb) or None."""
    inner = art.text[max(0, c - 6):c].rstrip("'’”\"» ")
    if not inner or inner[-1] not in _CLOSED_BY or inside_fronted_clause(art, c):
        return None
    lo = c + 1
    while lo < len(art.text) and art.text[lo] in "'’”\"»":
        lo += 1
    _, hi = sentence_bounds(art, lo)
    if hi <= lo + 1 and lo + 1 < len(art.text):   # '"...?" Maddow repeated.': split at the mark
        _, hi = sentence_bounds(art, lo + 1)
    if hi <= lo:
        return None
    stop = _CLAUSE_END.search(art.masked, lo, hi)
    seg_hi = stop.start() if stop else hi
    words = list(PLAIN_WORD.finditer(art.masked, lo, seg_hi))
    cut = next((k for k, w in enumerate(words) if k >= 2 and w.group() in _NEXT_CLAUSE), None)
    if cut is not None:   # the frame ends where a new clause begins
        seg_hi, words = words[cut].start(), words[:cut + 1]
    described = _described(art, lo, stop.start(), hi) if stop is not None and \
        art.masked[stop.start()] == "," and cut is None else None
    if described is not None:
        return described
    if len(words) < 2 or words[0].group().endswith("ing") and words[0].group()[:1].islower():
        return None   # '"fantastic," telling reporters ...': a participle, no subject, follows
    for i, w in enumerate(words[:5]):
        if not _is_verb(w.group()) or cut is not None and cut != i + 1:
            continue   # the new clause must follow the verb itself ("barked and ...")
        if len(words) > _MAX_WORDS and (i == 0 or words[i + 1].group() not in _ON_AT):
            continue   # a long clause only as "the nominee riffed on Hassan's non-answer ..."
        if i == 0:   # "beamed Donald Hartley of Madison"
            ref = ref_at(art, w.end(), seg_hi, last=False)
            if ref is not None and not art.masked[w.end():ref.start].strip() and \
                    _only_adverbials(PLAIN_WORD.findall(art.masked, ref.end, seg_hi)):
                return Frame(resolve(art, ref), ref=ref)
            continue
        rest = words[i + 1:]
        obj = ref_at(art, w.end(), seg_hi, last=False, subject=False) if rest else None
        if obj is not None and obj.start == rest[0].start() and obj.kind != "plural":
            rest = [x for x in rest if x.start() >= obj.end]   # "Trump assured Jones"
        if not _only_adverbials([x.group() for x in rest]):
            continue
        # "an angry Hollande retaliated", "the editorial board writes"
        ref = ref_at(art, lo, w.start())
        if ref is None or art.masked[ref.end:w.start()].strip() or not all(
                x.group()[:1].islower() or x.group() in ("A", "An", "The")
                for x in PLAIN_WORD.finditer(art.masked, lo, ref.start)):
            ref = bare_subject(art, lo, w.start())
            if ref is None or art.masked[lo:ref.start].strip():
                continue
        return Frame(resolve(art, ref), ref=ref)
    return None


def _described(art, lo, comma, hi) -> Frame | None:
    """'"...," Howard Dean, the former governor of Vermont, proclaimed.': a name (after a role:
    :func:`.apposed.lead_end`) up to ``comma``, a description set off by commas, then the verb
    and nothing but adverbials to the clause's end."""
    while lo < comma and art.masked[lo].isspace():
        lo += 1
    ref = ref_at(art, lo, comma, last=False)
    if ref is None or ref.kind == "who" or ref.start not in (lo, lead_end(art.masked, lo)) or \
            art.masked[ref.end:comma].strip():
        return None
    desc = DESCRIPTION.match(art.masked, comma, hi)
    if desc is None:
        return None
    stop = _CLAUSE_END.search(art.masked, desc.end(), hi)
    words = PLAIN_WORD.findall(art.masked, desc.end(), stop.start() if stop else hi)
    if not words or not _is_verb(words[0]) or not _only_adverbials(words[1:]):
        return None
    return Frame(resolve(art, ref), ref=ref)


def _is_verb(word: str) -> bool:
    return bool(_VERB_FORM.fullmatch(word)) and word not in _NOT_VERBS


# "17-year-old Jared Potts echoed: "..."", "Another voter quipped, "..."": subject, verb, mark
_VERB_BEFORE = re.compile(r"([a-z]{3,}(?:ed|[^s'’]s))\s*[:,]\s*$")


def unlisted_before(art, o) -> Frame | None:
    """The frame ``X <verb>: "..."`` before the opening mark ``o`` when the verb is not in the
    verb table: a name or pronoun opening its clause, the verb, a colon or comma, the quotation
    (subject, no verb). None otherwise."""
    lo, _ = sentence_bounds(art, o)
    m = _VERB_BEFORE.search(art.masked, max(lo, o - 30), o)
    if m is None or not _is_verb(m.group(1)):
        return None
    ref = ref_at(art, lo, m.start(1))
    if ref is None or ref.kind not in ("actor", "name", "pronoun") or \
            art.masked[ref.end:m.start(1)].strip():
        return None
    clause = max(lo, max(art.masked.rfind(ch, lo, ref.start) for ch in ",;:—–") + 1)
    if any(w[:1].islower() for w in PLAIN_WORD.findall(art.masked, clause, ref.start)):
        return None   # the name must open its clause ("during the debate, Clinton cracked,")
    return Frame(resolve(art, ref), ref=ref)
