"""Descriptions of people and bodies: "the Florida senator", "a woman", "three economists",
"the company".

Why: news names a speaker by a description as often as by a name, and a later "she" or "they"
or "it" points to that description ("said the woman, who ... 'I'm scared,' she said"; "Farm
groups ... said they feared"; "The company ... it said"). Without the description as a mention,
the pronoun took the nearest NAME of the right gender, often another person.

Rules (the shape of an English noun phrase, after the mention detection of rule-based
coreference, e.g. Lee et al. 2013's Stanford sieve; no parser):

- a description is a determiner or number ("the", "a", "one", "another", "three", "some",
  "several", ...), up to three modifiers that are no function word ("Florida",
  "presidential"), then a head noun: a role noun of ``codebooks/role_nouns.csv`` (person, with
  the gender it marks) or a body noun (:data:`BODY_NOUNS`: "company", "campaign"), singular or
  plural ("economists", "women"); not followed by a capitalised word (then it is a title before
  a name: "the economist Jared Bernstein") nor by a quotation; a head noun right before another
  is a modifier of it (a noun compound is named by its last noun: "the student newspaper" is a
  newspaper, "a committee aide" an aide; PolNeAR train: 17 rows change, 14 read better, 2 worse
  where the longer head then takes a wrong antecedent, "the billionaire developer");
- words other references already took are no description (codebook names, "the ministry" and
  the other descriptions of :data:`analysis.quotes.words.ROLE_WORDS` keep their own rules);
- a definite singular person description ("the senator", "the Ohio governor") stands for the
  latest earlier name the text gave that role or title ("Sen. Marco Rubio", "Gov. John Kasich",
  "Bette Midler, the singer") or, for a newcomer's noun only, the latest indefinite one ("One
  woman ... said the woman"; "one candidate" is no antecedent of "the candidate", which
  :mod:`.coreference` takes to the nearest person): :func:`described_entity`; any other
  (indefinite: "a woman"; plural: "some economists"; a role no name had) is a new referent of
  its own, spoken for by its own words with no id (never a guessed name).

Where it fails: a description with a relative or prepositional modifier is cut at the head ("a
professor at Yale" is "a professor"); bare plurals with no determiner ("Farm groups said") are
not found here (the attribution rules still take them as subjects, but no "they" reaches them);
a definite description of a person the text named without the role ("Marco Rubio ... the
senator") stays the description; metaphors ("the architect of the plan") count as people.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..codebooks import cached_by_file, load_role_nouns
from ..text import literal_trie, word_alternation
from .marks import MASK
from .names import Entity
from .words import DETERMINERS, FINITE_AUX, MONTHS, PREPOSITIONS, TIME_NOUNS, UNRESOLVED_PLURALS

#: The id prefix of a description's own referent (never written to a table: its speaker_id is "").
DESCRIPTION_PREFIX = "description:"

#: Head nouns of descriptions of bodies ("the company ... it said").
BODY_NOUNS = {"company", "firm", "campaign", "committee", "newspaper", "network", "court",
              "bank", "university", "school", "church", "team", "magazine", "station", "board",
              "panel", "coalition", "corporation", "nonprofit", "charity", "institute",
              "think tank", "super pac", "pac", "website"}
#: People described by what anyone may be, or by the trade of those who comment on the news,
#: rather than by a public role: "said the woman", "the columnist suggested" often introduce
#: them, so such a definite description is not taken back to an earlier name.
NEWCOMER_NOUNS = {"woman", "man", "person", "mom", "dad", "mother", "father", "voter",
                  "resident", "worker", "protester", "demonstrator", "parent", "attendee",
                  "witness", "student", "supporter", "veteran", "daughter", "son", "sister",
                  "husband", "wife", "widow", "teacher", "columnist", "writer", "analyst",
                  "reporter", "journalist", "strategist", "economist", "expert", "professor",
                  "researcher", "scholar", "scientist", "pollster", "commentator", "consultant",
                  "lawyer", "attorney", "author", "editor", "correspondent", "host", "anchor",
                  "aide", "adviser", "advisor", "organizer", "activist", "lobbyist", "donor",
                  "delegate", "officer", "owner", "member"}
_IRREGULAR = {"woman": "women", "man": "men", "businessman": "businessmen",
              "businesswoman": "businesswomen", "congressman": "congressmen",
              "congresswoman": "congresswomen", "chairman": "chairmen", "spokesman": "spokesmen",
              "spokeswoman": "spokeswomen", "councilman": "councilmen", "child": "children",
              "person": "people"}
_DEFINITE = {"the", "these", "those"}
_SINGULAR = {"the", "a", "an", "one", "another"}
_PLURAL = {"the", "these", "those", "some", "many", "several", "other", "few", "most", "both",
           "all", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "dozens of", "hundreds of"}
# The determiner: a look-ahead for its first character (capitals spelt out: a scoped (?i:) was
# slower), the look-behind for a word's start, then the determiners as a trie (text.literal_trie).
# Why: a pattern opening with a look-behind alone gives the engine no first character to test
# (as text.after_non_word says), so it was tried in full at every position of the text. Same
# matches, same order; with the head nouns grouped by their first letter (then a grouped alternation),
# the search over PolNeAR's 924 masked articles went 0.50 -> 0.30 s CPU, synthetic 1k 0.33 -> 0.19 s;
# with the head nouns, non-modifiers and determiners as tries, 0.1 ms less per article again.
_DETERMINER_WORDS = sorted(_SINGULAR | _PLURAL)
_DETERMINERS = ("(?=[" + "".join(sorted({c for w in _DETERMINER_WORDS for c in (w[0].upper(), w[0])}))
                + r"\d])(?<![\w’'-])(?:"
                + literal_trie(_DETERMINER_WORDS + [w.capitalize() for w in _DETERMINER_WORDS])
                + r"|\d[\d,]*)")
_NOT_MODIFIER = ("the|a|an|this|that|these|those|who|whom|which|and|or|but|of|to|in|on|for|"
                 "with|by|at|from|as|is|was|are|were|be|been|has|had|have|said|says|told|not|"
                 "his|her|its|their|he|she|it|they|we|i|you|some|many|several|other|few|most|"
                 "all|both|between|among|over|about|against|into|through|after|before|like|"
                 "than|under|during|without|within|if|when|while|because")


@cached_by_file
def _pattern(path="role_nouns.csv"):
    """The description pattern and head -> (kind, gender) for the role-noun codebook (built
    once per codebook file, not per article)."""
    heads = {noun: ("person", g) for noun, g in load_role_nouns(path).items()}
    heads.update({n: ("body", "") for n in BODY_NOUNS})
    forms = {}
    for noun, info in heads.items():
        first, of, rest = noun.partition(" of ")   # "heads of state": the first noun takes the plural
        plural = _IRREGULAR.get(first, first + ("es" if first.endswith(("s", "ch", "sh")) else "s"))
        for last in {rest, rest.capitalize()}:   # ("the head of State", as translated copy writes it)
            forms[first + of + last] = (noun, False)
            forms[plural + of + last] = (noun, True)
    heads_alt = literal_trie(forms)
    regex = re.compile(
        r"(?P<det>" + _DETERMINERS + r")[ \t]+"
        r"(?P<mods>(?:(?!" + literal_trie(_NOT_MODIFIER.split("|")) + r"[ \t])[\w’'\-]+[ \t]+)"
        r"{0,3}?)(?P<head>" + heads_alt + r")(?![\w’'-])(?!\s+[A-Z])(?!\s*" + MASK + ")"
        r"(?![ \t]+(?:" + heads_alt + r")(?![\w’'-]))")
    return regex, forms, heads


@cached_by_file
def _owned_pattern(path="role_nouns.csv"):
    """"her lawyers", "her aide": "her" and a person's role noun (singular or plural) or an
    unnamed group (:data:`.words.UNRESOLVED_PLURALS`); not after "of" ("many of her aides" stays
    the subject phrase), nor before a name ("her lawyer Tom Kline", "Her father, Brad,")."""
    forms = [f for f, (noun, _) in _pattern(path)[1].items() if noun not in BODY_NOUNS]
    # word_alternation: the pattern opens with the letters the engine skips ahead to
    return re.compile(word_alternation(["Her", "her"], r"[\w’'-]") + r"(?<!\bof her)[ \t]+" +
                      literal_trie(sorted(set(forms) | UNRESOLVED_PLURALS)) +
                      r"(?![\w’'-])(?![ \t]+[A-Z])(?!,[ \t]+[A-Z])")


def owned_people(masked: str):
    """Spans of people named by whose they are ("according to her lawyers", "her aides said"):
    one reference each, speaking for themselves (no id), never the woman "her" names. Why here:
    "according to" and the verb frames each rebuilt the phrase from the pronoun (session 27's
    her_people). "his aides", "their spokesman" have no pronoun to lose and stay phrases as
    before; taking them too measured worse (PolNeAR train -1 right: "many of his supporters",
    "his wife, ... Huma Abedin," lost to the phrase). PolNeAR train: 7 rows change, 4 read better
    ("Her advisers and allies say": no longer "allies"; "her sister, who had given speeches"),
    2 worse (a term in marks after "her husband" given to him; "her surrogates for chastising
    young women who support": the surrogates); right speakers +1; dev unchanged."""
    return ((m.start(), m.end()) for m in _owned_pattern().finditer(masked))


def find_descriptions(masked: str) -> list[tuple]:
    """Descriptions in ``masked``: (start, end, head noun, Entity) in text order; the Entity
    (id "", filled in by the caller) carries kind, gender, number and whether it is definite
    (``roles`` holds "definite")."""
    regex, forms, heads = _pattern()
    out = []
    for m in regex.finditer(masked):
        form = m.group("head").lower()
        if form not in forms or MASK in m.group():
            continue
        noun, plural = forms[form]
        kind, gender = heads[noun]
        det = m.group("det").lower()
        if det not in (_PLURAL if plural else _SINGULAR) and not (plural and det[0].isdigit()):
            continue   # "other secretary", "a women": no noun phrase of English
        ent = Entity(m.group(), "", kind, "" if plural else gender, plural=plural)
        if det in _DEFINITE and not plural:
            ent.roles.add("definite")
        out.append((m.start(), m.end(), noun, ent))
    return out


#: References looked back over for the name a definite description stands for (bounded: a text
#: of thousands of "the senator" stays linear).
LOOK_BACK_REFS = 300


def described_entity(art, ref) -> str:
    """The id of the name "the senator" stands for: the latest earlier name the text gave that
    role or title; "" for an indefinite or plural description or when no name had the role."""
    ent = ref.entity
    if ent is None or "definite" not in ent.roles or ent.kind != "person":
        return ""
    k = bisect_left(art.ref_starts, ref.start)
    for r in reversed(art.refs[max(0, k - LOOK_BACK_REFS):k]):
        if r.kind == "description" and r.head == ref.head and r.entity is not None and \
                "definite" not in r.entity.roles and not r.entity.plural and \
                ref.head in NEWCOMER_NOUNS:
            # "One woman adopted from Iran ... said the woman"; not a public role ("one
            # candidate ... Trump ... the candidate said": Trump, the nearest person)
            return r.actor_id
        named = art.entities.get(r.actor_id) if r.kind == "name" else None
        if named is not None and ref.head in named.roles and not party_clash(art, named.id,
                                                                             ref.text):
            return named.id
    return ""


_PARTY_OF = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D"}
# a party word before a name's role ("Democratic presidential candidate Hillary Clinton") or
# opening its apposition ("Hillary Clinton, the Democratic nominee,")
_PARTY_BEFORE = re.compile(r"\b(Republican|Democratic|Democrat|GOP)\s+(?:[a-z][\w-]*\s+){0,2}$")
_PARTY_AFTER = re.compile(r",\s+(?:the|a)\s+(Republican|Democratic|Democrat|GOP)\b")


def party_clash(art, aid, description: str) -> bool:
    """Does ``description`` name one party ("the Republican presidential candidate") and the
    text or codebook give ``aid`` the other ("Democratic presidential candidate Hillary
    Clinton", "Clinton, the Democratic nominee,")? Then the description is not that person.
    Why: the latest person with the role was taken with no party check (a Republican's words
    went to the Democrat named last)."""
    want = {_PARTY_OF[w] for w in description.lower().split() if w in _PARTY_OF}
    if len(want) != 1:
        return False
    ent, rec = art.entities.get(aid), art.index.records.get(aid)
    words = set(ent.roles if ent else ()) | set(re.findall(r"[a-z]+", (rec or {}).get(
        "affiliation", "").lower()))
    for r in art.refs:
        if r.actor_id == aid and r.kind in ("name", "actor"):
            m = _PARTY_BEFORE.search(art.masked, max(0, r.start - 40), r.start) or \
                _PARTY_AFTER.match(art.masked, r.end)
            words |= {m.group(1).lower()} if m else set()
    have = {_PARTY_OF[w] for w in words if w in _PARTY_OF}
    return bool(have) and want.isdisjoint(have)


# capitalised words right before a plural's capitalised modifier ("White | House officials")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w.&’'\-]*[ \t]+){1,3}$")


def plural_start(masked, start, free):
    """Where a plural with a capitalised modifier starts when more capitalised words modify it
    ("White House officials", "State Department officials": not "House officials"): back over
    up to three capitalised words no other reference took, stopping at a function or time word
    ("On Monday Pentagon officials", "But Trump aides")."""
    m = _CAPITALISED_BEFORE.search(masked, max(0, start - 60), start)
    if not m:
        return start
    s = start
    for w in reversed(list(re.finditer(r"\S+", m.group()))):
        word = w.group()
        low = word.lower().rstrip(".")
        if low in _NOT_PLURAL_MODIFIERS or low in TIME_NOUNS or low in MONTHS or \
                low in PREPOSITIONS or \
                low in DETERMINERS or word.endswith((".", "’s", "'s")) and low not in ("u.s", "u.n") \
                or not free(m.start() + w.start(), m.start() + w.end()):
            break
        s = m.start() + w.start()
    return s


_NOT_PLURAL_MODIFIERS = {"but", "and", "or", "so", "yet", "as", "when", "while", "if", "then",
                         "still", "now", "meanwhile", "some", "many", "most", "other", "all",
                         "both", "several", "few", "more", "top", "senior"}   # days, months: words


# One word of a noun phrase after "former": an initialism ("C.I.A.", "U.S.") or a plain word.
_RUN_WORD = re.compile(r"[^\S\n]+((?:[A-Z]\.)+|[\w’'\-]+)")
_RUN_STOPS = frozenset(_NOT_MODIFIER.split("|")) | FINITE_AUX | {"says", "said", "told", "who's"}
_RUN_MAX = 6
# a noun for a doer ("speechwriter", "spymaster", "lobbyist"): a person even alone after "former"
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent)$")


def former_reference(masked, m, verb_regex, role_words):
    """The reference a ``mentions._NOMINAL`` match ``m`` whose head is "former" or "latter"
    stands for: (start, end, kind, head, Entity) of :func:`former_phrase`, "" for none, None for
    the match as before ("the former" alone; "a super PAC backing former Gov. X": "a super
    PAC"). The phrase starts at a determiner inside ("that his former rival"); one set beside a
    name is its role ("Trump, a former reality star,")."""
    start, at = m.start(), m.start(1)
    for word in m.group(1).split():
        at = masked.index(word, at)
        if word.lower() in _OPENERS:
            start = at
        at += len(word)
    the = masked[start:start + 4].lower() == "the "
    found = former_phrase(masked, start, m.end(), the, the and m.start(2) == start + 4,
                          verb_regex, role_words)
    if not found:
        return None if found == "" and start == m.start() and m.group(1) else found
    end, kind, head, ent = found
    if AFTER_NAME.search(masked, max(0, start - 40), start):
        return ""
    if kind == "description":
        ent.id = DESCRIPTION_PREFIX + str(start)
    return start, end, kind, head, ent


_OPENERS = {"his", "her", "their", "its", "the", "a", "an"}
#: a name and the comma of its apposition ("Donald Trump, | the nominee,"): what follows is the
#: name's role, no referent of its own
AFTER_NAME = re.compile(r"[A-Z][\w.’'\-]*,[ \t]+$")


def former_phrase(masked, start, end, definite, alone, verb_regex=None, role_words=frozenset()):
    """"a former senior law enforcement official", "his former campaign manager", "the former
    three-term governor": where "former" (or "latter") is an adjective, the noun phrase it opens
    as (end, kind, head, Entity): kind "nominal" for a head of ``role_words`` ("official"),
    "description" for any other lower-case singular head (the codebook's role nouns and
    :data:`BODY_NOUNS` with their gender, else an unknown person: "a former East German
    spymaster"). "" when no such phrase follows: nothing there is a reference ("former Secretary
    of State Hillary Clinton": a title before a name; "a former liberal who"'s head is lower case
    and stays). None where "the former" may stand ``alone`` (no modifier before it) and no role
    or body noun heads what follows ("the former said", "the former radio host": as before).

    Why: "a former" was taken for "the former" whenever the phrase held more than three
    modifiers or no role word, and spoke for the first person of its sentence. PolNeAR train:
    22 rows changed, 19 read better ("a former Republican committee staffer", "said Edward
    G. Rendell, a former Pennsylvania governor": Rendell, no longer Mrs. Clinton), none worse;
    right speakers 7293 of 8092 matched -> 7293 of 8091 (one wrong row left unmatched)."""
    words, ends, pos = [], [], end
    while len(words) < _RUN_MAX:
        m = _RUN_WORD.match(masked, pos)
        low = m.group(1).lower() if m else ""
        if not m or low in _RUN_STOPS or low.endswith("ed") and words or \
                verb_regex is not None and words and verb_regex.fullmatch(low):
            break
        if words and m.group(1)[0].isupper() and (words[-1].lower() in _pattern()[1] or
                                                   words[-1].lower() in role_words):
            return ""   # "the former economist Jared Bernstein": a title before a name
        words.append(m.group(1))
        pos = m.end()
        ends.append(pos)
        if masked[pos:pos + 1] not in (" ", "\t"):
            break   # a stop, comma, dash or quotation ends the phrase
    else:
        return ""   # no end in sight: no noun phrase of ours
    if not words:
        return None if alone else ""
    regex, forms, heads = _pattern()
    # the phrase's head: its last word, unless that is unknown and ends in -s (a verb: "the
    # former Florida governor loves"), then its last role, role or body noun
    for k in range(len(words), 0, -1):
        last, two = words[k - 1].lower(), " ".join(words[max(0, k - 2):k]).lower()
        head = two if two in role_words else last if last in role_words else ""
        form = two if two in forms else last if last in forms else ""
        if head or form or k == len(words) and not (last.endswith("s") and last[-2:] != "ss"):
            break
    pos = ends[k - 1]
    if not words[k - 1][0].islower() and not words[k - 1].rsplit("-", 1)[-1].islower():
        return ""   # "former Secretary of State", "a former Republican": a title or a name
    if head:
        return pos, "nominal", head, None
    if form:
        noun, plural = forms[form]
        kind, gender = heads[noun]
        ent = Entity(masked[start:pos], "", kind, "" if plural else gender, plural=plural)
        if definite and not plural:
            ent.roles.add("definite")
        return pos, "description", noun, ent
    if alone:
        return None
    if k < 2 and not _AGENT.search(last) or not last.replace("-", "").isalpha():
        return ""   # "a former liberal who": an adjective for a noun ("her former boss" too)
    return pos, "description", last, Entity(masked[start:pos], "", "person", "")
