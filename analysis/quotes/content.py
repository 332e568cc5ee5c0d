"""Reported content that is not speech: beliefs (``X thinks ...``, ``Economists believe ...``),
evidence (``a poll found that ...``, ``records show ...``) and intentions (``X wants to ...``,
``X declined to comment``).

Why: attribution is source + cue + content (Pareti 2016; the PolNeAR guidelines), and much of
what news relays is what someone thinks, fears, knows or plans, or what a poll shows, not what
they said. These rows are kind ``indirect`` with the cue in ``verb`` and its class (``belief``,
``evidence``, ``intention``) in ``verb_class``, so summaries can tell them from speech. Cues are a
codebook (``codebooks/content_cues.csv``, :func:`analysis.codebooks.load_content_cues`). A row
needs a source the text gives: the subject right before the cue (its subject finding is
:func:`~analysis.quotes.attribution.frame_for_verb`, that of speech verbs), with nothing but
adverbs, auxiliaries or a closed apposition between. Passives ("is expected to") and nouns
("his plans to": :mod:`.nominal`'s) have no such subject and give no row here. Speech verbs are
:mod:`.reported`'s; a sentence span it already reports is left to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..codebooks import cached_by_file, load_content_cues
from ..text import CLAUSE_TOKEN, word_alternation
from .article import is_place, refs_starting_in
from .attribution import Frame, frame_for_verb, main_subject
from .nominal import object_span, owned_noun_at
from .clauses import CLAUSE_AFTER, PREDICATE, antecedent_of_who, content_end, subject_start
from .coreference import Speaker, resolve
from .evidence import EVIDENCE_NOUNS, evidence_subject
from .set_off_holders import participle_holder, set_off_holder
from .marks import MASK, trim
from .reported_frames import first_person_frame, source_phrase
from .verbs import NOT_SUBJECT_END
from .words import DETERMINERS, FINITE_AUX, IRREGULAR_PAST, PLACE_NAMES, PREPOSITIONS, PRONOUNS


@dataclass(frozen=True)
class CueTable:
    """Content-cue forms -> (cue lemma, class) per content shape, with one compiled matcher."""
    clause: dict
    infinitive: dict
    object: dict
    regex: re.Pattern


@cached_by_file
def cue_table(path="content_cues.csv") -> CueTable:
    """The content-cue codebook as forms and one matcher (rebuilt when the file changes)."""
    book = load_content_cues(path)
    shapes = {"clause": {}, "infinitive": {}, "object": {}}
    for form, cue, cls, shape in book[["form", "cue", "class", "content"]].itertuples(
            index=False, name=None):
        shapes[shape][form.lower()] = (cue, cls)
    forms = set(shapes["clause"]) | set(shapes["infinitive"]) | set(shapes["object"])
    pats = sorted((r"\s+".join(map(re.escape, f.split())) for f in forms), key=len, reverse=True)
    return CueTable(shapes["clause"], shapes["infinitive"], shapes["object"],
                    re.compile(word_alternation(pats, r"[\w-]") + r"(?![\w-])"))


# Between a subject and its cue: adverbs, auxiliaries and negation only ("does not believe",
# "has long feared", "still hopes", "also wants").
_BETWEEN = re.compile(r"(?:\s*\b(?:also|still|now|long|often|never|always|really|clearly|just|"
                      r"reportedly|privately|publicly|firmly|genuinely|truly|apparently|"
                      r"increasingly|already|once|consistently|repeatedly|even|has|have|had|"
                      r"previously|first|later|earlier|then|[a-z]{3,}ly|"
                      r"(?:used|tended|tends|tend|continues|continued|continue)\s+to|"
                      r"(?:does|do|did|wo|would|could|ca|should|has|have|had|is|are|was|"
                      r"were)n[’']t|does|do|did|not|will|well|both|all|each|"
                      r"(?:quick|slow|eager|ready|careful|happy|able|unable|the\s+first)\s+to|"
                      r"would|may|might|could|can|must|should|is|are|was|were|been|being|"
                      r"seem(?:s|ed)?\s+to|appear(?:s|ed)?\s+to)\b|\s*['’](?:s|re|ve|d|ll)\b)*\s*$",
                      re.IGNORECASE)
# "officials on and off the island believe": a short prepositional phrase after the subject
_POSTMODIFIER = re.compile(r"\s*(?:of|in|on|at|from|for|with|among|across|inside|within|outside|"
                           r"around|close\s+to)\b[^,;.:()\x00]{0,50}$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s|widely|generally)\s+$",
                      re.IGNORECASE)
# Words after "that"-less cues that open a clause: a pronoun, determiner or name.
_SUBJECT_PRONOUNS = set(PRONOUNS) | {"i", "we", "you", "there", "this", "that", "these", "those",
                                     "most", "many", "some", "few", "all", "nobody", "no", "none",
                                     "everyone", "everybody", "people", "voters", "americans"}
# A question word opens an embedded question after a cue of knowing ("knows how to use it",
# "don't know which survey firm fielded it", "wondered why ...")
_WH = {"how", "what", "why", "whether", "which", "who", "where"}
# "worried about", "figured out", "recognized Guaido as president" (an act, no clause)
_ZERO_THAT_NEVER = {"worry", "figure", "learn", "agree", "recognize"}
_SKIP_BEFORE_CLAUSE = re.compile(r"\s*(?:,\s*)?(?:(?:now|also|still|too|privately|publicly|"
                                 r"strongly|firmly|clearly|already)\s+)*", re.IGNORECASE)
_FINITE = {"is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had",
           "should", "may", "might", "must", "does", "did", "won't", "can't"}
_THAT = re.compile(r"that\b\s*", re.IGNORECASE)
_CONTRACTED = re.compile(r"(?:it|he|she|that|there|we|they|you|i)['’](?:s|re|m|ve|ll|d)",
                         re.IGNORECASE)
# (a time phrase may stand before "to": "declined for years to reveal", "decided Monday not to")
_TO_VERB = re.compile(r"\s*(?:,\s*)?(?:(?:for\s+(?:years|months|weeks|days)|again|repeatedly|"
                      r"(?:on\s+)?[A-Z][a-z]+day|today|yesterday)\s+)?(?P<to>(?:not\s+)?to)\s+"
                      r"(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|my\b|this\b|that\b|"
                      r"be\s+sure\b)[a-z]", re.IGNORECASE)
# Not the start of what a poll or record shows ("showed up", "found in", "shows how": a question)
_NOT_EVIDENCE_OBJECT = set(PREPOSITIONS) | {"up", "off", "out", "it", "itself", "to", "and", "or",
                                            "but", "as", "is", "was", "are", "were"}
_OBJECT_WORD = re.compile(r"\s+([^\W_][\w'’-]*)")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]|[Aa]n|[Tt]he|[Aa]ny|[Ee]very|[Ee]ach|[Nn]o|[Aa]nother)\s+$")
_QUANTIFIER_BEFORE = re.compile(r"(?<![\w'’-])(?:many|few|several|some|all|such|other|two|three)\s+$",
                                re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|our|my|your)|['’]s?)\s+$",
                                re.IGNORECASE)
_INFINITIVE_END = re.compile(r",?\s+nor\b|\s+for\s+(?:this|the)\s+(?:article|story|report)\b|"
                             r",\s+(?:or|and|which|who|where|when|after|before|both|so|"
                             r"then|saying|telling|adding|citing|as|because|but|though|although|instead|"
                             r"even|despite|[a-z]+ing\b)|"
                             r"\s+and\s+(?:is|was|are|were|has|had|have|then|said|says)\b")
# A sentence opening with a subordinate clause: a content inside it ends at its comma.
_SUBORDINATORS = ["if", "while", "as", "when", "because", "although", "though", "since", "after",
                  "before", "unless", "once", "until", "whether", r"even\s+if", r"even\s+though"]
# ... also after a conjunction opening the sentence ("And after the court refused to ..., X said")
_SUBORDINATE_OPENS = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+(?:" + "|".join(_SUBORDINATORS) + ")|"
                                + "|".join(w[0].upper() + w[1:] for w in _SUBORDINATORS) + r")\s")
# A question opens with Do/Did/Does ("Do you think": not the emphatic "Trump did support")
_QUESTION_START = re.compile(r"\W*(?:do|does|did)\s+[^,;:\x00]{1,40}$", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,\s(?:[^,;:()\x00]|(?<=\d),(?=\d)){1,80},")   # ", a senator,"


_SEGMENT = re.compile(r"[,;:()]|\s[—–]\s|\s--\s|"
                      r"\b(?:that|which|while|but|and|because|as|if|when)\s")
_PREPOSITION = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b", re.IGNORECASE)
_LEADING = re.compile(r"(?:(?:but|and|yet|so|still|also|now|meanwhile|however|indeed)\s+)+",
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
    phrase = re.sub(r"(?:\s+(?:has|have|had|also|clearly|consistently|now|still|already))+$", "",
                    phrase)
    noun = EVIDENCE_NOUNS.search(phrase)
    prep = _PREPOSITION.search(phrase)
    if not phrase or len(phrase.split()) > 12 or noun is None or \
            prep and prep.start() < noun.start():
        return None    # "voters in the survey found": the voters, not the survey
    name = " ".join(phrase.split())
    return Frame(Speaker(name=name, mention=name))


_PREPOSITION_AT_END = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s+$",
                                 re.IGNORECASE)


def _head_before_phrase(art, lo, start, hit):
    """When the reference right before a cue sits in a prepositional phrase ("Officials in both
    capitals know"), the subject is what that phrase follows; None if nothing does."""
    for w in re.finditer(r"(?<!\S)\S", art.masked[lo:start]):
        at = lo + w.start()
        if _POSTMODIFIER.fullmatch(art.masked, at, start):
            fr = frame_for_verb(art, (at, at) + hit[2:], lo)
            if fr is None or fr.ref is None or not art.masked[fr.ref.end:at].isspace():
                return None
            return fr
    return None


def _content_start(masked, end, hi, shape, cue):
    """Start of the content after a cue ending at ``end``, or None."""
    if shape == "infinitive":
        m = _TO_VERB.match(masked, end, hi)
        return m.start("to") if m else None
    pos = _SKIP_BEFORE_CLAUSE.match(masked, end, hi).end()
    m = _THAT.match(masked, pos, hi)
    nxt = CLAUSE_TOKEN.match(masked, m.end()) if m and m.end() < hi else None
    if m and nxt and nxt.group().lower() in _FINITE | {"'s", "’s"}:
        return pos    # "I think that is his intent": "that" is the content's subject
    if m:
        nxt = CLAUSE_TOKEN.match(masked, m.end()) if m.end() < hi else None
        return m.end() if nxt and nxt.group()[0].isalnum() else None
    if cue in _ZERO_THAT_NEVER or pos != end + (1 if masked[end:end + 1] == " " else 0):
        return None
    toks = CLAUSE_TOKEN.findall(masked, pos, min(hi, pos + 80))
    if not toks or len(toks) < (2 if _CONTRACTED.fullmatch(toks[0]) else 3) or \
            not toks[0][0].isalnum():
        return None    # two words only after a pronoun's contraction: "I think it's good."
    first = toks[0].lower().replace("’", "'").split("'")[0]
    opens = first in _SUBJECT_PRONOUNS or first in DETERMINERS - PREPOSITIONS or first in _WH \
        or toks[0][0].isupper() and first not in PREPOSITIONS
    # or any other word, when an auxiliary follows soon: "believe meaningful debt relief is ..."
    finite = any(t.lower() in _FINITE for t in toks[1:7])
    return pos if (opens or finite and first not in PREPOSITIONS) and \
        first not in ("to", "so", "not", "it's") else None


_SPACES = re.compile(r"\s*")
_AS = re.compile(r"\bas\s")


_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|to)\s+(?:also\s+)?$")
# ", they believe, ..." / ", Clinton allies believe." / "..., his team believes —": a belief told
# after its content (the content is the sentence around it).
# A share of respondents as the holder (a poll's result): "About three-quarters support",
# "most in both states supported", "Only about 4 in 10 Republican voters in each state want".
_SHARE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust|[Oo]ver|"
    r"[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Aa]round)\s+)*"
    r"(?:\d[\d.]*\s*(?:%|percent|per\s+cent)|(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine)\s+in\s+(?:10|ten|[2-5]|three|four|five)|(?:[Aa]\s+)?(?:majority|"
    r"plurality|third|quarter|half|two-thirds|three-quarters|three\s+quarters)|[Mm]ost)"
    r"(?:\s+(?:of|in|among)\s+[^,;:()\x00]{1,70}?)?)(?:\s+[a-z]+ly|\s+(?:also|still|now|do|did|"
    r"would|will|could|not|n['’]t|are|were|tended\s+to|tend\s+to))*\s+$")
_SHARE_HINT = re.compile(r"\d|percent|majority|plurality|third|quarter|half|[Mm]ost\b")
_THAT_AFTER = re.compile(r"(?:\s+[a-z]+ly)?\s+that\s")
_AFTER_CUE_CLOSES = re.compile(r"\s*(?:[,—–]|--|[.!?]?\s*$)")


_HOLDER_OPENS = re.compile(r"(?:[A-Z]|(?:the|many|most|some|few|all|both|several|other|these|"
                           r"those|his|her|their|its|our|\d)\b)")
_HOLDER_WORDS = 10
# not a holder's first word: a clause ("it", "which") or a question ("Do you think")
_NOT_HOLDER_START = {"it", "this", "that", "there", "which", "who", "what", "do", "does", "did",
                     "is", "are", "was", "were", "will", "would", "can", "could", "should", "has",
                     "have", "had", "why", "how", "when", "where", "if"}


def _noun_phrase_holder(masked, lo, start):
    """The subject of a cue no reference names ("Both of his GOP senators strongly supported",
    "Many conservatives fear"): the clause's first words before the cue (after adverbs and
    auxiliaries), when they open like a noun phrase and end on no function word; after a relative
    "who", the noun phrase before it ("idealists who wanted ..."); or None."""
    gap = _BETWEEN.search(masked, max(lo, start - 60), start)
    end = gap.start() if gap else start
    at = subject_start(masked, lo, end)
    np = antecedent_of_who(masked, lo, end)
    at, end = np if np else (at, end)
    words = masked[at:end].split() if at is not None else None
    if words and words[-1].endswith(","):   # a participle after a comma ("West Virginia used to
        # be Democratic, supporting"): the clause's subject, not a preposition's object ("since
        # the 1950s,") nor the state after a town ("in Pasadena, Calif.,")
        before = masked[max(lo, at - 16):at]
        words = [] if _PREPOSITION_BEFORE.search(before) or len(words) == 1 and \
            _TOWN_BEFORE.search(before) else _clause_subject(words)
    if not words or len(words) > _HOLDER_WORDS or not (np or _HOLDER_OPENS.match(masked, at)) or \
            words[-1].lower() in NOT_SUBJECT_END or words[-1].lower().endswith(("ly", "ed")) or \
            words[0].lower() in _NOT_HOLDER_START:
        return None
    name = " ".join(words)
    return Frame(Speaker(name=name, mention=name))


_PREPOSITION_BEFORE = re.compile(r"\b(?:since|in|on|at|of|for|from|by|with|after|before|during|"
                                 r"until)\s+$")
_TOWN_BEFORE = re.compile(r"[A-Z][\w.]*,\s+$")


def _clause_subject(words):
    """The words of a clause up to its verb or first comma, at most four ("the Vermont senator
    is sticking to ...," -> "the Vermont senator"; "Schilling's son, Grant," -> "Schilling's son");
    none when no verb or comma ends them there ("since the 1950s,")."""
    for k, word in enumerate(words[:5]):
        low = word.lower()
        if word.endswith(","):
            return [w.rstrip(",") for w in words[:k + 1]] if k < 4 else []
        if k and (low in FINITE_AUX or low.endswith("ed") or low in IRREGULAR_PAST):
            return words[:k]
    return []


_RELATIVE_AT_END = re.compile(r",\s+(?:which|who)\s*$")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:\S+\s+){0,2}$")
# A second predicate of the sentence's subject: "X disregarded the advice and refused to sign"
# or the infinitive after a copula's complement: "X was the first Democrat in Congress to endorse"
_LINKED = re.compile(r"[^,;:()\x00]{3,90}?\s(?:and|but)\s*|"
                     r"\s+(?:is|was|are|were|has\s+been|had\s+been)\s[^,;:()\x00]{3,70}?\sto\s*")
_NOT_A_PREDICATE = re.compile(r"\s(?:who|which|that|whom|whose|if|when|because|as|while)\s",
                              re.IGNORECASE)


def _relative_holder(art, lo, start):
    """The name a relative "which"/"who" after a comma stands for ("Norton, which declined to
    comment, ..."), as a Frame, or None."""
    gap = _BETWEEN.search(art.masked, max(lo, start - 60), start)
    m = _RELATIVE_AT_END.search(art.masked, max(lo, start - 80), gap.start() if gap else start)
    if m is None:
        return None
    ref = next((r for r in reversed(refs_starting_in(art, lo, m.start())) if r.end == m.start()
                and not r.possessive), None)
    if ref is None:   # a name the references do not hold: the words before the comma
        return _noun_phrase_holder(art.masked, lo, m.start())
    return Frame(resolve(art, ref), ref=ref)


def _coordinated_holder(art, lo, start):
    """The sentence's subject when the cue opens a predicate joined to its first by "and" or
    "but" ("Mr. Yanukovych disregarded the advice and refused to sign ..."), or an infinitive
    after its copula's complement ("was the first ... to endorse"), or None."""
    ref = main_subject(art, lo, start)
    gap = _BETWEEN.search(art.masked, max(lo, start - 60), start)
    at = gap.start() if gap else start
    if ref is None or ref.end >= at or ref.start - lo > 40:
        return None
    m = _LINKED.fullmatch(art.masked, ref.end, at)
    if m is None or _NOT_A_PREDICATE.search(art.masked, ref.end, at):
        return None
    return Frame(resolve(art, ref), ref=ref)


def content_holder(art, lo, start, hit):
    """Who holds the content of a cue at ``start`` (a Frame without verb), or None: a poll or
    record for ``evidence``, else the subject right before the cue, or "I"/"we"."""
    masked = art.masked
    if hit[3] == "evidence":
        fr = _evidence_frame(art, lo, start) or evidence_subject(art, lo, start)
        if fr is not None or not _THAT_AFTER.match(masked, hit[1]):
            return fr   # "the Justice Department found that ...": a finding of its subject
    if hit[3] == "topic" and _MODAL_BEFORE.search(masked, max(lo, start - 20), start):
        return None   # "the ministers will also talk about ...": a plan, no act reported yet
    window = max(lo, start - 120)
    share = _SHARE_HINT.search(masked, window, start) and \
        _SHARE_BEFORE.search(masked, window, start)
    if share:   # "About 4 in 10 want ...", "19 percent of college students polled support ..."
        np = " ".join(share.group("np").split())
        return Frame(Speaker(name=np, mention=np))
    fr = frame_for_verb(art, hit, lo)
    if fr is None or not fr.speaker or fr.ref is None or fr.ref.end > start:
        fr = _relative_holder(art, lo, start) or _coordinated_holder(art, lo, start)
        if fr is not None:
            return fr   # "Norton, which declined to comment, ..."
        first = first_person_frame(art, lo, start)
        if first is not None:
            return Frame(first.speaker)
        # a topic row is a statement: its speaker must be one the references resolve
        return _noun_phrase_holder(masked, lo, start) if hit[3] != "topic" else None
    if participle_holder(art, lo, start, hit, fr):
        return fr    # "to an outside group backing Rubio": the group (set_off_holders)
    if _PREPOSITION_AT_END.search(masked, max(lo, fr.ref.start - 12), fr.ref.start):
        fr = _head_before_phrase(art, lo, start, hit)   # "officials in both capitals believe"
        if fr is None:
            return None
    name = fr.speaker.name
    if name in PLACE_NAMES or name.split(" ")[0].lower() in ("that", "which", "what"):
        return None   # "King of New York, who endorsed": a place or a clause holds no belief
    gap = masked[fr.ref.end:start]
    if hit[5].split()[0].endswith("ing") and masked[lo:start].rstrip().endswith(","):
        return fr    # "..., he said, citing low growth": the sentence's subject (frame_for_verb)
    closed = _APPOSITION.match(gap)   # "Sanders, a Vermont senator, has supported"
    if MASK in gap:
        return None
    if _BETWEEN.match(gap) or gap.rstrip().endswith(",") or _POSTMODIFIER.match(gap) or \
            closed and _BETWEEN.match(gap, closed.end()):
        return fr
    if gap.strip() == "to" and not _PREPOSITION_AT_END.search(
            masked, max(lo, fr.ref.start - 12), fr.ref.start):
        return fr   # "forced Schultz to resign", "leaving many to wonder": the object acts
    if gap.lstrip().startswith(",") and _BETWEEN.match(gap.lstrip()[1:]):
        # an apposition closes: "X's lawyer, Mark Smith, also declined" (the name set off), or
        # "Patricia Smith, mother of victim Sean Smith, rejected" (the name before its comma)
        if masked[lo:fr.ref.start].rstrip().endswith(","):
            return fr
        opening = masked.rfind(", ", lo, fr.ref.start)
        head = next((r for r in reversed(refs_starting_in(art, lo, max(opening, lo)))
                     if r.end == opening and not r.possessive), None)
        return Frame(resolve(art, head), ref=head) if head is not None else None
    gap = _BETWEEN.search(masked, max(lo, start - 60), start)
    rel = _relative_holder(art, lo, start)
    if rel is not None and rel.ref is not None and is_place(art, rel.ref):
        rel = None    # "in Roanoke, Va., who voted for": a place holds no stance
    return _coordinated_holder(art, lo, start) or rel or \
        set_off_holder(art, lo, start, gap.start() if gap else start)


def _told_after(art, lo, hi, fr, end):
    """The content of a belief or finding told after it (", they believe.", ", the reports
    show."), or None: the sentence before the comma that opens the frame (before the holder's
    reference, or the last comma when a poll holds it), or the sentence around a frame set off
    by commas."""
    at = fr.ref.start if fr.ref is not None else art.masked.rfind(",", lo, end) + 1
    before = art.masked[lo:at].rstrip()
    m = _AFTER_CUE_CLOSES.match(art.masked, end, hi)
    if not before.endswith(",") or m is None:
        return None
    s0 = _SPACES.match(art.masked, lo, hi).end()
    c_end = hi if m.group().strip() == "," else lo + len(before) - 1
    return s0, content_end(art, s0, c_end) if c_end == hi else trim(art.text, s0, c_end)[1]


def _before_later_row(art, c_start, c_end, taken, cue_at):
    """A content running into a row made later in its sentence ("court filings revealed that he
    sought damages, alleging that ...": the speech row of "alleging") ends at the clause break
    (", alleging", ", who", ...) before that row, or before its own frame when that is told inside
    it ("X was insured for $35 million, records show, and experts say ..."); unchanged when no
    break stands between."""
    later = [a for a, b in taken if c_start < a < c_end]
    if not later:
        return c_end
    cuts = list(CLAUSE_AFTER.finditer(art.masked, c_start, min(later)))
    if not cuts:
        return c_end
    at = cuts[-1].start()
    if c_start < cue_at < at:
        at = art.masked.rfind(",", c_start, cue_at)
        if at < 0:
            return c_end
    return trim(art.text, c_start, at)[1]


def content_clauses(art, lo, hi, taken=(), cues: CueTable | None = None):
    """Reported contents of non-speech cues in the sentence [lo, hi) of an
    :class:`~analysis.quotes.article.Article`: (start, end, Frame). ``taken``: (start, end) spans
    of rows already made for this sentence; a cue inside one, or a content overlapping one, gives
    no row (speech rules come first). ``cues``: the cue table (default: the codebook,
    :func:`cue_table`; pass it once per article, not per sentence)."""
    table = cues or cue_table()
    masked = art.masked
    out = source_phrase(art, lo, hi, taken)
    taken = list(taken) + [(s, e) for s, e, _ in out]
    for m in table.regex.finditer(masked, lo, hi):
        form = " ".join(m.group().lower().split())
        start, end = m.start(), m.end()
        if not m.group()[0].islower() or \
                _POSSESSIVE_BEFORE.search(masked, max(lo, start - 8), start):
            continue   # "Her plan to ...", "the party's plans to", "Thrift Savings Plan to"
        if _NOUN_BEFORE.search(masked, max(lo, start - 12), start) or \
                form.endswith("s") and _QUANTIFIER_BEFORE.search(masked, max(lo, start - 10), start):
            continue   # "any attempt to", "the push for", "many plans to": nouns
        if any(a <= start < b for a, b in taken) or not form.split()[0].endswith("ing") and \
                _PASSIVE.search(masked, max(lo, start - 12), start):
            continue
        if _QUESTION_START.match(masked, lo, start):
            continue   # "Do you think ...?": a question, no belief held
        for shape, forms in (("infinitive", table.infinitive), ("clause", table.clause),
                             ("object", table.object)):
            if form not in forms:
                continue
            cue, cls = forms[form]
            span = object_span(art, end, hi) if shape == "object" else None
            if span and owned_noun_at(masked, span[0], span[1]):
                break   # "assailed Merkel's decision to open ...": the noun's row (nominal)
            c_start = span[0] if span else None if shape == "object" else \
                _content_start(masked, end, hi, shape, cue)
            if c_start is None and shape != "clause":
                continue
            fr = content_holder(art, lo, start, (start, end, cue, cls, True, form))
            if fr is None:
                break
            if c_start is None and cls == "evidence" and fr.ref is None:
                w = _OBJECT_WORD.match(masked, end, hi)   # "Photos showed mourners", "found 90 ..."
                c_start = w.start(1) if w and w.group(1).lower() not in _NOT_EVIDENCE_OBJECT \
                    else None
            if c_start is None:
                after = _told_after(art, lo, hi, fr, end) if cls in ("belief", "evidence") \
                    else None
                if after is None:
                    continue
                c_start, c_end = after
            else:
                # a stance or topic object is a noun phrase (object_span); "how ..." runs on
                c_end = span[1] if span and cls in ("stance", "topic", "intention") else \
                    content_end(art, c_start, hi)
                if span and cue in ("see", "view", "regard") and not _AS.search(masked, span[0],
                                                               min(c_end, span[0] + 80)):
                    continue   # "sees Cruz as a uniter"; "saw the rally" is no belief

            if shape == "infinitive":   # "declined to comment and is not ...", "to run, and ..."
                cut = _INFINITIVE_END.search(masked, c_start, c_end)
                c_end = trim(art.text, c_start, cut.start())[1] if cut else c_end
            if _SUBORDINATE_OPENS.match(masked, lo) and "," not in masked[lo:start]:
                comma = masked.find(", ", c_start, c_end)   # "If we thought X, we would ..."
                c_end = comma if comma > 0 else c_end
            if (fr.ref.kind == "who" if fr.ref else " who " in masked[max(lo, start - 25):start]) \
                    or _RELATIVE_BEFORE.search(masked, max(lo, start - 40), start) or \
                    participle_holder(art, lo, start, (start, end, cue, cls, True, form), fr) \
                    and masked[lo:fr.ref.start].rstrip()[-1:] in ("", ",") or fr.ref is None and \
                    cls == "stance" and form.endswith("ing"):   # "Militias backing X seized"
                comma = masked.find(",", c_start, c_end)
                c_end = comma if comma > 0 else c_end   # "X, who thinks ..., said"
                verb = PREDICATE.search(masked, c_start, c_end) if shape != "clause" else None
                c_end = verb.start() if verb else c_end   # "the novice who wants to run is ..."
            c_end = _before_later_row(art, c_start, c_end, taken, start)
            if len(CLAUSE_TOKEN.findall(masked, c_start, c_end)) < (1 if span else 2) or \
                    any(a < c_end and c_start < b for a, b in taken):
                break
            out.append((c_start, c_end, Frame(fr.speaker, cue, cls, fr.via, fr.ref, start)))
            taken = list(taken) + [(c_start, c_end)]
            break
    return out
