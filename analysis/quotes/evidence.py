"""The poll, survey, study or record that "shows", "found" or "suggests" something, when the noun
phrase before the cue carries a participle or prepositional phrase: "A national poll released
Sunday by The Washington Post and ABC News shows ...", "Other recent polls from Monmouth
University and CNN/ORC show ...", "Early results of exit polls conducted by Edison Research
... show ...", "polls by Quinnipiac University that showed ...".

Why: what a poll or record shows is reported content whose source is the poll (PolNeAR, after
Pareti 2016, annotates it so); news copy names the poll with its sponsor, date and method between
the noun and the verb. :mod:`.content`'s first reading takes only the last segment before the cue
(cut at "and", "that", commas); this one, tried when that finds nothing, walks back to the
nearest evidence noun whose words up to the cue hold no finite verb, punctuation or clause
opener (a relative "that"/"which" right before the cue is the noun's own: "polls that show").
A noun inside a prepositional phrase ("voters in the survey found", "in the wake of polls")
holds nothing, unless that relative follows it. The speaker is the noun phrase as written (a
description, no id). A collection of the noun is its subject ("A new batch of emails released
this week showed": PolNeAR train +1, 1 Dec 2026). Where it fails: a relative clause with its own verb ("The little polling
that was done in the state showed") is no subject here.
"""
from __future__ import annotations

import re

from .attribution import Frame
from .coreference import Speaker
from .marks import MASK
from .words import IRREGULAR_PAST, PREPOSITIONS

# What a poll, survey, study or record is (subjects of ``evidence`` cues).
EVIDENCE_NOUNS = re.compile(r"\b(?:polls?|polling|surveys?|stud(?:y|ies)|data|records?|research|"
                            r"numbers|figures|results|analys[ie]s|documents?|filings|estimates|"
                            r"statistics|tallies|counts|findings|reports?|review|audit|inquiry|"
                            r"investigation|probe|census|tests?|experiments?|calculations|models?|"
                            r"forecasts?|projections?|videos?|footage|photos?|photographs?|images?|"
                            r"pictures?|e-?mails?|messages|disclosures|returns|markets|evidence|"
                            r"experience|history|transcripts?|memos?|logs|exit\s+polls|trends|"
                            r"articles?|stor(?:y|ies))\b", re.IGNORECASE)
# Between the noun and the cue: words only (no punctuation, quotation, pronoun or clause opener; "and"
# only between names: "The Washington Post and ABC News"), and no finite verb; the cue's own auxiliaries and adverbs, or a relative "that"/"which", may end it.
_GAP = re.compile(r"(?P<words>(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|"
                  r"do|does|did|may|might|should|must|said|says|who|which|that|when|while|"
                  r"because|if|as|but|or|whether|he|she|they|it|we|I|you|"
                  r"and(?!\s+[A-Z]))\b)[\w./&'’%-]+){0,12}?)"
                  r"(?P<relative>\s+(?:that|which))?"
                  r"(?:\s+(?:has|have|had|also|now|still|already|actually|all|both|[a-z]+ly))*\s*$")
# The noun's pre-modifiers: determiners, names, numbers, adjectives ("Other recent", "A new
# USA TODAY/Suffolk University", "Early")
_MODIFIERS = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|"
                        r"[Hh]er|[Oo]ur|[Oo]ther|[Aa]nother|[Mm]ost|[Mm]any|[Ss]everal|[Aa]ll|"
                        r"[Bb]oth|new|recent|latest|early|national|state|public|internal|federal|"
                        r"court|police|exit|opinion|[A-Z0-9][\w./&'’%-]*|"
                        r"[a-z]+(?:al|ic|ent|est|ive|ous))\s+){0,6}$")
# A collection of the evidence noun ("a new batch of emails", "a trove of documents")
_COLLECTION_OF = re.compile(r"(?<![\w'’-])(?:batch|set|series|trove|cache|handful|pair|collection|"
                            r"string|stack)\s+of\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w'’]+)\s*$")
# A time adverbial right after the noun is the cue's, not the noun's ("New data on Thursday
# showed", "A new poll this week found"); after a participle it dates the poll and stays ("A poll
# released Sunday shows"). The 57 saved pages: 1 row.
_TIME_TAIL = re.compile(r"\s+(?:(?:on|this|last|late|early|earlier|next)\s+)?(?:(?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)(?:\s+(?:morning|"
                        r"afternoon|evening|night))?|week|weekend|month|year|morning|afternoon|"
                        r"evening|night|today|yesterday)$")


def without_time(name: str) -> str:
    """``name`` less a time adverbial that ends it after the noun (:data:`_TIME_TAIL`)."""
    cut = _TIME_TAIL.search(name)
    if cut is None or not cut.start():
        return name
    before = name[:cut.start()].split()[-1].lower()
    return name if before.endswith("ed") or before in IRREGULAR_PAST | PREPOSITIONS | {
        "out", "shown", "the", "a", "an", "that", "every", "each", "per"} else name[:cut.start()]


def evidence_subject(art, lo, start):
    """The evidence noun phrase that is the subject of a cue at ``start`` in the sentence from
    ``lo`` (as a Frame with a description speaker), or None."""
    masked = art.masked
    pre_lo = max(lo, start - 160)
    if MASK in masked[pre_lo:start]:
        return None
    for noun in reversed(list(EVIDENCE_NOUNS.finditer(masked, pre_lo, start))):
        gap = _GAP.fullmatch(masked, noun.end(), start)
        if gap is None:
            continue
        mods = _MODIFIERS.search(masked, pre_lo, noun.start())
        at = mods.start() if mods else noun.start()
        before = _WORD_BEFORE.search(masked, lo, at)
        batch = _COLLECTION_OF.search(masked, max(pre_lo, at - 24), at)
        if batch:   # "A new batch of emails released this week showed": the batch of emails
            mods = _MODIFIERS.search(masked, pre_lo, batch.start())
            at = mods.start() if mods else batch.start()
        elif before and before.group(1).lower() in PREPOSITIONS and not gap.group("relative"):
            continue   # "voters in the survey found": the voters, not the survey
        end = gap.start("relative") if gap.group("relative") else gap.end("words")
        name = " ".join(masked[at:end].split())
        if len(name.split()) > 16:
            name = " ".join(masked[at:noun.end()].split())
        name = without_time(name)
        return Frame(Speaker(name=name, mention=name))
    return None
