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
"""
from __future__ import annotations

import re

from .antecedents import Speaker
from .coreference import resolve
from .frames import Frame

# an opening mark (or none), an all-capitals label of one to four words, a colon, then the turn
_LABEL = re.compile(r"[\"“„']?((?:[A-Z][A-Z’'.\-]*\s+){0,3}[A-Z][A-Z’'\-]+):[ \t]+(?=\S)")


def turn_label(text: str, p_lo: int) -> tuple[str, int] | None:
    """The label opening the paragraph at ``p_lo`` and where the turn's words start, or None."""
    m = _LABEL.match(text, p_lo)
    return (m.group(1), m.end()) if m else None


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
    for ref in art.refs:
        if ref.kind not in ("actor", "name") or ref.possessive:
            continue
        speaker = resolve(art, ref)
        if speaker.name and speaker.name.split()[-1] == surname:
            return Frame(speaker=Speaker(speaker.name, speaker.actor_id, label, speaker.named,
                                         speaker.referent),
                         verb="say", verb_class="neutral"), start
    return Frame(speaker=Speaker(surname, "", label, named=True), verb="say",
                 verb_class="neutral"), start


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
