"""Frames of reported clauses that the general rules of :mod:`.attribution` miss: a subject closed
off by an aside (``Cement makers, for instance, argue that ...``), an inverted attribution followed
by a description of its speaker (``..., said Larry Sabato, director of the Center for
Politics.``) or with a speaker the general rules do not read (``..., said the company's chief
executive, John J. Ferriola.``, ``..., said an official who was briefed ...``), a news item
first reported by a medium (``The meeting was first reported by Politico.``), what someone
"was told that ..." (by a teller named or not), questions put
by someone the text leaves unnamed (``Asked whether he would run, X said ...``, ``when asked
about the merger``), a sentence-final ``X told Y`` (``..., he told the
court in his filing.``), a proportion of respondents as the speaker (``Six in 10 say``), a
source phrase with no verb (``According to recent polls, ...``, ``In a CBS News poll last month,
...``: a poll or record as source, moved from :mod:`.content`), a clause ending in a quotation that
the attribution after it closes off (``The coup has been "defeated," he declared``), and which
post-posed frames hold a report nested in their clause (``Lavrov told Pompeo that ..., the
ministry said``: the ministry's row; ``..., CNN reported``: a medium only relays).

Why a module of its own: :mod:`.reported` finds where a reported clause starts and ends; who
says it is a separate question, and these shapes are news copy's common ones that the
quotation frames do not need (Bell 1991, ch. 9, on attribution after the words; Pareti 2016 and
PolNeAR annotate a question's content with no source when the asker is not named).
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..text import CLAUSE_TOKEN
from .article import refs_starting_in, verb_hits_in
from .according import ACCORDING
from .attribution import Frame, attribution_in, frame_for_verb, post_frame, post_posed
from .coreference import Speaker, is_medium, resolve
from .inverted_speakers import INVERTING, speaking_phrase
from .marks import MASK, trim
from .mentions import Ref
from .clause_or_object import has_finite_verb, subject_resumes
from .objects import object_end
from .subjects import titled_name
from .verbs import subject_side, verb_class


def aside_frame(art, hit, lo):
    """The frame of a verb whose subject is closed off by an aside ("Cement makers, for instance,
    argue", "Democrats — and some Republicans — say"): the subject before the aside, or None."""
    side = subject_side(art.masked, hit[0])
    if side >= hit[0] or side <= lo:
        return None
    fr = frame_for_verb(art, (side,) + tuple(hit[1:]), lo)
    if fr is not None:
        fr.verb_pos = hit[0]
    return fr


# What describes a speaker after "said X,": an apposition ("director of ...", "a professor",
# "who ...") or the name after a role ("said a former spokesman for the ministry, Oleg Voloshyn")
_DESCRIPTION = re.compile(r"\s*(?:(?:a|an|the|who|whose|one|his|her|their|its|then|now|former|chief)\b|"
                          r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for|with|in|to)\b|"
                          r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*(?:[,.]|$)|"
                          r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+[a-z])")   # "Facebook's global ..."


# A proportion of respondents as a subject: "About three in 10 (voters)", "Nearly nine out of 10",
# "four out of 10 (Republican primary) voters" (up to three words after the count),
# "42% (of Democrats)"
_PROPORTION = re.compile(r"(?<![\w,])((?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore\s+than|"
                         r"[Ff]ewer\s+than|[Rr]oughly|[Oo]nly|[Jj]ust|[Oo]ver|[Uu]nder)\s+)?"
                         r"(?:[\w.]+\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)"
                         r"(?:\s+(?!(?:in|of|at|who|that|and|or)\b)[A-Za-z][\w’'\-]*){0,3}|"
                         r"\d+(?:\.\d+)?(?:%|\s+percent|\s+per\s+cent))(?:\s+of\s+[\w’'\- ]{1,50}?)?)"
                         r"(?:\s+(?:also|still|now))?\s+$")


def proportion_frame(art, hit, lo):
    """The frame of "Six in 10 (voters) say", "About 42% of Democrats said": the proportion is
    the speaker, an unresolved description (poll copy; no reference covers a number)."""
    m = _PROPORTION.search(art.masked, max(lo, hit[0] - 90), hit[0])
    if m is None:
        return None
    ref = Ref(m.start(1), m.end(1), art.text[m.start(1):m.end(1)], "plural")
    return Frame(resolve(art, ref), hit[2], hit[3], "", ref, hit[0])


# A share that opens with its number ("75 percent of Democrats said", "nearly three in five
# said"), not a noun before "in <year>" ("a deficit in 1980 to claim"): the share speaks, before
# any name earlier in the sentence ("Asked whether Clinton ..., 75 percent said yes": not Clinton)
_SHARE_OPENS = re.compile(r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ff]ewer\s+than|[Rr]oughly|[Oo]nly|"
                          r"[Jj]ust|[Oo]ver|[Uu]nder)\s+)?(\d|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
                          r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s)")


def share_frame(art, hit, lo, fr):
    """The frame ``fr`` found for the verb ``hit``, or the share before the verb (its
    :func:`proportion_frame`) where ``fr`` is None, or where the share opens with its number (see
    above) and ``fr``'s subject does not hold that number ("Some 55 percent of voters", "about 40
    percent" stay as found)."""
    share = proportion_frame(art, hit, lo)
    opens = share and _SHARE_OPENS.match(share.ref.text)
    if not opens:
        return fr if fr is not None else share
    number = share.ref.start + opens.start(1)   # (where its number starts)
    return fr if fr is not None and fr.ref is not None and fr.ref.start <= number < fr.ref.end else share


def quoted_share(art, frame):
    """A quotation's frame whose subject stands before its verb, or the share right before that
    verb that opens with its number (:func:`share_frame`): "..., to which 21 percent said "not too
    likely" and 14 percent said "not at all likely."" is the 14 percent's, not "Democrats" named
    before; "... a struggling campaign -- 25 percent of likely Republican voters say they would
    "definitely not support" him" the 25 percent's, as reported contents already take it
    (:mod:`.reported`). Twelfth session, PolNeAR train: 9 rows to the share, all read right; by
    the proxy 1 row to the gold speaker and 2 away from it (PolNeAR gives poll copy to the poll:
    "The Q poll also finds that ..., 22 percent say he is "not at all responsible"")."""
    if frame is None or frame.ref is None or not 0 <= frame.ref.start < frame.verb_pos:
        return frame
    hits = verb_hits_in(art, frame.verb_pos, frame.verb_pos + 1)
    if not hits:
        return frame
    share = share_frame(art, hits[0], max(0, frame.verb_pos - 90), frame)
    return frame if share is frame or share is None else replace(share, via=frame.via)


_COMMA = re.compile(",")
_PRONOUN_SUBJECT = re.compile(r"\s+(?:he|she|they|it|we|I|you)(?:['’]\w+)?\b")


def apposed_tail(art, lo, hi):
    """"..., said Larry Sabato, director of the Center for Politics.": (the comma before the
    attribution, Frame) when the sentence [lo, hi) ends in an inverted attribution whose speaker
    a description follows; else None (the plain ", X said." is :func:`attribution.post_posed`'s)."""
    masked = art.masked
    if masked.count(",", lo, hi) < 2:
        return None
    commas = [m.start() for m in _COMMA.finditer(masked, lo, hi)][-4:]
    for a, b in pairwise(commas):
        if not verb_hits_in(art, a + 1, a + 3):
            continue   # (", said X, ...": the verb right after the comma)
        seg = CLAUSE_TOKEN.findall(masked, a + 1, min(b, a + 12))
        if not seg or not seg[0].islower() or MASK in masked[b:hi] or \
                not _DESCRIPTION.match(masked, b + 1, hi) or \
                _PRONOUN_SUBJECT.match(masked, verb_hits_in(art, a + 1, a + 3)[0][1]):
            continue   # (", though, said he's with Clinton, who ...": a clause, no inverted speaker)
        fr = attribution_in(art, a + 1, b)
        if fr is not None and fr.ref is not None and fr.ref.start > fr.verb_pos and \
                CLAUSE_TOKEN.findall(masked, lo, a) and not subject_resumes(masked, lo, a, b + 1, hi):
            return a, fr
    return None


_ASKED = re.compile(r"(?<![\w-])(?P<pre>(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce|[Ww]hile|was|were|is|are|been|being|be|"
                    r"get|got)\s+(?:(?:also|then|later|repeatedly|again|not|first|never)\s+)?)?[Aa]sked\s+"
                    r"(?:by\s+(?P<by>[^,;:\x00]{2,40}?)\s+)?"
                    r"(?:about\s+|(?=(?:whether|if|what|why|how|who|whom|when|where|which)\b)|(?=to\s+(?!comment|respond|elaborate)[a-z])|"
                    # "Asked on Fox News who ...", "Asked during a debate why ...", "Asked specifically what ..."
                    r"(?:(?:specifically|directly|again|later|repeatedly|recently)\s+|(?:on|in|during|at)\s+[^,;:\x00]{2,40}?\s+)"
                    r"(?:about\s+|(?=(?:whether|if|what|why|how|who|whom|when|where|which)\b)))")
_OPENING = {"", "but", "and", "so", "yet", "later", "then", "still"}


def asked_rows(art, lo, hi, taken):
    """Rows of a question put to someone by an unnamed or later-named asker: "Asked whether ...,",
    "when asked about ...", "was asked to name ...", "Asked by Matt Lauer whether ...". The
    content starts at the question word, after "about", or at "to"; it ends at the first clause
    break. The asker is the "by" phrase when there is one, else no one (left empty, not guessed).
    ``taken``: spans already reported in the sentence (no second row there)."""
    out = []
    if art.masked.find("sked", lo, hi) < 0:
        return out
    for m in _ASKED.finditer(art.masked, lo, hi):
        start = m.end()
        opening = art.masked[lo:m.start()].strip(" ,").lower()
        end = object_end(art, start, hi)
        if start >= hi or any(s <= start < e for s, e in taken) or \
                not m.group("pre") and opening not in _OPENING and \
                not asked_after_subject(art, lo, m.start(), end, hi):
            continue   # "Trump asked whether ...": the active verb, :mod:`.reported`'s
        s, e = start, end
        while e > s and art.text[e - 1] in " .!?":
            e -= 1
        if len(CLAUSE_TOKEN.findall(art.masked, s, e)) < 2 or MASK in art.masked[s:s + 2]:
            continue
        speaker, ref = Speaker(), None
        if m.group("by"):
            refs = [r for r in refs_starting_in(art, m.start("by"), m.end("by")) if not r.possessive]
            if refs:   # "Asked by Fox Business moderator Gerard Baker": the moderator
                ref = titled_name(art, refs[0])
                speaker = resolve(art, ref)
        verb_at = art.masked.find("sked", m.start(), m.end()) - 1
        out.append((s, e, Frame(speaker, "ask", verb_class("ask", art.verbs), "", ref, verb_at)))
    return out


def asked_after_subject(art, lo, at, end, hi) -> bool:
    """Is the "asked" at ``at`` a passive set off after its subject ("Carter, asked whether troops
    could be used, replied that ...", "The senator, asked about the report, said ..."): a short
    subject with no comma of its own before ", asked", and a verb of the sentence after the
    question (``end``: where it ends). Not an apposition's end ("Smith, a former senator, asked
    whether ..."): that "asked" is the subject's own verb."""
    before = art.masked[lo:at].rstrip()
    return before.endswith(",") and "," not in before[:-1] and \
        len(CLAUSE_TOKEN.findall(before)) <= 6 and not verb_hits_in(art, lo, at) and \
        bool(verb_hits_in(art, end, hi))


# "was told that ...", "are now being told that ...", "had been told by aides that ...": the one
# told is the subject; the teller the "by" phrase or no one (left empty)
_TOLD_THAT = re.compile(r"\b(?:was|were|been|being|is|are|am)\s+(?:(?:also|now|just|repeatedly|privately|"
                        r"[a-z]+ly)\s+)?told\s+(?:by\s+(?P<by>[^,;:\x00]{2,40}?)\s+)?"
                        r"(?:(?:on|in|at|last|this|just|before|after|earlier)\s+[^,;:\x00]{0,30}?\s+)?that\s+")


def told_rows(art, lo, hi, taken):
    """Rows of what someone "was told that ..." in the sentence [lo, hi): the clause after "that"
    to its first break, the teller the "by" phrase or no one. ``taken``: spans already read."""
    out = []
    if art.masked.find(" told ", lo, hi) < 0:
        return out
    for m in _TOLD_THAT.finditer(art.masked, lo, hi):
        s, e = m.end(), object_end(art, m.end(), hi)
        while e > s and art.text[e - 1] in " .!?":
            e -= 1
        if any(a <= s < b for a, b in taken) or len(CLAUSE_TOKEN.findall(art.masked, s, e)) < 3 or \
                MASK in art.masked[s:s + 2]:
            continue
        refs = [r for r in refs_starting_in(art, m.start("by"), m.end("by")) if not r.possessive] \
            if m.group("by") else []
        speaker = resolve(art, refs[0]) if refs else Speaker()
        out.append((s, e, Frame(speaker, "tell", verb_class("tell", art.verbs), "",
                                refs[0] if refs else None, art.masked.find("told", m.start()))))
    return out


_TOLD_SUBJECT = re.compile(r",\s*[^,;\x00]{1,70}$")   # ", Defense Secretary Ash Carter " before "told"


def told_tail(art, lo, hi):
    """"..., he told the court in his filing.", "..., the senator told reporters on Monday.": (the
    comma before the attribution, Frame) when the sentence [lo, hi) ends in "X told Y" whose
    addressee and adverbials hold no verb of their own; else None. (The plain ", X said." is
    :func:`attribution.post_posed`'s; an addressee longer than a name it does not read.)"""
    masked = art.masked
    hits = [h for h in verb_hits_in(art, lo, hi) if h[5] in ("told", "tells")]
    if not hits or MASK in masked[hits[-1][1]:hi]:
        return None
    hit = hits[-1]
    m = _TOLD_SUBJECT.search(masked, lo, hit[0])
    rest = list(CLAUSE_TOKEN.finditer(masked, hit[1], hi))
    words = [t for t in rest if t.group()[0].isalnum()]
    if m is None or m.start() <= lo or not words or len(words) > 10 or has_finite_verb(words) or \
            not has_finite_verb(list(CLAUSE_TOKEN.finditer(masked, lo, m.start()))) or \
            any(t.group() in ",;:" for t in rest) or words[0].group().lower() in ("that", "to", "how", "why"):
        return None
    fr = frame_for_verb(art, hit, m.start() + 1)
    if fr is None or fr.ref is None or fr.ref.start < m.start() or fr.ref.start > hit[0]:
        return None
    return m.start(), fr


# Where the speaker's noun phrase after an inverted verb ends: its apposition's comma, a relative,
# or the sentence end
_NP_END = re.compile(r",|\s+(?:who|whose|which)\b|[.!?]?\s*$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,]*")
_NOT_A_SPEAKER = {"that", "he", "she", "they", "it", "we", "i", "you", "on", "in", "at", "to",
                  "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
                  "friday", "saturday", "sunday", "earlier", "later", "again", "also"}


def inverted_tail(art, lo, hi):
    """"..., said the company's chief executive, John J. Ferriola.", "..., said an American
    official who was briefed on the talks.", "..., said lobbyist and strategist Charlie Black,
    a former partner.": a sentence [lo, hi) whose clause ends in an inverted attribution with a
    speaker the general rules do not read (a role after a possessive, a long title, a relative
    after it). (the comma before the verb, Frame) or None. The speaker: a name ending the noun
    phrase or making up its apposition, else the phrase itself (an unresolved description)."""
    masked = art.masked
    commas = [m.start() for m in _COMMA.finditer(masked, lo, hi)]
    for a in reversed(commas[-3:]):
        hits = verb_hits_in(art, a + 1, a + 3)
        form = hits[0][5].split()[0] if hits else ""
        if not hits or hits[0][2] not in INVERTING or not form.islower() or form.endswith("ing"):
            continue
        clause = list(CLAUSE_TOKEN.finditer(_RELATIVE_ASIDE.sub(",", masked[lo:a])))
        if len(clause) < 3 or not has_finite_verb(clause):
            return None   # "Mr. Trump's former campaign manager, Corey Lewandowski, said the ...":
            # a subject and its apposition before the verb, no clause
        hit = hits[0]
        stop = _NP_END.search(masked, hit[1], hi)
        toks = list(CLAUSE_TOKEN.finditer(masked, hit[1], stop.start()))
        words = [t.group() for t in toks]
        if not 1 <= len(words) <= 10 or words[0].lower() in _NOT_A_SPEAKER or MASK in masked[hit[1]:hi] \
                or has_finite_verb(toks) or stop.group().startswith(",") and (
                    ";" in masked[stop.end():hi] or has_finite_verb(
                        list(CLAUSE_TOKEN.finditer(masked, stop.end(), hi)))):
            return None
        np_end = toks[-1].end()
        refs = [r for r in refs_starting_in(art, hit[1], np_end) if r.end == np_end and not r.possessive]
        after = refs_starting_in(art, stop.end(), stop.end() + 3) if stop.group() == "," else []
        named = [r for r in after if r.kind == "name" and not masked[r.end:hi].strip(" .")]
        if not refs and not named and not speaking_phrase(words):
            return None   # "X, the nominee's eldest daughter, noted the rule ...": an object
        ref = (refs or named or [Ref(toks[0].start(), np_end, art.text[toks[0].start():np_end],
                                     "plural")])[0]
        return a, Frame(resolve(art, ref), hit[2], hit[3], "", ref, hit[0])
    return None


# "The meeting was first reported by Politico.": a news item as the subject of a passive report
_REPORTED_BY = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:first|"
                          r"originally|initially|previously|also|earlier)\s+)?reported\s+(?:(?:earlier|"
                          r"last\s+\w+|on\s+\w+)\s+)?by\s+(?=[A-Z]|the\s+[A-Z])")


_AGENT = re.compile(r"((?:the\s+)?[A-Z][\w’'&-]*(?:\.?\s+[A-Z][\w’'&-]*){0,4})"
                    r"(?=[\s.]*(?:$|on\s|in\s|last\s))")
_AFTER_AGENT = re.compile(r"[\s.]*(?:(?:on|in|last|this)\s+\w+)?[\s.]*")


def reported_by(art, lo, hi):
    """Rows (start, end, Frame) of "<news item> was first reported by <medium or reporter>." (a
    sentence [lo, hi) of only that): the item is the report's content (an unpunctuated noun
    phrase opening the sentence, "O'Malley's move", "News of the merger"), the agent its source."""
    masked = art.masked
    # (a plain search first: most sentences hold no "reported")
    m = _REPORTED_BY.search(masked, lo, hi) if masked.find(" reported ", lo, hi) >= 0 else None
    if m is None:
        return []
    s, e = trim(art.text, lo, m.start())
    toks = list(CLAUSE_TOKEN.finditer(masked, s, e))
    name = _AGENT.match(masked, m.end(), hi)   # (a medium no codebook lists: "BuzzFeed")
    agent = [r for r in refs_starting_in(art, m.end(), m.end() + 5) if not r.possessive] or \
        ([Ref(name.start(1), name.end(1), art.text[name.start(1):name.end(1)], "plural")] if name else [])
    if not agent or not 1 <= len(toks) <= 8 or \
            any(t.group() in ",;:()" or t.group()[0] == MASK for t in toks) \
            or has_finite_verb(toks) or not _AFTER_AGENT.fullmatch(masked, agent[0].end, hi) \
            or toks[0].group().lower() in ("which", "that", "it", "this", "he", "she", "they"):
        return []
    ref = agent[0]
    # (no verb position: the checks of a frame after its content read "was" as a predicate)
    return [(s, e, Frame(resolve(art, ref), "report", verb_class("report", art.verbs), "", ref))]


_OPENS_SUBORDINATE = {"because", "if", "when", "although", "though", "while", "whether", "unless",
                      "since"}


def quoted_tail(art, lo, hi):
    """'The coup attempt has been "completely defeated," he declared.': a clause of the reporter's
    words ending in a quotation that the attribution after it closes off. (the end of the clause
    with its quotation, Frame), or None. The clause must open with two words or more before the
    quotation and a finite verb, no reporting verb (then the quotation is that verb's), no lead-in
    comma, colon, dash or parenthesis (a clause that begins with the quotation is the quotation
    alone: gold/README.md) and no subordinate clause's opener."""
    inside = [(o, c) for o, c in art.quotes if lo < o and c < hi]
    if not inside:
        return None
    o, c = inside[-1]
    if art.text[max(o, c - 3):c].rstrip("'’”\"» ")[-1:] != "," or verb_hits_in(art, lo, o):
        return None
    tokens = list(CLAUSE_TOKEN.finditer(art.masked, lo, o))
    lead = [t.group() for t in tokens]
    if len(lead) < 2 or not has_finite_verb(tokens) or any(
            t in ",;:-—–()" or t[0] == MASK or t.lower() in _OPENS_SUBORDINATE for t in lead):
        return None   # ("Asked whether X "...," Y said": the question; "To a question on the
        # "...," X said"; "because X is "...,""; a gerund subject has its verb: "Meddling is")
    fr = post_frame(art, c, hi)
    return (c + 1, fr) if fr is not None and fr.ref is not None and fr.ref.start > c else None


#: Verbs of a post-posed frame that holds a nested report ("Lavrov told Pompeo that ..., the
#: ministry said"); "reported" is a medium's, which keeps the original speaker (gold/README.md).
_NESTING_VERBS = {"say", "tell", "add", "state", "announce", "note", "write"}


def nesting_frame(art, frame) -> bool:
    """Does the post-posed ``frame`` own a speech act nested in the clause it closes off: a plain
    speech verb whose subject the text names (a person, body or capital; "the ministry"), not a
    medium (then the nested speaker keeps the words, the medium relays them), not a pronoun or
    description (a tail ", wrote a host of new songs" or ", he could answer" is read as a frame
    too often to let it take the clause)."""
    return frame.ref is not None and frame.verb in _NESTING_VERBS and \
        frame.ref.kind in ("actor", "name", "metonym", "nominal") and \
        not is_medium(art, frame.speaker, frame.ref)


# "according to recent polls", "according to state law": a source with no person or body named
# in it (those are :func:`~analysis.quotes.according.according_to`'s); "In a CBS News poll last
# month, ...": what a poll holds.
_IN_POLL = re.compile(r"In\s+(?P<np>(?:(?:a|an|the|this|that|its|their|his|her)\s+|"
                      # "In May's Washington Post-ABC News poll", "In exit polls"
                      r"[A-Z][\w.-]*['’]s\s+|(?=(?:exit|recent|national|new|early|several|"
                      r"many|most|some|other|statewide|state)\s+[^,;:.\x00]{0,40}?\b(?:polls|"
                      r"surveys)\b))"
                      r"[^,;:.\x00]{0,80}?\b(?:[Pp]olls?|polling|[Ss]urveys?|stud(?:y|ies)|"
                      r"analys[ie]s|census|tally|count|data)\b[^,;:\x00]{0,60}?),\s+")
_PHRASE_END = re.compile(r"[,;.:]\s|[,;.:]?$|\s[—–]\s|\x00")
_MAX_PHRASE_WORDS = 14
_SPACES = re.compile(r"\s*")


def source_phrase(art, lo, hi, taken):
    """A sentence framed by a source phrase only: "According to NP, CONTENT." / "CONTENT,
    according to NP." / "In a NP poll, CONTENT." -> [(start, end, Frame)] (at most one), class
    ``evidence`` (PolNeAR's cue is the phrase; used by :mod:`.content`)."""
    masked = art.masked
    if any(a < hi and lo < b for a, b in taken):
        return []
    s0 = _SPACES.match(masked, lo, hi).end()
    at = masked.find("ccording", lo, hi)   # most sentences have neither phrase: skip them fast
    if at < 0 and not masked.startswith("In ", s0):
        return []
    for m in ACCORDING.finditer(masked, max(lo, at - 1), hi) if at >= 0 else ():
        stop = _PHRASE_END.search(masked, m.end(), hi)
        p_end = stop.start() if stop else hi
        if refs_starting_in(art, m.end(), p_end):
            return []    # a name or description the reported-speech rules resolve
        np = " ".join(masked[m.end():p_end].split())
        if not np or len(np.split()) > _MAX_PHRASE_WORDS:
            return []
        if m.start() - s0 <= 2:     # leading: the content follows the phrase's comma
            c_s, c_e = p_end, hi
        elif not masked[p_end:hi].strip(" .!?\n"):   # post-posed: the content precedes it
            c_s, c_e = s0, m.start()
        else:
            return []
        return _phrase_row(art, c_s, c_e, np, "according to", m.start())
    m = _IN_POLL.match(masked, s0, hi)
    if m:
        return _phrase_row(art, m.end(), hi, " ".join(m.group("np").split()), "in", m.start())
    return []


def _phrase_row(art, c_s, c_e, np, verb, at):
    s, e = trim(art.text, c_s, c_e)
    while s < e and art.text[s] in ",;: ":
        s += 1
    while e > s and art.text[e - 1] in ".!?,;: ":
        e -= 1
    if MASK in art.masked[s:e] or len(CLAUSE_TOKEN.findall(art.masked, s, e)) < 3:
        return []
    return [(s, e, Frame(Speaker(name=np, mention=np), verb, "evidence", "", None, at))]


# The writer or an interviewee speaking in the first person ("I told Megyn Kelly that ...", "We
# asked our followers which ...", "I claim Trump is not a billionaire"): a speaker with no name,
# the pronoun kept as its mention (README: a pronoun is never written as a name)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(I|We|we)\s+(?:(?:also|still|really|just|now|do|did|"
                           r"don['’]t|didn['’]t|have|had|always|never|firmly|honestly|personally)\s+)*$")


def first_person_frame(art, lo, start, lemma="", cls=""):
    """A frame for "I"/"we" right before the verb at ``start`` (adverbs and auxiliaries between) in
    the sentence from ``lo``; else None."""
    m = _FIRST_PERSON.search(art.masked, max(lo, start - 40), start)
    return Frame(Speaker(name=m.group(1), mention=m.group(1)), lemma, cls, "", None, start) \
        if m else None


def semicolon_tail(art, lo, hi, taken):
    """``She did receive the emails, he said; his agents found them.``: a post-posed frame closing
    the clause before a semicolon, the next clause going on in the speaker's voice. As with a frame
    set mid-sentence (``..., the mayor said, and ...``) the whole sentence is the content (PolNeAR
    train: both such sentences coded so, neither with a row before); only the first clause when
    the next has a reporting verb of its own (``; the harbor master agreed``). [] when the sentence
    holds no semicolon, the clause before it no tail frame, or a row overlaps that clause."""
    semi = art.masked.find(";", lo, hi)
    if semi < 0 or any(s < semi and e > lo for s, e in taken):
        return []
    post = post_posed(art, lo, semi)
    if post is None or post[0] >= semi or post[1].verb == "according to":
        return []
    own_act = any(not h[5].endswith("ing") for h in verb_hits_in(art, semi, hi))   # (not "into thinking")
    s, e = trim(art.text, lo, post[0] if own_act else hi)
    e = e - 1 if e > s and art.text[e - 1] in ".!?" else e
    if MASK in art.masked[s:e] or len(CLAUSE_TOKEN.findall(art.masked, s, post[0])) < 3 or \
            len(CLAUSE_TOKEN.findall(art.masked, semi, hi)) < 3:
        return []
    return [(s, e, post[1])]
