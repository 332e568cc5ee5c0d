"""Title-case headlines and subheads inside a run of capitalised words: where a name finder
must cut a run ("Bush Hits Marco Rubio On Rape Exception" holds the names "Bush" and "Marco
Rubio"), a demonym that is an adjective ("South Korean thriller") and a name joined to a
participle ("New York-based"). Why a module of its own: it reads only the run's words, one job
apart from finding and linking names (:mod:`.names`)."""
from __future__ import annotations

import re

# Capitalised function words: inside a run they mark a title-case headline or subhead, not a name.
HEADLINE_WORDS = {"On", "For", "To", "With", "In", "At", "By", "From", "About", "After", "Over",
                  "Is", "Are", "Was", "Be", "Has", "Have", "Will", "Can", "Says", "Said", "Asks",
                  "Asked", "Hits", "Slams", "Wants", "Gets", "Not", "A", "An", "Into", "Would",
                  "Could", "Should", "Get", "Hints", "Makes", "Make", "Takes", "Tells", "Calls",
                  "Do", "Does", "Did", "Why", "How", "What", "Who", "Of", "The", "And", "Up",
                  "Out", "Off", "Than", "As", "If", "It", "He", "She", "They", "We", "His", "Her",
                  "Their", "Questioned", "Explains", "Reveals", "Shows", "Just", "This", "That"}


def unheadlined(toks):
    """A run of four or more words holding a capitalised function word is a title-case headline
    ("Bush Hits Marco Rubio On Rape Exception", "Gina Rodriguez Questioned What It Means"): the
    names are the parts between those words ("Marco Rubio", "Gina Rodriguez"); a name never
    holds them capitalised. Any other run is returned whole."""
    if len(toks) < 4 or not any(t[2] in HEADLINE_WORDS for t in toks[1:]):
        return [toks]
    parts, part = [], []
    for t in toks:
        if t[2] in HEADLINE_WORDS:
            parts.append(part)
            part = []
        else:
            part.append(t)
    return [p for p in parts + [part] if p]


_DIRECTIONS = {"South", "North", "East", "West", "Latin", "Central", "Southeast", "Northeast"}
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:who|whom|whose|that|which|said|says|told|and|or)\b)"
                         r"([a-z][a-z\-]*)\b(?<!ed)")


def adjective_run(toks, masked: str, demonyms) -> bool:
    """Is the run a demonym used as an adjective before a lower-case noun ("South Korean
    thriller", "the German capital", "Latin American countries")? Then it names nobody: it had
    been taken as the holder of the film's title, the subject of a participle (the 57 saved
    pages: 3 rows). ``demonyms``: lower-case demonyms
    (:func:`~analysis.codebooks.load_countries`)."""
    words = [t[2] for t in toks]
    if words[-1].lower() not in demonyms or not all(w in _DIRECTIONS for w in words[:-1]):
        return False
    return _NOUN_AFTER.match(masked, toks[-1][1]) is not None


def compound_modifier(word: str) -> bool:
    """A capitalised word joined to a participle or a modifier noun ("York-based",
    "Kremlin-backed", "U.S.-led", "Korean-born", "Obama-era") modifies what follows: it and the
    words of its run before it are no name ("an influential New York-based newspaper ..., wrote"
    gave the speaker "New York-based"; PolNeAR's 924 articles: 49 rows). Korean given names keep
    their lower-case syllable ("Ban Ki-moon", "Kim Jong-un"); "al-Malki" its capital."""
    return "-" in word and bool(_COMPOUND_ADJECTIVE.search(word))


_COMPOUND_ADJECTIVE = re.compile(r"[A-Za-z.]-(?:[a-z]+(?:ed|ing)|born|made|built|run|era|style|"
                                 r"like|wide|area|bound|friendly|sized)[.,]?$")


# A nickname in quotation marks between a given name and a surname ("Marcia "Cia" Price",
# "Robert C. "Bobby" Scott", "Edward ‘Ted’ Kennedy")
_NICKNAME_GAP = re.compile(r"[ \t]+[\"“'‘][A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?[\"”'’][ \t]+")


def nickname_joined(text, runs) -> list:
    """Runs joined over a quoted nickname (:data:`_NICKNAME_GAP`) in ``text``: one name, the
    nickname no word of it (the quotation masked apart is a mention of its own)."""
    joined = []
    for run in runs:
        if joined and _NICKNAME_GAP.fullmatch(text, joined[-1][-1][1], run[0][0]) and \
                not joined[-1][-1][2].endswith((",", ";", ":")):
            joined[-1] = joined[-1] + run
        else:
            joined.append(run)
    return joined
