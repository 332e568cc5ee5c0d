"""Who is quoted, how, and through whom: quotations and reported speech with their speakers.

Why rules and not a parser: news attribution is formulaic (``"...," X said``, ``X said that ...``,
``according to X``), the rules are explainable to a researcher, and they run without model
downloads. Every rule is about the construction, never about a particular article.

One row per quotation: ``direct`` (a sentence or clause in quotation marks), ``partial`` (a
fragment in marks inside the reporter's sentence, also scare quotes and names in marks) and
``indirect`` (reported speech without marks: ``X said (that) ...``, ``..., X said.``,
``according to X, ...``). The speaker is found from the reporting frame around the quote; pronouns
and descriptions ("he", "the ministry", "the statement", "the latter") are resolved to the most
salient earlier actor of a compatible kind (person/body, gender, role word, country). Names,
affiliation and camp come from the actor codebook (:mod:`analysis.actors`); verb classes from
``codebooks/reporting_verbs.csv``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import pandas as pd

from .mentions import actor_index
from ..text import after_non_word, alternation, fold, word_alternation
from ..codebooks import CodebookError, cached_by_file, read_codebook
from ..text import sentence_spans
from ..per_article import rows_frame
from ..text import SentenceIndex

QUOTE_COLUMNS = ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id",
                 "speaker_mention", "affiliation", "camp", "verb", "verb_class", "via", "sentence",
                 "start", "end"]
VERB_CLASSES = {"neutral", "emphatic", "tentative", "distancing", "confrontational", "directive"}
MASK = "\x00"  # stands in for every character of a quotation (marks included) in frame analysis

# --- reporting verbs ------------------------------------------------------------------------------


def _regular_forms(lemma: str) -> list[str]:
    *head, last = lemma.split()
    pre = " ".join(head + [""]) if head else ""
    if last.endswith("e"):
        forms = [last, last + "s", last + "d", last[:-1] + "ing"]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = [last, last[:-1] + "ies", last[:-1] + "ied", last + "ing"]
    else:
        forms = [last, last + ("es" if last.endswith(("s", "sh", "ch", "x")) else "s"),
                 last + "ed", last + "ing"]
    return [pre + f for f in forms]


@dataclass(frozen=True)
class VerbTable:
    """Reporting-verb forms -> (lemma, class, takes a clause), with one compiled matcher."""
    forms: dict
    regex: re.Pattern


@cached_by_file
def load_verbs(path="reporting_verbs.csv") -> VerbTable:
    """The reporting-verb codebook, checked (classes, clause yes/no, no form used twice)."""
    book = read_codebook(path, required=["verb", "forms", "class", "clause"], nonempty=["verb"],
                         choices={"class": VERB_CLASSES, "clause": {"yes", "no"}})
    forms = {}
    for row in book.to_dict("records"):
        cells = [f.strip() for f in row["forms"].split("|") if f.strip()] or \
            _regular_forms(row["verb"])
        for form in cells:
            if form in forms and forms[form][0] != row["verb"]:
                raise CodebookError(f"{path}:{row['line']}: form '{form}' already belongs to "
                                    f"verb '{forms[form][0]}'")
            forms[form] = (row["verb"], row["class"], row["clause"] == "yes")
    pats = sorted((r"\s+".join(map(re.escape, f.split())) for f in forms), key=len, reverse=True)
    return VerbTable(forms, re.compile(word_alternation(pats, r"[\w-]") + r"(?![\w-])"))


def verb_class(lemma: str, verbs: VerbTable | None = None) -> str:
    """The class of a reporting-verb lemma ("claim" -> "distancing"); "" if not listed."""
    verbs = verbs or load_verbs()
    for lem, cls, _ in verbs.forms.values():
        if lem == lemma:
            return cls
    return ""


# --- words that matter for frames ---------------------------------------------------------------

PRONOUNS = {"he": "m", "she": "f", "it": "body", "they": "any", "him": "m", "her": "f",
            "them": "any"}
OBJECT_PRONOUNS = {"him", "her", "them"}  # never subjects; used in "according to him"
PREPOSITIONS = {"in", "of", "for", "to", "with", "from", "on", "at", "about", "against", "over",
                "by", "between", "among", "toward", "towards", "into", "than", "like", "including",
                "via", "under", "after", "before", "behind", "amid", "despite", "through",
                "within", "without", "during", "upon", "across", "near", "as"}
DETERMINERS = {"a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our",
               "my", "your", "such", "no", "any", "some", "every", "each", "first", "new",
               "press", "news", "of", "in", "for", "with", "whose", "latest", "recent", "earlier"}
SUBORDINATORS = {"when", "while", "as", "and", "but", "which", "who", "that", "though",
                 "although", "because", "if", "where", "after", "before", "since", "or", "so",
                 "until", "whereas", "whether", "to", "in", "of", "for", "on", "at", "with", "by"}
# Words that can open a reported clause right after "said"/"claimed" (zero "that").
NOT_CLAUSE_START = PREPOSITIONS | {"following", "that", "when", "while", "as", "and", "but", "after", "before",
                                   "later", "also", "earlier", "yesterday", "today", "tonight",
                                   "then", "so", "not", "no", "again", "repeatedly", "publicly",
                                   "separately", "previously", "recently", "last", "this", "next",
                                   "monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday", "to", "goodbye", "hello", "yes", "nothing",
                                   "something", "little", "much", "more", "less", "it's"}
ZERO_THAT = {"say", "claim", "insist", "believe", "think", "argue", "add", "warn", "tell",
             "announce", "suggest", "contend", "maintain", "deny", "allege"}
DOCUMENT_WORDS = {"statement", "statements", "report", "communique", "communiqué", "website",
                  "document", "text", "declaration", "note", "letter", "release", "readout",
                  "transcript", "post", "tweet", "message"}
UNNAMED_ROLES = {"official", "officials", "diplomat", "diplomats", "source", "sources",
                 "spokesperson", "spokeswoman", "spokesman", "representative", "envoy"}
ROLE_WORDS = {"source", "sources", "diplomats", "ministry", "department", "spokesperson", "spokeswoman", "spokesman", "minister",
              "president", "government", "agency", "embassy", "envoy", "ambassador",
              "administration", "military", "army", "opposition", "leader", "secretary",
              "diplomat", "official", "officials", "chancellor", "premier", "kremlin",
              "parliament", "assembly", "foreign minister", "prime minister", "leadership",
              "authorities", "representative", "counterpart", "adviser", "advisor", "chief",
              "latter", "former", "organization", "union", "group", "bloc", "alliance", "party",
              "mission", "delegation", "office", "cabinet", "council"} | DOCUMENT_WORDS
UNRESOLVED_PLURALS = {"officials", "sources", "diplomats", "analysts", "experts", "witnesses",
                      "residents", "observers", "critics", "lawmakers", "protesters", "reporters"}
COUNTRY_WORDS = {"us": "United States", "u.s.": "United States", "american": "United States",
                 "united states": "United States", "washington": "United States",
                 "russian": "Russia", "russia's": "Russia", "moscow": "Russia", "kremlin": "Russia",
                 "venezuelan": "Venezuela", "venezuela's": "Venezuela", "caracas": "Venezuela",
                 "chinese": "China", "cuban": "Cuba", "mexican": "Mexico", "brazilian": "Brazil",
                 "u.s.-backed": "Venezuela"}
TITLE_WORDS = {"President", "Vice", "Prime", "Minister", "Deputy", "Foreign", "Secretary",
               "Spokesperson", "Spokesman", "Spokeswoman", "Ambassador", "Envoy", "Special",
               "Senator", "Sen.", "Rep.", "General", "Gen.", "Defense", "Defence", "Chief",
               "Director", "Head", "Chairman", "Mr.", "Mrs.", "Ms.", "Dr.", "Interior", "Economy",
               "Finance", "State", "of", "the", "The", "Representative", "Adviser", "Advisor",
               "National", "Security", "Affairs", "Opposition", "Leader", "Lawmaker", "Senior",
               "Official", "Former", "Acting", "Interim", "Self-Proclaimed", "U.S.", "US", "UN",
               "Commander", "Colonel", "Major", "Captain", "Admiral", "Lt.", "Col.", "Gov.",
               "Governor", "Mayor", "Sources", "Officials", "Said", "But", "And", "However"}
WORD = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*\.?|[^\w\s]", re.UNICODE)
# Whole-text scans below put their "not after a word character" test after the first character
# (actors.after_non_word / word_alternation): same matches, but the engine can skip ahead.
_NOMINAL = re.compile(
    word_alternation(["The", "the", "An", "an", "A", "a", "This", "this", "That", "that", "Its",
                      "its", "His", "his", "Her", "her", "Their", "their"]) + r"\s+"
    r"((?:[\w.’'\-]+\s+){0,3})(" + alternation(sorted((re.escape(w) for w in ROLE_WORDS),
                                                        key=len, reverse=True)) + r")(?![\w])")
_PRONOUN = re.compile(word_alternation(["He", "he", "She", "she", "It", "it", "They", "they", "Him",
                                         "him", "Her", "her", "Them", "them"]) + r"(?![\w'’])")
_PLURAL = re.compile(r"(?<![\w])(?:[A-Z][\w.]*\s+)?(?:" + "|".join(UNRESOLVED_PLURALS) + r")(?!\w)")
_NAME_SEQ = re.compile(after_non_word("[A-Z]", r"[\w.]") + r"[\w’'.\-]*"
                       r"(?:\s+(?:(?:de|da|del|van|von|al|bin|of)\s+)?[A-Z][\w’'.\-]*)+")
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'’\-]{2,40}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s+")
_ROLE_AFTER_POSSESSIVE = re.compile(r"['’]s\s+((?:[\w\-]+\s+){0,2}?)(" + "|".join(
    sorted((re.escape(w) for w in ROLE_WORDS - {"latter", "former"}), key=len, reverse=True))
    + r")(?![\w])")
_POSSESSIVE_MARK = re.compile(r"['’]s?(?!\w)")
_ACCORDING = re.compile(after_non_word("[Aa]") + r"ccording\s+to\s+")
_QUOTED_AS = re.compile(after_non_word("q") + r"uoted\s+(?:(?P<obj>.{1,120}?)\s+)?as\s+"
                        r"(?:saying|telling|stating|writing|adding|claiming|warning|insisting)\b")


# Small tests made inside the per-quotation and per-sentence loops, compiled once here.
_AS_AT_END = re.compile(r"\bas\s+$")               # "quoted ... as "
_BY = re.compile(r"by\b")
_COMMA_AT_END = re.compile(r",\s*$")
_COMMA_SEMI_AT_END = re.compile(r"[,;]\s*$")
_COLON_AT_END = re.compile(r":\s*$")
_STOP = re.compile(r"[.;]")
_STOP_OR_MASK = re.compile(r"[.;]|" + MASK)
_PUNCT = re.compile(r"[,;:.]")
_PUNCT_OR_MASK = re.compile(r"[,;:.]|" + MASK)
_PHRASE_STOP = re.compile(r"[,;.]\s|" + MASK + r"|$")   # end of an "according to X" phrase
_LEADING_PUNCT = re.compile(r"\s*([,;:—–-]?)\s*")
_NEW_CLAUSE = re.compile(r"(?:;|,\s*(?:while|whereas|but|although|though|and|or)\b)\s*")
_THAT = re.compile(r"\s*that\b")
_ALNUM = re.compile(r"[^\W_]")
_TAIL_CLAUSE = re.compile(r",\s*([^,]{1,100}?)\s*[.!?]?\s*$")   # ", X said." at a sentence end
_END_PUNCT_ONLY = re.compile(r"[\s.!?]*")
_CLOSED_OFF = re.compile(r"\s*(?:[,:;.]|" + MASK + r"|$)")


# --- quotation marks ------------------------------------------------------------------------------


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of quotation-mark pairs; ``text[open]`` and ``text[close]`` are marks.

    Pairs are found per paragraph. Curly marks have a direction, straight ones toggle, and mixed
    pairs (“...") close too; a quotation still open at the paragraph's end runs to that end (the
    news convention for a quotation continued in the next paragraph). Guillemets «...» and „...“
    pair with their own partner. A curly single ‘...’ pair counts when the ‘ opens a word and the
    ’ is not an apostrophe; straight single quotes are not used (apostrophes).
    """
    spans = []
    for para in _PARAGRAPH.finditer(text):
        lo, hi = para.span()
        opened = None
        for mark in _MARKS.finditer(text, lo, hi):   # only marks change the state
            i, ch = mark.start(), mark.group()
            kind = text[opened] if opened is not None else ""
            if kind in "«„" and kind:  # guillemets and low-9 quotes close only with a partner
                if (kind == "«" and ch == "»") or (kind == "„" and ch in "“”"):
                    spans.append((opened, i))
                    opened = None
            elif ch in "«„":
                opened = i
            elif ch == "“" or (ch == '"' and opened is None):
                if ch == '"' and _looks_closing(text, i, lo) and not _looks_opening(text, i, hi):
                    continue  # a stray closing mark with nothing open: ignore it
                opened = i
            elif ch in '”"' and opened is not None:
                spans.append((opened, i))
                opened = None
        if opened is not None and hi - opened > 2:
            spans.append((opened, hi))
        for m in _SINGLE_QUOTED.finditer(text[lo:hi]):
            s, e = lo + m.start(), lo + m.end() - 1
            if not any(a <= s < b for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


_MARKS = re.compile(r'[«„“”"»]')
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_SINGLE_QUOTED = re.compile(after_non_word("‘", r"[\w’']") + r"([^‘’\n]{1,200}?)’(?![\w])")


def _looks_opening(text, i, hi):
    return i + 1 < hi and not text[i + 1].isspace() and text[i + 1] not in ",.;:)"


def _looks_closing(text, i, lo):
    return i > lo and not text[i - 1].isspace()


# --- per-article analysis ---------------------------------------------------------------------------


@dataclass
class Ref:
    """A referring expression outside quotation marks: a name, pronoun or description."""
    start: int
    end: int
    text: str
    kind: str  # actor | metonym | pronoun | nominal | name | plural | who
    actor_id: str = ""
    oblique: bool = False
    possessive: bool = False
    head: str = ""


@dataclass
class Speaker:
    name: str = ""
    actor_id: str = ""
    mention: str = ""
    named: bool = False  # a personal name missing from the codebook ("John Smith")

    def __bool__(self):
        return bool(self.name)


@dataclass
class Article:
    text: str
    masked: str
    sentences: list
    paragraphs: list
    quotes: list
    refs: list
    index: object
    verbs: VerbTable
    verb_hits: list = field(default_factory=list)
    resolved: dict = field(default_factory=dict)  # ref.start -> Speaker
    history: list = field(default_factory=list)  # (position, Speaker) of attributed rows
    post_verbs: set = field(default_factory=set)  # verbs that attribute a preceding quotation
    starts: list = field(default_factory=list)  # sentence starts, for bisect
    ref_starts: list = field(default_factory=list)  # starts of refs (sorted), for bisect
    verb_starts: list = field(default_factory=list)  # starts of verb_hits, for bisect

    def __post_init__(self):
        self.starts = [s for s, _ in self.sentences]


def _paragraph_spans(text):
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def _sentence_list(text, sentences, paragraphs):
    if sentences is not None and len(sentences):
        index = SentenceIndex(text, sentences)
        spans = sorted(zip(index.starts, index.ends))
        spans = [(s, e) for s, e in spans if 0 <= s < e <= len(text)]
        if spans:
            return spans
    out = []
    for lo, hi in paragraphs:
        out += [(lo + s, lo + e) for s, e in sentence_spans(text[lo:hi])]
    return out


def _mask(text, quotes):
    """``text`` with every character of every quotation (marks included) replaced by
    :data:`MASK`, except line breaks (paragraphs stay visible). Built from whole pieces, not
    character by character."""
    pieces, done = [], 0
    for o, c in quotes:
        lo, hi = max(o, done), min(c + 1, len(text))
        if lo >= hi:
            continue
        pieces.append(text[done:lo])
        pieces.append("\n".join(MASK * len(line) for line in text[lo:hi].split("\n")))
        done = hi
    pieces.append(text[done:])
    return "".join(pieces)


# Lower-case words that may still sit inside a noun phrase before a name ("the former minister
# X"): built once here, not per reference.
_PHRASE_WORDS = frozenset(ROLE_WORDS | PREPOSITIONS | DETERMINERS |
                          {"senior", "former", "deputy", "foreign"})
_CLAUSE_PUNCT = re.compile(r"[,;:()]")
_WHO = re.compile(after_non_word("w") + r"ho(?![\w])")
_CAPITALISED = re.compile(after_non_word("[A-Z]", r"[\w.'’-]") + r"[\w'’\-]+(?![\w'’-])")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ean)")


def _is_oblique(masked, start, lo):
    """Is the reference at ``start`` governed by a preposition ("with his counterpart X", "by
    Washington")? Looks back four words within the clause; an "of"/"for" inside a capitalised
    title ("Secretary of State Mike Pompeo") does not count."""
    chunk = masked[lo:start]
    if chunk.rstrip().endswith("("):
        return True  # "(Xinhua)"
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"), chunk.rfind("("),
              chunk.rfind(MASK))
    raw = WORD.findall(chunk, cut + 1)[-4:]
    if raw and raw[-1][:1].islower() and raw[-1].lower() not in _PHRASE_WORDS:
        return False  # "In that conversation Pompeo accused": the phrase ended before the name
    for k in range(len(raw) - 1, -1, -1):
        w = raw[k].lower()
        if w in PREPOSITIONS and w != "as":
            if w in ("of", "for") and k > 0 and raw[k - 1][:1].isupper() and \
                    (k + 1 >= len(raw) or raw[k + 1][:1].isupper()):
                continue
            return True
    return False


def _find_refs(text, masked, index, sentences):
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
        if free(s, e) and not _CLAUSE_PUNCT.search(m.group()):
            refs.append(Ref(s, e, text[s:e], "nominal", head=m.group(2).lower()))
            take(s, e)
    for actor_id, _, mention, start, end, metonym in mentions:
        # "the US president" is a description, not Washington
        if metonym and free(start, end):
            refs.append(Ref(start, end, mention, "metonym", actor_id))
            take(start, end)
    for m in _plural_matches(masked):
        if free(*m.span()):
            refs.append(Ref(m.start(), m.end(), m.group(), "plural"))
            take(*m.span())
    for m in _PRONOUN.finditer(masked):
        if free(*m.span()):
            refs.append(Ref(m.start(), m.end(), m.group(), "pronoun", head=m.group().lower()))
    for m in _WHO.finditer(masked):
        refs.append(Ref(m.start(), m.end(), "who", "who"))
    for s, e in _unknown_names(masked):
        if free(s, e) and s > sent_lo(s):
            refs.append(Ref(s, e, text[s:e], "name"))
    for ref in _surname_refs(masked, refs, index):
        if free(ref.start, ref.end):
            refs.append(ref)
            take(ref.start, ref.end)
    refs = _with_roles(text, masked, refs)
    for r in refs:
        lo = sent_lo(r.start)
        r.oblique = _is_oblique(masked, r.start, lo) or r.head in OBJECT_PRONOUNS
        r.possessive = bool(_POSSESSIVE_MARK.match(masked, r.end, r.end + 2))
    refs.sort(key=lambda r: r.start)
    return refs


def _unknown_names(masked):
    """(start, end) of capitalised name sequences ("John Smith", "Jorge Arreaza"), without the
    titles and demonyms before them ("Foreign Minister", "Venezuelan")."""
    for m in _NAME_SEQ.finditer(masked):
        words = m.group().split()
        k = 0
        while k < len(words) and (words[k] in TITLE_WORDS or _is_demonym(words[k])):
            k += 1
        if len(words) - k >= 2:
            yield m.start() + len(" ".join(words[:k])) + (1 if k else 0), m.end()


def _surname_refs(masked, refs, index):
    """A surname alone names an actor already mentioned in full ("Leopoldo Lopez ... Lopez
    said"): actor references for such surnames after the first full mention."""
    surnames = {}
    for r in sorted(refs, key=lambda r: r.start):
        if r.kind == "actor":
            last = fold(index.names[r.actor_id]).split()[-1]
            surnames.setdefault(last, (r.start, r.actor_id))
    if not surnames:
        return []
    # Look for the few surnames (accents folded) rather than at every capitalised word; a hit
    # counts when the capitalised word there is exactly the surname.
    folded = fold(masked)
    found = []
    for last, (first, actor_id) in surnames.items():
        at = folded.find(last, first + 1)
        while at >= 0:
            m = _CAPITALISED.match(masked, at)
            if m and m.end() - at == len(last):
                found.append(Ref(at, m.end(), m.group(), "actor", actor_id))
            at = folded.find(last, at + 1)
    return sorted(found, key=lambda r: r.start)


def _with_roles(text, masked, refs):
    """``refs`` with an actor's possessed role joined to it: "the Kremlin's spokesman",
    "Maduro's government" (the possessor speaks through its role)."""
    extended = []
    for r in refs:
        m = _ROLE_AFTER_POSSESSIVE.match(masked, r.end) if r.kind in ("actor", "metonym") else None
        if m and not any(o is not r and r.end <= o.start < m.end() for o in refs):
            extended.append(Ref(r.start, m.end(), text[r.start:m.end()], "actor", r.actor_id))
        else:
            extended.append(r)
    return extended


def _plural_matches(masked):
    """Matches of :data:`_PLURAL` ("officials", "US officials"). Why the test first: the pattern
    may open with an optional capitalised word, so ``re`` cannot skip ahead and tries every
    position, while most texts contain none of the plural words at all."""
    if not any(word in masked for word in UNRESOLVED_PLURALS):
        return ()
    return _PLURAL.finditer(masked)


@lru_cache(maxsize=8192)
def _is_demonym(word):
    """Is ``word`` a demonym or a possessive ("Venezuelan", "Chinese", "Russia's"), i.e. not part
    of the name after it? Kept per word: asked for every capitalised word sequence."""
    return bool(_DEMONYM.fullmatch(word)) or word.endswith(
        ("'s", "’s"))


ADVERBS = {"also", "again", "still", "now", "repeatedly", "then", "often", "later", "earlier",
           "further", "once", "meanwhile", "separately", "publicly", "reportedly", "previously",
           "recently", "today", "yesterday", "has", "have", "had"}
AUX_BEFORE_BASE = {"i", "we", "you", "they", "will", "would", "can", "could", "may", "might",
                   "must", "should", "shall", "did", "do", "does", "not", "to", "also", "who",
                   "and", "often", "repeatedly", "then", "still", "never", "always"}


def _verb_hits(art: Article):
    """Reporting-verb occurrences outside quotations, without the nouns that look like them
    ("a statement", "the report", "press briefing", "member states", "dismissed claims")."""
    hits = []
    ref_ends = sorted({r.end for r in art.refs if r.kind != "who"})
    for m in art.verbs.regex.finditer(art.masked):
        form = " ".join(m.group().split())
        lemma, cls, clausal = art.verbs.forms[form]
        first = form.split()[0]
        finite_past = first.endswith(("ed", "ing")) or first in (
            "said", "told", "shot", "wrote", "thought", "spoke", "hit", "read", "written")
        if lemma == "according to":
            finite_past = True
        if not finite_past:
            # a base or -s form is a verb only after a subject or an auxiliary
            prev = WORD.findall(art.masked, max(0, m.start() - 60), m.start())
            prev_word = prev[-1].lower() if prev else ""
            near = ref_ends[bisect_left(ref_ends, m.start() - 25):bisect_right(ref_ends, m.start())]
            subj_end = any(all(w.lower() in ADVERBS for w in art.masked[e:m.start()].split())
                           for e in near)
            if prev_word in DETERMINERS or not (prev_word in AUX_BEFORE_BASE or subj_end):
                continue
        if hits and art.masked[hits[-1][1]:m.start()].isspace() and \
                not first.endswith("ing"):
            continue  # "dismissed claims that": the second one is a noun
        hits.append((m.start(), m.end(), lemma, cls, clausal, form))
    return hits


# --- speaker resolution -------------------------------------------------------------------------------


def _actor_speaker(art, actor_id, mention):
    return Speaker(art.index.names.get(actor_id, mention), actor_id, mention)


def _record(art, actor_id):
    return art.index.records.get(actor_id)


def _compatible(art, actor_id, want):
    rec = _record(art, actor_id)
    if rec is None:
        return False
    if want in ("m", "f"):
        return rec["type"] == "person" and rec["gender"] != ("f" if want == "m" else "m")
    if want == "person":
        return rec["type"] == "person"
    if want == "body":
        return rec["type"] != "person"
    return True


def _refs_starting_in(art, lo, hi):
    """The references starting in [lo, hi), in text order. Why: looked up for every quotation,
    verb and sentence; the refs are sorted by start, so a bisect finds them."""
    return art.refs[bisect_left(art.ref_starts, lo):bisect_left(art.ref_starts, hi)]


def _candidates(art, lo, hi):
    """Resolved actor references in [lo, hi): (position, actor_id, mention, oblique)."""
    out = []
    for r in _refs_starting_in(art, lo, hi):
        if not r.possessive:
            if r.kind in ("actor", "metonym"):
                out.append((r.start, r.actor_id, r.text, r.oblique))
            elif r.start in art.resolved and art.resolved[r.start].actor_id:
                out.append((r.start, art.resolved[r.start].actor_id, r.text, r.oblique))
    return out


def _sentence_index(art, pos):
    return max(bisect_right(art.starts, pos) - 1, 0)   # sentences are sorted by start


def _history_in(art, lo, hi):
    return [sp for pos, sp in art.history if lo <= pos < hi and (sp.actor_id or sp.named)]


def _antecedent(art, ref: Ref, accept, oblique_ok=False, unknown_ok=False) -> Speaker:
    """Most salient earlier actor satisfying ``accept``: this sentence's subject, then each earlier
    sentence's speakers and subjects (nearest sentence first, up to five back). Actors governed
    by a preposition are considered only when no subject fits (or ``oblique_ok``). With
    ``unknown_ok``, earlier speakers named but missing from the codebook count too."""
    k = _sentence_index(art, ref.start)
    for allow in ((True,) if oblique_ok else (False, True)):
        for j in range(k, max(-1, k - 6), -1):
            lo, hi = art.sentences[j]
            hi = min(hi, ref.start)
            cands = []
            if j < k:
                cands += [sp for sp in _history_in(art, lo, hi)]
            cands += [Speaker("", aid, men) for _, aid, men, obl in _candidates(art, lo, hi)
                      if allow or not obl]
            for sp in cands:
                if sp.actor_id and accept(sp.actor_id):
                    return _actor_speaker(art, sp.actor_id, sp.mention)
                if not sp.actor_id and sp.named and unknown_ok:
                    return sp
    return Speaker()


PERSON_ROLES = {"spokesperson", "spokeswoman", "spokesman", "minister", "president", "envoy",
                "ambassador", "leader", "secretary", "diplomat", "official", "chancellor",
                "premier", "foreign minister", "prime minister", "representative", "counterpart",
                "adviser", "advisor", "chief"}


def _role_matches(art, aid, head, countries):
    rec = _record(art, aid)
    if rec is None:
        return False
    if (rec["type"] == "person") != (head in PERSON_ROLES) and head != "counterpart":
        return False
    hay = " ".join([rec["name"], rec["affiliation"], rec["aliases"]]).lower()
    head = "spokes" if head.startswith("spokes") else head
    ok = re.search(r"\b" + re.escape(head) + (r"" if head == "spokes" else r"s?\b"), hay)
    if not ok and head in ("authorities", "officials", "leadership", "administration"):
        ok = rec["type"] == "government body"
    return bool(ok) and (not countries or rec["country"] in countries)


def _resolve(art, ref: Ref) -> Speaker:
    """The speaker a reference stands for (codebook actor when possible)."""
    if ref.start in art.resolved:
        return art.resolved[ref.start]
    sp = Speaker()
    if ref.kind in ("actor", "metonym"):
        sp = _actor_speaker(art, ref.actor_id, ref.text)
    elif ref.kind == "pronoun":
        want = PRONOUNS[ref.head]
        sp = _antecedent(art, ref, lambda aid: _compatible(art, aid, want),
                         unknown_ok=want in ("m", "f"))
        if not sp:
            for pos, prev in reversed(art.history):
                if pos < ref.start and prev.actor_id and _compatible(art, prev.actor_id, want):
                    sp = prev
                    break
        sp = Speaker(sp.name, sp.actor_id, ref.text) if sp else Speaker(ref.text, "", ref.text)
    elif ref.kind == "who":
        before = [r for r in art.refs if r.end <= ref.start and r.kind not in ("who", "pronoun")
                  and ref.start - r.end <= 40]
        if before:
            sp = _resolve(art, before[-1])
            # the relative clause's antecedent may be a description containing a name
            nominal = art.text[before[-1].start:ref.start].strip(" ,;")
            sp = Speaker(sp.name, sp.actor_id, nominal if len(nominal) < 80 else sp.mention)
    elif ref.kind == "nominal":
        sp = _resolve_nominal(art, ref)
    elif ref.kind == "plural" and ref.text.split()[0].lower() in COUNTRY_WORDS:
        sp = _resolve_nominal(art, Ref(ref.start, ref.end, ref.text, "nominal",
                                       head=ref.text.split()[-1].lower()))
    else:  # an unknown name or "officials"
        aid = art.index.lookup(ref.text)
        sp = _actor_speaker(art, aid, ref.text) if aid else \
            Speaker(ref.text, "", ref.text, named=ref.kind == "name")
    art.resolved[ref.start] = sp
    return sp


def _resolve_nominal(art, ref: Ref) -> Speaker:
    head = ref.head
    words = ref.text.lower().split()
    countries = {COUNTRY_WORDS[w] for w in words if w in COUNTRY_WORDS}
    if head in ("latter", "former"):
        k = _sentence_index(art, ref.start)
        for j in range(k, max(-1, k - 3), -1):
            lo, hi = art.sentences[j]
            cands = [(aid, men) for _, aid, men, obl in _candidates(art, lo, min(hi, ref.start))
                     if not obl]
            if len(cands) >= 2:
                aid, men = cands[-1] if head == "latter" else cands[0]
                return Speaker(art.index.names[aid], aid, ref.text)
        return Speaker(ref.text, "", ref.text)
    if head in DOCUMENT_WORDS:
        issuer = _document_issuer(art, ref)
        return Speaker(issuer.name, issuer.actor_id, ref.text) if issuer else \
            Speaker(ref.text, "", ref.text)
    sp = _antecedent(art, ref, lambda aid: _role_matches(art, aid, head, countries),
                     oblique_ok=True)
    if not sp and head in PERSON_ROLES:
        # "the diplomat", "the Venezuelan leader": the latest person (of that country) mentioned
        sp = _antecedent(art, ref, lambda aid: _compatible(art, aid, "person") and (
            not countries or _record(art, aid)["country"] in countries))
    if sp:
        return Speaker(sp.name, sp.actor_id, ref.text)
    # no earlier actor fits: a description only one codebook actor's name carries ("the
    # opposition" -> Venezuelan opposition)
    head_re = re.compile(r"\b" + re.escape(head) + r"\b")
    hits = [r for r in art.index.rows if head_re.search(r["name"].lower())
            and (not countries or r["country"] in countries)]
    if len(hits) == 1:
        return Speaker(hits[0]["name"], hits[0]["id"], ref.text)
    if countries and head in UNNAMED_ROLES | {"government", "authorities", "administration"}:
        # "a senior Russian diplomat": an unnamed official is coded by their government
        gov = [r for r in art.index.rows if r["country"] in countries
               and r["type"] == "government body" and r["name"].lower().endswith("government")]
        if len(gov) == 1:
            return Speaker(gov[0]["name"], gov[0]["id"], ref.text)
    return Speaker(ref.text, "", ref.text)


def _document_issuer(art, ref: Ref) -> Speaker:
    """Who issued "the statement": the actor named nearest to the latest earlier mention of a
    statement (or the same kind of document), else the latest speaker."""
    pattern = re.compile(r"(?<![\w])" + re.escape(ref.head) + r"s?(?![\w])", re.IGNORECASE)
    earlier = [m for m in pattern.finditer(art.masked, 0, ref.start)]
    for m in reversed(earlier):
        k = _sentence_index(art, m.start())
        lo, hi = art.sentences[k]
        cands = [(abs(pos - m.start()), aid, men) for pos, aid, men, _ in
                 _candidates(art, lo, hi) if _record(art, aid) is not None
                 and _record(art, aid)["type"] != "media"]
        if cands:
            _, aid, men = min(cands)
            return _actor_speaker(art, aid, men)
    for pos, prev in reversed(art.history):
        if pos < ref.start:
            return prev
    return Speaker()


def _is_medium(art, sp: Speaker, ref: Ref | None = None) -> bool:
    rec = _record(art, sp.actor_id) if sp.actor_id else None
    if rec is not None and rec["type"] == "media":
        return True
    return ref is not None and ref.kind == "nominal" and ref.head in DOCUMENT_WORDS | {"agency"}


# --- frames -----------------------------------------------------------------------------------------


@dataclass
class Frame:
    speaker: Speaker
    verb: str = ""
    verb_class: str = ""
    via: str = ""
    ref: Ref | None = None
    verb_pos: int = -1


def _ref_at(art, lo, hi, *, last=True, subject=True):
    refs = [r for r in _refs_starting_in(art, lo, hi) if r.end <= hi and not r.possessive
            and not (subject and r.oblique and r.kind != "who")]
    if not refs:
        return None
    return refs[-1] if last else refs[0]


def _sentence_bounds(art, pos):
    lo, hi = art.sentences[_sentence_index(art, pos)]
    m = _DATELINE.match(art.masked[lo:hi])
    return (lo + m.end() if m else lo), hi


def _main_subject(art, lo, before):
    """The sentence subject: the first non-oblique reference of the sentence."""
    return _ref_at(art, lo, before, last=False)


def _via_from(art, lo, hi):
    """A medium named in [lo, hi) ("told the news agency TASS", "by Tass news agency")."""
    for r in _refs_starting_in(art, lo, hi):
        if r.kind == "actor":
            rec = _record(art, r.actor_id)
            if rec is not None and rec["type"] == "media":
                return rec["name"]
    return ""


def _frame_for_verb(art, hit, lo) -> Frame | None:
    """Speaker of a reporting verb: the subject before it (or after it, in "said X")."""
    start, end, lemma, cls, clausal, form = hit
    pre = art.masked[lo:start]
    # "X was quoted (by Y) as saying" / "Y quoted X as saying"
    ing = form.split()[0].endswith("ing")
    if lemma == "quote":  # "quoted (by Y | X) as saying": decided at "as saying"
        later = [h for h in _verb_hits_in(art, end, end + 141) if
                 h[5].split()[0].endswith("ing") and _AS_AT_END.search(art.masked[end:h[0]])]
        if later and MASK not in art.masked[end:later[0][0]]:
            return _frame_for_verb(art, later[0], lo)
    if ing and _AS_AT_END.search(pre):
        q = list(_QUOTED_AS.finditer(art.masked, lo, end))
        if q:
            m = q[-1]
            if m.group("obj") and not _BY.match(m.group("obj")):
                obj_refs = [r for r in _refs_starting_in(art, m.start("obj"), m.end("obj"))
                            if r.end <= m.end("obj") and not r.possessive]
                named = [r for r in obj_refs if r.kind in ("actor", "name")]
                ref = (named or obj_refs or [None])[0]
                via_ref = _ref_at(art, lo, m.start())
                via = _resolve(art, via_ref).name if via_ref else ""
            else:
                ref = _ref_at(art, lo, m.start())
                via = _via_from(art, m.start(), m.end()) or ""
                if not via and m.group("obj"):
                    via_ref = _ref_at(art, m.start("obj"), m.end("obj"), subject=False)
                    via = _resolve(art, via_ref).name if via_ref else ""
            if ref:
                return Frame(_resolve(art, ref), "quote", verb_class("quote", art.verbs), via,
                             ref, m.start())
    # "retorted saying that": the finite verb is the frame
    earlier = [h for h in _verb_hits_in(art, lo, start) if h[1] <= start
               and art.masked[h[1]:start].isspace()]
    if ing and earlier:
        return _frame_for_verb(art, earlier[-1], lo)
    if ing and _COMMA_AT_END.search(pre):
        ref = _main_subject(art, lo, start)  # ", adding that ...", ", urging ..."
    else:
        ref = _ref_at(art, lo, start)
        # "said Maria Zakharova", "claimed Pompeo": subject after the verb
        if ref is None or _COMMA_SEMI_AT_END.search(art.masked[lo:start]) and \
                art.masked[lo:start].strip().endswith(MASK + ","):
            after = _ref_at(art, end, min(end + 80, _sentence_bounds(art, start)[1]), last=False,
                            subject=False)
            if after is not None and not _STOP_OR_MASK.search(art.masked[end:after.start]) \
                    and len(WORD.findall(art.masked[end:after.start])) <= 3:
                ref = after
    if ref is None:
        return None
    via = ""
    if lemma in ("tell", "say"):
        via = _via_from(art, end, min(end + 40, _sentence_bounds(art, start)[1]))
    sp = _resolve(art, ref)
    return Frame(sp, lemma, cls, via, ref, start)


def _according_to(art, lo, hi):
    """Frames of "according to X" inside [lo, hi): (phrase start, phrase end, Frame)."""
    out = []
    if art.masked.find("ccording", lo, hi) < 0:
        return out   # asked for every sentence and quotation; most have no "according to"
    for m in _ACCORDING.finditer(art.masked, lo, hi):
        stop = _PHRASE_STOP.search(art.masked[m.end():hi])
        p_end = m.end() + (stop.start() if stop else 0)
        refs = [r for r in _refs_starting_in(art, m.end(), p_end)
                if r.end <= p_end and not r.possessive]
        if not refs:
            continue
        people = [r for r in refs if r.kind == "actor" and _record(art, r.actor_id) is not None
                  and _record(art, r.actor_id)["type"] == "person"]
        ref = people[-1] if people else (
            [r for r in refs if r.kind in ("nominal", "actor", "name")] or refs)[0]
        out.append((m.start(), p_end, Frame(_resolve(art, ref), "according to",
                                            verb_class("according to", art.verbs), "", ref,
                                            m.start())))
    return out


def _post_frame(art, close, hi) -> Frame | None:
    """Attribution right after a quotation: ``"...," X said`` / ``"...," said X`` / ``"..." the
    statement read``. The quotation must be closed off by a comma (or stand at the end)."""
    after = art.masked[close + 1:hi]
    inner_end = art.text[max(0, close - 1)]
    m = _LEADING_PUNCT.match(after)
    if not (m.group(1) or inner_end in ",!?.:"):
        return None
    rest_lo = close + 1 + m.end()
    nxt = art.masked.find(MASK, rest_lo, hi)
    seg_hi = nxt if nxt >= 0 else hi
    words = WORD.findall(art.masked[rest_lo:seg_hi])
    if not words or words[0].lower() in SUBORDINATORS - {"as"}:
        return None
    for hit in _verb_hits_in(art, rest_lo, seg_hi):
        if len(WORD.findall(art.masked[rest_lo:hit[0]])) <= 9:
            fr = _frame_for_verb(art, hit, rest_lo)
            if fr and (fr.ref is None or fr.ref.start >= rest_lo):
                art.post_verbs.add(hit[0])
                return fr
            return None
    return None


def _pre_frame(art, lo, open_) -> Frame | None:
    """Nearest reporting verb before the quotation in its sentence, with its subject."""
    hits = [h for h in _verb_hits_in(art, lo, open_) if h[1] <= open_]
    if hits:
        # a new clause with its own subject between verb and quotation ("X criticized Y, while
        # the latter called it "...""): the verb does not frame the quotation
        for m in _NEW_CLAUSE.finditer(art.masked[hits[-1][1]:open_]):
            at = hits[-1][1] + m.end()
            if any(r.start == at or (r.start > at and len(WORD.findall(art.masked[at:r.start]))
                                     <= 1 and not _THAT.match(art.masked, at))
                   for r in _refs_starting_in(art, at, open_) if not r.oblique):
                return None
    for hit in reversed(hits):
        fr = _frame_for_verb(art, hit, lo)
        if fr is not None:
            return fr
        return None
    return None


def _combine(pre: Frame | None, post: Frame | None, art) -> Frame | None:
    if post and pre and _is_medium(art, post.speaker, post.ref):
        return Frame(pre.speaker, pre.verb, pre.verb_class, post.speaker.name
                     if not (post.ref and post.ref.kind == "nominal") else
                     (post.speaker.name + " " + post.ref.head).strip(), pre.ref, pre.verb_pos)
    return post or pre


# --- rows ---------------------------------------------------------------------------------------------


def _trim(text, s, e):
    while s < e and (text[s].isspace() or text[s] in "\"“”‘’«»„"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-\"“”‘’«»„"):
        e -= 1
    return s, e


def _kind(quote, raw_inner="", after_colon=False):
    """direct: a sentence in marks (capitalised, and long, or set off by its own punctuation or a
    colon); partial: a fragment, a scare quote or a name in marks."""
    words = quote.split()
    if not words or not (quote[0].isupper() or quote[0].isdigit()):
        return "partial"
    set_off = raw_inner.rstrip()[-1:] in (".", "!", "?", ",") or after_colon
    return "direct" if len(words) >= 4 or set_off else "partial"


def _row(art, frame: Frame | None, s, e, kind, article_id, outlet):
    sp = frame.speaker if frame else Speaker()
    rec = _record(art, sp.actor_id) if sp.actor_id else None
    sents = [(a, b) for a, b in art.sentences if a < e and s < b] or [_sentence_bounds(art, s)]
    return {"article_id": article_id, "outlet": outlet, "quote": art.text[s:e], "kind": kind,
            "speaker": sp.name, "speaker_id": sp.actor_id, "speaker_mention": sp.mention,
            "affiliation": rec["affiliation"] if rec is not None else "",
            "camp": rec["camp"] if rec is not None else "",
            "verb": frame.verb if frame else "", "verb_class": frame.verb_class if frame else "",
            "via": frame.via if frame else "",
            "sentence": art.text[sents[0][0]:sents[-1][1]].strip(), "start": s, "end": e}


def _quote_frame(art, o, c, last_frame):
    lo, _ = _sentence_bounds(art, o)
    _, hi = _sentence_bounds(art, min(c, len(art.text) - 1))
    pre = _pre_frame(art, lo, o)
    post = _post_frame(art, c, hi) if c < len(art.text) else None
    frame = _combine(pre, post, art)
    acc = [f for a, b, f in _according_to(art, lo, o)]
    if frame is None and acc:
        frame = acc[-1]
    elif frame is not None and acc and not frame.via and acc[-1].speaker.actor_id != \
            frame.speaker.actor_id:
        frame.via = acc[-1].speaker.name
    if frame is None:
        outside = art.masked[lo:hi].replace(MASK, "")
        if not WORD.findall(outside.replace("\n", " ")) or not _ALNUM.search(outside):
            return last_frame  # a quotation standing alone continues the previous speaker
        # scare quotes: whose view the clause (else the sentence) reports
        cut = max(art.masked.rfind(ch, lo, o) for ch in ",;")
        ref = (_main_subject(art, cut + 1, o) if cut > lo else None) or _main_subject(art, lo, o)
        if ref is not None:
            frame = Frame(_resolve(art, ref), ref=ref)
    return frame


CONTENT_NOUNS = {"claims", "claim", "reports", "report", "allegations", "allegation", "accusations",
                 "rumours", "rumors", "suggestions", "speculation", "assertions", "charges",
                 "fears", "idea", "notion", "view", "belief", "impression", "fact", "news"}
TIME_WORDS = {"today", "yesterday", "tonight", "earlier", "later", "last", "this", "on",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "late", "early", "again", "also", "too", "recently", "then"}


def _ends_attribution(rest: str) -> bool:
    """Is ``rest`` (what follows "X said" at a sentence end) only adverbials ("on Friday", "in a
    statement")? Then "X said" attributes the clause before it; else X's own clause follows."""
    words = [w.lower() for w in WORD.findall(rest) if w[0].isalnum()]
    return not words or words[0] in PREPOSITIONS | TIME_WORDS and words[0] != "that"


def _n_words(text: str) -> int:
    return sum(1 for w in WORD.findall(text.replace(MASK, " ")) if w[0].isalnum())


def _verb_hits_in(art, lo, hi):
    """The reporting-verb hits starting in [lo, hi) (hits are in text order)."""
    return art.verb_hits[bisect_left(art.verb_starts, lo):bisect_left(art.verb_starts, hi)]


def _indirect(art, lo, hi):
    """Reported clauses without marks in the sentence [lo, hi): (start, end, Frame)."""
    out = []
    masked = art.masked
    acc = _according_to(art, lo, hi)
    sentence = masked[lo:hi]
    # only the sentence's last comma can start a match ([^,] up to the end), so start there
    tail = _TAIL_CLAUSE.match(sentence, sentence.rfind(",")) if "," in sentence else None
    post = None
    if tail:
        t_lo = lo + tail.start(1)
        t_hi = lo + tail.end(1)
        for hit in _verb_hits_in(art, t_lo, t_hi):
            if hit[4] and len(WORD.findall(masked[t_lo:t_hi])) <= 14:
                fr = _frame_for_verb(art, hit, t_lo)
                if fr is not None and fr.ref is not None and t_lo <= fr.ref.start < t_hi and \
                        _ends_attribution(masked[max(hit[1], fr.ref.end):t_hi]):
                    post = (lo + tail.start(), fr)
                break
    for a, b, fr in acc:
        if b >= hi - 2 or _END_PUNCT_ONLY.fullmatch(masked[b:hi]):
            post = post or (a - (1 if masked[a - 1:a] == " " else 0), fr)
            if masked[post[0] - 1:post[0]] == ",":
                post = (post[0] - 1, fr)
    clause_hi = post[0] if post else hi
    found = False
    for hit in _verb_hits_in(art, lo, clause_hi):
        start, end, lemma, cls, clausal, form = hit
        if not clausal or lemma == "according to" or start in art.post_verbs:
            continue
        after = masked[end:clause_hi]
        words = list(islice(WORD.finditer(after), 8))   # the tests below look at 7 words at most
        c_start = None
        lowered = [w.group().lower() for w in words[:4]]
        if any(lowered[i] in CONTENT_NOUNS and lowered[i + 1] == "that" and
               (i == 0 or lowered[0] in DETERMINERS) for i in range(min(2, len(lowered) - 1))):
            continue  # "denied reports that ...": the clause is the reports', not the speaker's
        for k, w in enumerate(words[:7]):
            if w.group().lower() == "that" and MASK not in after[:w.start()]:
                if k <= 5 and not _STOP.search(after[:w.start()]):
                    c_start = end + w.end()
                break
        if c_start is None and lemma in ZERO_THAT and words:
            k = 0
            if lemma == "tell":  # an addressee first: "told him", "telling U.S. media outlets"
                k = 1
                while k < len(words) and k <= 3 and not words[k].group()[:1].isupper() \
                        and words[k].group().lower() not in PRONOUNS:
                    k += 1
                if k >= len(words) or k > 3:
                    k = None
            if k is not None and k < len(words):
                w = words[k].group()
                gap = after[words[k - 1].end() if k else 0:words[k].start()]
                ok = w.lower() not in NOT_CLAUSE_START and not _PUNCT_OR_MASK.search(gap) \
                    and w[0] not in MASK + "(—–-" and (k == 0 or w[:1].isupper()
                                                        or w.lower() in PRONOUNS)
                nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
                at = end + words[k].start()
                medium = [r for r in _refs_starting_in(art, at, at + 1) if
                          r.kind in ("actor", "name") and (
                              (r.kind == "actor" and _record(art, r.actor_id)["type"] == "media")
                              or _CLOSED_OFF.match(masked[r.end:r.end + 3]))]
                if ok and not medium and nxt not in ("when", "while", "as", "after"):
                    if not (k == 0 and _PUNCT.match(after.lstrip()[:1] or ".")):
                        c_start = end + words[k].start()
        if c_start is None:
            continue
        s, e = _trim(art.text, c_start, clause_hi)
        s2 = s
        while s2 < e and (masked[s2] in " ,;:" or art.text[s2].isspace()):
            s2 += 1
        if s2 >= e or masked[s2] == MASK or _n_words(masked[s:e]) < 3:
            continue
        e = e - 1 if art.text[e - 1] in ".!?" and MASK not in masked[e - 1:e] else e
        fr = _frame_for_verb(art, hit, lo)
        if fr is None:
            continue
        if post and not fr.via and _is_medium(art, post[1].speaker, post[1].ref):
            fr.via = post[1].speaker.name
        elif post and not fr.via and post[1].verb == "according to":
            fr.via = post[1].speaker.name
        leading = [(a, b, f) for a, b, f in acc if a - lo <= 2 and b <= start]
        if leading:
            a, b, lead = leading[-1]
            subj_first = fr.ref is not None and len(WORD.findall(
                masked[b:fr.ref.start].replace(MASK, " "))) <= 2
            if subj_first:  # "According to X, Y said that ...": X relays Y
                if not fr.via and lead.speaker.actor_id != fr.speaker.actor_id:
                    fr.via = lead.speaker.name
            else:  # the reported frame is buried in X's account: X's whole clause counts too
                ls, le = _trim(art.text, b, hi)
                while ls < le and art.text[ls] in ",; ":
                    ls += 1
                le = le - 1 if le > ls and art.text[le - 1] in ".!?" else le
                out.append((ls, le, lead))
                if not fr.via:
                    fr.via = lead.speaker.name
        out.append((s2, e, fr))
        found = True
        clause_hi = min(clause_hi, hi)
        break  # one reported clause per verb frame; nested frames stay inside it
    if not found:
        if post is not None:
            c_lo = lo
            lead = [(a, b, f) for a, b, f in acc if a - lo <= 2]
            if lead:
                c_lo = lead[0][1]
            s, e = _trim(art.text, c_lo, post[0])
            while s < e and art.text[s] in ",; ":
                s += 1
            if s < e and masked[s] != MASK and _n_words(masked[s:e]) >= 3:
                out.append((s, e, post[1]))
        else:
            for a, b, fr in acc:
                if a - lo <= 2:
                    s, e = _trim(art.text, b, hi)
                    while s < e and art.text[s] in ",; ":
                        s += 1
                    e = e - 1 if e > s and art.text[e - 1] in ".!?" else e
                    if s < e and masked[s] != MASK and _n_words(masked[s:e]) >= 3:
                        out.append((s, e, fr))
    return out


def extract_article_quotes(article, sentences: pd.DataFrame | None = None, actors=None,
                           verbs: VerbTable | None = None) -> pd.DataFrame:
    """Quotations and reported statements of ONE article (an ``articles`` row, dict-like) with
    speakers, verbs and intermediaries. ``sentences``: that article's sentence rows (offsets into
    ``article["text"]``, a DataFrame or a list of dicts); without them the text is split here.
    Columns: :data:`QUOTE_COLUMNS`, rows sorted by start, end."""
    return quote_table(extract_article_quote_rows(article, sentences, actors, verbs))


def quote_tuples(rows: list[dict]) -> list[tuple]:
    """Rows of :func:`extract_article_quote_rows` as tuples in :data:`QUOTE_COLUMNS` order."""
    return [tuple(r[c] for c in QUOTE_COLUMNS) for r in rows]


def quote_table(rows: list[dict]) -> pd.DataFrame:
    """Rows of :func:`extract_article_quote_rows` as the quote table (:data:`QUOTE_COLUMNS`)."""
    return rows_frame(quote_tuples(rows), QUOTE_COLUMNS)


def extract_article_quote_rows(article, sentences=None, actors=None,
                               verbs: VerbTable | None = None) -> list[dict]:
    """:func:`extract_article_quotes` as a list of row dicts (keys :data:`QUOTE_COLUMNS`).

    Why: the other per-article steps (voice of frame hits, labels, hedges) accept these rows as
    their quote table, which spares building and re-reading a DataFrame per article."""
    text = str(article.get("text", "") or "")
    article_id = str(article.get("article_id", ""))
    outlet = str(article.get("outlet", ""))
    if not text.strip():
        return []
    index = actor_index(actors)
    verbs = verbs or load_verbs()
    paragraphs = _paragraph_spans(text)
    sents = _sentence_list(text, sentences, paragraphs)
    quotes = quote_spans(text)
    masked = _mask(text, quotes)
    art = Article(text, masked, sents, paragraphs, quotes, [], index, verbs)
    art.refs = _find_refs(text, masked, index, sents)
    art.ref_starts = [r.start for r in art.refs]
    art.verb_hits = _verb_hits(art)
    art.verb_starts = [h[0] for h in art.verb_hits]
    rows, chain = [], []
    last_frame = None
    q_iter = iter(quotes)
    pending = next(q_iter, None)
    for lo_raw, hi in sents:
        lo, _ = _sentence_bounds(art, lo_raw)
        while pending is not None and pending[0] < hi:
            o, c = pending
            s, e = _trim(text, o + 1, c)
            if s < e:
                frame = _quote_frame(art, o, c, last_frame)
                kind = _kind(text[s:e], text[o + 1:c],
                             bool(_COLON_AT_END.search(text[max(0, o - 3):o])))
                rows.append(_row(art, frame, s, e, kind, article_id, outlet))
                unclosed = c >= len(text) or text[c] not in '"”»“’'
                borrowed = frame is None or frame is last_frame
                chain.append((len(rows) - 1, o, unclosed and borrowed))
                if frame is not None and frame.speaker:
                    art.history.append((o, frame.speaker))
                    last_frame = frame
            pending = next(q_iter, None)
        for s, e, fr in _indirect(art, lo, hi):
            rows.append(_row(art, fr, s, e, "indirect", article_id, outlet))
            if fr.speaker:
                art.history.append((s, fr.speaker))
    # A quotation left open at a paragraph's end continues in the next paragraph's quotation; when
    # only that later part carries the attribution, the speaker comes from there.
    para_starts = {lo for lo, _ in paragraphs}
    for (i, _, open_unframed), (j, o_next, _) in reversed(list(zip(chain, chain[1:]))):
        if open_unframed and o_next in para_starts and rows[j]["speaker"]:
            for col in ("speaker", "speaker_id", "speaker_mention", "affiliation", "camp", "verb",
                        "verb_class", "via"):
                rows[i][col] = rows[j][col]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def extract_quotes(corpus, actors=None, verbs: VerbTable | None = None) -> pd.DataFrame:
    """All quotations of a corpus (:func:`analysis.corpus.load_corpus` result), sorted by
    article_id, start. Per-article work is :func:`extract_article_quotes`."""
    verbs = verbs or load_verbs()
    actors = actor_index(actors)  # built once for all articles
    by_article = dict(tuple(corpus.sentences.groupby("article_id"))) if len(corpus.sentences) \
        else {}
    parts = [extract_article_quotes(row, by_article.get(row["article_id"]), actors, verbs)
             for row in corpus.articles.to_dict("records")]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    return out.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


# --- summaries for the notebook and the report --------------------------------------------------------

UNATTRIBUTED = "unattributed"
CAMP_ORDER = ["Russian government", "US government", "Venezuelan government",
              "Venezuelan opposition", "other", UNATTRIBUTED]


def _camp(quotes: pd.DataFrame) -> pd.Series:
    return quotes["camp"].replace("", UNATTRIBUTED).fillna(UNATTRIBUTED)


def camp_shares(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Per ``by`` group and camp: number of quotations and of quoted words, and their shares of
    the group's total. Speakers outside the codebook (or none found) count as "unattributed"."""
    df = quotes.assign(camp=_camp(quotes), words=quotes["quote"].str.split().str.len())
    out = (df.groupby([by, "camp"]).agg(quotes=("quote", "size"), words=("words", "sum"))
           .reset_index())
    totals = out.groupby(by)[["quotes", "words"]].transform("sum")
    out["quote_share"] = out["quotes"] / totals["quotes"]
    out["word_share"] = out["words"] / totals["words"]
    out["camp"] = pd.Categorical(out["camp"], CAMP_ORDER + sorted(
        set(out["camp"]) - set(CAMP_ORDER)), ordered=True)
    return out.sort_values([by, "camp"]).reset_index(drop=True)


def speakers_by(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Quotations per speaker (rows, with camp) and ``by`` group (columns), most quoted first."""
    df = quotes.assign(camp=_camp(quotes),
                       speaker=quotes["speaker"].replace("", "(no speaker found)"))
    table = pd.crosstab([df["speaker"], df["camp"]], df[by])
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def verb_classes_by(quotes: pd.DataFrame, by: str = "camp") -> pd.DataFrame:
    """Quotations per reporting-verb class (columns) and ``by`` group (camp, outlet, speaker);
    quotations without a verb (scare quotes, continued quotes) are left out."""
    df = quotes[quotes["verb_class"] != ""].assign(camp=_camp(quotes))
    return pd.crosstab(df[by], df["verb_class"])


def unknown_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """Speakers found in the text but missing from the actor codebook (candidates to add)."""
    df = quotes[(quotes["speaker_id"] == "") & (quotes["speaker"] != "")]
    return (df.groupby("speaker").agg(quotes=("quote", "size"),
                                      outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
                                      example=("sentence", "first"))
            .sort_values("quotes", ascending=False).reset_index())
