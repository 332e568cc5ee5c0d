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
from .object_limits import SETTING_ANY, aside_resumes, bare_verb
from .clause_or_object import has_finite_verb
from .objects import AND_PREDICATE, DASH, SETTING
from .words import (DETERMINERS, FINITE_AUX, IRREGULAR_PAST, NOT_PARTICIPLE, NOUN_BEFORE, PREPOSITIONS, PRONOUNS,
                    SUBORDINATORS)

# ", however ...", ", compared with ...", ", putting them ahead ...": the reporter's comment after
# a reported clause (a participle or a contrast after a comma), not the speaker's words; so are a
# non-restrictive relative (", which will ...", ", for whom he ..."), an appended noun phrase
# (", a swipe at ...", ", one that ...", ", the latter ..."), ", as was the case ...", ", whether
# ..." (not ", but ...": see :func:`.clauses.but_predicate`; nor a concession, "although ...",
# "despite ...": the speaker's hedge; nor ", whose ...", which most often tells the speaker's own
# view of the noun ("leaning toward Mr. X, whose candor he admired": PolNeAR train, gold Contents
# ran on past 4 of 5; +3 speech contents, none lost))
CLAUSE_END = re.compile(r",\s+(however|while|whereas|compared|according|"
                         r"unlike|which|who|whom|(?:for|of|to|with|by|in)\s+wh(?:om|ich)|"
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

# An aside set off by commas right after "that" or a subordinate clause opening a reported clause
# ("said that, even if they wanted one, a recount could not be done", "admit that, given the
# divide, instituting these goals will not be easy"): the main clause after its comma is the
# speaker's, not the reporter's comment. PolNeAR train: 2 contents found, none lost.
_FRONTED = re.compile(r"\s*,[^,;:\x00]*,|[\s,]*(?:even\s+(?:if|though)|although|though|while|whereas|if|when|"
                      r"because|since|unless|once|until|despite)\b[^,;:\x00]*,")

_THAT_AT_END = re.compile(r"\bthat\s*$")
# Words that open a clause after a conjunction or a named addressee ("and the ACLU has sued",
# "told POLITICO he'll")
CLAUSE_OPENERS = (DETERMINERS - {"of", "in", "for", "with", "press", "news"}) | set(PRONOUNS)


def reporter_comment(seen, masked, c_start, c_end, speech_at, finding=False):
    """The first :data:`CLAUSE_END` match in ``seen`` [c_start, c_end) (``masked`` with the commas
    inside closing marks shown) that is the reporter's comment, or None: not a participle that is
    a speech act told by its object (``speech_at``: verb start -> takes a clause), not right
    after "for instance", not opening the content ("that, while ..., workers": fronted), and not
    a relative, apposition or participle inside the clause's subject before its finite verb
    ("Millennials, numbering 75 million,"); for a poll's or record's ``finding`` not ", while"
    (its contrast is more of the finding: :func:`.clauses.content_end`)."""
    fronted = _FRONTED.match(seen, c_start, c_end)
    for m in CLAUSE_END.finditer(seen, c_start, c_end):
        if finding and m.group(1).lower() in ("while", "whereas"):
            continue
        if fronted is not None and m.start() == fronted.end() - 1 or \
                _THAT_AT_END.search(seen, max(c_start, m.start() - 8), m.start()):
            continue   # ("that, even if it were right, a recount could not be done"; "it is only
            # fitting that, having survived ..., he now faces": "that" ends no content)
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


# Around a mid-sentence frame, the reporter's setting is no part of the words: after it, a
# participle or an aside of the setting ("..., he said, on condition of anonymity to ...", "...,
# the senator said, making air quotes"); before it, only a time ("Six months ago, the senator said,
# the media ..."). PolNeAR train: 2 contents found, none lost.
# So is a clause of the moment after it (", lawmakers said Friday, as they bristled at ...", ",
# she said, while her aides ..."). PolNeAR dev +1 speech content, train unchanged, none lost.
_SETTING_AFTER = re.compile(r"\s*(?:(?:as|while|even\s+as)\s+(?:he|she|they|it|we|the|his|her|their)\s|(?!(?:includ|accord|regard|follow|concern|dur|depend)ing)[a-z]{3,}ing\b(?!\s+(?:to|is|are|was|were|has|have|had|will|would)\b)|"
                            r"(?:" + SETTING.pattern[3:] + r")|" + SETTING_ANY.pattern[3:] + r")")
_TIME_ONLY = re.compile(r"\s*(?:(?:[Aa]bout|[Jj]ust|[Oo]nly)\s+)?(?:\w+\s+){1,3}(?:ago|earlier|later)\s*,?\s*"
                        r"|\s*(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|month|year|spring|summer|fall|"
                        r"winter)\s*,?\s*")


# ... and before an unpaired dash, the reporter's own clause ("He had a rally that night - and the
# permit, his campaign said, had been hard to get"): the words start after the dash (and its "and").
# PolNeAR train: 5 such contents found (none before), none lost.
_DASH_ANY = re.compile(DASH.pattern + r"|—")   # a spaced dash, or an em dash glued to its words
# A non-restrictive relative clause that a mid-sentence frame interrupts ("near the stadium,
# which, Tompkins said, is ...", "Mr. Hale, who works for the network and, Mr. King said, has
# ..."): no comma between the relative word and the frame's
_RELATIVE_OPENS = re.compile(r",\s+(which|who)\b[^,;:—–―\x00]*$")
_AND_AFTER_DASH = re.compile(r"\s*(?:(?:and|but)\s+)?")


def setting_around_aside(masked, lo, frame_at, resume_at, hi):
    """(start, end) of the words around a mid-sentence frame from ``frame_at`` (its comma) to
    ``resume_at`` (after its closing comma) in the sentence [lo, hi): None for an end when the words
    after it are the reporter's setting, and the resumed start when those before it are a time,
    or after the last of an odd number of dashes before it."""
    end = frame_at if _SETTING_AFTER.match(masked, resume_at, hi) and \
        not gerund_subject(masked, resume_at, hi) else None
    start = resume_at if _TIME_ONLY.fullmatch(masked, lo, frame_at) else lo
    relative = _RELATIVE_OPENS.search(masked, lo, frame_at)
    if relative is not None:   # "the stadium, which, Tompkins said, is usually full": the
        start = relative.start(1)   # relative clause the frame interrupts is the words
    dashes = list(_DASH_ANY.finditer(masked, lo, frame_at))
    if start == lo and len(dashes) % 2 and masked[dashes[-1].end():frame_at].strip() and \
            not masked.startswith("as ", dashes[-1].end()):   # ("— as many believe, and X alleges,")
        start = _AND_AFTER_DASH.match(masked, dashes[-1].end()).end()
    return start, end


_NAME_THEN_VERB = FINITE_AUX | IRREGULAR_PAST


def new_clauses(masked, a, b):
    """", and <subject> <finite verb>" links in ``masked`` [a, b): where a clause of its own
    starts (", and the ACLU has sued", ", and Clinton broke it"), in text order."""
    for m in _AND_CLAUSE.finditer(masked, a, b):
        toks = list(islice(CLAUSE_TOKEN.finditer(masked, m.end(), b), 11))
        first = toks[0].group() if toks else ""
        if not (first[:1].isupper() or first.lower() in CLAUSE_OPENERS):
            continue
        if has_finite_verb(toks[1:6]):
            yield m
            continue
        # a long name as the subject ("..., and the American Civil Liberties Union of Ohio has
        # sued"): its capitalised words (and "of") up to an auxiliary or irregular past
        k = 1 + next((i for i, t in enumerate(toks[1:]) if not (t.group()[:1].isupper() or
                                                                t.group() in ("of", "for"))), len(toks))
        if 6 <= k < len(toks) and toks[k].group().lower() in _NAME_THEN_VERB:
            yield m


# A second predicate of the speaker's after a reported clause that has a finite verb of its own
# ("said she admires his work and highlighted their ties", "saying he would not back the plan and
# suggesting that ...", "said X is safe but would not say where"): the nearest subject would take
# a bare "and <verb>", but after a past speech verb a past verb joined to a clause that holds no
# past (Quirk et al. 1985, 13.2: coordinated predicates share tense; a present clause is no
# backshifted one), an -ing form joined to a speech verb's -ing form where the clause holds no
# -ing word, or a refusal to say more can only be the speaker's; so is a verb in -s after a present
# speech verb joined to a clause that holds no present ("denies that the crime was a genocide and
# goes to great lengths to ...": +1 speech content on PolNeAR train, none lost; not before a word
# no verb takes, "and parks"). Not a modal ("warned Clinton
# opposes X and would appoint ...": the clause's backshifted "will"), nor after a gerund ("for
# promoting X and then jockeying for ..."), nor the last item of a list ("pools, parks and improved
# dining"). PolNeAR train: 11 rows changed, all read right; speech R 0.720 -> 0.721.
_PAST_AUX = {"was", "were", "had", "did", "would", "could", "might", "should", "said"}
_PRESENT_AUX = {"is", "are", "am", "has", "have", "does", "do", "will", "can", "may", "must", "shall"}
_MODALS = {"would", "could", "might", "should"}
_SUBJECT_WORDS = {"that", "this", "it", "he", "she", "they", "we", "i", "there"}   # ("suggesting that might")
_BARE_PAST = {"put", "let", "set", "hit", "cut", "be"}   # (as often present or bare)
_PAST_FORMS = IRREGULAR_PAST - _BARE_PAST
_NOT_GERUND = {"according", "regarding", "concerning", "following", "depending", "during",
               "morning", "evening"}
_NOT_ING_VERBS = NOT_PARTICIPLE | _NOT_GERUND
_NOT_PLURAL_NOUN = NOUN_BEFORE | {"us", "his", "its", "this"}   # (-s words that are no plural noun)
_REFUSAL = re.compile(r"\s+(?:would|did)\s+not\s+(?:say|comment|elaborate|discuss|specify|name|identify|"
                      r"reveal|disclose|answer|offer\s+details|detail|speculate)\b")


def tense(word: str, prev: str = "") -> str | None:
    """"past", "present" or "ing" of a word read as a finite verb after the word ``prev`` (lower
    case; "" for the first of a clause, whose -s or -ed word is its subject's noun), else None."""
    low = re.split(r"n['’]t$", word.lower())[0] or word.lower()
    low = {"wo": "will", "ca": "can", "sha": "shall"}.get(low, low)
    if low in _PAST_AUX or low in _PAST_FORMS:
        return "past"
    if low in _PRESENT_AUX:
        return "present"
    if not word[:1].islower() or not prev or prev in NOUN_BEFORE or prev in PREPOSITIONS:
        return None
    if low.endswith("ed") and len(low) > 4 and not low.endswith("eed"):
        return "past"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return "present"
    return "ing" if low.endswith("ing") and low not in _NOT_ING_VERBS else None


def speaker_predicate(masked: str, start: int, end: int, form: str) -> int:
    """Where the reported clause masked[start:end] of a speech verb in ``form`` gives way to a
    second predicate of the speaker's (see above), or ``end``."""
    words = (form or "").lower().split()
    if not words:
        return end
    said = "ing" if words[0].endswith("ing") else tense(words[0], "x")
    for m in AND_PREDICATE.finditer(masked, start, end):
        verb, nxt = m.group(2), m.group(3).lower()
        after = CLAUSE_TOKEN.match(masked, m.end() + 1)
        if m.end() >= end or nxt in FINITE_AUX or after and after.group().lower() in FINITE_AUX and \
                nxt not in _SUBJECT_WORDS:
            continue   # ("and armed groups are ...": a subject's adjective and noun)
        refusal = _REFUSAL.match(masked, m.end(1) - 1 if m.group(1) else m.start(2) - 1)
        told = None if m.group(1) or verb in _MODALS else tense(verb, "and")
        if not refusal and (said != told or said is None or told == "past" and (
                nxt.endswith("s") and not nxt.endswith("ss") and nxt not in _NOT_PLURAL_NOUN) or
                told == "present" and nxt not in _AFTER_VERB and nxt not in PREPOSITIONS):
            continue   # (first the cheap tests; "and improved schools": an adjective and its noun;
            # "and parks": a noun, not "and goes through", "and calls her")
        tokens = [t.group() for t in CLAUSE_TOKEN.finditer(masked, start, m.start())]
        lows = [t.lower() for t in tokens]
        own = [tense(w, lows[i - 1] if i else "") for i, w in enumerate(tokens)]
        if not {"past", "present"} & set(own):
            continue   # (no clause of its own: :func:`.objects.coordinated_predicate`)
        if refusal:
            return m.start()
        gerund = any(w.endswith("ing") and len(w) > 5 and not w.endswith("thing") and w not in _NOT_GERUND
                     for w in lows)   # (a noun in -ing too: "building", "meeting")
        if said == "ing" and not gerund or said in ("past", "present") and said not in own \
                and not _LIST_END.search(masked, start, m.start()):
            return m.start()
    return end


# "..., resort-style pools, water parks and improved dining": the last item of a list
_LIST_END = re.compile(r",(?:\s+[\w’'-]+){1,3}\s*$")


# A lone dash that the speaker's clause runs on through: a second "that"-clause ("said he
# understands her position - and that he will back her", like ", and that"), a focus on what was
# and was not said ("did not say he should quit — only that ..."), an alternative ("- whether
# ..."), and a resumptive apposition repeating a noun of the clause ("immigration is in decline —
# a decline that took hold ...": Quirk et al. 1985, 17.73); not the reporter's appended noun
# phrase ("- a point that officials have disputed"). PolNeAR train: 4 contents found, none lost.
_DASH_GOES_ON = re.compile(r"\s*(?:[—–]|--?)\s*(?:(?:and|but|only|not)\s+that|whether)\b")
_DASH_RESUMES = re.compile(r"\s*(?:[—–]|--?)\s*an?\s+([a-z]{4,})\s+(?:that|which|who)\b")
# "- and well below the 2 percent", "— but with a more tactful approach", "- and promising to
# ...": "and"/"but" after the dash before a lower-case word that opens no clause (no article,
# pronoun or name: not "— and the ACLU has sued") joins a second predicate or complement to the
# speaker's clause
_DASH_AND = re.compile(r"\s*(?:[—–]|--?)\s*(?:and|but)\s+([a-z]+)(?![’'-]?\w)(?!\s+[a-z]+\s+[a-z]+,)"
                       r"(?!\s+that\b)")   # (not a verb taking its own clause: "— and thinks that")
# subjects of a new clause that :data:`CLAUSE_OPENERS` does not list ("— and several of them were")
_DASH_SUBJECTS = {"there", "many", "several", "some", "most", "all", "both", "few", "others", "more"}


def dash_goes_on(masked: str, start: int, dash: int) -> bool:
    """Does the content from ``start`` run on through the lone dash at ``dash`` (see above)?"""
    if _DASH_GOES_ON.match(masked, dash):
        return True
    if (m := _DASH_AND.match(masked, dash)) and m.group(1) not in CLAUSE_OPENERS | _DASH_SUBJECTS:
        return True
    m = _DASH_RESUMES.match(masked, dash)
    return m is not None and re.search(r"\b" + m.group(1) + r"\b", masked[start:dash]) is not None


# "used the speech to brag that the jobless rate has fallen and to rail against ...": after a
# speech verb in the infinitive, a second "to"-infinitive joined by "and" is the speaker's next
# purpose, when the reported clause holds no infinitive of its own for it to join ("pledged to
# build on the legacy and to pursue ..." keeps it). PolNeAR train: 2 contents found, none lost.
_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$")
_AND_TO = re.compile(r",?\s+(?:and|or)\s+(?:(?:then|also|once\s+again|again)\s+)?to\s+(?:(?:once\s+again|again|also|[a-z]+ly)\s+)?([a-z]+)\b")
_TO_IN = re.compile(r"\bto\s+([a-z]+)\b")


def infinitive_conjunct(masked: str, verb_at: int, start: int, end: int) -> int:
    """Where the clause masked[start:end] of a speech verb in the infinitive at ``verb_at`` gives
    way to a second infinitive of the speaker's (see above), or ``end``."""
    if not _TO_BEFORE.search(masked, max(0, verb_at - 20), verb_at):
        return end
    for m in _AND_TO.finditer(masked, start, end):
        if bare_verb(m.group(1)) and not any(bare_verb(t.group(1)) for t in _TO_IN.finditer(masked, start, m.start())):
            return m.start()
        return end
    return end


# "..., said they do not trust her, even some allies questioned why ...", "said they support Clinton,
# 39 have said they support Sanders", "saying how tough they would be, the Democrats stressed ...":
# a comma, then a new subject (a name, a determiner, a pronoun or a number; up to four words, no
# list) and its own finite speech verb, is a clause of its own set beside the content (a comma
# splice), the next statement's frame. Not an aside frame closed by a comma ("the existence of
# which, many Democrats say, represents"), a subordinate or relative clause ("because he
# thought", "most of whom thought"), a passive or a participle ("is often asked", "the candidates
# most often described as"), nor the comma closing a fronted clause that opens the content
# ("that, when he does, he feels"). PolNeAR train: +3 speech contents, none lost (5 rows changed).
_SPLICE = re.compile(r",\s+(?:even\s+(?!(?:though|if|as|when|so|after|before|while)\b))?"
                     r"((?:[\w’'.\-%]+\s+){1,4})$")
_NOT_SUBJECT_WORDS = SUBORDINATORS | PREPOSITIONS | {"whom", "whose", "what", "how", "even", "not", "nor",
                                                     "including", "given", "unless", "once", "plus"}
_PLURAL_START = {"many", "most", "some", "all", "both", "several", "few", "others"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}


def comma_splice(seen: str, c_start: int, verb_at: int, verb_end: int, form: str) -> int | None:
    """Where the content from ``c_start`` gives way to a new subject and its speech verb at
    [verb_at, verb_end) (``form`` as written) set after a comma (see above), or None."""
    m = _SPLICE.search(seen, max(c_start, verb_at - 60), verb_at)
    if m is None or not seen[c_start:m.start()].strip() or seen[verb_end:verb_end + 1] == ",":
        return None
    words = m.group(1).split()
    lows = [w.lower() for w in words]
    first = words[0]
    if any(w in _NOT_SUBJECT_WORDS or w in _BE for w in lows) or \
            not (first[:1].isupper() or first[:1].isdigit() or lows[0] in DETERMINERS
                 or lows[0] in PRONOUNS or lows[0] in _PLURAL_START):
        return None
    low = form.lower().split()[0]
    bare = not (low.endswith(("ed", "s")) or low in IRREGULAR_PAST or low in ("said", "told", "wrote"))
    if bare and not (first[:1].isdigit() or lows[0] in _PLURAL_START or lows[-1] in FINITE_AUX):
        return None   # ("Rubio again tried to rebuke": an infinitive)
    if low.endswith("ed") and re.match(r"\s+(?:as|by)\b", seen[verb_end:verb_end + 4]):
        return None   # ("the candidates most often described as": a participle)
    fronted = _FRONTED.match(seen, c_start)
    if fronted is not None and fronted.end() - 1 == m.start():
        return None
    before = list(CLAUSE_TOKEN.finditer(seen, c_start, m.start()))
    if not has_finite_verb(before) and not any(t.group().lower() in _SUBJECT_PRONOUNS for t in before):
        return None   # ("reported that during Obama's visit this week, Erdogan reiterated ...")
    return m.start()


# "X, who announced that she had been dropped from the program, sits on a stack of mail", "Y's
# announcement that he would not charge her, was the latest ...", "maintained that she complied
# with the rules, claims that the report could not confirm": after a content that holds its
# subject and finite verb (or an object, which has none), a comma and a bare predicate (an
# auxiliary, or a verb in -s before no verb of its own: not ", officials said") belong to the
# clause the content sits in, or sum it up as a noun; the content ends at the comma. Not past a
# comma inside the content (an aside's close: "the decision, which ..., is"), nor before a list
# of predicates ("..., had started after her tenure and been suspended": whose they are the
# shape does not tell). PolNeAR train: +4 speech contents, +1 belief, none lost (6 rows changed,
# all read right); speech-verb P 0.871 -> 0.872.
_BARE_PREDICATE = re.compile(r",\s+(?:(?:also|still|now|then|later|even|only|just|often|never|[a-z]+ly)\s+)?"
                             r"([a-z][\w’'-]*)\s+([\w’'-]+)")
# (what follows a verb in -s, not a plural noun: "plans to", "claims that", "gives the"; not a
# preposition: "cut taxes, regulations on business and red tape" is a list)
_AFTER_VERB = {"that", "to", "the", "a", "an", "his", "her", "its", "their", "him", "them", "it", "us", "no"}
_OBJECT_START = {"a", "an", "the", "his", "her", "its", "their"}   # (a clause verb's object: "announced a plan")
_JOINED = re.compile(r"\b(?:and|but|or|so|yet)\s+(?!.*\b(?:and|but|or|so|yet)\b)")
_LIST_AFTER = re.compile(r"\s(?:and|or)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?(?:has\s+|have\s+|had\s+)?([a-z][\w’'-]*)")


def bare_predicate(masked: str, start: int, end: int, hi: int, clause: bool) -> int:
    """Where the content masked[start:end] gives way to a bare predicate after its first comma
    (see above), or ``end``; ``clause``: the content is a clause, which needs a finite verb of
    its own before the comma."""
    comma = masked.find(",", start, end)
    m = _BARE_PREDICATE.match(masked, comma) if comma > start else None
    if m is None:
        return end
    word, nxt = m.group(1).lower(), m.group(2).lower()
    aux = re.split(r"n['’]t$", word)[0] in FINITE_AUX
    verb = word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 and \
        word.isalpha() and word not in _NOT_PLURAL_NOUN and word != "thanks" and nxt in _AFTER_VERB
    if not (aux or verb):
        return end
    before = list(CLAUSE_TOKEN.finditer(masked, start, comma))
    if clause and not has_finite_verb(before) and (aux or before[0].group().lower() not in _OBJECT_START):
        return end   # ("said Sen. Marco Rubio, hasn't been tested": the subject of its clause; "said
        # since then, thanks to ...": a fronted phrase; "insists he really, really wants to")
    joined = _JOINED.search(masked, start, comma)
    if joined is not None and not has_finite_verb(list(CLAUSE_TOKEN.finditer(masked, joined.end(), comma))):
        return end   # ("believes the campaign took them for granted and as a result, now has to")
    for later in _LIST_AFTER.finditer(masked, m.end(1), hi):
        if tense(later.group(1), "and") in ("past", "present") or later.group(1) == "been":
            return end
    return comma


# A gerund right after a mid-sentence ", he said," that is the subject of the clause resumed
# there ("Though the move went smoothly, he said, replacing her would be harder"; "While some
# could get a warning, she added, revoking clearances would be ..."): the words run on through it,
# unlike a participle of the speaker's own ("he said, wiping his face"). Not a speech verb's
# participle ("he said, noting the plan was ..."), nor one before "that"/"to".
_GERUND_SUBJECT = re.compile(r"\s*(?!(?:say|add|not|argu|insist|explain|claim|suggest|warn|point|"
                             r"acknowledg|stress|tell|ask|call|cit|describ|accus|blam|prais|"
                             r"criticiz|urg|vow|promis|predict|conced|admitt|deny|deni)ing\b)"
                             r"[a-z]+ing\s+(?:(?!that\b|to\b)[\w’'$.-]+\s+){1,5}?"
                             r"(?:would|will|is|was|could|can|are|were|may|might|should)\b")


def gerund_subject(masked, at, hi) -> bool:
    """Does the gerund at ``at`` (after the aside's comma) open a clause as its subject (above)?"""
    return _GERUND_SUBJECT.match(masked, at, hi) is not None
