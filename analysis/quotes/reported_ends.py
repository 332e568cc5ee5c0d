"""Where a reported clause read after its verb gives way to the reporter's words: a comment
after a comma (", however ...", ", which ...", ", putting ..."), a new clause of its own
(", and the ACLU has sued"), and the same cues after a mid-sentence ", he said,".

Why a module of its own: :mod:`.reported` finds clauses and was over the size limit; these are
the shape tests it asks at a clause's end (Pareti 2016: the content is the reported proposition,
not the reporter's frame or comment around it; measured on PolNeAR train).
"""
from __future__ import annotations

import re
from itertools import islice

from ..text import CLAUSE_TOKEN
from .clauses import but_predicate
from .object_limits import aside_resumes
from .objects import DASH, SETTING, has_finite_verb
from .words import DETERMINERS, NOT_PARTICIPLE, PRONOUNS

# ", however ...", ", compared with ...", ", putting them ahead ...": the reporter's comment after
# a reported clause (a participle or a contrast after a comma), not the speaker's words; so are a
# non-restrictive relative (", which will ...", ", for whom he ..."), an appended noun phrase
# (", a swipe at ...", ", one that ...", ", the latter ..."), ", as was the case ...", ", whether
# ..." (not ", but ...": see :func:`.clauses.but_predicate`; nor a concession, "although ...",
# "despite ...": the speaker's hedge)
CLAUSE_END = re.compile(r",\s+(however|while|whereas|compared|according|"
                         r"unlike|which|who|whom|whose|(?:for|of|to|with|by|in)\s+wh(?:om|ich)|"
                         r"an?|one\s+that|the\s+latter|whether|as\s+(?:was|were|is|are|has|have|"
                         r"had|did|do|does)|[a-z]{2,}ing)\b")
# "— for instance, spotlighting ...": the comma after an example marker opens the example
_MARKER_BEFORE = re.compile(r"\bfor\s+(?:instance|example)\s*$")
# A relative or appositive inside the reported clause's subject ("said the decision, which struck
# down ..., illustrates"): no cut before the clause has its own finite verb
_IN_SUBJECT = re.compile(r"(?i)which|who|whom|whose|an?\b|[a-z]{2,}ing\b")
# ", and his campaign is approaching delegates": a new clause after a comma and a conjunction is
# the reporter's (PolNeAR's annotators end the content there)
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?!that\b)")

# Words that open a clause after a conjunction or a named addressee ("and the ACLU has sued",
# "told POLITICO he'll")
CLAUSE_OPENERS = (DETERMINERS - {"of", "in", "for", "with", "press", "news"}) | set(PRONOUNS)


def reporter_comment(seen, masked, c_start, c_end, speech_at):
    """The first :data:`CLAUSE_END` match in ``seen`` [c_start, c_end) (``masked`` with the commas
    inside closing marks shown) that is the reporter's comment, or None: not a participle that is
    a speech act told by its object (``speech_at``: verb start -> takes a clause), not right
    after "for instance", not opening the content ("that, while ..., workers": fronted), and not
    a relative, apposition or participle inside the clause's subject before its finite verb
    ("Millennials, numbering 75 million,")."""
    for m in CLAUSE_END.finditer(seen, c_start, c_end):
        if m.group(1).lower() in NOT_PARTICIPLE or not speech_at.get(m.start(1), True) or \
                _MARKER_BEFORE.search(seen, max(c_start, m.start() - 16), m.start()) or \
                not seen[c_start:m.start()].strip():
            continue
        if _IN_SUBJECT.match(m.group(1)) and not has_finite_verb(
                list(CLAUSE_TOKEN.finditer(masked, c_start, m.start()))) and (
                not m.group(1).endswith("ing") or m.start(1) not in speech_at and
                len(CLAUSE_TOKEN.findall(masked, c_start, m.start())) <= 3):
            continue
        if not m.group(1).endswith("ing") and (resume := aside_resumes(seen, m.start(), c_end)) \
                is not None and not SETTING.match(seen, resume):
            continue
        return m
    return None


def after_aside_end(art, at, hi):
    """Where the content resumed after a mid-sentence ", he said," (from ``at``) gives way to
    the reporter: the clause-end cues of a verb-first content (", the latter ...", ", which ...",
    a lone dash, ", and <new subject> <verb>"), else ``hi``. ("Many of the closures, he said,
    have involved public courses, the latter a reference to ...": his words end before ", the".)"""
    masked = art.masked
    ends = [m.start() for m in CLAUSE_END.finditer(masked, at, hi)
            if m.group(1).lower() not in NOT_PARTICIPLE][:1]
    but = but_predicate(masked, at, hi, art.verbs)
    if but is not None:
        ends.append(but)
    dashes = list(DASH.finditer(masked, at, hi))
    if len(dashes) == 1:
        ends.append(dashes[0].start())
    new = next(new_clauses(masked, at, hi), None)
    if new is not None:
        ends.append(new.start())
    return min(ends, default=hi)


def new_clauses(masked, a, b):
    """", and <subject> <finite verb>" links in ``masked`` [a, b): where a clause of its own
    starts (", and the ACLU has sued", ", and Clinton broke it"), in text order."""
    for m in _AND_CLAUSE.finditer(masked, a, b):
        toks = list(islice(CLAUSE_TOKEN.finditer(masked, m.end(), b), 6))
        first = toks[0].group() if toks else ""
        if (first[:1].isupper() or first.lower() in CLAUSE_OPENERS) and has_finite_verb(toks[1:]):
            yield m
