"""Whether the bare noun phrase after a verb can be that verb's inverted speaker.

Why: ``..., said one GOP source in the room.`` puts the speaker after the verb, and
:func:`.subjects.bare_subject_after` reads any short noun phrase there. After a clause of the
reporter's own words (no quotation before the verb) the same shape is as often a verb with its
object, its subject before it and set off by an aside: "Mining companies, including Patriot,
declared bankruptcy.", "Ivanka Trump, the nominee's eldest daughter, noted the rule.", "...,
who had a long career in Congress, said their stump speeches ...". An inverted subject is
someone who speaks; an object is mostly a thing. So there the phrase's head must be a noun that
can speak (and the verb one that inverts: "say", "add", "write", "note", "explain",
"continue"): a person's role or trade ("official", "spokeswoman", "economist"), a body
("ministry", "company", "group"), a source of the news ("report", "poll"), a part of a group
("60 percent"), their plurals, or a capitalised head ("the AP"); a pronoun in the object case
("told me this week") is never a subject. After a quotation ('"...," said the ruling') the
inversion is the rule of the genre and every phrase stays a speaker (documents included);
"according to" takes any source ("according to press reports").

Where it fails: a person noun as the object of an inverting verb ("Ms. Ruiz, the new chair,
noted her critics.") still reads as an inverted speaker; a speaking head this list lacks ("said a bystander") after
a clause of the reporter's words is lost (the row goes, not a wrong speaker).
"""
from __future__ import annotations

from ..codebooks import load_role_nouns
from .descriptions import BODY_NOUNS, NEWCOMER_NOUNS
from .mentions import Ref
from .subjects import GROUP_PARTS, bare_subject_after
from .words import PREPOSITIONS, ROLE_WORDS, UNRESOLVED_PLURALS

#: Verbs that invert in news copy ("said the minister"); others after a comma have their subject
#: before them ("Merkel, who ..., warned against ...", "DuPont, two months later, announced plans")
INVERTING = {"say", "add", "write", "explain", "note", "continue"}
#: Heads of people and bodies that no codebook lists but news copy inverts ("said one source",
#: "said a senior official", "says a new study")
_SPEAKERS = {"people", "someone", "another", "others", "insider", "user", "commenter",
             "narrator", "friend", "neighbor", "neighbour", "colleague", "hundred", "thousand",
             "million"}   # (and "thousands of commuters": a number of people)
_OBJECT_PRONOUNS = {"me", "us", "him", "them", "her", "myself", "himself", "herself",
                    "themselves", "ourselves"}
_PHRASE_ENDS = PREPOSITIONS | {"who", "whose", "which", "that"}
_PLURAL_PEOPLE = {"men": "man", "women": "woman", "people": "people", "children": "child",
                  "spokesmen": "spokesman", "spokeswomen": "spokeswoman"}


def _speaks(head: str) -> bool:
    """Can the noun ``head`` name a speaker: a role, trade, body, source or part of a group, or
    the plural of one; a capitalised head ("the AP", "NAACP")?"""
    if head[:1].isupper():
        return True
    low = head.lower()
    roles = load_role_nouns()
    forms = {low, _PLURAL_PEOPLE.get(low, low), low[:-1] if low.endswith("s") else low,
             low[:-2] if low.endswith("es") else low}
    return any(f in roles or f in BODY_NOUNS or f in NEWCOMER_NOUNS or f in ROLE_WORDS or
               f in _SPEAKERS or f in UNRESOLVED_PLURALS or f in GROUP_PARTS for f in forms)


def speaking_phrase(words) -> bool:
    """Can the noun phrase of ``words`` (after an inverted verb) speak: its head (the last word
    before a preposition or relative) a noun that can, its first word no object pronoun?"""
    if not words or words[0].lower() in _OBJECT_PRONOUNS:
        return False
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PHRASE_ENDS), len(words))
    return _speaks(words[cut - 1].strip(".,;:"))


def inverted_description(art, end, hi, lemma, after_quotation) -> Ref | None:
    """The description after the verb ending at ``end`` (its sentence ending at ``hi``) as the
    verb's inverted subject, or None: :func:`.subjects.bare_subject_after`, less a phrase whose
    head cannot speak, or after a verb that does not invert in news copy ("..., regular, pledged
    delegates."), where no quotation closes right before the verb (``after_quotation`` False)."""
    ref = bare_subject_after(art, end, hi)
    if ref is None or after_quotation or lemma == "according to":
        return ref
    if lemma not in INVERTING or not speaking_phrase(ref.text.split()):
        return None   # "..., declared bankruptcy.": the verb's object, its subject before it
    return ref


#: Words that end a title chain: a determiner, pronoun or auxiliary opens a clause of its own
#: ("said the company hired lawyer Jim Dunham")
_NOT_IN_CHAIN = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                 "our", "he", "she", "it", "they", "we", "who", "which", "and", "or", "but", "to",
                 "is", "was", "are", "were", "has", "have", "had", "will", "would", "not"}


def title_chain(words: list[str]) -> bool:
    """Are the words between an inverted verb and a name a title of 4-6 words ending in a role
    noun ("said Maryland-based product liability lawyer Jim Dunham", "said longtime GOP campaign
    strategist Rick Wilson", "said 9/11 widow Terry Strada": a date's slash is no
    clause's punctuation)? Three words or fewer pass in any case (the caller's rule); longer
    ones only as a chain of modifiers before a role, with no word that opens a clause."""
    return 3 < len(words) <= 6 and words[-1].lower() in load_role_nouns() and \
        not any(w.lower() in _NOT_IN_CHAIN or not w[:1].isalnum() and w != "/" for w in words)
