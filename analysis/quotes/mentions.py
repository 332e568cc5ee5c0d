"""Who is named where: the actor matcher and every referring expression of an article.

Why one matcher: quote attribution, actor counts and framing must agree on which words name whom.
Rules: aliases come from ``codebooks/actors.csv`` (loaded by :func:`analysis.codebooks.load_actors`);
matching is case-sensitive on a word's first letter (proper names), though later words of a
multi-word alias may be lower-case ("Russian foreign ministry"); accents are optional ("Guaido"
finds Guaidó); whole words only; where two aliases overlap, the one starting first and then the
longest wins ("U.S. State Department" is one mention, not "State Department" inside it).

References (:func:`find_refs`) add what a speaker may be called besides a codebook name: pronouns,
descriptions ("the ministry"; people and bodies by role noun, "the Florida senator", "three
economists": :mod:`.descriptions`, no apposition after a name; "a former senior law enforcement
official" and "her lawyers" as one reference each), place names standing for governments, unknown
personal names, "who". Which actor they stand for is :mod:`analysis.quotes.coreference`'s job.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import pandas as pd

from ..codebooks import ACTOR_COLUMNS, CodebookError, cached_by_file, load_actors, load_given_names
from ..text import CLAUSE_TOKEN, fold, literal_trie, word_alternation
from .descriptions import (AFTER_NAME, DESCRIPTION_PREFIX, find_descriptions, former_reference,
                           owned_people, plural_start)
from .marks import MASK
from .names import CONTRACTED_WORDS, HEAD_TITLES, Entity, find_names
from .words import (DETERMINERS, OBJECT_PRONOUNS, PLACE_NAMES, PREPOSITIONS, ROLE_WORDS,
                    SUBJECT_PRONOUNS, TIME_NOUNS, UNRESOLVED_PLURALS)

MENTION_COLUMNS = ["actor_id", "actor", "mention", "start", "end"]


def _split(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


def _check_aliases(actors: pd.DataFrame, source: str) -> None:
    """No alias (or name) may belong to two actors once accents are folded: the matcher could not
    tell them apart. Raises :class:`CodebookError` naming ``source`` and the line."""
    owner: dict[str, tuple[str, int]] = {}
    for row in actors.itertuples():
        for alias in _split(row.aliases) + [row.name]:
            key, line = fold(alias), getattr(row, "line", "?")
            if key in owner and owner[key][0] != row.id:
                raise CodebookError(f"{source}:{line}: alias '{alias}' also belongs to "
                                    f"'{owner[key][0]}' (line {owner[key][1]})")
            owner[key] = (row.id, line)


def _alias_pattern(alias: str) -> str:
    """Regex for one alias: first word exact, later capitalised words may be lower-case."""
    words = fold(alias).split()
    parts = []
    for i, word in enumerate(words):
        esc = re.escape(word)
        if i and word[0].isupper() and not word.isupper():
            esc = f"[{word[0]}{word[0].lower()}]" + re.escape(word[1:])
        parts.append(esc)
    return r"\s+".join(parts)


class ActorIndex:
    """Compiled alias and metonym patterns for one actor table; build once, match many texts."""

    def __init__(self, actors: pd.DataFrame, source: str = "actor table"):
        _check_aliases(actors, source)
        self.actors = actors.set_index("id", drop=False)
        self.names = dict(zip(actors["id"], actors["name"]))
        # Codebook rows as dicts, in table order and by id: per-article code reads them per hit.
        self.rows = actors.to_dict("records")
        self.records: dict[str, dict] = {}
        for row in self.rows:
            self.records.setdefault(row["id"], row)
        self.by_alias: dict[str, str] = {}
        self.by_metonym: dict[str, str] = {}
        for row in actors.itertuples():
            for alias in [row.name] + _split(row.aliases):
                self.by_alias.setdefault(fold(alias).lower(), row.id)
            for met in _split(getattr(row, "metonyms", "")):
                self.by_metonym.setdefault(fold(met).lower(), row.id)
        self._alias_re = self._compile(
            [(a, i) for row in actors.itertuples() for i, a in
             [(row.id, x) for x in [row.name] + _split(row.aliases)]])
        self._meto_re = self._compile(
            [(m, row.id) for row in actors.itertuples()
             for m in _split(getattr(row, "metonyms", ""))], metonym=True)

    def _compile(self, pairs, metonym=False):
        if not pairs:
            return None
        pats = sorted({_alias_pattern(a) for a, _ in pairs}, key=len, reverse=True)
        # A metonym is a noun standing for its government ("Washington said"), not a modifier
        # ("U.S. Secretary", "U.S.-Russia"): it may not be followed by a capitalised word or hyphen.
        tail = r"(?![\w-])(?!\s+[A-Z])" if metonym else r"(?!\w)"
        # A name ending in "." (U.S.) must not swallow a following word character either.
        # word_alternation instead of a leading look-behind: same matches, 0.38 s less CPU per
        # pass over PolNeAR's 924 articles (an export makes three: quotes, mentions, people).
        return re.compile(word_alternation(pats, r"[\w.-]") + tail)

    def lookup(self, mention: str) -> str:
        """Actor id for an exact alias, name or metonym (accents/case ignored); "" if unknown."""
        key = fold(" ".join(mention.split())).lower()
        return self.by_alias.get(key) or self.by_metonym.get(key, "")

    def find(self, text: str, metonyms: bool = False) -> pd.DataFrame:
        """Mentions in ``text`` as a DataFrame (see :func:`find_mentions`)."""
        cols = MENTION_COLUMNS + (["metonym"] if metonyms else [])
        return pd.DataFrame(self.find_rows(text, metonyms), columns=cols)

    def find_rows(self, text: str, metonyms: bool = False) -> list[tuple]:
        """:meth:`find` as plain tuples (actor_id, actor, mention, start, end[, metonym])."""
        folded = fold(text)
        rows = self._hits(self._alias_re, folded, text, False)
        if metonyms:
            rows += self._hits(self._meto_re, folded, text, True)
        # Longest match wins across aliases and metonyms too ("Moscow" inside a longer alias).
        rows.sort(key=lambda r: (r[3], -(r[4] - r[3])))
        kept, last_end = [], -1
        for r in rows:
            if r[3] >= last_end:
                kept.append(r)
                last_end = r[4]
        return [r if metonyms else r[:5] for r in kept]

    def _hits(self, regex, folded: str, text: str, is_meto: bool) -> list[tuple]:
        """Codebook hits of ``regex`` in the folded text, offsets and words as in ``text``."""
        found = []
        for m in (regex.finditer(folded) if regex is not None else ()):
            aid = self.lookup(m.group())
            if aid:
                found.append((aid, self.names[aid], text[m.start():m.end()], m.start(), m.end(),
                              is_meto))
        return found


@cached_by_file
def _codebook_index(path="actors.csv") -> ActorIndex:
    return ActorIndex(load_actors(path), str(path))


def actor_index(actors: pd.DataFrame | ActorIndex | None = None) -> ActorIndex:
    """The :class:`ActorIndex` of the actor codebook (None: built once, rebuilt when the file
    changes), of an actor table (built here: pass the index itself when calling per article), or
    an index passed in, returned as is."""
    if actors is None:
        return _codebook_index()
    if isinstance(actors, ActorIndex):
        return actors
    return ActorIndex(actors)


def find_mentions(text: str, actors: pd.DataFrame | ActorIndex | None = None,
                  metonyms: bool = False) -> pd.DataFrame:
    """Actors named in ``text``: DataFrame[actor_id, actor, mention, start, end], in text order.

    ``mention`` is the text as written (``text[start:end]``). With ``metonyms=True`` place names
    standing for a government ("Washington", "the U.S." as a noun) are added, flagged in an
    extra ``metonym`` column.
    """
    return actor_index(actors).find(text, metonyms=metonyms)


def resolve_actor(mention: str, actors: pd.DataFrame | ActorIndex | None = None) -> str:
    """Actor id for a name as written ("Riabkov", "Guaidó", "State Department"); "" if unknown.

    Exact alias first; else the actor of the longest alias found inside the string ("U.S.
    Secretary of State Mike Pompeo" -> pompeo).
    """
    index = actor_index(actors)
    aid = index.lookup(mention)
    if aid:
        return aid
    found = index.find(mention)
    if not len(found):
        return ""
    lengths = found["end"] - found["start"]
    return str(found.loc[lengths.idxmax(), "actor_id"])


def actor_record(actor_id: str, actors: pd.DataFrame | ActorIndex | None = None) -> dict:
    """The codebook row of ``actor_id`` as a dict (empty strings for an unknown id)."""
    index = actor_index(actors)
    if actor_id in index.actors.index:
        return index.actors.loc[actor_id].to_dict()
    return {c: "" for c in ACTOR_COLUMNS + ["gender", "metonyms"]}


# --- references in one article ------------------------------------------------------------------

def _capitalised_too(words: list[str]) -> list[str]:
    """Each word as it opens a sentence and as it runs on ("The", "the"): literal alternatives
    for :func:`~analysis.text.word_alternation`, which lets the engine skip to their first
    letters (a pattern opening with a look-behind and ``[Tt]`` is tried at every position)."""
    return [form for w in words for form in (w.capitalize(), w)]


# Determiner + up to three words + a role noun; pronouns; "who". Built with word_alternation:
# the three searches of every article went from 0.48 to 0.18 s on PolNeAR train+dev (924
# articles, quotations masked), same matches. A word between that ends a noun phrase (a
# conjunction, a verb with its object: "The mayor accused the union", "the city hostage while
# union leaders"), nor does a determiner ("denounced that the government": not "that the
# government"), a preposition ("the diplomat in statements": the head is "diplomat"; "her tenure
# as secretary" is no secretary) or an auxiliary ("his wife is president"); a noun phrase never
# runs over a paragraph's or sentence's end ("the press.\n\nThe minister", "the loan. Some state
# officials": a word with a stop is an initialism or short abbreviation, "U.S.", "Feb."). PolNeAR
# train: 102 such matches of 4144 cut or gone, 11 rows change, right speakers unchanged ("This group", "A
# representative for the brand" found; "her record as secretary" is "her"); dev content +1.
# The word lists as tries (text.literal_trie), not alternations: same matches, 0.03 ms less CPU
# per article.
_NOT_MODIFIER = (r"(?!" + literal_trie(["while", "when", "and", "but", "or", "because", "although",
                                         "though", "whereas", "whether", "if", "which", "who",
                                         "said", "says", "told", "the", "a", "an", "this", "that",
                                         "is", "was", "are", "were", "has", "have", "had",
                                         "will", "would", *PREPOSITIONS]) + r"\s)"
                 r"(?![a-z]+ed\s+(?:the|a|an|his|her|its|their)\s)")
_NOMINAL = re.compile(
    word_alternation(_capitalised_too(["the", "an", "a", "this", "that", "its", "his", "her",
                                       "their"])) + r"[^\S\n]+"
    r"((?:" + _NOT_MODIFIER + r"(?:[\w’'\-]+|(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.)[^\S\n]+){0,3})(" + literal_trie(ROLE_WORDS) +
    r")(?![\w])")
_PRONOUN = re.compile(word_alternation(_capitalised_too(["he", "she", "it", "they", "him", "her",
                                                         "them"])) +
                      r"(?!\w)(?!['’](?!(?<=[eEyY]['’])(?:s|d|ll|re|ve)(?!\w)))")   # ("he's", "they'd")
# "officials", "US officials": a look-ahead for the first characters, then the word-start
# look-behind (as text.word_alternation for many first characters: a look-behind alone gives the
# engine no first character to test), the plurals as a trie and the capitalised word read
# possessively (no space is a word character: giving some back never lets a space follow):
# 0.155 -> 0.12 s over PolNeAR's 924 masked articles, 0.11 -> 0.08 s over the synthetic 1k; this
# form 0.02 ms less per article than the word-start test after each first character. Same as
# (?<!\w)(?:[A-Z][\w.]*\s+)?(?:plurals)(?!\w): a capital can only open the capitalised word,
# a lower-case letter only a plural.
_PLURAL = re.compile(
    "(?=[A-Z" + "".join(sorted({w[0] for w in UNRESOLVED_PLURALS})) + r"])(?<!\w)(?:[A-Z][\w.]*+\s+"
    + literal_trie(UNRESOLVED_PLURALS) + "|" + literal_trie(UNRESOLVED_PLURALS) + r")(?!\w)")
_ROLE_AFTER_POSSESSIVE = re.compile(r"['’]s\s+((?:[\w\-]+\s+){0,2}?)(" + "|".join(
    sorted((re.escape(w) for w in ROLE_WORDS - {"latter", "former"}), key=len, reverse=True))
    + r")(?![\w])")
# not "Christie's been making the case": 's is "has" or "is" there (names.CONTRACTED_WORDS)
_POSSESSIVE_MARK = re.compile(r"['’]s?(?!\w)(?!\s+" + CONTRACTED_WORDS + ")")

@dataclass
class Ref:
    """A referring expression outside quotation marks: a name, pronoun or description."""
    start: int
    end: int
    text: str
    kind: str  # actor | metonym | pronoun | nominal | name | plural | who | description
    actor_id: str = ""
    oblique: bool = False
    possessive: bool = False
    head: str = ""
    entity: Entity | None = None   # kind "name": the person or body the text names


# Lower-case words that may still sit inside a noun phrase before a name ("the former minister
# X"): built once here, not per reference.
_PHRASE_WORDS = frozenset(ROLE_WORDS | PREPOSITIONS | DETERMINERS |
                          {"senior", "former", "deputy", "foreign"})
_CLAUSE_PUNCT = re.compile(r"[,;:()]")
_WHO = re.compile(word_alternation(["who"]) + r"(?![\w])")
_CAPITALISED = re.compile(r"(?<![\w.'’-])[A-Z][\w'’\-]+(?![\w'’-])")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ean)")


def _is_oblique(masked, start, lo, place: bool = False, person: bool = False):
    """Is the reference at ``start`` governed by a preposition ("with his counterpart X", "by
    Washington")? Looks back four words within the clause; an "of"/"for" inside a capitalised
    title or name ("Secretary of State Mike Pompeo", "Centers for Disease Control Director Tom
    Frieden") does not count, unless it governs a ``place`` ("Senator John Cornyn of Texas")
    or, right after a head title, anything but a ``person`` ("the MP for Birkenhead", "the
    Minister for Europe"; not "Secretary of State John Kerry", a name split at "of").

    Reads the last :data:`_LOOK_BACK` characters of the clause, from a space on (tokens never
    hold one, so they come out as from the clause's start), and the whole clause only when those
    hold fewer than four tokens: a sentence of thousands of references stays linear (issue 17)."""
    near = masked.find(" ", start - _LOOK_BACK, start) if start - lo > _LOOK_BACK else -1
    if near > lo:
        found = _oblique_in(masked[near + 1:start], place=place, person=person)
        if found is not None:
            return found
    return bool(_oblique_in(masked[lo:start], whole=True, place=place, person=person))


_LOOK_BACK = 200
_TITLE_HEADS = {"speaker", "secretary", "minister", "chairman", "chairwoman", "chair", "director",
                "president", "governor", "commissioner", "chief", "head", "leader"}


def _oblique_in(chunk: str, whole: bool = False, place: bool = False,
                person: bool = False) -> bool | None:
    """:func:`_is_oblique` on the end of a clause; None when that end holds fewer than four
    tokens after its last clause mark (unless it is the ``whole`` clause). A dash set off by
    spaces is a clause mark too ("optimism about working together – Ryan saying", "- with any
    text ignored - Mr. Biden assured": PolNeAR train 6 rows, 3 to the right speaker, none worse)."""
    if chunk.rstrip().endswith("("):
        return True  # "(Xinhua)"
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"), chunk.rfind("("),
              chunk.rfind(MASK), chunk.rfind(" – "), chunk.rfind(" — "), chunk.rfind(" - "))
    raw = CLAUSE_TOKEN.findall(chunk, cut + 1)[-4:]
    if len(raw) < 4 and cut < 0 and not whole:
        return None
    if raw and raw[-1][:1].islower() and raw[-1].lower() not in _PHRASE_WORDS:
        return False  # "In that conversation Pompeo accused": the phrase ended before the name
    for k in range(len(raw) - 1, -1, -1):
        w = raw[k].lower()
        if w in TIME_NOUNS:
            return False  # "On Thursday Mr Blair said": the phrase ended with its time word
        if w in PREPOSITIONS and w != "as":
            # "Speaker of the House X": a title's head before "of the" (not "X of the Y Institute")
            after = k + 2 if raw[k + 1:k + 2] == ["the"] and k > 0 and \
                raw[k - 1].lower() in _TITLE_HEADS else k + 1
            if w in ("of", "for") and k > 0 and raw[k - 1][:1].isupper() and \
                    (raw[after][:1].isupper() if after < len(raw) else
                     not place and (person or raw[k - 1] not in HEAD_TITLES)):
                continue   # "Chief of Staff Denis McDonough", "Speaker of the House Paul Ryan",
                #            not "Ted Cruz of Texas" nor "the MP for Birkenhead" (a title's
                #            complement is no subject)
            if w in ("for", "to") and k > 0 and raw[k - 1].lower() == "as":
                return False   # "As for Trump, he said": the topic, no oblique
            return True
    return False


def find_refs(text, masked, index, sentences, verb_regex=None):
    """Every referring expression outside quotations, in text order. Earlier kinds take their
    characters first (codebook names, then descriptions, metonyms, plurals); pronouns, "who"
    and unknown names only where nothing took them."""
    starts = [s for s, _ in sentences]

    def sent_lo(pos):
        k = bisect_right(starts, pos)
        return starts[k - 1] if k else 0

    refs: list[Ref] = []
    occupied = bytearray(len(text))   # 1 where a reference already took the character

    def take(s, e):
        occupied[s:e] = b"\x01" * (e - s)

    def free(s, e):
        return occupied.find(1, s, e) < 0

    mentions = [m for m in index.find_rows(text, metonyms=True) if MASK not in masked[m[3]:m[4]]]
    for actor_id, _, mention, start, end, metonym in mentions:
        if not metonym:
            refs.append(Ref(start, end, mention, "actor", actor_id))
            take(start, end)
    for m in _NOMINAL.finditer(masked):
        s, e = m.span()
        if m.group(2) in ("former", "latter"):
            phrase = former_reference(masked, m, verb_regex, ROLE_WORDS - {"former", "latter"})
            if phrase is not None:   # "a former senior law enforcement official": an adjective
                if phrase and free(phrase[0], phrase[1]):
                    refs.append(Ref(phrase[0], phrase[1], text[phrase[0]:phrase[1]], phrase[2],
                                    phrase[4].id if phrase[4] else "", head=phrase[3],
                                    entity=phrase[4]))
                    take(phrase[0], phrase[1])
                continue
        if m.group(2).endswith("s") and masked[s:s + 5].lower() in ("that ", "this "):
            continue   # "a plan that officials said": a relative pronoun, no determiner
        if free(s, e) and not _CLAUSE_PUNCT.search(m.group()):
            refs.append(Ref(s, e, text[s:e], "nominal", head=m.group(2).lower()))
            take(s, e)
    for s, e in owned_people(masked):   # "her lawyers": no "her" of their own
        if free(s, e):
            refs.append(Ref(s, e, text[s:e], "plural"))
            take(s, e)
    for actor_id, _, mention, start, end, metonym in mentions:
        # "the US president" is a description, not Washington
        if metonym and free(start, end):
            refs.append(Ref(start, end, mention, "metonym", actor_id))
            take(start, end)
    for m in _PLURAL.finditer(masked):
        if free(*m.span()):
            s = plural_start(masked, m.start(), free) if m.group()[0].isupper() else m.start()
            refs.append(Ref(s, m.end(), text[s:m.end()], "plural"))
            take(s, m.end())
    for m in _PRONOUN.finditer(masked):
        if free(*m.span()):
            refs.append(Ref(m.start(), m.end(), m.group(), "pronoun", head=m.group().lower()))
    for m in _WHO.finditer(masked):
        refs.append(Ref(m.start(), m.end(), "who", "who"))
    for ref in _surname_refs(masked, refs, index):
        if free(ref.start, ref.end):
            refs.append(ref)
            take(ref.start, ref.end)
    for s, e, head, ent in find_descriptions(masked):
        # before names ("The Florida senator" is no "Florida"); an apposition ("Donald Trump,
        # the presumptive nominee,") is the name's role, no referent of its own
        if free(s, e) and not AFTER_NAME.search(masked, max(0, s - 40), s):
            ent.id = DESCRIPTION_PREFIX + str(s)
            refs.append(Ref(s, e, text[s:e], "description", ent.id, head=head, entity=ent))
            take(s, e)
    names = find_names(text, masked, verb_regex or _NO_VERB, lambda a, b: not free(a, b),
                       index.lookup, set(starts))
    for s, e, mention, ent in names:
        if ent.kind == "group" and not ent.id.startswith(DESCRIPTION_PREFIX):
            ent.id = DESCRIPTION_PREFIX + ent.id   # "Netizens said": a "they", with no id written
        refs.append(Ref(s, e, mention, "name", ent.id, entity=ent))
        take(s, e)
    refs = _with_roles(text, masked, refs)
    for r in refs:
        lo = sent_lo(r.start)
        place = r.text in PLACE_NAMES or r.entity is not None and r.entity.kind == "place"
        person = r.entity is not None and r.entity.kind == "person"
        r.oblique = r.head in OBJECT_PRONOUNS or not (
            r.kind == "pronoun" and r.head in SUBJECT_PRONOUNS) and \
            _is_oblique(masked, r.start, lo, place, person) and \
            not _opens_clause(masked, r, verb_regex)
        r.possessive = r.kind != "pronoun" and bool(_POSSESSIVE_MARK.match(masked, r.end, r.end + 24))
    refs.sort(key=lambda r: r.start)
    return refs


_NO_VERB = re.compile(r"(?!)")   # no verb matcher given: lone names need a title
_CONJUNCTION_BEFORE = re.compile(r"\b(?:after|before|since|until)\s+(?:[\w'’.\-]+\s+){0,4}$")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’]*)(?![\w-])")


def _opens_clause(masked, ref, verb_regex) -> bool:
    """"a day after opposition leader Juan Guaido said", "after Obama called them 'fat cats'": a
    reference right before a reporting verb or a past form in -ed, after "after" / "before" /
    "since" / "until", is the subject of the clause they open, not their object: a subject for
    attribution and for coreference alike. Any verb measured worse (PolNeAR train: 4 more wrong
    pronoun speakers; a subordinate clause's subject then outranks earlier subjects)."""
    m = _NEXT_WORD.match(masked, ref.end)
    return m is not None and (m.group(1).endswith("ed") or verb_regex is not None and
                              verb_regex.match(masked, m.start(1)) is not None) and \
        _CONJUNCTION_BEFORE.search(masked, max(0, ref.start - 60), ref.start) is not None




# a given name right before a surname ("Jorge Rodriguez ... Bruno Rodriguez"): another person
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")


def _surname_refs(masked, refs, index):
    """A surname alone names an actor already mentioned in full ("Leopoldo Lopez ... Lopez
    said"): actor references for such surnames after the first full mention. A person's first
    word that is no given name is a surname too: the family name first ("Geng Shuang ... Geng
    told reporters", "Xi Jinping ... Xi"); not after another given name ("Jorge Rodriguez ...
    Cuban Foreign Minister Bruno Rodriguez": a namesake)."""
    surnames, given = {}, load_given_names()
    for r in sorted(refs, key=lambda r: r.start):
        if r.kind == "actor":
            words = fold(index.names[r.actor_id]).split()
            surnames.setdefault(words[-1], (r.start, r.actor_id))
            if len(words) > 1 and (index.records.get(r.actor_id) or {}).get("type") == "person" \
                    and words[0] not in given and len(words[0]) > 1:
                surnames.setdefault(words[0], (r.start, r.actor_id))
    if not surnames:
        return []
    # Look for the few surnames (accents folded) rather than at every capitalised word; a hit
    # counts when the capitalised word there is exactly the surname.
    folded = fold(masked)
    found = []
    for last, (first, actor_id) in surnames.items():
        own = fold(index.names[actor_id]).split()[0]
        at = folded.find(last, first + 1)
        while at >= 0:
            m = _CAPITALISED.match(masked, at)
            before = _GIVEN_BEFORE.search(masked, max(0, at - 30), at)
            if m and m.end() - at == len(last) and not (
                    before and before.group(1) in given and fold(before.group(1)) != own):
                found.append(Ref(at, m.end(), m.group(), "actor", actor_id))
            at = folded.find(last, at + 1)
    return sorted(found, key=lambda r: r.start)


def _with_roles(text, masked, refs):
    """``refs`` with an actor's possessed role joined to it: "the Kremlin's spokesman",
    "Maduro's government" (the possessor speaks through its role)."""
    extended, starts = [], sorted(o.start for o in refs)
    for r in refs:
        m = _ROLE_AFTER_POSSESSIVE.match(masked, r.end) if r.kind in ("actor", "metonym") else None
        # another ref starting in [r.end, m.end()): counted by bisection, r itself left out
        inside = m and bisect_left(starts, m.end()) - bisect_left(starts, r.end) - \
            (r.end <= r.start < m.end())
        if m and not inside:
            extended.append(Ref(r.start, m.end(), text[r.start:m.end()], "actor", r.actor_id))
        else:
            extended.append(r)
    return extended


def _is_demonym(word):
    """Is ``word`` a demonym or a possessive ("Venezuelan", "Chinese", "Russia's"), i.e. not part
    of the name after it?"""
    return bool(_DEMONYM.fullmatch(word)) or word.endswith(
        ("'s", "’s"))
