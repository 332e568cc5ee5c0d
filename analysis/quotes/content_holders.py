"""Who holds a reported content that is no speech (:mod:`.content`'s rows): the poll, survey or
record for a finding (``A Fox News poll, conducted by ..., shows``), a share of respondents (``About
4 in 10 want``), the subject :func:`~analysis.quotes.attribution.frame_for_verb` finds for the cue
(with nothing but adverbs, auxiliaries or a closed apposition between), else a relative
(``Norton, which declined to comment``), a coordinated (``X disregarded the advice and refused
to``), a set-off (:mod:`.set_off_holders`) or a bare noun-phrase holder (``Many conservatives
fear``). None when the text gives no holder: a content's source is never guessed.

For beliefs, findings and intentions (not stances or topics) also, since 1 Dec 2026: the subject
after a subordinator ("as the Trump team sought to", not a preposition's object), with an adverb
or a control verb between ("again decided", "is struggling to understand"), a title's stop in a
postmodifier ("A spokesman for Mr. Clinton declined"), the subject of a second predicate after a
comma ("X, 75, a retiree in Carthage, Ill., backed Y, but now plans to"), a name modifying a plural
noun ("many World Bank watchers expect"), a bare subject after a clause opener, a holder set off
by ", as" (those shapes in :mod:`.own_class_holders`; the noun-phrase holder and the words
allowed between a holder and its cue in :mod:`.holder_phrases`); a finding of a person or body
told by a zero-that clause ("revealed her husband had taken") or after its content (", Fox
found."). Since 2 Dec 2026 (beliefs, stances, intentions): the noun phrase before a
restrictive "that"/"which" right before the cue ("progressive organizations that have endorsed
him", "a super PAC that opposed Trump"; :func:`~analysis.quotes.holder_phrases.
relative_that_holder`; PolNeAR train all-content +9, dev +4; of ~27 new rows about five read
wrong: an inanimate "that" with another sense, a holder one noun too close). Read on PolNeAR train: of ~140 new rows about one
in eight has a wrong holder (coordinated names keep the last one, pronouns resolve as before).
"""
from __future__ import annotations

import re

from .apposed import named_before_role
from .article import is_place, refs_starting_in
from .attribution import Frame, frame_for_verb, main_subject
from .coordinated_holders import restrictive_who, unresolved_who, with_conjuncts
from .coreference import Speaker, resolve
from .evidence import EVIDENCE_NOUNS, evidence_subject, without_time
from .holder_phrases import (BETWEEN, POSTMODIFIER, PREPOSITION_AT_END, noun_phrase_holder,
                             relative_that_holder)
from .marks import MASK
from .own_class_holders import (OWN_CLASSES, as_holder, clause_subject_after, name_then_plural,
                                own_shapes_hold)
from .reported_frames import first_person_frame
from .set_off_holders import (CONJUNCTION_AT_END, PURPOSE, adverbial_holder,
                              noun_before_participle, part_of_holder, participle_holder,
                              set_off_holder)
from .words import PLACE_NAMES, PREPOSITIONS

# A party or state label after a name ("(D)", "(R-Iowa)", "(I-Vt.)", "(Tex.)"): no word between a
# holder and its cue (PolNeAR train all-content +4, dev +1; speech frames already read past it)
_PARTY_LABEL = re.compile(r"\s*\((?:[DRI]|[DRI]-[A-Z][\w. ]{1,15}|[A-Z][a-z]{1,11}\.?)\)")
_APPOSITION = re.compile(r"\s*,\s(?:[^,;:()\x00]|(?<=\d),(?=\d)){1,80},")   # ", a senator,"

_SEGMENT = re.compile(r"[,;:()]|\s[—–]\s|\s--\s|"
                      r"\b(?:that|which|while|but|and|because|as|if|when)\s")

_PREPOSITION = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b", re.IGNORECASE)

_LEADING = re.compile(r"(?:(?:but|and|yet|so|still|also|now|meanwhile|however|indeed|until|unless|"
                      r"after|before|since|because|when|while|once|though|although)\s+)+",
                      re.IGNORECASE)

_ADVERBS_ONLY = re.compile(r"\s*(?:(?:also|now|still|again|has|have|had|[a-z]+ly)\s+)*")


def _evidence_frame(art, lo, start):
    """The poll, survey, study or record that "shows" or "found" (the noun phrase before the cue,
    or before the apposition that closes right before it: "A Fox News poll, conducted by ...,
    shows"), as a description (no id), or None."""
    pre = art.masked[lo:start]
    if MASK in pre[-3:]:
        return None
    cuts = [m.end() for m in _SEGMENT.finditer(pre)]
    segments = [pre[a:b] for a, b in zip([0] + cuts, cuts + [len(pre)])]
    last = segments[-1]
    if _ADVERBS_ONLY.fullmatch(last) and len(segments) > 2 and \
            pre[:len(pre) - len(last)].rstrip().endswith(","):
        # an apposition closed: the noun phrase before its first comma ("A Fox News poll,
        # conducted jointly with A (D) and B (R), shows"), in the sentence's first segment
        first = pre[:max(pre.find(", "), 0)]
        last = first if first.strip() and not _SEGMENT.search(first) else segments[-3]
    phrase = _LEADING.sub("", re.sub(r"[,;:]\s*$", "", last.strip()))
    # "Messages seem to show", "polls continue to show": the raising verb's subject is the finding's
    phrase = re.sub(r"(?:\s+(?:has|have|had|also|clearly|consistently|now|still|already|"
                    r"(?:seem|appear|continue)(?:s|ed)?\s+to))+$", "", phrase)
    noun = EVIDENCE_NOUNS.search(phrase)
    prep = _PREPOSITION.search(phrase)
    if not phrase or len(phrase.split()) > 12 or noun is None or \
            prep and prep.start() < noun.start():
        return None    # "voters in the survey found": the voters, not the survey
    name = without_time(" ".join(phrase.split()))   # "New data on Thursday showed": the data
    return Frame(Speaker(name=name, mention=name))



def _head_before_phrase(art, lo, start, hit):
    """When the reference right before a cue sits in a prepositional phrase ("Officials in both
    capitals know"), the subject is what that phrase follows; None if nothing does."""
    for w in re.finditer(r"(?<!\S)\S", art.masked[lo:start]):
        at = lo + w.start()
        if POSTMODIFIER.fullmatch(art.masked, at, start):
            fr = frame_for_verb(art, (at, at) + hit[2:], lo)
            if fr is None or fr.ref is None or not art.masked[fr.ref.end:at].isspace():
                return None
            return fr
    return None

_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|to)\s+(?:also\s+)?$")

# A share of respondents as the holder (a poll's result): "About three-quarters support",
# "most in both states supported", "Only about 4 in 10 Republican voters in each state want".
# a share spelled out ("only four percent would vote for", "Forty-one percent say")
_SPELLED = (r"(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
            r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
            r"[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen")
_SHARE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust|[Oo]ver|"
    r"[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Aa]round)\s+)*"
    r"(?:(?:\d[\d.]*\s*|" + _SPELLED + r"\s+)(?:%|percent|per\s+cent)|(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine)\s+in\s+(?:10|ten|[2-5]|three|four|five)|(?:[Aa]\s+)?(?:majority|"
    r"plurality|third|quarter|half|two-thirds|three-quarters|three\s+quarters)|[Mm]ost)"
    r"(?:\s+(?:of|in|among)\s+[^,;:()\x00]{1,70}?|(?<=half)\s+the\s+[^,;:()\x00]{1,50}?)?)(?:\s+[a-z]+ly|\s+(?:also|still|now|do|did|"
    r"would|will|could|not|n['’]t|are|were|tended\s+to|tend\s+to))*\s+$")

_SHARE_HINT = re.compile(r"\d|percent|majority|plurality|third|quarter|half|[Mm]ost\b")

# A time or setting between a cue and its "that" ("revealed Wednesday that", "recognized long ago
# that", "found in a 2014 study that", "have known since at least 1918 that"), or an aside set
# off by commas ("decided, after so many months, that")
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
ADJUNCT_BEFORE_THAT = re.compile(
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|"
    r"evening))?|(?:last|this|earlier\s+this|later\s+that|next)\s+(?:week|month|year|spring|"
    r"summer|fall|autumn|winter|weekend)|(?:in|since|by|during|until)\s+(?:at\s+least\s+)?"
    r"(?:(?:early|late|mid-)\s*)?(?:\d{4}|" + _MONTHS + r"|the\s+\d{4}s|World\s+War\s+I+)(?:\s+\d{4})?|"
    r"(?:long|years|months|weeks|days|decades|(?:a|two|three)\s+(?:years?|months?|weeks?|days?))\s+"
    r"ago|immediately|quickly|soon|early\s+on|at\s+the\s+time|over\s+time|"
    r"for\s+(?:years|months|weeks|decades|a\s+long\s+time)|"
    r"(?:in|from)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:study|survey|poll|"
    r"report|review|analysis|audit|interview|investigation|inquiry|research)|"
    r"\s*,\s+[^,;:\x00]{3,50},)\s+(?=that\s)")
_THAT_AFTER = re.compile(r"(?:\s+[a-z]+ly)?\s+that[\s,]|\s+(?:" + ADJUNCT_BEFORE_THAT.pattern + r")that\s")
# a clause with no "that" after a finding's cue: a few words, then a finite verb ("revealed her
# husband had taken", "learned the senator would"; not "found the body in the car")
_ZERO_THAT_CLAUSE = re.compile(r"\s+(?!(?:and|or|but|as|than|to|in|on|at|of|for|with|by|from|"
                               r"themselves|himself|herself|itself|ourselves|myself)\s)"
                               r"(?:[\w'’$-]+\s+){1,5}?(?:is|are|was|were|had|has|have|would|"
                               r"will|could|can|should|did|does|might|may|must)\s")
# "how he finds a position is unclear": an embedded question, no finding
_WH_BEFORE = re.compile(r"\b(?:how|what|why|whether|where|which|who|if)\s+(?:\S+\s+){0,3}$",
                        re.IGNORECASE)
# "..., Fox found.", "..., Bloomberg New Energy Finance found —": a finding told after its content
_TOLD_AFTER_CUE = re.compile(r"\s*(?:[.!?;—–]|--|,\s)")
_COMMA_NAME_BEFORE = re.compile(r",\s+(?:[A-Z][\w.&'’-]*\s+){1,5}$")
# "an MSNBC show and is ...", "political news show guests were": the cue is a noun
_NOUN_COMPOUND_BEFORE = re.compile(r"(?:\b(?:a|an|the|his|her|its|their)\s+[A-Z][\w.-]*|"
                                   r"\b[a-z]+\s+news)\s+$")

_RELATIVE_AT_END = re.compile(r",\s+(?:which|who)(?:\s+[^,;:()\x00]{1,40}?\s+and)?\s*$|"
                              r"(?<=[a-z])\s+that\s*$")
# the noun phrase a subject "that" follows, after its comma ("..., an organization that endorsed")
_NOUN_BEFORE_THAT = re.compile(r"(?:^|(?<=,\s))(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+$")

# A second predicate of the sentence's subject: "X disregarded the advice and refused to sign"
# or the infinitive after a copula's complement: "X was the first Democrat in Congress to endorse"
_LINKED = re.compile(r"[^,;:()\x00]{3,90}?\s(?:and|but)\s*|"
                     r"\s+(?:is|was|are|were|has\s+been|had\s+been)\s[^,;:()\x00]{3,70}?\sto\s*")

_NOT_A_PREDICATE = re.compile(r"\s(?:who|which|that|whom|whose|if|when|because|as|while)\s",
                              re.IGNORECASE)


def _relative_holder(art, lo, start):
    """The name a relative "which"/"who" after a comma stands for ("Norton, which declined to
    comment, ..."), or the noun a subject "that" follows ("an organization that endorsed
    Sanders"), as a Frame, or None."""
    gap = BETWEEN.search(art.masked, max(lo, start - 60), start)
    m = _RELATIVE_AT_END.search(art.masked, max(lo, start - 80), gap.start() if gap else start)
    if m is None:
        return None
    ref = next((r for r in reversed(refs_starting_in(art, lo, m.start())) if r.end == m.start()
                and not r.possessive), None)
    if ref is None and m.group().strip() == "that":
        np = _NOUN_BEFORE_THAT.search(art.masked, lo, m.start())
        name = " ".join(np.group().split()) if np else ""
        return Frame(Speaker(name=name, mention=name)) if name else None
    if ref is None:   # a name the references do not hold: the words before the comma
        return noun_phrase_holder(art.masked, lo, m.start())
    ref = named_before_role(art, lo, ref) or ref   # "X, the Labour MP for Y, who": X
    return Frame(resolve(art, ref), ref=ref)


def _coordinated_holder(art, lo, start):
    """The sentence's subject when the cue opens a predicate joined to its first by "and" or
    "but" ("Mr. Yanukovych disregarded the advice and refused to sign ..."), or an infinitive
    after its copula's complement ("was the first ... to endorse"), or None."""
    ref = main_subject(art, lo, start)
    gap = BETWEEN.search(art.masked, max(lo, start - 60), start)
    at = gap.start() if gap else start
    if ref is None or ref.end >= at or ref.start - lo > 40:
        return None
    m = _LINKED.fullmatch(art.masked, ref.end, at)
    if m is None or _NOT_A_PREDICATE.search(art.masked, ref.end, at):
        return None
    return Frame(resolve(art, ref), ref=ref)


# A subordinator, not a preposition, before the subject: "as the Trump team sought to", "after
# the singer revealed her husband had", "before they knew what": the clause's own subject.
_SUBORDINATOR_AT_END = re.compile(r"\b(?:as|after|before|since|until|once)\s+$", re.IGNORECASE)
_GERUND = re.compile(r"[a-z]+ing")   # "After casting doubt": no subject


def content_holder(art, lo, start, hit):
    """Who holds the content of a cue at ``start`` (a Frame without verb), or None: a poll or
    record for ``evidence``, else the subject right before the cue, or "I"/"we"; with the
    conjuncts joined to it by "and", or the noun before a restrictive "who"
    (:mod:`.coordinated_holders`)."""
    fr = _holder(art, lo, start, hit)
    if hit[3] not in ("evidence", "topic") and \
            (rel := relative_that_holder(art.masked, lo, start)) is not None \
            and not (fr and fr.ref and fr.ref.kind == "name" and
                     fr.speaker.mention.endswith(rel.speaker.name.split()[-1])):
        return rel   # "a group that opposes the mine": the group, not the clause's subject
    if hit[3] == "stance" and hit[5].split()[0].endswith("ing"):
        np = noun_before_participle(art, lo, start, fr)   # "gave $3 million to a group backing
        if np is not None:                                 # Bush": the group
            return np
    return with_conjuncts(art, lo, start, restrictive_who(art, lo, fr))


def _holder(art, lo, start, hit):
    """:func:`content_holder` before the conjuncts."""
    masked = art.masked
    if hit[3] == "evidence":
        fr = _evidence_frame(art, lo, start) or evidence_subject(art, lo, start)
        if fr is not None or not (_THAT_AFTER.match(masked, hit[1]) or
                                  _ZERO_THAT_CLAUSE.match(masked, hit[1]) and not
                                  _NOUN_COMPOUND_BEFORE.search(masked, max(lo, start - 30), start)
                                  and not _WH_BEFORE.search(masked, max(lo, start - 40), start) or
                                  _TOLD_AFTER_CUE.match(masked, hit[1]) and
                                  _COMMA_NAME_BEFORE.search(masked, max(lo, start - 60), start)):
            return fr   # "the Justice Department found that ...", "the singer revealed her
            # husband had taken ...": a finding of its subject, told by a clause
    if hit[3] == "topic" and _MODAL_BEFORE.search(masked, max(lo, start - 20), start) and \
            not PURPOSE.search(masked, max(lo, start - 90), start):
        return None   # "the ministers will also talk about ...": a plan, no act reported yet
    if hit[5].split()[0].endswith("ing"):
        fr = adverbial_holder(art, lo, start)
        if fr is not None:
            return fr
    window = max(lo, start - 120)
    share = _SHARE_HINT.search(masked, window, start) and \
        _SHARE_BEFORE.search(masked, window, start)
    if share:   # "About 4 in 10 want ...", "19 percent of college students polled support ..."
        np = re.sub(r" (?:who|that)$", "", " ".join(share.group("np").split()))
        return Frame(Speaker(name=np, mention=np))   # "half of the respondents (who) support"
    part = part_of_holder(masked, lo, start)
    if part is not None:
        return part
    fr = frame_for_verb(art, hit, lo)
    if fr is None or not fr.speaker or fr.ref is None or fr.ref.end > start:
        fr = unresolved_who(art, lo, start, fr) or _relative_holder(art, lo, start) or \
            _coordinated_holder(art, lo, start)
        if fr is not None:
            return fr   # "Norton, which declined to comment, ..."
        first = first_person_frame(art, lo, start)
        if first is not None:
            return Frame(first.speaker)
        held_as = as_holder(art, lo, start) if hit[3] in OWN_CLASSES else None
        if held_as is not None:
            return held_as   # "..., as some liberals hope, ..."
        # a topic row is a statement: its speaker must be one the references resolve
        return noun_phrase_holder(masked, lo, start) if hit[3] != "topic" else None
    if participle_holder(art, lo, start, hit, fr):
        return fr    # "to an outside group backing Rubio": the group (set_off_holders)
    own = hit[3] in OWN_CLASSES
    if own and _SUBORDINATOR_AT_END.search(masked, max(lo, fr.ref.start - 8), fr.ref.start) and \
            not _GERUND.fullmatch(fr.ref.text) and own_shapes_hold(art, lo, start, fr):
        return fr   # "as the Trump team sought to ...": a clause's subject, no preposition's object
    if PREPOSITION_AT_END.search(masked, max(lo, fr.ref.start - 12), fr.ref.start):
        head = _head_before_phrase(art, lo, start, hit)   # "officials in both capitals believe"
        if head is None and not CONJUNCTION_AT_END.search(masked[max(lo, fr.ref.start - 16):
                                                                  fr.ref.start]):
            return None
        fr = head or fr   # "As Trump attacked Clinton", "after the candidates opposed"
    name = fr.speaker.name
    if name in PLACE_NAMES or name.split(" ")[0].lower() in ("that", "which", "what"):
        return None   # "King of New York, who endorsed": a place or a clause holds no belief
    gap = masked[fr.ref.end:start]
    label = _PARTY_LABEL.match(gap)   # "Harry Reid (D) relentlessly attacked", "Heidi Heitkamp
    gap = gap[label.end():] if label else gap   # (D-N.D.) opposes": the name's party or state
    if hit[5].split()[0].endswith("ing") and masked[lo:start].rstrip().endswith(","):
        return fr    # "..., he said, citing low growth": the sentence's subject (frame_for_verb)
    closed = _APPOSITION.match(gap)   # "Sanders, a Vermont senator, has supported"
    if MASK in gap:
        return None
    if BETWEEN.match(gap) or gap.rstrip().endswith(",") or POSTMODIFIER.match(gap) or \
            closed and BETWEEN.match(gap, closed.end()):
        return fr
    if PURPOSE.fullmatch(gap):
        return fr   # "Carson went on ABC's This Week to defend ...", "went on to endorse"
    if gap.strip() == "to" and not PREPOSITION_AT_END.search(
            masked, max(lo, fr.ref.start - 12), fr.ref.start):
        return fr   # "forced Schultz to resign", "leaving many to wonder": the object acts
    if gap.lstrip().startswith(",") and BETWEEN.match(gap.lstrip()[1:]):
        # an apposition closes: "X's lawyer, Mark Smith, also declined" (the name set off), or
        # "Patricia Smith, mother of victim Sean Smith, rejected" (the name before its comma)
        if masked[lo:fr.ref.start].rstrip().endswith(","):
            return fr
        opening = masked.rfind(", ", lo, fr.ref.start)
        head = next((r for r in reversed(refs_starting_in(art, lo, max(opening, lo)))
                     if r.end == opening and not r.possessive), None)
        return Frame(resolve(art, head), ref=head) if head is not None else None
    if own and own_shapes_hold(art, lo, start, fr):
        return fr
    gap = BETWEEN.search(masked, max(lo, start - 60), start)
    rel = _relative_holder(art, lo, start)
    if rel is not None and rel.ref is not None and is_place(art, rel.ref):
        rel = None    # "in Roanoke, Va., who voted for": a place holds no stance
    return _coordinated_holder(art, lo, start) or rel or \
        set_off_holder(art, lo, start, gap.start() if gap else start) or \
        (name_then_plural(art, lo, start, fr) or clause_subject_after(art, lo, start, fr)
         if own else None)
