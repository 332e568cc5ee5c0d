"""A reported content running on into a second speech act joined to it without a comma ends
before that act, and the second act is a row of its own: another speaker's, ``accuses Sanders
of a smear while Sanders suggests she is ...``, ``said they will not attend and others have said
...`` (with a comma, :mod:`.reported` ends the content already), or the same speaker's next act,
``... and then tweeted that ...``, ``... on Twitter before claiming that ...``. Not under
"according to", whose scope is the whole sentence.

Why a module of its own: one of the last checks on a sentence's contents
(:func:`.reported_checks.checked_contents` calls it), the only one that makes a new row, with
word lists of its own; moved out of :mod:`.reported_checks`, which was past the size limit.
"""
from __future__ import annotations

import re
from itertools import islice

from ..text import CLAUSE_TOKEN
from .article import verb_hits_in
from .attribution import Frame, frame_for_verb
from .reported_limits import finite_verb
from .reported_frames import proportion_frame
from .verbs import verb_class
from .words import FINITE_AUX

# " and others have said", " while Sanders suggests": a conjunction, then a subject of one to four
# words right before the verb (no comma: that shape is :mod:`.reported`'s)
_JOINED_SUBJECT = re.compile(r"\s+(?:and|but|while|whereas)\s+((?:[\w’'.-]+\s+){1,4})$")
# ... but not a comparison or subordinate clause inside the content ("as he suggested", "because
# Congress agreed"), nor a verb that is no speech act here ("agreed to", "said so")
_NOT_A_SUBJECT = {"as", "because", "if", "when", "than", "that", "which", "who", "what", "how",
                  "whom", "whose", "where", "since", "after", "before", "until", "unless"}
# "... and has said", "but did not suggest", "and then told": the same subject goes on
_SAME_SUBJECT = FINITE_AUX | {"not", "never", "repeatedly"}
_THEN = {"then", "also", "later", "again"}
_THAT = re.compile(r"\s+that\b")
# (not "told" / "asked": an addressee comes first, their clause is read in :mod:`.reported`)
_ACT_FORMS = {"said", "says", "added", "adds", "suggested", "suggests", "argued", "argues",
              "insisted", "insists", "claimed", "claims", "wrote", "writes", "warned", "warns",
              "noted", "notes", "replied", "replies", "countered", "counters", "acknowledged",
              "acknowledges", "predicted", "predicts", "tweeted", "tweets"}
# "... before claiming that ...", "... after saying ...": a participle of the same speaker's next
# speech act after a conjunction of time (not "by saying", the manner of the first act)
_ACT_PARTICIPLES = {"saying", "claiming", "adding", "noting", "arguing", "insisting", "suggesting",
                    "warning", "explaining", "declaring", "announcing", "tweeting", "writing",
                    "stating", "complaining", "acknowledging", "admitting", "predicting"}
_TIME_BEFORE = re.compile(r",?\s+(?:before|after|while|then)\s+$")
# ... but a participle whose verb often takes an object needs a clause after it ("while claiming
# that ...", "before explaining why ...", "after noting he had ..."): "companies that ship jobs
# overseas while claiming U.S. tax breaks", "after writing an op-ed" tell a deed, no statement
_OBJECT_PARTICIPLES = {"claiming", "noting", "explaining", "declaring", "announcing", "tweeting", "writing",
                       "stating", "acknowledging", "admitting", "predicting"}
_CLAUSE_AFTER = re.compile(r"\s+(?:that|why|how|what|whether|when|where|who|if)\b")
# A first conjunct set off by a comma: the conjunction joins the subject of an attribution set
# off by commas ("The plan, officials and diplomats said, would be ..."), not a second act
_SET_OFF_BEFORE = re.compile(r",\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$")
_NOT_AN_ACT_AFTER = re.compile(r"\s+(?:to|by|so|for)\b")


def second_speech_act(art, s, e, fr):
    """A speech act of its own joined to the content [s, e) without a comma: (where the content
    ends, the second act's row (start, end, Frame) or None); (``e``, None) when there is none.
    The second act's content runs from its verb (past a "that") to ``e``."""
    if fr.verb == "according to":
        return e, None
    for hit in verb_hits_in(art, s + 10, e):
        start, end, form = hit[0], hit[1], hit[5]
        m = _TIME_BEFORE.search(art.masked, max(s, start - 12), start)
        if form.lower() in _ACT_PARTICIPLES and m is not None:
            # "... on Twitter before claiming that ...": the same speaker's next act
            that = _THAT.match(art.masked, end)
            if form.lower() in _OBJECT_PARTICIPLES and not _CLAUSE_AFTER.match(art.masked, end) and \
                    not finite_verb(list(islice(CLAUSE_TOKEN.finditer(art.masked, end, e), 7)), loose=False):
                continue   # (an auxiliary, an irregular past or a negation: "tax breaks" is no verb)
            second = Frame(fr.speaker, hit[2], verb_class(hit[2], art.verbs), fr.via, fr.ref, start)
            return m.start(), _row(art, that.end() if that else end, e, second)
        if form.lower() not in _ACT_FORMS or _NOT_AN_ACT_AFTER.match(art.masked, end):
            continue
        m = _JOINED_SUBJECT.search(art.masked, max(s, start - 60), start)
        subject = m.group(1).lower().split() if m else []
        if not subject or _NOT_A_SUBJECT & set(subject) or subject[0] in _SAME_SUBJECT:
            continue
        if _SET_OFF_BEFORE.search(art.masked, max(s, m.start() - 40), m.start()) and \
                art.masked.startswith(",", end):
            continue   # ("The plan, officials and diplomats said, would ...": one act, set off)
        that = _THAT.match(art.masked, end)
        if set(subject) <= _THEN:   # "..., and then tweeted that ...": the same speaker again
            second = Frame(fr.speaker, hit[2], verb_class(hit[2], art.verbs), fr.via, fr.ref, start)
        else:
            # (a proportion has no reference: "... and one in four said ...")
            second = frame_for_verb(art, hit, m.start(1)) or proportion_frame(art, hit, m.start(1))
        return m.start(), _row(art, that.end() if that else end, e, second)
    return e, None


def _row(art, c_start, e, frame):
    """The row (start, end, Frame) of a second act's content from ``c_start`` to ``e``, or None
    (no frame, or fewer than three words)."""
    while c_start < e and art.masked[c_start] == " ":
        c_start += 1
    if frame is None or len(CLAUSE_TOKEN.findall(art.masked, c_start, e)) < 3:
        return None
    return c_start, e, frame
