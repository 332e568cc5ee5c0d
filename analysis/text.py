"""The one text layer every stage uses: character folding, regex helpers, sentences.

Why one module: cleaning, quotes, framing and comparison must agree on what a word, a sentence
and a quotation mark are; each definition lives here once.

Sentences: NLTK Punkt (Kiss & Strunk 2006) untrained, with our own abbreviation list
(codebooks/abbreviations.csv), so "U.S.", "Jan. 23" and "Mr." hold. Punkt's trained English model
needs an NLTK data download, which we cannot do; the untrained tokenizer with a curated list is
reproducible and does what news text needs.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

import pandas as pd
import regex
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .codebooks import abbreviations, cached_by_file, load_stopwords

#: Non-ASCII characters that Python's case-insensitive regex matches with an ASCII letter besides
#: its two cases (long s, Kelvin sign, dotted capital I, dotless i): fast paths that fold case by
#: hand (str.lower, [Vv]) must send texts holding one of them the regex way.
REGEX_CASE_EXTRAS = "\u017f\u212a\u0130\u0131"


def fold(text: str) -> str:
    """``text`` with accents removed and curly apostrophes straightened, same length.

    One character in, one character out, so offsets found in the folded text are offsets in the
    original ("Guaidó" and "Guaido" fold alike).
    """
    if text.isascii():
        return text
    return _FOLDABLE.sub(_fold_match, text)


# What fold() may change in a non-ASCII text: non-ASCII characters and the backtick. Why a regex:
# the engine skips the (many) ASCII characters, so only the few others cost a Python call.
_FOLDABLE = re.compile("[`\u0080-\U0010FFFF]")


def _fold_match(m: re.Match) -> str:
    return _fold_char(m.group())


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "’‘`´":
        return "'"
    base = unicodedata.normalize("NFKD", ch)
    return base[0] if base and not unicodedata.combining(base[0]) else ch


def _first_char_groups(patterns: list[str]) -> dict[str, list[str]] | None:
    """Patterns grouped by their first literal character (regex-escaped, in first-seen order):
    {first: [rest, ...]}; None when a pattern does not start with a literal character."""
    groups: dict[str, list[str]] = {}
    for pat in patterns:
        head = pat[:2] if pat.startswith("\\") else pat[:1]
        if not (head.isalnum() or (len(head) == 2 and not head[1].isalnum())):
            return None
        groups.setdefault(head, []).append(pat[len(head):])
    return groups


def after_non_word(first: str, not_after: str = r"\w") -> str:
    r"""Regex for one character ``first`` (a literal or a class) not preceded by ``not_after``.

    Why: ``(?<!\w)[A-Z]...`` is slow in Python's ``re``: a pattern opening with a look-behind
    gives the engine no first character to skip ahead to, so it tries every position of the text.
    ``[A-Z](?<!\w[A-Z])...`` makes the same test one character later (the two-character
    look-behind fails at the text's start, as the one-character one does) and lets the engine
    jump from one possible first character to the next. Same matches.
    """
    return f"{first}(?<!{not_after}{first})"


def word_alternation(patterns: list[str], not_after: str = r"\w") -> str:
    r"""``(?<!not_after)(?:pattern|pattern|...)`` rewritten so the engine can search it fast.

    Why: Python's engine tries every alternative at every position of a text. Grouped under their
    first literal character (order within a group kept: alternatives with different first
    characters never match at the same place), only those that can start there are tried. Each
    group gets the look-behind right after its first character
    (:func:`after_non_word`), so the whole pattern starts with literal characters the engine
    skips ahead to. Patterns of many first characters (more than :data:`FEW_FIRST_CHARACTERS`)
    test their first characters by a look-ahead instead, then the look-behind: with most letters
    among them, the test after each first character cost a look-behind at nearly every letter of
    a text (the 565 reporting-verb forms, 23 first letters: twice as fast; 16 first letters:
    a fifth faster; 10 or fewer: slower). Same matches as the plain form either way; falls back
    to it when a pattern does not start with a literal character.
    """
    groups = _first_char_groups(patterns)
    if groups is None:
        return f"(?<!{not_after})(?:" + "|".join(patterns) + ")"
    if len(groups) > FEW_FIRST_CHARACTERS:
        return f"(?=[{''.join(groups)}])(?<!{not_after})(?:" + "|".join(
            f"{head}(?:{'|'.join(rest)})" for head, rest in groups.items()) + ")"
    return "(?:" + "|".join(f"{after_non_word(head, not_after)}(?:{'|'.join(rest)})"
                            for head, rest in groups.items()) + ")"


#: Up to this many different first characters :func:`word_alternation` tests the word start after
#: each of them; with more, by a look-ahead for them all (measured: see there).
FEW_FIRST_CHARACTERS = 12


def literal_trie(literals, space: str | None = None, not_after: str | None = None) -> str:
    r"""A regex for any of ``literals`` (plain strings), written as a trie: "s(?:a(?:id|ys)|...)".

    Why: Python's engine tries the alternatives of ``a|b|c`` one by one, so each place where
    hundreds of words (verb forms, role nouns) could start cost a test of every word sharing its
    first letter; in a trie it reads each character once. Same matches as the longest-first
    alternation ``"|".join(sorted(map(re.escape, literals), key=len, reverse=True))``, whatever
    follows: two literals matching at one place are one a prefix of the other, and the trie
    tries the longer first (a word's end after its continuations). ``space``: a regex a space
    inside a literal stands for (r"\s+": "point to" over a line break; literals are then read
    with their whitespace runs as one space). ``not_after``: no match right after that class,
    tested as :func:`word_alternation` does.
    """
    trie: dict = {}
    for literal in sorted(literals):   # (any order gives the same matches; sorted: one pattern)
        node = trie
        for ch in (" ".join(literal.split()) if space is not None else literal):
            node = node.setdefault(ch, {})
        node[""] = {}   # a literal ends here

    def atom(ch):
        return space if ch == " " and space is not None else re.escape(ch)

    def branches(node):
        alts = [atom(ch) + branches(child) for ch, child in node.items() if ch]
        if "" not in node:
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + "|".join(alts) + ")?" if alts else ""

    if not_after is None:
        return branches(trie)
    return word_alternation([re.escape(ch) + branches(child) for ch, child in trie.items() if ch],
                            not_after)


# --- words ------------------------------------------------------------------------------------

#: A word: letters and digits with internal apostrophes ("Russia's", "don't"); hyphens, dots and
#: underscores end a word, so "self-proclaimed" and "self proclaimed" match the same codebook
#: term. Read with the ``regex`` engine (Unicode's definition of a word character, the one NLTK's
#: RegexpTokenizer used): a combining accent stays in its word, "½" is no word. Python's ``re``
#: differs on such characters, and real pages hold them (mis-decoded "naÃ ̄ve").
#: Framing reads words this way: term matching, keyness counts, labels, hedge targets.
WORD = regex.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every :data:`WORD` in ``text``."""
    return [m.span() for m in WORD.finditer(text)]


# Other stages count or compare words with a different question, so their patterns differ on
# purpose (each is used by one stage only, and named for its question):
#: ``articles.n_words``: a word as a reader counts it, hyphenated and dotted words whole
#: ("self-proclaimed", "U.S."); NLTK's RegexpTokenizer pattern.
COUNTED_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
#: Cleaning (is a line prose?): a word starting with a letter; digits, dates and ids are no word.
LETTER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Quote rules reading single words (a title's words, the words after a frame's verb, a stance's
#: object): a word starting with a letter, joined by ' ’ or - but not by a dot.
PLAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Quote rules: a word joined by . ' ’ or - ("U.S.", "al-Assad"), or one punctuation mark, so a
#: rule can count the words and commas between a quotation and its speaker.
CLAUSE_TOKEN = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*\.?|[^\w\s]", re.UNICODE)
#: Quote rules counting how many words a stretch holds (a quotation long enough to be a
#: statement, a clause long enough to stay one): runs of letters and digits ("U.S." counts two).
ALNUM_RUN = re.compile(r"[^\W_]+")
#: Quote rules' cue-word tests (:func:`analysis.quotes.rows.sentence_words`): a run of the letters
#: a-z, read in a lowercased text. A cue word (a-z only) that a pattern finds with no letter right
#: before or after it is a whole run.
CUE_LETTERS = re.compile(r"[a-z]+")
#: Text reuse: dotted acronyms (U.S., U.N.) are one word, else :data:`WORD` read with ``re``.
REUSE_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")


# --- quotation marks --------------------------------------------------------------------------
# One pairing for every stage: quotes (what is quoted, by whom) and framing (voice, scare quotes).


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of quotation-mark pairs; ``text[open]`` and ``text[close]`` are marks.

    Pairs are found per paragraph. Curly marks have a direction, straight ones toggle, and mixed
    pairs (“..." and “...“ where the second mark ends a word, and ”...” opening a word) close too, and a curly pair inside a
    straight one is nested in it, not its end; a quotation still open at
    the paragraph's end runs to that end (the news convention for a quotation continued in the
    next paragraph). Guillemets «...» and „...“
    pair with their own partner; typewriter pairs ``...'' and ''...'' pair too. A curly single ‘...’ pair counts when the ‘ opens a word and the
    ’ is not an apostrophe; straight single quotes are not used (apostrophes).
    """
    spans = []
    for para in _PARAGRAPH.finditer(text):
        lo, hi = para.span()
        opened = inner = None
        for mark in _MARKS.finditer(text, lo, hi):   # only marks change the state
            i, ch = mark.start(), mark.group()
            kind = text[opened] if opened is not None else ""
            if kind in ('"', "“") and (ch == "“" and _looks_opening(text, i, hi) and
                                 _nested(text, kind, i, hi) or
                                 inner is not None and ch == "”"):
                # '"He said “no” to me," X said': nested when the straight one closes later
                inner = i if ch == "“" else None
            elif kind in "«„" and kind:  # guillemets and low-9 quotes close only with a partner
                if (kind == "«" and ch == "»") or (kind == "„" and ch in "“”"):
                    spans.append((opened, i))
                    opened = None
            elif ch in "«„":
                opened = i
            elif ch == "“" and opened is not None and _looks_closing(text, i, lo) and \
                    not _looks_opening(text, i, hi):   # “...,“ said X: a closing mark typed as “
                spans.append((opened, i))
                opened = None
            elif ch == "“" or (ch == '"' and opened is None):
                if ch == '"' and _looks_closing(text, i, lo) and not _looks_opening(text, i, hi):
                    continue  # a stray closing mark with nothing open: ignore it
                opened = i
            elif ch in '”"' and opened is not None:
                spans.append((opened, i))
                opened = inner = None
            elif ch == "”" and _looks_opening(text, i, hi) and not _looks_closing(text, i, lo) and \
                    "”" in text[i + 1:hi]:   # ”...” (an opening mark typed as ”): a pair when a ” closes it
                opened = i
        if opened is not None and hi - opened > 2:
            spans.append((opened, hi))
        for s, e in _double_apostrophe_pairs(text, lo, hi):
            if not any(a <= s <= b or s <= a <= e for a, b in spans):
                spans.append((s, e))
        for m in _SINGLE_QUOTED.finditer(text[lo:hi]):
            s, e = lo + m.start(), lo + m.end() - 1
            if not any(a <= s < b for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


def _nested(text, kind, i, hi):
    """Is the “ at ``i`` a quotation inside the one open (``kind``: its mark)? Inside a straight
    one: when a straight mark closes it later (a straight one left open, such as an excerpt's
    paragraph, keeps the quotations inside it: they are its people's words). Inside a curly one
    ('“... even when “your team” needs to be held accountable.”', a writer's double marks for the
    inner quotation): when two ” follow before any other “, the inner one's end, then the outer's."""
    if kind == '"':
        return text.find('"', i, hi) >= 0
    first = text.find("”", i + 1, hi)
    second = text.find("”", first + 1, hi) if first >= 0 else -1
    return second >= 0 and text.find("“", i + 1, second) < 0


_MARKS = re.compile(r'[«„“”"»]')
CLOSING_MARKS = '"”»“’\''  # what text[close] may be when a pair closed (else: the paragraph end)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
# ‘ first, its look-behind after it (:func:`after_non_word`): the engine skips to the rare ‘
# instead of trying every position (0.09 -> 0.01 s per pass over PolNeAR's 924 texts; quote_spans
# runs twice an article). Same matches as (?<![\w’'])‘...
_SINGLE_QUOTED = re.compile(after_non_word("‘", r"[\w’']") + r"([^‘’\n]{1,200}?)’(?![\w])")


_DOUBLE_APOSTROPHE = re.compile(r"``|''")


def _double_apostrophe_pairs(text, lo, hi):
    """Wire and newspaper typewriter quotes in [lo, hi): ``...'' and ''...'' (NYT archive copy).
    (open, close): ``text[open]`` is the first mark of the opening pair, ``text[close]`` the
    second of the closing pair; an opening pair left open runs to the paragraph's end."""
    out, opened = [], None
    for m in _DOUBLE_APOSTROPHE.finditer(text, lo, hi):
        i = m.start()
        before = text[i - 1] if i > lo else " "
        if opened is None and (m.group() == "``" or before.isspace() or before in "(["):
            opened = i
        elif opened is not None and m.group() == "''" and (not before.isspace() or _after_single(text, i, hi)
                                                           or text[i + 2:i + 3].isspace()):
            # ('... coalitions, '' said Mr. Gunnels': spaced on both sides, it closes; an opening
            # pair is followed by its first word)
            out.append((opened, m.end() - 1))
            opened = None
    if opened is not None and hi - opened > 3:
        out.append((opened, hi))
    return out


def _after_single(text, i, hi):
    """Does the '' at ``i`` close a quotation right after a nested single quote and a space
    (``''... against 'Primates of Park Avenue,' '' Ms. Ferriss noted``: NYT archive copy)?"""
    return text[i - 2:i] == "' " and (i + 2 >= hi or not text[i + 2].isalnum())


def _looks_opening(text, i, hi):
    return i + 1 < hi and not text[i + 1].isspace() and text[i + 1] not in ",.;:)"


def _looks_closing(text, i, lo):
    return i > lo and not text[i - 1].isspace()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: lines up to a blank line (the unit quotation marks pair in)."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]



# --- sentences --------------------------------------------------------------------------------


@cached_by_file
def sentence_tokenizer(path="abbreviations.csv") -> PunktSentenceTokenizer:
    """Punkt with the abbreviation codebook (rebuilt when the codebook file changes)."""
    book = abbreviations(path)
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in book["abbreviation"]}
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; ``text[start:end]`` is the sentence."""
    return list(breaks_joined(text, sentence_tokenizer().span_tokenize(text)))


def breaks_joined(text: str, spans):
    """Punkt's spans with two kinds of false break undone (the pieces joined to the one before).

    - A piece holding no letter or digit. Why: Punkt ends a sentence at each full stop of a
      spaced ellipsis ("a serious response. . . . Donald Trump ..." gave three sentences ".");
      such a piece ends a sentence, it is none.
    - A piece opening with a capitalised word that is no function word
      (:func:`~analysis.codebooks.load_stopwords`) after a run of initials. Why: untrained Punkt
      knows no run of initials it was not given, so "George H.W. Bush" and "Professor A.E. Dick
      Howard said ..." were cut after the initials (PolNeAR's 924 articles: 12 "H.W. Bush" alone),
      and the sentence lost its speaker or subject. "the F.B.I. The bureau ..." and "the N.F.L. In
      June ..." stay two sentences, as does a town's state ("in Lodi, N.J." | "Harmony's phone
      ..."). Where it fails: an initialism ending a sentence before a capitalised noun ("to the
      C.I.A. Officials said") is joined; initials after a name and a comma in a list of names
      ("Juliana Bergeron, D.J." | "Bettencourt") stay cut.
    """
    stopwords = load_stopwords()
    last = None
    for span in spans:
        if last is not None and (not _HAS_WORD.search(text, *span)
                                 or _name_goes_on(text, last, span, stopwords)):
            last = (last[0], span[1])
            continue
        if last is not None:
            yield last
        last = span
    if last is not None:
        yield last


def _name_goes_on(text, last, span, stopwords) -> bool:
    initials = _INITIALS_AT_END.search(text, *last)
    if not initials or _TOWN_BEFORE.search(text, max(last[0], initials.start() - 40),
                                           initials.start()):
        return False
    word = _FIRST_WORD.match(text, *span)
    return bool(word) and word[0][0].isupper() and word[0].lower() not in stopwords


_HAS_WORD = re.compile(r"[^\W_]")
_INITIALS_AT_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# a capitalised word and a comma before the initials: a town's state ("Bedminster, N.J." | "Roger
# Ailes, the former ...": 2 of PolNeAR's 3 false joins without this test)
_TOWN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*, $")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


class SentenceIndex:
    """One article's sentence bounds as plain lists, for many offset lookups.

    Why: per-article steps look up the sentence of every hit; reading a DataFrame for each lookup
    costs far more than the search itself. ``sentences`` may be the article's sentence rows as a
    DataFrame, a list of dicts (start, end) or None (then sentences are split from the line).
    """

    def __init__(self, text: str, sentences=None):
        self.text = text
        if isinstance(sentences, SentenceIndex):
            self.starts, self.ends = sentences.starts, sentences.ends
        elif sentences is None or not len(sentences):
            self.starts, self.ends = [], []
        elif isinstance(sentences, pd.DataFrame):
            self.starts = [int(x) for x in sentences["start"].tolist()]
            self.ends = [int(x) for x in sentences["end"].tolist()]
        else:
            self.starts = [int(s["start"]) for s in sentences]
            self.ends = [int(s["end"]) for s in sentences]

    def span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``offset``: from the article's sentence rows when
        one holds it, else the sentence splitter run on the line (paragraph) around it."""
        i = bisect_right(self.starts, offset) - 1     # sentences are in text order
        if i >= 0 and self.starts[i] <= offset < self.ends[i]:
            return self.starts[i], self.ends[i]
        text = self.text
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end < 0 else line_end
        for start, end in sentence_spans(text[line_start:line_end]):
            if line_start + start <= offset < line_start + end:
                return line_start + start, line_start + end
        return line_start, line_end

    def at(self, offset: int) -> str:
        """The sentence holding ``offset``, stripped."""
        start, end = self.span(offset)
        return self.text[start:end].strip()


def sentence_index(text: str, sentences) -> SentenceIndex:
    """``sentences`` as a :class:`SentenceIndex` of ``text`` (returned as is when it is one)."""
    if isinstance(sentences, SentenceIndex) and sentences.text is text:
        return sentences
    return SentenceIndex(text, sentences)


# --- dateline ---------------------------------------------------------------------------------
# Agency copy opens with a dateline: "MOSCOW, May 5 (Xinhua) -- ", "TEHRAN (defapress) – ",
# "CARACAS, Venezuela (AP) — ", "MOSCOW, May 3. /TASS/. ". Three stages look for one, each with a
# different question, so the three patterns below differ on purpose (named for their question):
#   DATELINE           corpus: cut it from the first line (place in capitals; date, credit optional;
#                      a "/TASS/." credit too); must be followed by the body's first word.
#   DATED_DATELINE     compare/events: the day the text speaks from, in a dateline left in the text
#                      or in a removed line: a date is required, the place may be in any case
#                      ("Caracas, Venezuela, May 1 ("), the match may end at the "(" or the dash.
#   SENTENCE_DATELINE  quotes: skip a dateline at a sentence start to reach its subject (place in
#                      capitals, a short "Mon. dd" date and a credit optional, any dash).

#: A month as datelines print it ("May", "Jan.", "Sept", "September").
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: A month name or abbreviation, capitalised (so the verb "may" is not May), as group ``month``.
# A full name ends at its word ("in December." ends before the full stop); an abbreviation keeps
# its stop ("Dec. 30").
MONTH_NAME = (r"\b(?P<month>(?:January|February|March|April|May|June|July|August|September|October"
              r"|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))")

# The place is the city in capitals; a region after it ("Venezuela") stays in the removed dateline.
# The dash may be a horizontal bar ("WASHINGTON ― ", HuffPost; PolNeAR train +1 speech content).
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]*[A-Z])(?P<region>(?:, [A-Z][A-Za-z.]+)*?)"
    rf"(?:,\s*(?P<date>{MONTH_WORD}\s+\d{{1,2}}))?"
    r"(?:"
    r"\s*(?:\((?P<credit>[^()]{1,40})\))?\s*(?P<dash>--|—|–|―|-)"     # MOSCOW, May 5 (Xinhua) --
    r"|\.\s*/(?P<slash_credit>[^/]{1,40})/\."                      # MOSCOW, May 3. /TASS/.
    r")\s+(?=\S)")

DATED_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'’-]*(?:,\s*[A-Z][A-Za-z .'’-]*)*,\s*" + MONTH_NAME +
    r"\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>(?:19|20)\d{2}))?\s*(?:\(|--|–|—)")

SENTENCE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .,'’\-]{2,40}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|―|-)\s+")
