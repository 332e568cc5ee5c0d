"""Frames from beyond a quotation's own sentence: a signature, a colon ending the previous
paragraph, an "X said." sentence right after it, the previous speaker, or the holder of a scare
quote; and two shapes tried before the sentence's own frame: an absolute "with" clause holding
the quotation, and a quotation closed by its sentence's end before another speaker's "X writes
back," (PolNeAR train: 7 rows to the right speaker, none away from it).

Why apart from :mod:`.attribution`: those rules read one sentence (``"...," X said``, ``X said:
"..."``, ``according to X``); these look across sentence and paragraph bounds, where news copy
lets a quotation run on (AP Stylebook, "quotations in the news": a quotation standing alone
continues the last speaker named) and where a sentence splitter cuts ``"...No, Trump." Clinton
tweeted`` in two.

:func:`after_frame` (tried right after the sentence's own frame) reads attributions right after a
quotation that :func:`~analysis.quotes.attribution.post_frame` leaves: a comma left out before
an inverted or described attribution (``"..." said Nick Moran, a campaign spokesman.``, ``"..."
the Post's senior editor Steven Ginsberg responded.``, ``"...No. -H" Reed tweeted, quoting
...``), and a name followed by its organisation (``"...," Jeffrey Lewis of the James Martin
Center for Nonproliferation Studies wrote``). post_frame reads at most nine words before the
verb and, without a comma, only a whole "X said" clause; these are frames all the same (AP
Stylebook, "said"; an organisation after "of" belongs to the name before it). Only capitalised
words (and "of", "the", "for", "and") may stand in the organisation, so a clause of the
reporter's ("Lewis of course knew") is not read as one.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..text import ALNUM_RUN, CLAUSE_TOKEN
from .article import comma_inside_close, refs_starting_in, sentence_bounds, sentence_no, verb_hits_in
from .attribution import (Frame, attribution_in, before_apposition, main_subject, post_frame,
                          pre_frame, ref_at, sentence_end, sentence_frame)
from .described_subjects import adjacent_name, opening_description
from .subjects import bare_subject
from .announced import (announcing_subject, colon_description, continued_from, headed,
                        noun_that_owner, owned_label, owned_words, owner_ref, previous_speaker,
                        said_before, what_namer)
from .asked import asked_frame
from .signatures import credit_line, signed
from .chants import chant_frame
from .coreference import resolve
from .marks import MASK, ONLY_MARKS, not_statement
from .passive_labels import passive_label
from .reported_frames import quoted_share
from .remarks_after import next_sentence, remark_next
from .mentions import Ref
from .quoted_voice import latest_voice
from .unlisted import unlisted_after, unlisted_before
from .words import PREPOSITIONS, SUBORDINATORS, TIME_NOUNS

_ALNUM = re.compile(r"[^\W_]")
# a connective alone before a quotation: 'X said. Then, "..."' / 'But "..."' / 'Instead, "..."'
_CONNECTIVE = re.compile(r"\s*(?:And|But|Then|Instead|Indeed|Still|Yet|Now|So|Also|Later|"
                         r"However|Moreover|Meanwhile|Again)\s*[,:]?\s*[.!?]?\s*")
# "Then, later that month on CNN: "..."": only a time and a medium before a colon (train: 1 row)
_SETTING_COLON = re.compile(r"\s*(?:(?:And|But|Then|Later|Again|Also)\s*,?\s+)?(?:(?:later|earlier)\s+)?(?:"
                            r"that|the\s+next|the\s+same|a|one)\s+(?:day|night|week|month|morning|evening)"
                            r"(?:\s+later)?(?:\s*,?\s*(?:on|in)\s+(?:[A-Z][\w'’.]*\s*){1,3})?\s*:\s*")
_COLON_BEFORE = re.compile(r":\s*$")


def _announced(art, o):
    """A quotation opening a paragraph after one that ends in a colon: 'The Times reports:' /
    new paragraph '"In an illustration ..."': the frame of that colon's sentence."""
    if o == 0 or not _COLON_BEFORE.search(art.masked, max(0, o - 6), o) or \
            "\n" not in art.masked[max(0, o - 6):o]:
        return None
    colon = art.masked.rfind(":", 0, o)
    lo, _ = sentence_bounds(art, colon)
    return pre_frame(art, lo, colon + 1) or announcing_subject(art, colon)


def _said_next(art, o, c):
    """'"The idea is absurd. No, Trump." Clinton tweeted on Wednesday.': a quotation that makes a
    whole sentence, closed without a comma, framed by the next sentence of its paragraph when
    that sentence is only "X said" and adverbials."""
    bounds = next_sentence(art, o, c)
    if bounds is None or "\n" in art.text[c:bounds[0]]:
        return None
    return attribution_in(art, bounds[0], sentence_end(art, bounds[0]))


_WORDS_BETWEEN_PARTS = 15   # "''They are painful'' but necessary ''for ...,'' he said."
_STOP = re.compile(r"[.!?;]\s")


def _later_part(art, c):
    """A quotation whose sentence runs on into a later quotation attributed after its close
    (``''Family values people'' are ''not out to bash gays,'' he said.``): that attribution, when
    only a few of the reporter's words, none a reporting verb, stand between the two. The later
    frame may also be a described or unlisted one (:func:`after_frame`, :func:`.unlisted.
    unlisted_after`: '"A" and "B," Jane Roe, the former mayor, proclaimed'; PolNeAR train: 1 row
    to the gold speaker, none away)."""
    _, hi = sentence_bounds(art, c)
    hi = sentence_end(art, hi - 1) if hi > c else hi
    for o2, c2 in art.quotes[bisect_right(art.quotes, (c, len(art.text))):]:
        between = art.masked[c + 1:o2]
        if o2 >= hi or _STOP.search(between) or verb_hits_in(art, c + 1, o2) or \
                len(CLAUSE_TOKEN.findall(between)) > _WORDS_BETWEEN_PARTS:
            return None
        frame = post_frame(art, c2, hi) or after_frame(art, c2) or unlisted_after(art, c2) \
            if c2 < len(art.text) else None   # "..., Howard Dean, the former governor, proclaimed"
        if frame is not None:
            return frame
        c = c2
    return None


# a sentence's end inside the marks, then the reporter's words up to a comma or colon and the
# next quotation's opening mark: '"Why now?" Mills then writes back, "..."'
_CLOSED_INSIDE = re.compile(r"[.!?…]['’”\"»]*$")
_INTRODUCES = re.compile(r"[^" + MASK + r".;!?]{3,80}[,:]\s*" + MASK)


def _before_next(art, lo, o, c):
    """'Clinton responds to Mills with, "Why now? ..." Mills then writes back, "You look ..."': a
    quotation closed by its own sentence's end and followed in the same sentence by another
    speaker's "X writes back," that introduces the next quotation keeps the frame before it (the
    sentence splitter does not split after '?"'). Only where a frame stands before the quotation;
    '"Really?" he asked, "..."' keeps its shared frame."""
    if not _CLOSED_INSIDE.search(art.text, max(0, c - 4), c) or \
            not _INTRODUCES.match(art.masked, c + 1):
        return None
    pre = pre_frame(art, lo, o)
    return pre if pre is not None and pre.speaker.name else None


# an absolute "with" clause holding the quotation: ", with <noun phrase> <participle> ... "
_WITH_ABSOLUTE = re.compile(r"(?:^|[,;—–]\s*|\s[-―]\s+)with\s+(?P<np>[^,;:()" + MASK + r"]{2,60}?)"
                            r"(?:\s+[a-z]+ly)*\s+(?P<ing>[a-z]+ing)\b[^,;:" + MASK + r"]{0,80}[,:]?\s*$")


def _and_namer(art, lo, o):
    """'Ryan saying he was "encouraged" and Trump calling it a "great meeting"', '... said she was
    pleased and Hartman called it a "productive session"': a naming verb right after a name that
    "and" (or "but") opens has that name as its subject, though the clause sits inside another
    speaker's reported words (train: such quotations went to the first speaker)."""
    verb = _naming_verb(art, max(lo, o - 60), o)
    if verb is None:
        return None
    ref = adjacent_name(art, lo, verb.start())
    if ref is None or ref.kind not in ("actor", "name") or \
            not _AND_BEFORE.search(art.masked, max(lo, ref.start - 12), ref.start):
        return None
    return Frame(resolve(art, ref), ref=ref)


def _with_absolute(art, lo, o):
    """'..., with the American Federation of Teachers calling her "the champion ..."', '..., with
    one of her ads asking, "Is ...?"', '..., with Lewandowski taking to Twitter to call Fields
    "totally delusional"': a quotation inside an absolute "with" clause is the words of the noun
    phrase after "with" (Quirk et al. 1985, 15.60: the absolute clause has its own subject), not
    of the sentence's subject or of the object before it; the clause must hold a reporting verb."""
    if art.masked.find("with", max(lo, o - 200), o) < 0:
        return None
    m = _WITH_ABSOLUTE.search(art.masked, max(lo, o - 200), o)
    hits = verb_hits_in(art, m.start("ing"), o) if m is not None else []
    if m is None or m.group("np").split()[0].lower() in _NOT_ABSOLUTE or not (
            hits or _NAMING.search(art.masked, m.start("ing"), o)):
        return None
    s, e = m.span("np")
    refs = [r for r in refs_starting_in(art, s, e) if r.end == e and not r.possessive and
            not _OF_BEFORE.search(art.masked, s, r.start)]
    if refs:
        ref = refs[0]   # the whole phrase is one reference ("the American Federation of Teachers")
    else:
        ref = Ref(s, e, art.text[s:e], "plural")   # "one of her ads", "thousands of fans"
    if not hits:
        return Frame(resolve(art, ref), ref=ref)
    return Frame(resolve(art, ref), hits[-1][2], hits[-1][3], "", ref, hits[-1][0])


_OF_BEFORE = re.compile(r"\bof\b")   # "one of the Democrats": the phrase, not its complement
# "with time running out", "with that said", "with nothing ...": no one who speaks
_NOT_ABSOLUTE = TIME_NOUNS | {"that", "this", "it", "nothing", "everything", "time", "all",
                              "little", "no", "less", "more"}


def quote_frame(art, o, c, last_frame):
    """The frame of the quotation between marks ``o`` and ``c``: a signature, a name and colon
    before it (:func:`.announced.headed`) or a question put to someone (:mod:`.asked`), else its
    sentence's (:func:`~analysis.quotes.attribution.sentence_frame`), else a colon before its
    paragraph or an "X said." sentence after it, else the previous speaker (a quotation standing
    alone: the last quotation's, or that of words reported in the sentence right before) or the
    subject whose view a scare quote reports."""
    lo = sentence_bounds(art, o)[0]
    frame = signed(art, c) or credit_line(art, c) or headed(art, o) or asked_frame(art, lo, o) or \
        owned_words(art, lo, o) or owned_label(art, lo, o, c) or what_namer(art, lo, o) or \
        _before_next(art, lo, o, c) or \
        _with_absolute(art, lo, o) or \
        _and_namer(art, lo, o) or \
        chant_frame(art, lo, o, c) or quoted_share(art, sentence_frame(art, o, c)) or \
        after_frame(art, c) or unlisted_after(art, c) or \
        _announced(art, continued_from(art, o)) or _said_next(art, o, c) or remark_next(art, o, c) or \
        _later_part(art, c) or said_before(art, o, c) or unlisted_before(art, o)
    if frame is not None:
        return frame
    lo, _ = sentence_bounds(art, o)
    _, hi = sentence_bounds(art, min(c, len(art.text) - 1))
    hi = sentence_end(art, hi - 1) if hi > c else hi
    outside = art.masked[lo:hi].replace(MASK, "")
    if not CLAUSE_TOKEN.search(outside.replace("\n", " ")) or not _ALNUM.search(outside) or \
            _CONNECTIVE.fullmatch(outside) or _SETTING_COLON.fullmatch(outside):
        # a quotation standing alone ('Then, "..."') continues the previous speaker
        return previous_speaker(art, o, last_frame)
    # scare quotes: whose view the clause (else the sentence) reports
    cut = max(*(art.masked.rfind(ch, lo, o) for ch in ",;"), comma_inside_close(art, lo, o, main_subject))
    if _main_clause_quoted(art, lo, o, c, hi, cut):
        return _runs_on(art, lo, o, c, last_frame, fronted=True)
    label = passive_label(art, lo, o, c)
    if label is not None:   # 'courses known as "rabbit patches"': no one's, or the "by" agent's
        return label
    naming = _naming_verb(art, max(lo, cut + 1), o)
    if naming is not None:
        ref = _namer(art, lo, naming)
    else:
        # "X, who leads the race, mocked Y for "...": a clause opening with its verb has the
        # sentence's subject, not the object after the verb
        first = art.masked.find(",", lo, o)   # the subject before an apposition's comma
        if cut > lo and _PAST_FIRST.match(art.masked, cut + 1) is not None:
            # after a description ("X, the state's top Democrat, on Tuesday called"): X; also
            # after a participle (", advising Y graduates to "..."": train 4 rows right, none away)
            ref = lo < first < cut and _APPOSITION_OPENS.match(art.masked, first) and (
                main_subject(art, lo, first) or opening_description(art, lo, first + 1)) or \
                main_subject(art, lo, o)
        else:
            ref = (main_subject(art, cut + 1, o) if cut > lo else None) or main_subject(art, lo, o)
            desc = opening_description(art, lo, o)   # "His campaign protested that Clinton ..."
            if desc is not None and (ref is None or ref.start >= desc.end) and \
                    _VERB_THAT.match(art.masked, desc.end):
                ref = desc
            owner = noun_that_owner(art, lo, o, ref)   # "X's claim that Y is "...""
            if owner is not None:
                return owner
            ref = _that_holder(art, lo, o, ref) or ref
        if ref is not None and _PASSIVE_AFTER.match(art.masked, ref.end):
            ref = None   # "Many voters are expected to "sit on it."": no view of theirs
    if ref is not None and ref.entity is not None and ref.entity.kind == "thing":
        ref = None   # "immersive World War One film "1917"": a war holds no view
    if ref is None:   # ('a familiar voice celebrated the attacks on Twitter: "..."')
        colon = art.masked.rfind(":", lo, o)
        return colon >= 0 and not art.masked[colon + 1:o].strip() and \
            colon_description(art, lo, colon) or \
            _runs_on(art, lo, o, c, last_frame) or _same_voice(art, lo, o, c, hi, last_frame)
    return Frame(resolve(art, ref), ref=ref, held=naming is None)


# a verb (past or -s form, no auxiliary's) and its "that" clause, an addressee between ("she
# vented to her husband, Frank, that", "Freddy confided to her that")
_VERB_TO_THAT = re.compile(r"(?<![\w'’-])(?P<verb>[a-z]{3,}(?:ed|[^su'’]s))(?:\s+(?:to|with)\s+"
                           r"[^,;:.\x00]{1,40}?(?:,[^,;:.\x00]{1,40},)?)?\s+that\s+")
_SUBJECT_END = re.compile(r"(?:,|\b[A-Z][\w.'’-]*|\b(?:he|she|they|it))$")   # before an -s verb
_NOT_THAT_VERBS = {"has", "was", "does", "needed", "seemed", "appeared", "means", "ensured",
                   "hoped", "feared", "believed", "expected", "ways", "days", "years", "times"}


def _that_holder(art, lo, o, ref):
    """'She vented to her husband that it would be "incredibly ugly"': a scare quote inside the
    "that" clause of a verb the tables lack is the words of that verb's subject, not of the
    clause's own subject ("it"), when the subject opens the sentence; an -s form only after a
    name, a pronoun or an apposition's comma ("X, a consultant, notes that ..., which means Y
    "..."": X). PolNeAR train: 4 rows to the gold speaker, none away."""
    hits = [m for m in _VERB_TO_THAT.finditer(art.masked, lo, o) if MASK not in m.group()]
    if not hits or ref is not None and ref.start < hits[-1].end():
        return None
    m = hits[-1]
    before = art.masked[max(lo, m.start() - 30):m.start()].rstrip()
    if m.group("verb") in _NOT_THAT_VERBS or verb_hits_in(art, m.start(), m.end()) or \
            not m.group("verb").endswith("ed") and not _SUBJECT_END.search(before):
        return None   # "the false accusations that": a plural noun, no verb
    holder = main_subject(art, lo, m.start())
    return holder if holder is not None and holder.kind in ("name", "actor", "pronoun", "description") \
        else None


def _same_voice(art, lo, o, c, hi, last_frame):
    """A quotation in a clause with no subject or reporter of its own, in the sentence of the
    last quotation or in the next one of its paragraph, continues that speaker ("... ,'' said
    Jeremy Bash. ''This was an example of President Obama'' and his team ''just quietly
    deciding ...''"; '"...," Hennessey added. But that's not the same thing as "properly
    chargeable under the law."'; AP: a quotation follows its speaker). None for a quotation
    opening its sentence (:func:`_runs_on`'s), of fewer than four words, no statement when
    nobody says it (:func:`.marks.not_statement`: a title, a scare quote) or followed by a
    reporting verb in its sentence."""
    k = sentence_no(art, o)
    quote = art.text[o + 1:c]
    if not art.history or ONLY_MARKS.fullmatch(art.masked, lo, o + 1) or \
            len(ALNUM_RUN.findall(quote)) < _RUNS_ON_WORDS or verb_hits_in(art, c, hi) or \
            not_statement(quote, "", "", art.text[max(0, o - 40):o + 1], art.text[c:c + 30]):
        return None   # '"Rigged" is the word', "gun show loophole", "The Great Game": named
        # words; '"...," reported Reuters.': a reporter after it the rules missed
    at, speaker = latest_voice(art)
    start = art.sentences[k - 1][0] if k else lo
    if not speaker or not lo - 1 <= at < o and not (
            start <= at < lo and "\n" not in art.text[at:o] and not verb_hits_in(art, lo, o)
            and opening_description(art, lo, o) is None):
        return None   # the next sentence: not one with a reporter or subject of its own ("A
        # friend referred to him as "...", "Corporate lobbyists describe such work as "..."")
    return last_frame if last_frame is not None and last_frame.speaker == speaker else \
        Frame(speaker)


_RUNS_ON_WORDS = 4


def _runs_on(art, lo, o, c, last_frame, fronted=False):
    """'"...," said Tad Devine, an adviser. "We could win Pennsylvania" by June.' / 'Coan argues
    that ... "The government is alleging ..." were ...': a quotation opening a sentence right
    after one in its paragraph where someone spoke (a quotation or a reported clause), with no
    frame of its own, continues that speaker (AP: a quotation follows its speaker). ``fronted``:
    the quotation is the sentence's main clause after a fronted phrase (:func:`_main_clause_quoted`)."""
    k = sentence_no(art, o)
    if k == 0 or not art.history or not (fronted or ONLY_MARKS.fullmatch(art.masked, lo, o + 1)) or \
            len(CLAUSE_TOKEN.findall(art.text, o + 1, c)) < _RUNS_ON_WORDS:
        return None   # '"Rigged" is the word': a short quotation opening a sentence names words
    prev_lo = art.sentences[k - 1][0]
    at, speaker = latest_voice(art)
    if at < prev_lo or "\n" in art.text[prev_lo:o]:
        return None
    return last_frame if last_frame is not None and last_frame.speaker == speaker else \
        Frame(speaker)


# a fronted phrase: a preposition or subordinator opening the sentence ("For black voters, on the
# other hand,", "Unless rivals quit the race,")
_FRONT_WORDS = PREPOSITIONS | SUBORDINATORS | {"unless", "once", "even", "still", "yet", "instead"}
_LOWER_START = re.compile(r"[\W_]*[a-z]")


def _main_clause_quoted(art, lo, o, c, hi, cut) -> bool:
    """'"...," Mr. Garin said. For black voters, on the other hand, "you do not take growth for
    granted."': a quotation that starts in lower case right after the comma closing a fronted
    phrase and runs to the sentence end is the sentence's main clause, in the words of whoever
    spoke just before (no reporting verb and no subject of the reporter's own)."""
    if cut < lo or art.masked[cut + 1:o].strip() or not _LOWER_START.match(art.text, o + 1, c) or \
            art.masked[c + 1:hi].strip(" .!?'’”\"»") or verb_hits_in(art, lo, o):
        return False
    first = CLAUSE_TOKEN.search(art.masked, lo, o)
    return first is not None and first.group().lower() in _FRONT_WORDS


# "A friend referred to him as", "spots casting X as": finite, active (train 3 rows right)
_AS_NAMING = (r"(?<!being\s)(?<!been\s)(?<!having\s)(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)"
              r"(?:describ(?:e|es|ed)|refer(?:s|red)?\s+to|(?:portray|paint|depict|characteri[sz])"
              r"(?:s|es|ed|e|ing)?|cast(?:s|ing)?)(?=[^,;:\x00]{1,60}?\bas\s+(?:(?:a|an|the)\s+)?$)")
# verbs that give a name or label: the one who names holds the quoted words, not the one named
_NAMING = re.compile(r"\b(?:call(?:s|ed|ing)?|dubb(?:ed|ing)|dubs|labell?(?:ed|ing)|labels|"
                     r"brand(?:s|ed|ing)|nicknam(?:es|ed|ing)|" + _AS_NAMING + r")\b")
_APPOSITION_OPENS = re.compile(r",\s*(?:who|which|whose|a|an|the|one|[a-z])")   # not a name
_AND_BEFORE = re.compile(r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$")
_VERB_THAT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s+that\b")   # "protested that"
# a clause opening with its past verb or participle: ", mocked", ", then praised", ", advising X
# to", ", is supporting" (PolNeAR train: with the auxiliary 1 row to the gold speaker, none away)
_PAST_FIRST = re.compile(r"\s*(?:(?:is|was|are|were|has|had|have)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|"
                         r"(?!(?:includ|accord|regard|concern|follow|dur|be)ing)[a-z]{3,}ing)\b")
_ADVERBIAL_WORDS = TIME_NOUNS | {"on", "last", "this", "late", "early", "in", "during", "then",
                                 "also", "later", "again", "now", "still", "once", "and", "but",
                                 "yet"}   # "X, said ... , but called it": X
_PASSIVE_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+[a-z]+ed\b")
# "is called", "so-called", ", also called" (a second name); not "Trump also called voters": there
# "also" follows the subject
_PASSIVE = re.compile(r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:also\s+)?|so\s+)$|[,(]\s*also\s+$")
_BE = {"is", "are", "was", "were"}


def _naming_verb(art, lo, o):
    """The last naming verb ("called him", "dubbed it") of the clause [lo, o), or None."""
    hits = list(_NAMING.finditer(art.masked, lo, o))
    return hits[-1] if hits else None


def _namer(art, lo, verb):
    """Who names, in "one lawmaker called Trump "the orange prince"" (the subject before the
    verb, a bare one too: "many commentators called him"), "..., calling him "a fraud"" (the
    sentence subject, also after "is": "X is labeling Obama's actions "..."); nobody in "has
    been called "the Trump of the East"" or "so-called". Right after an apposition, the name
    it describes ("what Bay Buchanan, national treasurer for ..., called": PolNeAR train 2 rows
    and dev 1 to the right speaker, none away); after "and", the first verb's subject ("Cruz
    knocked Rubio on trade and called him": Cruz, not Rubio; train 1 row right, none away).
    "call(s)" after an owner is its noun ("his calls to end": train 5 rows right by reading)."""
    ing = verb.group().endswith("ing")
    aux = _PASSIVE.search(art.masked, max(lo, verb.start() - 12), verb.start())
    if not ing and aux or art.masked[verb.start() - 3:verb.start()].endswith("-"):
        return None
    if verb.group() in ("call", "calls") and (owner := owner_ref(art, lo, verb.start())):
        return owner   # (not "Sanders' campaign called": a subject and its verb)
    if ing and not aux:   # "with Sen. Reed calling it": the name before it
        return adjacent_name(art, lo, verb.start()) or main_subject(art, lo, verb.start())
    clause = max(lo, max(art.masked.rfind(ch, lo, verb.start()) for ch in ",;") + 1)
    # "Obama, in the speech, called it ...", "Bell, the state's top Democrat, on Tuesday called"
    # ("X, for his part, is labeling"; "many are calling" is the clause's own subject)
    if all(w in _ADVERBIAL_WORDS or w.endswith("ly") or w in _BE for w in
           art.masked[clause:verb.start()].lower().split()):
        # "Bay Buchanan, national treasurer for ..., called": the name the apposition describes
        return before_apposition(art, lo, verb.start()) or main_subject(art, lo, verb.start())
    if _AND_BEFORE.search(art.masked, clause, verb.start()):   # "Cruz knocked Rubio on trade and
        ref = main_subject(art, clause, verb.start())        # called him": the first verb's subject
        if ref is not None:
            return ref
    ref = ref_at(art, clause, verb.start())
    if aux and ref is not None and art.masked[ref.end:aux.start()].strip():
        ref = None   # "... a title game many are calling": the words right before "are"
    return ref or bare_subject(art, clause, verb.start())


_LEADING = re.compile(r"[\s'’”\"»]*")
# what may follow the comma that closes an inverted attribution: a description of the speaker
# ("a campaign spokesman", "who ...") or a participle of the reporter's (", quoting ...")
_CLOSES = re.compile(r",\s*(?:a|an|the|who|whose|one|its|his|her|their|former|[a-z]+ing)\b")
# the possessive owner and role before a name ("the Post's senior politics editor ")
_OWNER = re.compile(r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*[’']s(?:\s+[a-z][\w-]*){1,5}\s+")
# "A and B of the Institute for Science and International Security ": the organisation after
# a name (capitalised words and a few function words only)
_ORG_WORD = r"(?:[A-Z][\w.&’'-]*|of|the|for|and|on|in)"
_OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+" + _ORG_WORD + r")*"
                     r"\s+(?=[a-z])")
_AND = re.compile(r"\s+and\s+")
_LEAD_ROLE = re.compile(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")   # "nuclear experts "


def after_frame(art, c) -> Frame | None:
    """The frame right after the closing mark ``c`` in one of the shapes above, or None."""
    if c + 1 >= len(art.text):
        return None
    _, hi = sentence_bounds(art, c)
    hi = sentence_end(art, hi - 1) if hi > c else hi
    if hi <= c + 1 and c + 2 < len(art.text):   # the splitter ended the sentence at the mark
        _, hi = sentence_bounds(art, c + 2)
    rest = _LEADING.match(art.masked, c + 1).end()
    if rest >= hi or MASK in art.masked[rest:hi]:
        return None
    inner_end = art.text[max(0, c - 6):c].rstrip("'’”\"» ")[-1:]
    if art.masked[rest - 1:rest] != " " or art.masked[c + 1:rest].strip("'’”\"» "):
        return None
    if inner_end == ",":
        return _long_subject(art, rest, hi)
    if inner_end in "!?.:…":
        return None   # post_frame's
    return _unpunctuated(art, rest, hi)


def _unpunctuated(art, rest, hi):
    """'"..." said Nick Moran, a spokesman.' / '"..." the Post's editor X responded.'"""
    owner = _OWNER.match(art.masked, rest)
    starts = (rest, owner.end()) if owner else (rest,)
    inverted = bool(verb_hits_in(art, rest, rest + 1))
    if not inverted and not any(r.start in starts and not r.possessive
                                for r in refs_starting_in(art, rest, starts[-1] + 1)):
        return None
    close = _CLOSES.search(art.masked, rest, hi)
    fr = attribution_in(art, rest, close.start() if close else hi)
    if fr is not None and owner and fr.ref is not None and fr.ref.start < owner.end():
        return None
    return fr


def _long_subject(art, rest, hi):
    """'"...," Jeffrey Lewis of the James Martin Center ... wrote in December.'"""
    lead = _LEAD_ROLE.match(art.masked, rest)
    at = lead.end() if lead else rest
    refs = [r for r in refs_starting_in(art, at, min(hi, at + 200)) if not r.possessive]
    if not refs or refs[0].start != at or refs[0].kind not in ("name", "actor"):
        return None
    first, end = refs[0], refs[0].end
    more = [r for r in refs[1:] if _AND.fullmatch(art.masked, end, r.start)]
    if more and more[0].kind in ("name", "actor"):
        end = more[0].end   # "David Albright and Sara Kell"
    org = _OF_ORG.match(art.masked, end, hi)
    if org is None:
        return None
    hits = verb_hits_in(art, org.end(), org.end() + 1)
    if not hits:
        return None
    start, _, lemma, cls, _, _ = hits[0]
    return Frame(resolve(art, first), lemma, cls, "", first, start)
