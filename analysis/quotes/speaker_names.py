"""One name per speaker across the corpus: the name a statement's speaker is counted under.

Why: each article names its speakers as fully as it can (:mod:`.names`), so the same person is
"Barack Obama" in one article and "Obama" in another that never gives the first name; counting
them apart splits one speaker in two in every table of speakers. The rule is the draft actor
codebook's (:mod:`analysis.suggest.actors`): titles and party words before a name are cut
("South Carolina Sen. Lindsey Graham" is Lindsey Graham), and a surname alone joins the one full
name of the corpus ending in it; with two such full names (Hillary and Bill Clinton) it stays
apart: nothing is merged on a guess. A full name joins the one name of the corpus that is it with
middle initials ("James Comey" and "James B. Comey", which "Comey" then joins too). A codebook actor keeps its codebook name.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .names import ORG_WORDS, TITLES, is_name_id

#: Words before a name that say its party or side, not its name.
_PARTY = {"Democrat", "Democratic", "Republican", "Independent", "Libertarian", "Conservative",
          "Liberal", "Labour", "Tory", "GOP", "Former", "Then", "Acting", "Interim"}
_SUFFIX = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}
_POSSESSIVE = re.compile(r"['’]s?$")


def core_name(name: str) -> tuple[str, str]:
    """(name, title) of a name as the texts print it: the words up to the last title, party word
    or possessive are the title ("South Carolina Sen. Lindsey Graham" → Lindsey Graham, "South
    Carolina Sen."); a body keeps its words ("Russian Foreign Ministry", "Democratic National
    Committee"), and a name that is only titles stays as it is."""
    words = _POSSESSIVE.sub("", name.strip()).split()
    cut = 0
    for k, word in enumerate(words[:-1]):
        if word in TITLES or word.rstrip(".") in TITLES or word in _PARTY or \
                word.endswith(("'s", "’s")):
            cut = k + 1
    rest = words[cut:]
    if any(w in ORG_WORDS for w in rest) or (len(rest) == 1 and any(w in ORG_WORDS for w in words)):
        cut = 0
    return " ".join(words[cut:]), " ".join(words[:cut])


def surname(name: str) -> str:
    """The last word of a name that is not a suffix (Jr., III)."""
    words = [w for w in name.split() if w not in _SUFFIX]
    return words[-1] if words else ""


def merge_names(names: list[str], known=lambda name: "") -> dict[str, str]:
    """Each name (already cut by :func:`core_name`) → the name of the row it joins.

    ``known(name)``: the codebook id of a name, or "" (a known name joins the codebook's row,
    given as ``id:<actor id>``). A one-word name joins the one full name of the list that ends
    in it; two full names with that surname leave it alone."""
    fuller = _with_initials(names, known)
    full_by_surname: dict[str, set] = defaultdict(set)
    for name in names:
        if len(name.split()) >= 2 and not known(name):
            full_by_surname[surname(name)].add(fuller.get(name, name))
    merged = {}
    for name in names:
        aid = known(name)
        if aid:
            merged[name] = f"id:{aid}"
        elif len(name.split()) == 1 and len(full_by_surname.get(name, ())) == 1:
            merged[name] = next(iter(full_by_surname[name]))
        else:
            merged[name] = fuller.get(name, name)
    return merged


_INITIAL = re.compile(r"[A-Z]\.?")


def _with_initials(names: list[str], known) -> dict[str, str]:
    """A full name → the one name of the list that is it with middle initials ("James Comey" →
    "James B. Comey", as one text prints him and another does not); none when two such names
    differ ("John A. Smith", "John B. Smith")."""
    listed = set(names)
    longer: dict[str, set] = defaultdict(set)
    for name in names:
        words = name.split()
        bare = " ".join(words[:1] + [w for w in words[1:-1] if not _INITIAL.fullmatch(w)] + words[-1:])
        if len(words) >= 3 and bare != name and bare in listed and not known(name) and not known(bare):
            longer[bare].add(name)
    return {bare: next(iter(f)) for bare, f in longer.items() if len(f) == 1}


def corpus_names(speakers: list[str], speaker_ids: list[str]) -> list[str]:
    """For each (speaker, speaker_id) of a corpus' statements, the name it is counted under: a
    name the codebook does not know (a ``name:`` id) cut to its core name and merged by
    :func:`merge_names` over the whole list; a codebook actor's name and a description ("a
    State Department official", no id) as given."""
    named = [is_name_id(i) for i in speaker_ids]
    cores = [core_name(s)[0] or s if n else s for s, n in zip(speakers, named)]
    merged = merge_names(sorted({c for c, n in zip(cores, named) if n}))
    return [merged[c] if n else c for c, n in zip(cores, named)]
