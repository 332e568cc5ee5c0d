"""One article as the attribution rules read it: text, masked text, sentences, references, verbs.

Why one object: every rule asks the same questions of an article (which references or reporting
verbs start in this span, which sentence holds this offset, whom has this reference been resolved
to); building the answers once per article, sorted for bisection, keeps each question cheap.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..text import (SENTENCE_DATELINE, SentenceIndex, after_non_word, paragraph_spans, quote_spans,
                    sentence_spans, word_alternation)
from .marks import mask
from .mentions import ActorIndex, find_refs
from .object_limits import NOUN_SETTING
from .verbs import VerbTable, find_verb_hits



@dataclass
class Article:
    text: str
    masked: str            # text with every quotation masked (analysis.quotes.marks.mask)
    sentences: list        # (start, end), in text order
    paragraphs: list       # (start, end)
    quotes: list           # (open, close) quotation-mark pairs
    refs: list             # Ref, sorted by start
    index: ActorIndex
    verbs: VerbTable
    verb_hits: list = field(default_factory=list)
    entities: dict = field(default_factory=dict)  # name id -> names.Entity (names the text gives)
    resolved: dict = field(default_factory=dict)  # ref.start -> Speaker
    history: list = field(default_factory=list)  # (position, Speaker) of attributed rows
    post_verbs: set = field(default_factory=set)  # verbs that attribute a preceding quotation
    starts: list = field(default_factory=list)  # sentence starts, for bisect
    bounds: list = field(default_factory=list)  # each sentence's (start after a dateline, end)
    ref_starts: list = field(default_factory=list)  # starts of refs (sorted), for bisect
    verb_starts: list = field(default_factory=list)  # starts of verb_hits, for bisect
    chain_depth: int = 0   # pronouns being resolved through a chain (coreference.candidates)
    not_persons: set = field(default_factory=set)  # name ids written "the X": no he/she

    def __post_init__(self):
        self.starts = [s for s, _ in self.sentences]
        # asked ~3 times a sentence (every quotation, verb and reference looks up its own)
        self.bounds = [_after_dateline(self.masked, lo, hi) for lo, hi in self.sentences]


_GLUED_DASH = re.compile(r"(?<=\n)-(?=[A-Z])")


def read_article(text: str, sentences, index: ActorIndex, verbs: VerbTable) -> Article:
    """The :class:`Article` of ``text``; ``sentences``: its sentence rows (dicts or a DataFrame
    with start, end), or None to split each paragraph here."""
    paragraphs = paragraph_spans(text)
    sents = _sentence_list(text, sentences, paragraphs)
    quotes = quote_spans(text)
    # a paragraph opening with a hyphen glued to a name ("-President Obama, tweeting"): read as
    # a dash, so the name is found (a hyphen glued to a word joins words: "anti-Trump")
    masked = mask(text, quotes)
    if "\n-" in text:
        masked = _GLUED_DASH.sub("—", masked)
    # the horizontal bar some outlets print as their dash ("WASHINGTON ― ", "― aside ―") is read
    # as the em dash by every rule, not only by those that list it
    masked = masked.replace("―", "—")
    art = Article(text, masked, sents, paragraphs, quotes, [], index, verbs)
    art.refs = find_refs(text, masked, index, sents, verbs.regex)
    art.entities = {r.actor_id: r.entity for r in art.refs if r.entity is not None}
    art.not_persons = _determined_names(masked, art.entities)
    _own_its_bodies(masked, art.entities)
    art.ref_starts = [r.start for r in art.refs]
    art.verb_hits = find_verb_hits(masked, art.refs, verbs)
    art.verb_starts = [h[0] for h in art.verb_hits]
    return art


#: "the X" ended by punctuation or a verb ("the Scarborough Shoal, an atoll", "the so-called
#: Islamic State,", "The Islamic State asserted"): a person's name never takes "the" this way.
#: The word start is tested after the "T" (text.after_non_word), not by a leading \b: same
#: matches, 0.05 ms less CPU per article.
_THE_NAME = re.compile(after_non_word("[Tt]") + r"he\s+(?:so-called\s+)?"
                       r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                       r"(?=\s*[,;:)]|\.\s|\s+(?:has|had|is|was|were|are|said|says|would|will|"
                       r"could|[a-z]+ed)\b)")


def _determined_names(masked, entities) -> set:
    """Ids of names of unknown kind the text writes as "the X" before punctuation or a verb:
    no person, so no he/she ("over the Scarborough Shoal - the admiral chuckled. '...,' he
    said": not the shoal); their kind stays unknown (still a speaker, still no "it" or "they":
    "the Bottomless Pit" is no "they"). One pass over the article; "the Trump campaign" (a
    modifier) and titles ("the Rev. Al Sharpton") do not match."""
    unknown = {ent.name: ent.id for ent in entities.values()
               if ent.kind == "unknown" and not ent.gender}
    return {unknown[m.group(1)] for m in _THE_NAME.finditer(masked) if m.group(1) in unknown} \
        if unknown else set()


# A one-word name of unknown kind, its verb, then "its" in the same clause ("Twitter said
# violent threats had long been against its terms of service"): a body, so a later "it" may
# stand for it (not "he" or "she")
_ITS_AFTER = re.compile(r"(?:^|(?<=[.,]\s)|(?<=\n))([A-Z][a-z]+[A-Z]?[a-z]*)\s+(?:said|says|added|adds|"
                        r"announced|stated|wrote)\s+[^.;:!?\n\x00]{0,80}?(?<![\w’'])its\s")


_PERSONAL = re.compile(r"\b(?:his|her|he|she)\b")   # (a person's clause: no body)


def _own_its_bodies(masked, entities) -> None:
    """Type as a body each one-word name of unknown kind and no gender whose clause says "its"
    of it right after its verb (see above)."""
    unknown = {ent.name: ent for ent in entities.values()
               if ent.kind == "unknown" and not ent.gender and " " not in ent.name}
    if not unknown or masked.find(" its ") < 0:
        return
    for m in _ITS_AFTER.finditer(masked):
        ent = unknown.get(m.group(1))
        if ent is not None and not _PERSONAL.search(m.group()):
            ent.kind = "body"


def _sentence_list(text, sentences, paragraphs):
    if sentences is not None and len(sentences):
        index = SentenceIndex(text, sentences)
        spans = sorted(zip(index.starts, index.ends))
        spans = [(s, e) for s, e in spans if 0 <= s < e <= len(text)]
        if spans:
            return _joined(text, spans)
    out = []
    for lo, hi in paragraphs:
        out += [(lo + s, lo + e) for s, e in sentence_spans(text[lo:hi])]
    return _joined(text, out)


# A title's abbreviation ending a span: its full stop ends no sentence nor phrase ("Ms. Epstein").
# The word start is tested after the first letter (text.word_alternation): same matches as a
# leading (?<![\w.]), which was tried at every position of every sentence (0.05 ms an article).
TITLE_AT_END = re.compile(word_alternation(
    "Del|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|Dr|Mr|Mrs|Ms|Prof|Rev|St|Gov|Atty|"
    "Supt|Insp".split("|"), r"[\w.]") + r"\.\s*$")


_CLOSES_CLAUSE = "),;"


def _joined(text, spans):
    """Sentences with a false split undone: a "sentence" opening in lower case on the same line
    continues the previous one ("Rep. Earl Blumenauer (D-Ore.) | said."), and so does one after
    a title's abbreviation ("said Del. | Stacey Plaskett") or one opening with a closing
    parenthesis, comma or semicolon ("Sen. Bernie Sanders (I-Vt. | ), who ...": on PolNeAR train
    Punkt makes 77 such splits)."""
    out = []
    for s, e in spans:
        if out and "\n" not in text[out[-1][1]:s] and (
                text[s:s + 1].islower() or text[s:s + 1] in _CLOSES_CLAUSE or
                TITLE_AT_END.search(text, out[-1][0], out[-1][1])):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# A fronted phrase opening a sentence ("Speaking in Salem, ...", "After the debate, ..."): its
# names come before the subject without being it.
FRONTED = re.compile(r"\s*(?:[A-Z][a-z]+ing|After|Before|During|In|At|On|From|While|When|As|"
                     r"Since|Following|Despite|Amid|Alongside|With|Without|Asked)\b")


def record(art, actor_id):
    """The codebook row (dict) of ``actor_id``; None if unknown."""
    return art.index.records.get(actor_id)


def refs_starting_in(art, lo, hi):
    """The references starting in [lo, hi), in text order. Why: looked up for every quotation,
    verb and sentence; the refs are sorted by start, so a bisect finds them."""
    return art.refs[bisect_left(art.ref_starts, lo):bisect_left(art.ref_starts, hi)]


def is_place(art, ref):
    """Is ``ref`` a name the text gives to a place ("Texas", "Salem, N.H."): no speaker."""
    ent = art.entities.get(ref.actor_id) if ref.kind == "name" else None
    return ent is not None and ent.kind == "place"


_OF_BETWEEN = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")


def phrase_head(art, ref):
    """The reference a prepositional phrase holding ``ref`` follows ("Senator Ted Cruz" for
    "Texas" in "Senator Ted Cruz of Texas", "Robert Gordon" in "Robert Gordon of Northwestern
    University"); None when ``ref`` follows no reference that way."""
    before = [r for r in refs_starting_in(art, max(0, ref.start - 200), ref.start)
              if r.end <= ref.start and _OF_BETWEEN.fullmatch(art.masked, r.end, ref.start)]
    return before[-1] if before else None


def verb_hits_in(art, lo, hi):
    """The reporting-verb hits starting in [lo, hi) (hits are in text order)."""
    return art.verb_hits[bisect_left(art.verb_starts, lo):bisect_left(art.verb_starts, hi)]


def sentence_no(art, pos):
    """Index of the sentence holding ``pos`` (the last one starting at or before it)."""
    return max(bisect_right(art.starts, pos) - 1, 0)


def sentence_bounds(art, pos):
    """(start, end) of the sentence holding ``pos``, after a dateline opening it."""
    return art.bounds[sentence_no(art, pos)]


def _after_dateline(masked, lo, hi):
    m = SENTENCE_DATELINE.match(masked[lo:hi])
    return (lo + m.end() if m else lo), hi


# The link of a second predicate at the end of the text before its verb: ", but", "and", "yet",
# then adverbs only ("and then", "but now also"). Found by a search from the end's side, then the
# clause before it is checked: a pattern that also matched that clause ran a greedy run from every
# start (quadratic in the sentence's length). attribution._coordinated_subject uses it too.
# (a setting may come between: "X first said A, but in a later interview said B": X's, not the
# pronoun inside A; PolNeAR train: 1 row)
LINK_AT_END = re.compile(r",?\s+(?:but|and|yet)\s+(?:[a-z]+ly\s+|also\s+|now\s+|then\s+|"
                          r"later\s+|not\s+|has\s+|have\s+|had\s+|will\s+|would\s+|did\s+)*"
                          r"(?:" + NOUN_SETTING + r",?\s+(?:later\s+|also\s+|[a-z]+ly\s+)?)?$")
_LETTER = re.compile(r"[^\W\d_]")


def second_predicate(art, lo, start):
    """Is the verb at ``start`` a second predicate of its subject ("X used to back Y, but now
    said": X, not Y)? Where that subject is to be looked for from: the sentence start ``lo``
    after ", but", the start of the clause the "and" continues without a comma ("When asked,
    Ms. Sherry smiled and said": after the comma); None for no second predicate."""
    masked = art.masked
    m = LINK_AT_END.search(masked, lo, start)
    if m is None:
        return None
    link = m.start()
    # the clause before the link: a letter after the last comma, semicolon or quotation
    clause = max(lo, masked.rfind(",", lo, link) + 1, masked.rfind(";", lo, link) + 1,
                 masked.rfind("\x00", lo, link) + 1)
    if not _LETTER.search(masked, clause, link):
        return None
    if masked[link] == ",":
        return lo
    cut = masked.rfind(",", lo, link)
    if cut >= 0 and _PREDICATE_OPENS.match(masked, cut + 1):
        return lo   # "X, in particular, has criticized Y and called for": no subject after the aside
    return cut + 1 if cut >= 0 else lo


# A clause that opens with its verb (an adverb may come first): its subject stands before the comma.
_PREDICATE_OPENS = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:has|have|had|is|was|are|were|will|would|"
                              r"could|can|may|might|should|must|did|does|do)\s")


def comma_inside_close(art, lo, o, subject) -> int:
    """The closing mark of the last quotation in [lo, o) that ends with its clause's comma inside
    the marks, when ``subject`` finds a subject between it and ``o`` ('... Judge Hale called
    "distasteful," Reyes expressed a desire to "..."': the masked text shows no comma there);
    else -1. PolNeAR train: 6 rows to the gold speaker or one read better, none away."""
    k = bisect_left(art.quotes, (o, -1)) - 1
    while k >= 0 and art.quotes[k][0] >= lo:
        c = art.quotes[k][1]
        if c < o and (art.text[c - 1:c] == "," or art.text[c - 2:c] == ",'"):
            ref = subject(art, c + 1, o)   # (not a "who" opening a relative clause there)
            return c if ref is not None and ref.kind != "who" else -1
        k -= 1
    return -1
