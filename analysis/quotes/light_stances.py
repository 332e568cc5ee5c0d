"""Stances told with a light verb and a stance noun: "voiced support for X", "threw her support
behind X", "unleashed withering attacks against X", "signaled their support for X", and "in favor
of" / "in support of" after "voted", "came out", "spoke out", "argued".

Why: the stance is the noun's ("support", "attack", "opposition", "endorsement", "criticism") and
its holder the light verb's subject; the stance verbs of the cue codebook (content.py) and the
owned nouns of :mod:`.nominal` ("her support for") miss these (PolNeAR codes the object after the
preposition as the content, Pareti 2016). Rows are kind ``indirect``, class ``stance``, ``verb``
the noun and its preposition as nominal's rows name them ("support for", "attack on", "criticism
of", "opposition to", "endorsement of", "in favor of"); the holder is found as for every content
cue (:func:`~analysis.quotes.content_holders.content_holder`), the object as a stance verb's
(:func:`~analysis.quotes.nominal.object_span`). Support received (:func:`received_support_contents`:
"Rubio has won overwhelming support from governors", "her broad support among minorities"): the
subject or possessor is the content, the group after the noun the holder; likewise criticism
drawn ("The proposal has drawn harsh criticism from X"; not "faced criticism for": PolNeAR codes
the reason there). PolNeAR train +18 contents (21 rows, all right by reading). A relative pronoun as a stance's
object (:func:`relative_stance_contents`: "Rubio, who many in the establishment had backed",
"the pact, which Mr. Putin vehemently opposed"): the pronoun is the content (PolNeAR's span), the
relative clause's subject the holder (train +9 contents, 11 rows, all right by reading). Not read: support withheld ("withheld support from").
Also a stance told in the passive with its agent (:func:`passive_stance_contents`: "Sanders'
stridency was echoed by O'Malley", "The proposal was rejected by 64 percent of voters"): the
subject is the content, the agent after "by" the holder (no pronoun subject, no relative); also a
participle set off by commas ("The immigration bill, opposed by House Republicans, never ...":
the reference before the comma, or a short sentence opening; train +2).
PolNeAR train: light verbs +13 contents (19 rows, 13 match; all 19 right by reading but one object
cut short); passives +8 (9 rows, 8 match; the other one right by reading too).
Beliefs shown the same way (1 Dec 2026, eighth session: "raised specific concerns about X",
"has shown little interest in X", "expressed an interest in debating"; class ``belief``), and a
stance or belief noun after "expressed"/"offered" is the noun's row, not a topic "expressed
support for X" (train, with nominal.py's owners behind up to four modifiers and its unowned
sentence openings: +17 contents, 39 rows; the others read as real contents but two).
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .article import refs_starting_in
from .attribution import Frame
from .content_holders import content_holder
from .coreference import Speaker, resolve
from .marks import MASK, trim
from .nominal import _OBJECT_STOP, object_span

_LIGHT = (r"(?:voic|signal|express|offer|pledg|declar|launch|unleash|level|mount|renew|deliver|"
          r"escalat|intensif)\w*|gave|give|gives|giving|threw|throw|throws|throwing|thrown|lent|"
          r"lend|lends|lending|(?:drum|drummed|drumming|drums|rally|rallied|rallies|rallying|"
          r"step|stepped|stepping|steps)\s+up|rally|rallied|rallies|rallying")
_MODIFIER = (r"(?:a|an|the|his|her|their|its|our|some|new|fresh|another|more|full|strong|vocal|"
             r"public|early|tacit|qualified|unqualified|harsh|sharp|withering|blistering|scathing|"
             r"personal|direct|fierce|pointed|repeated|renewed|stinging|bitter|broad|little|no|any|"
             r"particular|specific|serious|growing|deep|keen|modest|great|"
             r"[a-z]+ly|[a-z]+-[a-z]+)")
# noun -> (verb as nominal's rows name it, prepositions that open its object)
_NOUNS = {"support": ("support for", ("for", "behind", "to", "of")),
          "backing": ("support for", ("for", "to", "of", "behind")),
          "endorsement": ("endorsement of", ("of", "for", "to")),
          "opposition": ("opposition to", ("to",)),
          "attack": ("attack on", ("on", "against")), "attacks": ("attack on", ("on", "against")),
          "criticism": ("criticism of", ("of",)),
          "broadside": ("attack on", ("on", "against")),
          "broadsides": ("attack on", ("on", "against"))}
# Beliefs told the same way ("raised specific concerns about X", "has shown little interest in
# X", "expressed an interest in debating"), with verbs of showing that hold no stance noun
_BELIEF_NOUNS = {"concern": ("concern about", ("about", "over")),
                 "concerns": ("concern about", ("about", "over")), "interest": ("interest in", ("in",))}
_SHOWN = r"(?:voic|express|rais|show|indicat|signal)\w*|took|take|takes|taking|taken"
_BELIEF_NOUN = re.compile(r"(?<![\w'’-])(?P<cue>(?:" + _SHOWN + r")\s+(?:" + _MODIFIER +
                          r"\s+){0,3}(?P<noun>concerns?|interest))\s+(?P<prep>about|over|in)\s+")
_LIGHT_NOUN = re.compile(r"(?<![\w'’-])(?P<cue>(?:" + _LIGHT + r")\s+(?:" + _MODIFIER +
                         r"\s+){0,3}(?P<noun>" + "|".join(_NOUNS) + r"))\s+(?P<prep>for|of|to|"
                         r"behind|against|on)\s+")
# A jab taken at someone ("also took a shot at Hillary Clinton", "has taken frequent shots at",
# "took multiple swipes at", "landed a sharp dig at"): an attack on the object; not a shot at an
# office or at winning (a chance). 2 Dec 2026, PolNeAR train: ~12 such gold cues; all-content +3,
# 8 new rows, 6 right by reading (two holders wrong: a participle's, a coordinated list's).
_JAB_NOUNS = ("shot", "shots", "swipe", "swipes", "jab", "jabs", "dig", "digs", "potshot",
              "potshots")
_JAB = re.compile(r"(?<![\w'’-])(?P<cue>(?:took|take|takes|taking|taken|landed|land|lands|"
                  r"landing)\s+(?:(?:" + _MODIFIER + r"|multiple|frequent|several|parting|cheap|"
                  r"subtle|veiled|few|two|three)\s+){0,3}(?P<noun>" + "|".join(_JAB_NOUNS) +
                  r"))\s+(?P<prep>at)\s+(?!(?:the|a|an)\s+(?:presidency|nomination|title|"
                  r"chance|job|seat|goal|record|win|victory|championship)\b|winning\b|"
                  r"becoming\b|goal\b|redemption\b)")
_IN_FAVOR = re.compile(r"(?<![\w'’-])(?P<cue>(?:vot|argu|testif|campaign)\w*|(?:came|come|comes|"
                       r"coming|spoke|speak|speaks|speaking)\s+out)\s+(?P<noun>in\s+(?:favou?r|"
                       r"support))\s+of\s+")

#: Words one of which a sentence holds when :func:`light_stance_contents` finds a row there (the
#: stance and belief nouns, "favor"/"support" after "in"): the quote step reads no other
#: sentence with it.
LIGHT_STANCE_CUE_WORDS = frozenset(_NOUNS) | frozenset(_BELIEF_NOUNS) | frozenset(_JAB_NOUNS) | \
    {"favor", "favour", "support"}


def light_stance_contents(art, lo, hi, taken=()):
    """Stance rows of light-verb phrases in the sentence [lo, hi): (start, end, Frame).
    ``taken``: spans of rows already made (a cue inside one, or an object overlapping one, gives
    no row)."""
    out = []
    masked = art.masked
    hits = [(m, _NOUNS[m.group("noun")]) for m in _LIGHT_NOUN.finditer(masked, lo, hi)
            if m.group("prep") in _NOUNS[m.group("noun")][1]]
    hits += [(m, (" ".join(m.group("noun").replace("favour", "favor").split()) + " of", ()))
             for m in _IN_FAVOR.finditer(masked, lo, hi)]
    hits += [(m, _BELIEF_NOUNS[m.group("noun")]) for m in _BELIEF_NOUN.finditer(masked, lo, hi)
             if m.group("prep") in _BELIEF_NOUNS[m.group("noun")][1]]
    hits += [(m, ("attack on", ())) for m in _JAB.finditer(masked, lo, hi)]
    for m, (verb, _) in sorted(hits, key=lambda h: h[0].start()):
        cls = "belief" if verb in ("concern about", "interest in") else "stance"
        start = m.start()
        if any(a <= start < b for a, b in taken) or not masked[start].islower():
            continue
        span = object_span(art, m.end() - 1, hi)
        if span is None or len(CLAUSE_TOKEN.findall(masked, *span)) < 1 or \
                any(a < span[1] and span[0] < b for a, b in taken):
            continue
        form = " ".join(m.group("cue").split())
        fr = content_holder(art, lo, start, (start, m.end("cue"), verb, cls, True, form))
        if fr is None:
            continue
        out.append((span[0], span[1], Frame(fr.speaker, verb, cls, fr.via, fr.ref, start)))
        taken = list(taken) + [span]
    return out


# stance participles of the passive (speech lemmas such as "criticized", "praised" are left to the
# speech rules) -> the verb as a content row names it
_PASSIVE_STANCES = {"endorsed": "endorse", "supported": "support", "backed": "back",
                    "opposed": "oppose", "rejected": "reject", "echoed": "echo",
                    "applauded": "applaud", "welcomed": "welcome", "condemned": "condemn",
                    "denounced": "denounce", "favored": "favor", "embraced": "embrace",
                    "defended": "defend", "hailed": "hail"}   # ("attacked by a dog": not)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|for|on|at|from|with|about|against)\s+(?:[a-z]+\s+)?$")
_NOT_SUBJECT = {"who", "which", "that", "it", "he", "she", "they", "we", "i", "you"}
_PASSIVE = re.compile(r"(?P<aux>,\s+(?=(?:[a-z]+ly\s+)?[a-z]+\s+by\s[^,;:()]+,)|"
                      r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)"
                      r"(?:\s+(?:also|quickly|widely|strongly|overwhelmingly|[a-z]+ly))*\s+)"
                      r"(?P<cue>" + "|".join(_PASSIVE_STANCES) + r")\s+(?:[a-z]+ly\s+)?by\s+")
# the subject when no reference ends right before the auxiliary: the clause's first words
_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=[.!?]\s))(?P<np>(?:[A-Z][\w'’.-]*|the|a|an|"
                             r"his|her|their|its)(?:\s+[\w'’.-]+){0,6})$")

#: Words one of which a sentence holds when :func:`passive_stance_contents` finds a row there
#: (its participles): the quote step reads no other sentence with it.
PASSIVE_STANCE_CUE_WORDS = frozenset(_PASSIVE_STANCES)


def passive_stance_contents(art, lo, hi, taken=()):
    """Passive stance rows in the sentence [lo, hi): (start, end, Frame): the subject (a
    reference ending right before the auxiliary, or the clause's first words) is the content,
    the agent after "by" (resolved when the references hold it, else as written) the holder."""
    out = []
    masked = art.masked
    if masked.find(" by ", lo, hi) < 0:
        return out   # (every shape has its agent after "by")
    for m in _PASSIVE.finditer(masked, lo, hi):
        at = m.start("aux")
        if any(a <= m.start("cue") < b for a, b in taken):
            continue
        ref = next((r for r in reversed(refs_starting_in(art, lo, at)) if r.end == at), None)
        set_off = masked[at] == ","   # "The bill, opposed by House Republicans, died"
        if ref is not None and not ref.possessive and ref.kind not in ("pronoun", "who") and \
                not _PREPOSITION_BEFORE.search(masked, max(lo, ref.start - 20), ref.start):
            span = (ref.start, ref.end)
        elif set_off and (not _CLAUSE_OPENING.match(masked[lo:at]) or
                          len(masked[lo:at].split()) > 4):
            continue   # (else only a reference ending at the comma: "A judge blocked the law,")
        else:
            np = _CLAUSE_OPENING.search(masked[lo:at])
            words = np.group("np").lower().split() if np else []
            if not words or words[0] in _NOT_SUBJECT or \
                    words[-1] in ("who", "which", "that"):   # ("a deal that": a relative)
                continue
            span = (lo + np.start("np"), at)
        holder = _holder_after(art, m.end(), hi)
        if holder is None or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        speaker, by = holder
        verb = _PASSIVE_STANCES[m.group("cue")]
        # (no cue position: the checks for a verb after its content read post-posed speech)
        out.append((span[0], span[1], Frame(speaker, verb, "stance", "", by)))
        taken = list(taken) + [span]
    return out


# support received: the subject (or a possessive) is what the group after the noun supports
_RECEIVE = (r"(?:won|wins|winning|drew|draws|drawing|drawn|received|receives|receiving|earned|"
            r"earns|garnered|garners|enjoys|enjoyed|enjoying|locked\s+in|has|have|had|gets|got|"
            r"gained|gains|secured|retains|retained|commands|commanded|attracted|attracts)")
_SUPPORT_MODIFIER = (r"(?:a|an|the|some|more|full|strong|deep|broad|solid|wide|overwhelming|"
                     r"greatest|strongest|most|majority|institutional|certain|even|stronger|harsh|sharp|"
                     r"heavy|fierce|widespread|bipartisan|"
                     r"\d+(?:\.\d+)?%|\d+(?:\.\d+)?\s+percent|[a-z]+ly|[a-z]+-[a-z]+)")
_RECEIVED = re.compile(r"(?P<aux>\s+(?:(?:has|have|had|also|still|already|now|[a-z]+ly)\s+)*)"
                       r"(?:(?P<cue>" + _RECEIVE + r"\s+(?:" + _SUPPORT_MODIFIER + r"\s+){0,4}"
                       r"(?:support|backing))\s+(?:from|among|of)\s+|"
                       r"(?P<cue2>(?:drew|draws|drawn|drawing|sparked|sparks|gotten|attracted|attracts)"
                       r"\s+(?:" + _SUPPORT_MODIFIER + r"\s+){0,3}criticism)\s+from\s+)")
#: Words one of which a sentence holds when :func:`received_support_contents` finds a row there
#: (the nouns of its patterns, as whole words): the quote step reads no other sentence with it.
RECEIVED_SUPPORT_CUE_WORDS = frozenset({"support", "backing", "criticism"})
_OWN_SUPPORT = re.compile(r"(?:['’]s?)?\s+(?:" + _SUPPORT_MODIFIER + r"\s+){0,4}(?P<cue>support)\s+among\s+")


# a group's phrase ends before a predicate ("among Latino voters gives her an edge") or a time or
# place phrase ("from women in the fall")
_GROUP_END = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|could|may|might|gives|"
                        r"gave|make|makes|made|remains?|remained|came|comes|still|also|lags?|lagged|trails?|"
                        r"trailed|grew|grows|continues|continued|in\s+(?:the|a|an)\s)")


def _holder_after(art, start, hi, ending=True):
    """The group after the preposition: its reference resolved when one starts it (or, with
    ``ending``, ends it), else as written; None when the phrase is empty or masked."""
    stop = _OBJECT_STOP.search(art.masked, start, hi)
    end = stop.start() if stop else hi
    if not ending and (group := _GROUP_END.search(art.masked, start, end)):
        end = group.start()
    agent = trim(art.text, start, end)
    if agent[1] - agent[0] < 2 or MASK in art.masked[agent[0]:agent[1]]:
        return None
    by = next((r for r in refs_starting_in(art, agent[0], agent[1])
               if not r.possessive and (r.start == agent[0] or ending and r.end == agent[1])),
              None)
    if by is not None:
        return resolve(art, by), by
    name = " ".join(art.text[agent[0]:agent[1]].split())
    return Speaker(name=name, mention=name), None


def received_support_contents(art, lo, hi, taken=()):
    """Support received in the sentence [lo, hi): "Clinton drew support from black voters",
    "Trump earned the support of 39 percent", "her broad support among minorities": the subject
    or possessor (a reference, pronouns included: PolNeAR codes "She" in "She drew support from")
    is the content, the group after "from"/"of"/"among" the holder. (start, end, Frame) rows."""
    out = []
    masked = art.masked
    spans = []
    for m in _RECEIVED.finditer(masked, lo, hi):
        at = m.start("aux")
        ref = next((r for r in reversed(refs_starting_in(art, lo, at)) if r.end == at), None)
        verb = "support" if m.group("cue") else "criticism of"
        if ref is not None and not ref.possessive and \
                not _PREPOSITION_BEFORE.search(masked, max(lo, ref.start - 20), ref.start):
            spans.append((ref.start, ref.end, m.end(), verb))
        elif ref is None and (np := _CLAUSE_OPENING.search(masked[lo:at])) is not None and \
                np.group("np").split()[0].lower() not in _NOT_SUBJECT:
            spans.append((lo + np.start("np"), at, m.end(), verb))   # "The House bill has drawn"
    for ref in refs_starting_in(art, lo, hi):
        owner = ref.possessive or masked[ref.start:ref.end].lower() in ("his", "her", "their")
        m = _OWN_SUPPORT.match(masked, ref.end) if owner else None
        if m is not None:
            spans.append((ref.start, ref.end, m.end(), "support"))
    for start, end, after, verb in sorted(spans):
        if any(a < end and start < b for a, b in taken) or any(a <= after - 1 < b for a, b in taken):
            continue
        holder = _holder_after(art, after, hi, ending=False)
        if holder is None:
            continue
        out.append((start, end, Frame(holder[0], verb, "stance", "", holder[1])))
        taken = list(taken) + [(start, end)]
    return out


# a relative pronoun as a stance's object: "Rubio, who many in the establishment had backed in
# the hope of ...", "the trade agreement, which Mr. Putin vehemently opposed." ("that" is left
# out: after a verb it opens a clause, "said that Trump mocked")
_RELATIVE_STANCES = {"support": "support", "supports": "support", "supported": "support",
                     "supporting": "support", "oppose": "oppose", "opposes": "oppose",
                     "opposed": "oppose", "back": "back", "backs": "back", "backed": "back",
                     "backing": "back", "endorse": "endorse", "endorses": "endorse",
                     "endorsed": "endorse", "favor": "favor", "favors": "favor",
                     "favored": "favor", "championed": "champion", "champions": "champion",
                     "defended": "defend", "defends": "defend", "rejected": "reject",
                     "rejects": "reject", "hate": "hate", "hates": "hate", "hated": "hate",
                     "embraced": "embrace", "embraces": "embrace", "advocated": "advocate",
                     "advocates": "advocate"}
_RELATIVE = re.compile(r"(?<![\w'’-])(?P<rel>which|who|whom)\s+(?=[\w'’])")
_BEFORE_STANCE = re.compile(r"(?:\s+(?:has|have|had|also|once|still|long|both|always|never|not|"
                            r"does|did|do|would|could|can|will|is|are|was|were|been|"
                            r"(?:does|did|do|would|could|ca|wo|is|are|was|were|has|have|had)"
                            r"n['’]t|[a-z]+ly)|['’](?:s|re|ve|d))*\s+(?P<verb>" +
                            "|".join(_RELATIVE_STANCES) + r")(?=\s*(?:[,.;:)!?\x00]|[—–]|--|$)|"
                            r"\s+(?:in|on|at|for|during|since|as|when|while|after|before|until|"
                            r"but|and|last|this|earlier|later|then|years?|months?|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday|[a-z]+ly)\b)")


# a subject as written when no reference starts it: a few words with no verb or relative in them
_RELATIVE_SUBJECT = re.compile(r"(?P<np>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+?)(?=(?:\s+[a-z]+ly)?\s+"
                               r"(?:has|have|had|also|once|still|long|[a-z]+ly|does|did|do|would|"
                               r"could|can|will|(?:[a-z]+)n['’]t|" + "|".join(_RELATIVE_STANCES) +
                               r")\b)")
_NOT_IN_SUBJECT = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|who|which|that|"
                             r"whom|and|or|but|not|[a-z]+ed|[a-z]+ing|made|could|would|can|will)\b|"
                             r"n['’]t\b|['’]s?$|^(?:he|she|it|they)$|^(?!(?:many|most|some|few|all|"
                             r"both|even|other|the|his|her|their|its|a|an|several|party|[A-Z])\b)")
# an embedded question ("asked whom she supported", "no matter whom voters back"): no relative
_QUESTION_BEFORE = re.compile(r"\b(?:ask|asks|asked|asking|know|knows|knew|wonder|wondered|matter|"
                              r"about|whether|decide|decided|tell|told|see)\s+$")

#: Words one of which a sentence holds when :func:`relative_stance_contents` finds a row there
#: (its stance verbs): the quote step reads no other sentence with it.
RELATIVE_STANCE_CUE_WORDS = frozenset(_RELATIVE_STANCES)


def relative_stance_contents(art, lo, hi, taken=()):
    """Stance rows whose object is a relative pronoun in the sentence [lo, hi): the pronoun is
    the content (PolNeAR's span), the relative clause's subject (a reference right after it)
    the holder. (start, end, Frame)."""
    out = []
    masked = art.masked
    for m in _RELATIVE.finditer(masked, lo, hi):
        if _QUESTION_BEFORE.search(masked, max(lo, m.start() - 12), m.start()):
            continue
        ref = next((r for r in refs_starting_in(art, m.end(), m.end() + 1)
                    if r.start == m.end() and r.kind != "who"), None)
        verb = _BEFORE_STANCE.match(masked, ref.end, hi) if ref is not None else None
        if ref is None and (np := _RELATIVE_SUBJECT.match(masked, m.end(), hi)) is not None \
                and not _NOT_IN_SUBJECT.search(np.group("np")):
            verb = _BEFORE_STANCE.match(masked, np.end("np"), hi)   # "who many in the party"
        span = (m.start("rel"), m.end("rel"))
        if verb is None or any(a < span[1] and span[0] < b or a <= verb.start("verb") < b
                               for a, b in taken):
            continue
        lemma = _RELATIVE_STANCES[verb.group("verb")]
        if ref is not None:
            speaker = resolve(art, ref)
        else:
            name = " ".join(np.group("np").split())
            speaker = Speaker(name=name, mention=name)
        out.append((span[0], span[1], Frame(speaker, lemma, "stance", "", ref,
                                            verb.start("verb"))))
        taken = list(taken) + [span]
    return out
