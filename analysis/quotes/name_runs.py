"""Title-case headlines and subheads inside a run of capitalised words: where a name finder
must cut a run ("Bush Hits Marco Rubio On Rape Exception" holds the names "Bush" and "Marco
Rubio"). Why a module of its own: it reads only the run's words, one job apart from finding and
linking names (:mod:`.names`)."""
from __future__ import annotations

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
