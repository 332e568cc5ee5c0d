"""Subjects no reference covers, kept as descriptions (``Ref`` of kind ``plural``: the row keeps
the words as ``speaker``; its ``speaker_id`` stays empty, never guessed; which earlier name such a
description stands for is coreference's job).

- Plain noun phrases right before the verb ("Analysts said", "Farm groups warned", "Some
  economists argue") or after an inverted one ("..., says a senior official"): :func:`bare_subject`,
  :func:`bare_subject_after`. A subject whose last words follow of/for/in/at/from keeps the noun
  phrase they modify when its head can speak ("Supporters of the law say", "the Labour MP for
  Birkenhead asked", "Officials in Washington said", "Republicans on the committee said",
  "Officials in the state questioned": "state" heads a phrase as well as modifying one). They fail on other subjects longer than
  four words.
- The issuer of a document the clause says was issued ("X issued a statement saying"):
  :func:`issuing_subject`, for :mod:`.coreference`.
- A described subject ("as the heckler yelled") or a name before a participle:
  :mod:`.described_subjects`.
"""
from __future__ import annotations

import re

from ..codebooks import load_role_nouns
from .article import refs_starting_in, sentence_bounds, verb_hits_in
from .descriptions import BODY_NOUNS
from .marks import MASK
from .mentions import Ref
from .verbs import ADVERBS
from .reported_limits import SPEECH_PRODUCTS
from .subject_shapes import breaks_phrase, informed_after, not_a_subject, serves_to
from .words import FINITE_AUX, PREPOSITIONS, ROLE_WORDS, SUBORDINATORS, TIME_NOUNS, TIME_WORDS

NP_STOP = PREPOSITIONS | SUBORDINATORS | {"that", "it", "he", "she", "they", "we", "i", "you",
                                            "yet",
                                            "there", "this", "is", "was", "are", "were", "be",
                                            "been", "not", "has", "have", "had", "also",
                                            "would", "could", "should", "will", "can", "may",
                                            "might", "must", "do", "does", "did", "having",
                                            "don't", "don’t", "doesn't", "doesn’t", "didn't",
                                            "didn’t",
                                            "without", "worth", "needless", "it's", "who",
                                            "what", "what's", "what’s", "why", "how"}
_QUANTIFIERS = {"the", "a", "an", "some", "many", "most", "several", "other", "few", "two",
                "three", "four", "both", "all", "more", "top", "senior", "local", "state"}
_HEAD_NOUNS = {"state"}   # a quantifying modifier that may also head the phrase ("the state")
_ONLY_WORDS = re.compile(r"[\w\s'’]*")   # words ("don't") and spaces only
# words, a number with an age ("The 52-year-old said"), a number ("47 percent said"; ends in a
# digit: "In 2013, hackers"); never a piece of a word or number ("9th", "2-1,": not "th", "1,")
_SUBJECT_WORD = re.compile(r"(?<![\w'’])(?:(?:\d+-)?[A-Za-z][\w'’\-]*|\d+(?:st|nd|rd|th)\b)|"
                           r"(?<![\w.,\-])\d(?:[\d.,]*\d)?(?![\w.,])")
_NEGATED = {"don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "do", "does", "did", "not"}
ADVERB_OR_NEGATION = ADVERBS | _NEGATED   # words between a subject and its verb
_ING = re.compile(r"[a-z]+ing\b")
_PROGRESSIVE = {"is", "are", "was", "were", "been", "has", "have", "had"}
_PRONOUN_QUANTIFIERS = {"few", "many", "most", "some", "both", "others", "several"}
# A manner adverb between the subject and its verb ("State initially said", "many backers privately
# say"): lower case, in -ly, not a noun or adjective in -ly ("the family", "the elderly", "a weekly")
_LY_ADVERB = re.compile(r"(?!(?:fami|ra|a|assemb|supp|rep|monopo|anoma|bul|eld[e]r|dai|week|month|"
                        r"quarter|year|ear|on|ug|sil|bel|hol|jel|fol|tal)ly$)[a-z]{3,}ly")
_INTENSIFIERS = {"very", "quite", "rather",   # ("as you very aptly pointed out")
                 "always", "sometimes", "ever", "instead", "currently"}   # ("has always claimed")
_TIME_OPENERS = {"on", "last", "this", "late", "early", "next", "that", "earlier", "later"}

_COUNT_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|least|about|nearly|some|than)\s+)"
                            r"((?!(?:19|20)\d\d$)\d{1,3}(?:,\d{3})*)$")
_ASIDE_AT_END = re.compile(r"\s+\([^()\x00]{1,50}\)\s+$")   # an aside in brackets before the verb
_CONTROL_BEFORE = re.compile(
    r"\s+(?:(?:is|are|was|were|be|been)\s+(?:(?:[a-z]+ly|more|less|most|least|much|far)\s+)*"
    r"(?:likely|unlikely|quick|ready|willing|eager|able|unable|inclined|reluctant|keen)|"
    r"(?:[a-z]+ly\s+)?(?:refuse[ds]|decline[ds]|wants?|wanted|tri(?:ed|es)|sought|seeks|(?:go(?:es)?|went)"
    r"\s+on|continue[ds]|beg(?:an|ins)|hesitate[ds]|rushe[ds]|cho(?:se|oses)|decide[ds]|t(?:ook|akes)\s+to\s+\w+))\s+to\s+$")


def bare_subject(art, lo, start):
    """A subject no reference covers ("Analysts said", "Farm groups warned", "Some economists
    argue"): the noun phrase right before the verb, up to four words, as an unresolved
    description (speaker_id stays empty). A verb in an infinitive after an adjective or verb that
    leaves its subject to the main clause ("Voters are more likely to say", "Aides declined to
    say"; Quirk et al. 1985, 16.40 on subject control) has that subject; an aside in brackets
    before the verb is skipped ("29 percent (and 43 percent of Republicans) said"); a count
    opening its clause is a subject ("..., while 43 said the same"; not a year)."""
    aside = art.masked.rfind(")", max(lo, start - 3), start) >= 0   # "29 percent (and ...) said"
    control = (_ASIDE_AT_END if aside else _CONTROL_BEFORE).search(art.masked, max(lo, start - 60), start)
    start = control.start() if control else start
    pre = art.masked[lo:start]
    toks = list(_SUBJECT_WORD.finditer(pre))
    if not toks:
        return None
    k = len(toks)
    skip = ADVERB_OR_NEGATION | (_PROGRESSIVE if _ING.match(art.masked, start) else set())
    skip |= _INTENSIFIERS
    while k and (toks[k - 1].group().lower() in skip or _LY_ADVERB.fullmatch(toks[k - 1].group())):
        k -= 1   # "were screaming", not "was announced"; "Many backers privately say"
    if k and toks[k - 1].group().lower() in TIME_NOUNS:   # "The chair on Monday alleged"
        k -= 1
        while k and toks[k - 1].group().lower() in _TIME_OPENERS:
            k -= 1
    if not k or not _ONLY_WORDS.fullmatch(pre[toks[k - 1].end():]):
        return None
    if toks[k - 1].group()[-1].isdigit():   # "Six in 10 say": the proportion rule's; a count
        # opening its clause is the subject ("..., 43 said the same", "at least 21,000 said")
        count = _COUNT_SUBJECT.search(pre, 0, toks[k - 1].end())
        return Ref(lo + count.start(1), lo + count.end(1), count.group(1), "plural") if count else None
    words = []
    j = k
    while j and len(words) < 4:
        w = toks[j - 1]
        low = w.group().lower()
        if low in NP_STOP or (words and breaks_phrase(pre, toks, j)):   # (not "to Mr. Hale")
            break
        words.insert(0, w)
        j -= 1
        if low in _QUANTIFIERS and not (len(words) == 1 and low in _HEAD_NOUNS):
            break   # ("state officials", but "Officials in the state": a head noun)
    lone = len(words) == 1 and words[0].group().lower() in _PRONOUN_QUANTIFIERS   # "few believe"
    if not words or not lone and words[-1].group().lower() in _QUANTIFIERS - _HEAD_NOUNS or \
            _LY_ADVERB.fullmatch(words[-1].group()) or words[-1].group().lower() in TIME_NOUNS:
        return None   # "X, the ..., on Tuesday called", "A group ... this week published": no one
    s = lo + _phrase_head_start(pre, toks, j)
    e = lo + words[-1].end()
    if not_a_subject(art.masked, s, lo + toks[j].start(), [w.group() for w in words]):
        return None
    if MASK in art.masked[s:e] or _ING.match(art.masked, start) and \
            _PREPOSITION_AT_END.search(art.masked, lo, s):
        return None   # ", in many cases reporting": a preposition's object is no participle's subject
    if words[-1].group().lower() in _HEAD_NOUNS and (len(words) == 1 or j and s == lo + toks[j].start()
                                                      and toks[j - 1].group().lower() in PREPOSITIONS):
        return None   # "voters in each state say", "Republicans across the state": not the state;
        # a lone "State initially said": which state is not known
    told = _TALKING_TO_AT_END.search(art.masked, lo, s)   # "A source speaking to Fox News said"
    return bare_subject(art, lo, told.start()) if told else Ref(s, e, art.text[s:e], "plural")


_TALKING_TO_AT_END = re.compile(r"\b(?:speaking|talking|writing|posting|reporting)\s+(?:to|for|on)\s+$")
_PREPOSITION_AT_END = re.compile(r"\b(?:in|on|at|for|with|from|by|under|during|among|over)\s+$")


def _phrase_head_start(pre, toks, j):
    """Where the subject starts when its words follow a preposition of :data:`_OF_PHRASE` (or a
    role noun's "to": "Aides to the governor said"): the noun phrase that phrase modifies ("The
    Minister for Europe said", "Legislative leaders in North Carolina noted"), up to two such
    phrases, each opening with a determiner or the clause; else where the words start (``toks[j]``)."""
    start = toks[j].start()
    for _ in range(2):
        if j < 2 or toks[j - 1].group().lower() not in _OF_PHRASE and not serves_to(toks, j) or \
                pre[toks[j - 1].end():toks[j].start()].strip() or \
                pre[toks[j - 2].end():toks[j - 1].start()].strip():
            return start
        i = j - 1
        while i and j - 1 - i < 4 and toks[i - 1].group().lower() not in NP_STOP and \
                not pre[toks[i - 1].end():toks[i].start()].strip():
            i -= 1
            if toks[i].group().lower() in DETERMINER:
                break
        inner = [t.group() for t in toks[i:j - 2]]   # before the head noun
        if i == j - 1 or not (i == 0 or toks[i].group().lower() in DETERMINER) or \
                any(w.islower() and w.endswith(("s", "ed")) for w in inner) or \
                not (_speaking_head(toks[j - 2].group()) or _placed(toks, j)):
            return start   # "The ad uses footage of X asking": a verb inside, no noun phrase
        j, start = i, toks[i].start()
    return start


def _placed(toks, j) -> bool:
    """Is toks[j] a capitalised place after "in"/"from"/"at" that places a person described by a
    lower-case noun before it ("A farmer in Ames, Iowa, said", "a retiree from Leeds told"): the
    place is no speaker, the whole phrase is (the 42 saved pages: "Ames" spoke)."""
    head = toks[j - 2].group()
    return toks[j - 1].group().lower() in ("in", "from", "at") and toks[j].group()[:1].isupper() \
        and head.isalpha() and head.islower() and not head.endswith(("ly", "ing", "ed"))


# prepositions whose phrase may close a subject noun phrase ("Supporters of the law", "Officials
# in Washington", "Researchers at Harvard", "Leaders from both parties", "Democrats on the panel";
# PolNeAR train: 4 speakers get their whole phrase, counts unchanged)
_OF_PHRASE = {"of", "for", "in", "at", "from", "on"}


def _speaking_head(word: str) -> bool:
    """Can ``word`` head a noun phrase that speaks: a title ("Minister"), a plural ("Supporters",
    "members"), a role or body noun ("spokeswoman", "board"), a part or number of a group
    ("majority", "percent", "head")? Not an abstract noun ("the importance of the party")."""
    low = word.lower()
    if low in ("nobody", "none", "nothing", "neither", "no-one"):
        return False   # "Nobody in British Columbia is talking about": no one speaks
    return word[:1].isupper() or low.endswith("s") and not low.endswith(("ss", "us", "is")) or \
        low in load_role_nouns() or low in BODY_NOUNS or low in ROLE_WORDS or low in GROUP_PARTS


# parts and numbers of a group, places that act as bodies, findings that "show" or "suggest"
GROUP_PARTS = {"percent", "majority", "minority", "half", "third", "quarter", "number", "share",
                "most", "some", "many", "all", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "dozen", "each", "both", "few", "several", "any",
                "average", "portion", "array", "head", "member", "city", "town", "county", "poll",
                "survey", "study", "analysis", "review", "audit", "census"}


_NP_AFTER = re.compile(r"\s+((?:(?:an?|the|one|two|three|some|several|other|another)\s+)?"
                       r"(?:[\w’'.\-]+\s+){0,3}?(?:[a-z0-9][\w\-]*|[A-Z]{2,}))(?=\s*(?:[,.;:(]|$|"
                       r"\s(?:in|at|of|for|to|with|from|on|who|familiar|close|[a-z]+ing)\b))")


def bare_subject_after(art, end, hi):
    """The subject of an inverted verb that no reference covers ("..., said one GOP source in
    the room", "..., says a senior official"): up to five words after the verb, ending in a
    noun before a comma, the sentence end or a preposition."""
    m = _NP_AFTER.match(art.masked, end, hi)
    if not m or MASK in m.group(1):
        return None
    words = m.group(1).lower().split()
    # a finite verb inside makes it a clause ("..., insisted the movement would continue")
    if words[-1] in NP_STOP or words[0] in NP_STOP - {"a", "an", "the"} or \
            not FINITE_AUX.isdisjoint(words) or words[-1] in SPEECH_PRODUCTS or \
            len(words) == 1 and words[0].endswith("ly"):   # "..., said matter-of-factly."
        return None
    e = informed_after(art.masked, m.end(1))   # "..., said one Democrat familiar with the talks."
    return Ref(m.start(1), e, art.text[m.start(1):e], "plural")


DETERMINER = {"the", "a", "an", "another", "one", "his", "her", "their", "its"}


# a verb form used as an adjective: "a written statement", "the stated goal", "his reported remarks"
ATTRIBUTIVE = re.compile(r"(?<![\w'’])(?:a|an|the|his|her|its|their)\s+$", re.IGNORECASE)

# an issuing verb, then up to three words (determiner, adjectives) before the document's head;
# searched only in the 60 characters before the document (no pass over the sentence)
_ISSUED = re.compile(r"(?<![\w'’-])(?:issu|releas|publish|post|sign|circulat|distribut|unveil)"
                     r"(?:es|ed|e|s|ing)?\s+(?:out\s+)?|(?<![\w'’-])(?:put|puts|putting)\s+out\s+|"
                     r"(?<![\w'’-])(?:sent|sends?|sending)\s+(?:out\s+)?")
_ISSUED_TAIL = re.compile(r"(?:[\w'’-]+\s+){0,3}$")
_CLAUSE_BREAK = re.compile(r"[,;:\x00]")
_ISSUER_LOOK_BACK = 60


def issuing_subject(art, ref: Ref) -> Ref | None:
    """The issuer of a document the same clause says was issued ("Black Lives Matter issued a
    statement saying", "His office put out a statement calling", "The museum released a report
    this month charging"): the subject of the issuing verb right before the description ``ref``,
    or None when no issuing verb governs it in its clause. Why: a document speaks for whoever
    issued it; :mod:`.coreference` otherwise looks for the issuer among earlier mentions of such
    a document, then takes the latest speaker, wrong where the clause names the issuer (PolNeAR
    train: 16 quotations). The subject: the clause's first reference no preposition governs
    (before an apposition: "X's spokesman, Tom Hale, released" gives the name it gives), else a
    plain noun phrase before the verb ("both men issued", :func:`bare_subject`)."""
    lo, _ = sentence_bounds(art, ref.start)
    base = max(lo, ref.start - _ISSUER_LOOK_BACK)
    verb = None
    for m in _ISSUED.finditer(art.masked, base, ref.start):
        if _ISSUED_TAIL.fullmatch(art.masked, m.end(), ref.start):
            verb = m
            break
    if verb is None or art.masked[verb.start() - 1:verb.start()] == "-":
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(art.masked, lo, verb.start())]
    clause = breaks[-1] if breaks else lo
    if breaks and not art.masked[clause:verb.start()].strip():
        clause = lo   # "X's spokesman, Tom Hale, released": the subject before the apposition
    refs = [r for r in refs_starting_in(art, clause, verb.start()) if r.end <= verb.start()
            and not r.oblique and not r.possessive and r.kind != "who"]
    if refs and clause == lo and refs[-1].kind in ("name", "actor") and \
            art.masked[refs[-1].end:verb.start()].strip() == ",":
        return refs[-1]   # the name the apposition gives
    if refs:
        return refs[0]
    return bare_subject(art, clause, verb.start())


# a relative pronoun right before a bare subject and its verb ("laws that appeals courts said
# discriminated", "the email use, which an FBI investigation said was"): a clause of its own
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?=[^,;]*$)")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:to|by|for|with|in|on|at|from)\b")
_NOT_SUBJECTS = {"almost", "nearly", "even", "only", "never", "always", "already", "just",
                 "some", "many", "most", "few", "all", "both", "each"}


def relative_subject(art, lo, start, end):
    """The subject of a verb at [start, end) opening a relative clause after ``lo`` ("laws that
    appeals courts said discriminated": appeals courts), when the words between the relative
    pronoun and the verb are all of it; None for a participle ("that superdelegates pledged
    to"), an adverb ("a passion that almost suggested") or an object before ("emails, which
    included staff members")."""
    rel = _RELATIVE_BEFORE.search(art.masked, lo, start)
    if not rel or _PARTICIPLE_AFTER.match(art.masked, end):
        return None
    own = bare_subject(art, rel.end(), start)
    ok = own is not None and own.start == rel.end() and own.text.lower() not in _NOT_SUBJECTS
    return own if ok else None


_ROLE_WORDS = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")   # "spokesman ", "campaign manager "


def titled_name(art, ref):
    """"said Clinton spokesman Brian Fallon", "said Ohio State University professor Paul Beck":
    a name or body, then a role in lower case, then the name of the one who speaks; "said his
    spokesman Stephane Dujarric": a description, then the name. (A subject before its verb is
    :func:`named_holder`'s, which asks for one codebook role noun.)"""
    if ref.kind == "nominal":
        names = [r for r in refs_starting_in(art, ref.end + 1, ref.end + 2)
                 if r.kind in ("name", "actor") and art.masked[ref.end] == " "]
        return names[0] if names else ref
    m = _ROLE_WORDS.match(art.masked, ref.end)
    if m is None or ref.kind not in ("name", "actor") or \
            any(w in NP_STOP | TIME_WORDS | {"and", "or"} for w in m.group().split()):
        return ref   # "said Trump on Fox News Sunday": no role
    names = [r for r in refs_starting_in(art, m.end(), m.end() + 1) if r.kind in ("name", "actor")
             and not r.possessive]
    return names[0] if names else ref


_ROLE_BETWEEN = re.compile(r"[^\S\n]+([a-z][a-z\-]+)[^\S\n]+")


def named_holder(art, refs: list[Ref]) -> Ref | None:
    """"Foreign Ministry spokeswoman Maria Zakharova", "Trump adviser Kellyanne Conway": a name,
    a role noun, a name; the second holds the role, the first only says whose it is. The second
    reference when ``refs`` open so, else None."""
    if len(refs) < 2:
        return None
    m = _ROLE_BETWEEN.fullmatch(art.masked, refs[0].end, refs[1].start)
    return refs[1] if m and m.group(1) in load_role_nouns() else None


def opening_plural(art, lo, end) -> list:
    """[the plural subject] opening a clause at ``lo`` and ending at ``end`` where an aside
    follows ("His critics in the United States, many of them ..., argue", "Proponents of the
    new bill, however, say"), when no reference but a preposition's stands in it; [] otherwise
    (not "The employee of nearly four years, ...": the words do not open the clause)."""
    if not all(r.oblique or r.kind == "plural" and not art.masked[lo:r.start].strip()
               for r in refs_starting_in(art, lo, end)):   # (the plural itself may be a reference)
        return []
    own = bare_subject(art, lo, end)
    return [own] if own is not None and own.text.endswith("s") and \
        not art.masked[lo:own.start].strip() else []


# whom an unnamed person works for, or where ("a spokesman | for Tesco", "an aide | to Sen. Ted
# Cruz"): up to five capitalised words, "of"/"and"/"for" between
_EMPLOYER = re.compile(r"[ \t]+(?:for|of|at|to|with|from)[ \t]+(?:the[ \t]+)?"
                       r"[A-Z][\w.&’'\-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+(?:the[ \t]+)?)?"
                       r"[A-Z][\w.&’'\-]*){0,4}")
_SENTENCE_STOP = re.compile(r"[A-Za-z’'\-]{4,}\.")   # "Cruz." ends a sentence; "Sen.", "U.S." not
_LOWER_NEXT = re.compile(r"[ \t]+([a-z][\w’'\-]*)")


def employer_end(art, end: int) -> int:
    """Where the phrase naming whom an indefinite person works for ends, when one follows
    ``end`` and closes the noun phrase (a verb, adverb, relative pronoun or punctuation next);
    -1 otherwise: "A group of Mexican comedians", "a source at the Tampa station", "a supporter
    of Hillary Clinton's bid" end inside the phrase."""
    m = _EMPLOYER.match(art.masked, end)
    if not m:
        return -1
    stop = _SENTENCE_STOP.search(art.masked, m.start(), m.end())
    e = stop.end() - 1 if stop else m.end()
    if art.masked[e - 2:e] in ("'s", "’s"):
        return -1
    nxt = _LOWER_NEXT.match(art.masked, e)
    word = nxt.group(1) if nxt else ""
    if word and not (word in ADVERBS or word in FINITE_AUX or word.endswith(("ed", "ly")) or
                     word in ("who", "whose", "which", "that", "to", "in", "on", "at") or
                     any(h[0] == nxt.start(1) for h in verb_hits_in(art, nxt.start(1), nxt.end(1)))):
        return -1
    return e
