"""Transcript turns: a quoted paragraph of an interview or debate transcript opening with its
speaker's label in capitals (``"WALLACE: Let's start with ...``, ``"SEN. SANDERS: Well, ...``).

Why: a transcript reprinted in an article has no reporting verb per turn; the label is the
attribution. Without this rule the row kept the label as quoted words and took the speaker of the
frame before the transcript ("Partial transcript as follows:"), and a quotation inside a turn
(a paper's name the moderator cites) went to the last named speaker. The label is a surname in
capitals: it names the article's person with that surname (the fullest name the text gives,
"Chris Wallace"), else the label itself names the speaker ("Wallace"), but only in a transcript
(two labelled paragraphs at least, so one "PHOTO: ..." paragraph is none); a label of a clip or
a note ("VIDEO:", "UPDATE:") is trimmed and leaves the turn without a speaker. PolNeAR: dev one
transcript, 10 turns, train one, 4 (gold puts their contents after the label and, on train,
names "Partial transcript" as their source: scores unchanged; rows right by reading).
A turn printed with no opening mark (``JAKE TAPPER: Do you think ...``, and in a transcript of two
such paragraphs or more, ``Matthews: Well, ...`` labelled by a person the article names, one of
them twice) is a row of kind ``indirect`` (:func:`unmarked_turns`): PolNeAR codes the words
after the label as the label's content. Not "Q:"/"A:" interviews (PolNeAR annotates one of four on train) nor a
label before fewer than five words ("Sanders: Win in a walk.", "Clinton: 2,316.": a list's
headings and tallies), and only where the labels read as a conversation (:func:`_conversation`).
PolNeAR train: +14 speech contents matched, 1 row unmatched.
"""
from __future__ import annotations

import re

from .antecedents import Speaker, compatible
from .article import refs_starting_in
from .coreference import resolve
from .frames import Frame
from .marks import trim
from .names import TITLES

# an opening mark (or none), an all-capitals label of one to four words, a colon, then the turn
_LABEL = re.compile(r"[\"“„']?((?:[A-Z][A-Z’'.\-]*\s+){0,3}[A-Z][A-Z’'\-]+):[ \t]+(?=\S)")


def turn_label(text: str, p_lo: int) -> tuple[str, int] | None:
    """The label opening the paragraph at ``p_lo`` and where the turn's words start, or None."""
    m = _LABEL.match(text, p_lo)
    return (m.group(1), m.end()) if m else None


# a label in title case: a person's name of one to three words ("Chris Matthews: Well, ...")
_NAME_LABEL = re.compile(r"((?:[A-Z][a-z’'.\-]+\s+){0,2}[A-Z][a-z][\w’'\-]*):[ \t]+(?=\S)")
_MIN_WORDS = 5   # a turn's words at least: "Fiorina: See you later?" heads a section

_NO_SPEAKER = {"VIDEO", "AUDIO", "CLIP", "UPDATE", "NOTE", "PHOTO", "WATCH", "BREAKING", "EXCLUSIVE",
               "SOURCE", "CROSSTALK", "APPLAUSE", "LAUGHTER", "INAUDIBLE", "UNIDENTIFIED MALE",
               "UNIDENTIFIED FEMALE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION"}


_OPENERS = "\"“„'(["   # what a paragraph of a transcript opens with, a label aside


def transcript_paragraphs(text: str, paragraphs) -> set:
    """The starts of the paragraphs opening with a label, when two or more do (else none)."""
    found = {lo for lo, _ in paragraphs if turn_label(text, lo)}
    return found if len(found) >= 2 else set()


def turn_frame(art, p_lo: int) -> tuple[Frame | None, int] | None:
    """The frame of the transcript turn opening the paragraph at ``p_lo`` (its speaker: the
    person of the article whose last name the label gives, else the label) and where its words
    start; the frame is None for a clip's or note's label; None when no label opens it."""
    found = turn_label(art.text, p_lo)
    if found is None:
        return None
    label, start = found
    if label in _NO_SPEAKER:
        return None, start
    surname = label.split()[-1].title()
    speaker = _person_named(art, surname)
    if speaker is not None:
        return Frame(speaker=Speaker(speaker.name, speaker.actor_id, label, speaker.named,
                                     speaker.referent), verb="say", verb_class="neutral"), start
    return Frame(speaker=Speaker(_label_name(label), "", label, named=True), verb="say",
                 verb_class="neutral"), start


def _label_name(label: str) -> str:
    """The speaker a label names when the article names nobody by its last word: the label less
    its titles, in title case ("SEN. SANDERS": Sanders; "L.A. WEEKLY": L.A. Weekly, a magazine
    asking its questions, not "Weekly": the 57 saved pages, 1 row)."""
    words = label.title().split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def _person_named(art, surname: str) -> Speaker | None:
    """The article's first person (an actor or a name) whose resolved name ends in ``surname``."""
    for ref in art.refs:
        if ref.kind not in ("actor", "name") or ref.possessive:
            continue
        speaker = resolve(art, ref)
        if speaker.name and speaker.name.split()[-1] == surname:
            return speaker
    return None


def continued_turn(text: str, para_lo: list, k: int, turns: dict):
    """The turn that the quoted paragraph ``k`` (opening with a mark, no label) continues: the
    last turn before it when every paragraph between opens with a mark or a stage note
    ("(CROSSTALK)"); None when the reporter's own words come between."""
    for j in range(k - 1, -1, -1):
        if turns.get(para_lo[j]) is not None:
            return turns[para_lo[j]]
        if text[para_lo[j]:para_lo[j] + 1] not in _OPENERS:
            return None
    return None


def _named_label(art, lo: int, m) -> bool:
    """Is the title-case label at ``lo`` one reference to a person (an actor or a name)?"""
    return any(r.start == lo and r.end == m.end(1) and r.kind in ("actor", "name") and
               not r.possessive and compatible(art, r.actor_id, "person")
               for r in refs_starting_in(art, lo, lo + 1))


def _conversation(labels: list) -> bool:
    """Do these paragraph labels read as a conversation: someone speaks twice (by the label's
    last word: "JOEL BENENSON" then "BENENSON"), and someone else speaks too? Not a page's
    headings ("A SIMPLE GUIDE: ...", "STRESS: ...": each once) nor a series title over its
    episodes ("The Prison Papers: ..." three times, no one else)."""
    last = [label.split()[-1].lower() for label in labels]
    return len(last) > len(set(last)) >= 2


def unmarked_turns(art, labelled: set) -> list:
    """Turns of a transcript printed with no opening mark: (start, end, frame) for each paragraph
    of ``labelled`` (capitals labels: :func:`transcript_paragraphs`) and of two or more paragraphs
    opening with a person's name and a colon (one of them twice: "Matthews: ... Lopez: ...
    Matthews: ..."; not a list's headings "Jeb Bush: Student loans ..."), of five words or more
    after the label."""
    text = art.text
    named, labels = {}, []   # title-case labels naming a person; all title-case labels
    for lo, _ in art.paragraphs:
        m = None if lo in labelled else _NAME_LABEL.match(text, lo)
        if m is not None:
            labels.append(m.group(1))   # "The Economist: ..." asks, "Mr Malone: ..." answers
            if _named_label(art, lo, m):
                named[lo] = m.end()
    # capitals labels: a conversation, or one of them a person the article names ("HOST: ...
    # REYES: ..." after "Governor Paula Reyes"), not a page's headings
    capitals = [turn_label(text, lo)[0] for lo in labelled]
    turns = {lo: None for lo in labelled} if _conversation(capitals) or any(
        _person_named(art, label.split()[-1].title()) for label in capitals) else {}
    surnames = [text[lo:end].rstrip(": \t").split()[-1] for lo, end in named.items()]
    if len(surnames) > len(set(surnames)) and _conversation(labels):   # someone speaks twice
        turns.update(named)
    out = []
    for lo, hi in art.paragraphs:
        if lo not in turns or text[lo:lo + 1] in _OPENERS:
            continue
        if turns[lo] is None:
            frame, start = turn_frame(art, lo)
        else:
            label = text[lo:turns[lo]].rstrip(": \t")
            ref = next(r for r in refs_starting_in(art, lo, lo + 1) if r.start == lo)
            sp = resolve(art, ref)
            frame = Frame(speaker=Speaker(sp.name, sp.actor_id, label, sp.named, sp.referent),
                          verb="say", verb_class="neutral")
            start = turns[lo]
        s, e = trim(text, start, hi)
        e -= text[e - 1:e] == "."
        if frame is not None and len(text[s:e].split()) >= _MIN_WORDS:
            out.append((s, e, frame))
    return out
