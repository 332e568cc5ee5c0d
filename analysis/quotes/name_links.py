"""Linking a later mention to an earlier full name of the same article ("Karl Rove" ... "Rove" ...
"Mr. Rove"; "Ban Ki-moon" ... "Ban"), used by :mod:`.names`, whose docstring states the rules.

Why apart: finding a name (a capitalised run, its titles and kind) and deciding whom a shorter
mention stands for are two jobs; the second keeps an index of the article's names by the words a
later mention can end with, so a mention is compared with a few entities, not all of them.
"""
from __future__ import annotations

import re

SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}


class Entities:
    """The entities of an article so far, in text order, indexed by the words a later mention can
    end with (any word of a name but its first, or its only word) and by the first word of
    two-word names: :func:`link_name` compares a mention with those few, not with every entity."""

    def __init__(self):
        self.by_word: dict[str, list[tuple]] = {}   # word -> (entity, its words)
        self.by_first: dict[str, list] = {}

    def add(self, ent):
        words = ent.name.split()
        for w in set(words[1:]) | {words[-1]}:
            self.by_word.setdefault(w, []).append((ent, words))
        if len(words) == 2:
            self.by_first.setdefault(words[0], []).append(ent)


def link_name(entities: Entities, name, titled: bool = False, gender: str = ""):
    """The earlier entity whose name ends like ``name`` (or holds it as its last words), of no
    other gender than the mention's ("Mrs. Clinton" is not Bill Clinton); of several, the one
    mentioned most so far, then the latest ("Trump" after "Donald Trump" x 12 and "Ivanka Trump"
    x 1 is Donald: a reporter calls the lesser namesake by the given name). Tried: the first
    named on a tie ("Dorothy Woods, whose husband, Ty Woods ... Woods": Dorothy; 7 PolNeAR train
    rows right) let an early lone form or a headline run ("Glenn Beck Blasts Drudge") take
    every later surname (hundreds of rows); the fullest name on a tie chose such runs too.

    A surname after a title that no earlier name ends with may be the FIRST word of a two-word
    name: Chinese and Korean names put the family name first, and the New York Times and others
    write "Lou Jiwei ... Mr. Lou", "Xi Jinping ... Mr. Xi" (a Western given name after "Mr." does
    not occur). Without a title, a two-word name known to be a person's ("Shen Xincheng ...
    Shen wrote"; a lesser namesake called by the given name: "Ivanka Trump ... Ivanka") or one
    of unknown kind whose second word is a hyphened Korean given name ("Ban Ki-moon ... Ban
    said", "Kim Jong-un"; not "Trump Train", "Iowa Republican"); never a body's ("Washington"
    is not the "Washington Post"). A mention with an honorific or title takes a body's name
    only as its last word ("Mr. Clinton" is not the "Chelsea Clinton Foundation")."""
    best = None
    for ent, full in reversed(entities.by_word.get(name[-1], ())):
        if gender and ent.gender and ent.gender != gender:
            continue
        if ent.kind in ("body", "place", "thing") and (gender or titled) and full[-1] != name[-1]:
            continue   # "Mr. Clinton" is not the "Chelsea Clinton Foundation"
        if (full[-len(name):] == name or (len(name) == 1 and name[0] in full[1:] and
                                          name[0] not in SUFFIXES)) and \
                (best is None or ent.mentions > best.mentions):
            best = ent
    if best is not None:
        return best
    if len(name) == 1:   # "Ban Ki-moon ... Ban said": a family name first, of unknown kind
        return next((ent for ent in reversed(entities.by_first.get(name[0], ()))
                     if ent.kind == "person" or ent.kind == "unknown" and (
                         titled or _HYPHENED_GIVEN.fullmatch(ent.name.split()[1]))), None)
    return None


_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")   # Ki-moon, Jae-in, Jong-un, Geun-hye
