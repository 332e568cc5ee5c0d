"""Speakers announced before a quotation outside a reporting verb's reach: a name and a colon
("Philip Bump: "..."", "- Carl Bialik: "..."", "Theresa May: "...""), a paragraph ending in a
colon whose clause has no reporting verb ("President Clinton released the following statement:",
"17-year-old Jared Potts echoed:"), and a quotation standing alone right after a sentence that
reported someone's words ("If anything, Ash argued in his email, the incident ... ." / new
paragraph '"In light of this serious breach ..."') or, in its paragraph, only named its speaker
("Iowa State's Dianne Bystrom agreed. "..."": :func:`said_before`, moved here from
:mod:`.frames_beyond`).

Why: news copy names the speaker before a quotation in these three ways too (AP Stylebook,
"quotations in the news": a quotation standing alone is the words of the last person named as
speaking; roundups, transcripts and live blogs set the speaker's name before a colon). The rules
of :mod:`.attribution` read a reporting verb and its subject; these read the name, the subject
of the announcing clause, or the latest speaker of the sentence before. Used by
:func:`.frames_beyond.quote_frame`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..text import ALNUM_RUN
from .article import FRONTED, refs_starting_in, sentence_bounds, sentence_no, verb_hits_in
from .attribution import Frame, attribution_in, main_subject, pre_frame, ref_at
from .coreference import Speaker, resolve
from .marks import MASK, ONLY_MARKS
from .mentions import Ref
from .quoted_voice import latest_voice
from .nominal import possessor_before
from .subjects import bare_subject
from .inverted_speakers import speaking_phrase
from .words import DOCUMENT_WORDS, NAME_OPENERS, POSSESSIVE_PRONOUNS

# what may stand before a name that heads a quotation: the sentence start, a dash ("Pollsters
# agree - Carl Bialik:"), an ellipsis, "(More) from" ("More from Jones:")
_HEAD_BEFORE = re.compile(r"(?:^|[-–—―]|\.\.\.|…|\b[Ff]rom)\s*$")
_COLON_THEN_MARK = re.compile(r"\s*:\s*$")
# a copula ending the words before a quotation ("... was:", "... is that", "... was simple:")
_COPULA_END = (r"(?:is|was|are|were|remains|remained)(?:\s+(?:simple|short|blunt|brief|clear|"
               r"this))?\s*(?:[:,]|\s+that)?\s*$")
_COPULA_AT_END = re.compile(r"\b" + _COPULA_END)
# nouns for someone's words ("Clinton's response was:", "Barrett's dictum to his interns was,",
# "Rubio's catch phrase in that election was that"): their owner said what the copula gives
_WORDS_NOUNS = ("response|answer|reply|retort|reaction|rejoinder|comeback|message|verdict|advice|"
                "comment|words|slogan|catchphrase|catch phrase|motto|mantra|refrain|dictum|"
                "explanation|excuse|plea|question|instructions|orders|tweet|greeting|toast")
_OWNER_END = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+)?")
_OWNED_WORDS = re.compile(r"(?<![\w'’-])(?P<noun>" + "|".join(
    n.replace(" ", r"\s+") for n in _WORDS_NOUNS.split("|")) + r")(?:\s+[^\s\x00:;.!?]+){0,9}?"
    r"\s+" + _COPULA_END)


def headed(art, o) -> Frame | None:
    """'- Philip Bump: "Two weeks ago, ..."': a quotation right after a colon that closes a name
    (or a codebook actor) standing alone at its sentence's start or after a dash; its speaker."""
    colon = art.masked.rfind(":", max(0, o - 4), o)
    if colon < 0 or not _COLON_THEN_MARK.fullmatch(art.masked, colon, o):
        return None
    lo, _ = sentence_bounds(art, colon)
    ref = ref_at(art, max(lo, colon - 80), colon, subject=False)
    if ref is None or ref.end != colon or ref.kind not in ("name", "actor") or ref.possessive:
        return None
    first = ref_at(art, max(lo, ref.start - 40), ref.end, last=False, subject=False)
    if first is not None and first.end < ref.start and \
            art.masked[first.end:ref.start].strip() == "and":   # "Frank Newport and Jim Harter:"
        ref = first
    if not _HEAD_BEFORE.search(art.masked, lo, ref.start) or MASK in art.masked[lo:ref.start] \
            or verb_hits_in(art, ref.start, ref.start + 1):   # "Stated Stone:": a verb first
        return None
    return Frame(resolve(art, ref), ref=ref)


_RUN_PARAGRAPHS = 8   # how far back a quotation continued over paragraphs is followed


def continued_from(art, o) -> int:
    """Where the quotation that the paragraph opening with a straight mark at ``o`` continues
    began: the opening mark of the first of the paragraphs right before it that each open with
    a straight mark and leave it open (AP: a quotation continued in the next paragraph opens it
    again and closes only at its end); ``o`` itself when none does. So 'Dr. Ward stated:' /
    '"... about “Equal Justice Under Law” anymore.' / '"The solution is ...' gives the last part
    the frame announced before the first, not the curly quotation inside it (PolNeAR train: 2
    rows to the gold speaker, none away)."""
    if art.text[o] != '"':
        return o
    k = bisect_right(art.paragraphs, (o, len(art.text))) - 1
    if k <= 0 or art.text[art.paragraphs[k][0]:o].strip():
        return o
    first = o
    for p_lo, p_hi in art.paragraphs[k - 1:max(0, k - 1 - _RUN_PARAGRAPHS):-1]:
        para = art.text[p_lo:p_hi]
        if not para.lstrip().startswith('"') or para.count('"') % 2 == 0:
            break
        first = p_lo + para.index('"')
    return first


def said_before(art, o, c) -> Frame | None:
    """'Iowa State's Dianne Bystrom agreed. "Mainstream Republicans are running ..."': a
    quotation opening a sentence right after a sentence of its paragraph that is only "X agreed"
    / "X says" (subject, reporting verb, adverbials): that frame (AP: the speaker may be named
    just before the quotation). For the words of a sentence (four words or more), also the named
    speaker of a longer such sentence ("Sam Lau, the communications director for the party said
    in a statement." / '"There are no ballots to recount."'; PolNeAR train: 1 row to the gold
    speaker, none away; not "X reported about #stickerboy. 'Stickerboy' placed ...")."""
    lo, _ = sentence_bounds(art, o)
    k = sentence_no(art, o)
    if k == 0 or not ONLY_MARKS.fullmatch(art.masked, lo, o + 1):
        return None
    p_lo, p_hi = art.sentences[k - 1]
    if "\n" in art.text[p_hi:lo] or MASK in art.masked[p_lo:p_hi] or \
            not verb_hits_in(art, p_lo, p_hi):
        return None
    p_lo = sentence_bounds(art, p_lo)[0]
    frame = attribution_in(art, p_lo, p_hi)
    named = frame is None and len(ALNUM_RUN.findall(art.text, o, c)) >= 4 and pre_frame(art, p_lo, p_hi)
    if not named or not named.speaker.actor_id or art.history and \
            art.history[-1][1].actor_id == named.speaker.actor_id:
        return frame   # (the last speaker's own frame follows: :func:`previous_speaker`)
    return Frame(named.speaker, ref=named.ref)   # (its speaker only: the verb is the sentence's)


def announcing_subject(art, colon) -> Frame | None:
    """The subject of a clause ending in ``colon`` that announces a quotation with no reporting
    verb of its own ("Donald Trump issued the following statement:"), else None."""
    lo, _ = sentence_bounds(art, colon)
    comma = art.masked.find(",", lo, colon) if FRONTED.match(art.masked, lo) else -1
    ref = main_subject(art, comma + 1 if comma >= 0 else lo, colon)   # "When X died, Y released"
    if ref is None or ref.kind not in ("name", "actor", "pronoun", "description"):
        return None
    return Frame(resolve(art, ref), ref=ref)


def previous_speaker(art, o, last_frame) -> Frame | None:
    """The speaker of reported words in the sentence right before the quotation (across a
    paragraph break too) when that sentence holds no quotation: a quotation standing alone
    continues the last person named as speaking. Else ``last_frame``."""
    k = sentence_no(art, o)
    if k == 0 or not art.history:
        return last_frame
    at, speaker = latest_voice(art)
    p_lo, p_hi = art.sentences[k - 1]
    if at < p_lo or at >= o or not (speaker.name or speaker.actor_id) or \
            MASK in art.masked[p_lo:p_hi]:   # '"...," X said, after Y said that ... "..."': X
        return last_frame
    if last_frame is not None and last_frame.speaker == speaker:
        return last_frame
    return Frame(speaker)


def owned_words(art, lo, o) -> Frame | None:
    """'Clinton's response was: "Is ...?"', 'The senator's answer was that "..."': a quotation
    right after a copula whose subject is a noun for someone's words owned by a name or
    description ("X's response", "her reply"): the complement gives the words, so the owner is
    the speaker. Checked only where a copula ends the words before the mark (cheap)."""
    if not _COPULA_AT_END.search(art.masked, max(lo, o - 24), o):
        return None
    m = _OWNED_WORDS.search(art.masked, max(lo, o - 160), o)
    if m is None or MASK in art.masked[m.start():o] or \
            not m.group(0).rstrip().endswith((":", ",", " that")):
        return None   # 'His response is "a joke"': a copula before a bare quotation describes
    noun = m.start("noun")
    for r in reversed(refs_starting_in(art, max(lo, noun - 60), noun)):
        if _OWNER_END.fullmatch(art.masked, r.end, noun):   # "Clinton's", "the senator's"
            return Frame(resolve(art, r), ref=r)
    owner = possessor_before(art.masked, lo, noun)   # a name the finder left out, as written
    # ("her answer was that": a pronoun left to the frames that resolve it)
    return Frame(owner) if owner.name and owner.name.lower() not in POSSESSIVE_PRONOUNS else None


# a noun for someone's words right after a quotation ('Romney's "47 percent" comment', 'Obama's
# "if you like your plan, you can keep it" promise', 'his "Second Amendment people" remark')
_LABEL_NOUN = re.compile(r"['’”\"»]*\s+(?:comment|remark|promise|pledge|line|quip|slogan|vow|"
                         r"claim|mantra|motto|catchphrase|refrain|tweet|warning|insult|nickname|"
                         r"moniker|tagline|boast|taunt|jab|put-down|gaffe)s?\b")
_OWNER_BEFORE = re.compile(r"(?:(?P<mark>['’]s?)|(?<![\w'’-])(?P<pron>his|her|their))\s+"
                           r"(?:[a-z][\w-]*\s+)?$")
_OWNER_PRONOUN = {"his": "he", "her": "her", "their": "they"}


def owned_label(art, lo, o, c) -> Frame | None:
    """'Mitt Romney's "47 percent" comment', 'his "Second Amendment people" remark': a quotation
    between an owner and a noun for someone's words is the owner's (the noun says they said it),
    not the words of the clause's subject ("Fox & Friends featured panels discussing Donald
    Trump's "woman's card" remark": Trump). PolNeAR train: 4 rows, read right."""
    if c + 1 >= len(art.text) or not _LABEL_NOUN.match(art.masked, c + 1):
        return None
    ref = owner_ref(art, lo, o)
    if ref is None:
        if not _OWNER_BEFORE.search(art.masked, max(lo, o - 40), o):
            return None
        owner = possessor_before(art.masked, lo, o)   # a name the finder left out, as written
        return Frame(owner) if owner.name[:1].isupper() else None   # ("Obama's")
    return Frame(resolve(art, ref), ref=ref)


def owner_ref(art, lo, at) -> Ref | None:
    """The owner written right before ``at`` (one modifier between allowed): "his " (a pronoun
    reference, resolved as "he" would be), "Mitt Romney's ", "the senator's "; None if none."""
    m = _OWNER_BEFORE.search(art.masked, max(lo, at - 40), at)
    if m is None:
        return None
    if m.group("pron"):
        s, e = m.span("pron")
        return Ref(s, e, art.text[s:e], "pronoun", head=_OWNER_PRONOUN[m.group("pron")])
    return next((r for r in refs_starting_in(art, max(lo, at - 120), m.start()) if r.possessive
                 and r.end == m.start() and r.kind in ("name", "actor", "description")), None)


# a noun for words or views with its "that" clause ("Trump's accusation that", "Reagan's dictum
# that", "Podliska's most explosive claim is that")
_NOUN_THAT = re.compile(r"(?<![\w'’-])(?:claims?|accusations?|assertions?|allegations?|suggestion|"
                        r"argument|warning|insistence|contention|criticism|dictum|charges?|"
                        r"complaints?|prediction|belief|view|insinuation|conclusion|"
                        r"assessment|finding|comments?|remarks?|statement)(?:\s+(?:is|was))?"
                        # a setting between ("suggestion at a debate that", "comments, made in
                        # an interview recorded a day before, that")
                        r"(?:\s+(?P<by>by\s+)?(?(by)|(?:at|in|on|during)\s+)[^,;:.\x00]{1,60}?|"
                        r",\s+[^,;:.\x00]{1,100}?,)?"
                        r"\s+that\s+")


# the owner's mark and up to three modifiers before the noun ("Podliska's most explosive claim")
_OWNER_BEFORE_NOUN = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}")
_MODIFIERS_END = re.compile(r"(?:[a-z][\w-]*\s+){2}$")


def noun_that_owner(art, lo, o, ref) -> Frame | None:
    """'Donald Trump's accusation that Hillary Clinton is playing the "woman's card"': a scare
    quote inside the "that" clause of an owned noun for someone's words or views is the owner's,
    not the clause subject's (``ref``, when it stands after the noun). PolNeAR train: 3 rows, all
    read right (1 to the gold speaker; PolNeAR gives the others to whoever reports the noun);
    dev: 1 title-like quotation with no speaker before ("Trump's claim that there have been
    "thousands of shootings"") becomes Trump's partial quotation. Up to three modifiers may stand
    between owner and noun ("Podliska's most explosive claim is that", "Trump's recent
    evidence-free assertion that"; session 16: PolNeAR train 1 row to the gold speaker, 2 new
    rows matched with the gold speaker), and a setting between noun and "that" ("Mr. Obama's
    suggestion at a debate that", "Mr. Obama's comments, made in an interview ..., that"; 2 Dec
    2026: PolNeAR train 2 rows, both read right, 1 to the gold speaker). Also where the
    sentence's subject stands before the noun: its talk is about the claim, whose words are the
    owner's ("Pence blamed the media for ... Trump's claim that Obama "founded ISIS"": Trump;
    twelfth session: PolNeAR train and dev 1 row each to the gold speaker, none away). And the
    "by" phrase of the noun ("the suggestion by a potential president that someone "..."";
    session 27: PolNeAR train 2 rows, both read right, 1 to the gold speaker, 1 away: "X knocked
    a statement by Y that an "obscene amount" ...", PolNeAR gives it to X)."""
    hits = [m for m in _NOUN_THAT.finditer(art.masked, lo, o) if MASK not in m.group()]
    if not hits or MASK in art.masked[hits[-1].end():o]:
        return None
    m = hits[-1]
    owner = next((r for r in refs_starting_in(art, max(lo, m.start() - 80), m.start())
                  if r.possessive and r.kind in ("name", "actor", "description") and
                  _OWNER_BEFORE_NOUN.fullmatch(art.masked, r.end, m.start())), None)
    if owner is None and m.group("by"):   # "the suggestion by a potential president that"
        owner = ref_at(art, m.end("by"), m.end(), subject=False, last=False)
    if owner is not None:
        return Frame(resolve(art, owner), ref=owner)
    written = possessor_before(art.masked, lo, m.start())
    mods = _MODIFIERS_END.search(art.masked, max(lo, m.start() - 40), m.start())
    if not written.name and mods is not None:   # "Podliska's most explosive claim is that"
        written = possessor_before(art.masked, lo, mods.start())
        first = written.name.split(" ", 1)
        if len(first) == 2 and first[0] in NAME_OPENERS:   # "But Podliska's": Podliska
            written = replace(written, name=first[1], mention=first[1])
    return Frame(written) if written.name[:1].isupper() else None


# "what <subject> (has) calls|called|dubs|labels|terms|describes as (the|a) <word>?" right before
# a quotation: the free relative names its namer
_WHAT_NAMES = re.compile(r"(?<![\w'’-])what\s+(?P<subj>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+"
                         r"(?:(?:has|have|had|once|often|long|also|now|repeatedly)\s+)*"
                         r"(?:call(?:s|ed)?|dub(?:s|bed)?|label(?:s|l?ed)?|term(?:s|ed)?|"
                         r"brand(?:s|ed)?|describ(?:es|ed)\s+as)\s+"
                         r"(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\w-]+\s+)?$")


_NOT_NAMERS = {"he", "she", "it", "they", "we", "i", "you", "some", "many", "others", "most",
               "critics", "people", "everyone", "some people", "many people"}


def what_namer(art, lo, o) -> Frame | None:
    """'Trump University is what former employees have called a "fraudulent scheme"', 'abortion
    - what her abortion business calls "comprehensive ..." - is': a quotation named by a free
    relative's naming verb is the words of that relative's subject, not of the sentence's
    subject or of a reported clause around it (None for "what some call": no one named; a
    pronoun is left to the frames, which give it the sentence subject). PolNeAR train: 2 rows
    read better (1 to the gold speaker); dev: 1 ("what multiple lawmakers called "fraud"",
    which PolNeAR gives to the sentence's subject)."""
    m = _WHAT_NAMES.search(art.masked, max(lo, o - 120), o)
    if m is None or MASK in m.group():
        return None
    s, e = m.span("subj")
    if m.group("subj").lower() in _NOT_NAMERS:
        return None   # "what he calls": the pronoun is the frame's subject already; "what some call"
    ref = next((r for r in refs_starting_in(art, s, e) if r.end <= e and not r.possessive
                and not r.oblique), None) or bare_subject(art, s, e + 1)
    return Frame(resolve(art, ref), ref=ref) if ref is not None else None


# a noun phrase opening an announcing clause ("a familiar voice celebrated the result on Twitter:",
# "Dunn's letter makes a blunt case:", "An email sent out by the campaign warned of ...:"): a
# determiner or an owner, up to three words, the head, and a verb (or a participle and its agent)
_OPENING_NP = re.compile(
    r"\s*(?P<np>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|"
    r"(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*?)['’]s\s+)(?:[\w'’-]+\s+){0,3}"
    r"(?P<head>[a-z][\w-]*))\s+(?:(?:sent|released|posted|issued|published|written)\s+"
    r"(?:out\s+)?by\s+(?P<by>[^,:\x00]{1,60}?)\s+(?:(?:on|in|at|last|this)\s+[^,:\x00]{1,30}?\s+)?)?"
    r"(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|[^s'’]s)\s")
# things that speak in an announcing clause besides the speaking nouns of inverted_speakers: the
# documents among them speak for their issuer ("Dunn's letter"), the people for themselves
_VOICES = {"voice", "caller", "callers", "questioner", "questioners"}
_ANNOUNCERS = _VOICES | {"email", "e-mail", "ad", "memo", "video", "letter", "message"}
_ISSUED = DOCUMENT_WORDS | _ANNOUNCERS - _VOICES


def colon_description(art, lo, colon) -> Frame | None:
    """'After the vote, a familiar voice celebrated the result on Twitter: "We won."': the noun
    phrase opening the clause that a colon closes right before a quotation, when no reference
    covers it and its head can speak: a description with no id, or for a document the owner or
    "by" agent that issued it ("Dunn's letter makes a case:": Dunn). PolNeAR train: 4 quotations
    with no speaker get the gold one."""
    start = lo
    if FRONTED.match(art.masked, lo):   # "After the vote, ..."
        comma = art.masked.find(",", lo, colon)
        start = comma + 1 if comma >= 0 else lo
    m = _OPENING_NP.match(art.masked, start, colon)
    if m is None or MASK in art.masked[start:colon] or not (
            m.group("head") in _ANNOUNCERS or speaking_phrase([m.group("head")])):
        return None
    np = Ref(m.start("np"), m.end("np"), art.text[m.start("np"):m.end("np")], "plural")
    issuer_at = (m.start("owner"), m.end("owner")) if m.group("owner") else \
        (m.start("by"), m.end("by")) if m.group("by") else None
    if issuer_at and m.group("head") in _ISSUED:
        issuer = next((r for r in refs_starting_in(art, *issuer_at) if r.kind in ("name", "actor")),
                      None)
        if issuer is not None:   # "Dunn's letter", "an email sent out by Sanders": its issuer
            sp = resolve(art, issuer)
            return Frame(replace(sp, mention=np.text), ref=issuer)
    return Frame(Speaker(np.text, "", np.text), ref=np)   # (no id: a description, never guessed)
