"""Quotation marks in one article: masking the quoted text, trimming and classifying quotations.

Why mask: the attribution rules read the reporter's words around a quotation; replacing every
quoted character by :data:`MASK` (same length, so offsets hold) keeps names and verbs inside the
quotation from being taken for its frame. The pairing of marks is :func:`analysis.text.quote_spans`.
"""
from __future__ import annotations

import re

from ..codebooks import load_given_names
from ..text import PLAIN_WORD
from .words import PREPOSITIONS, SUBORDINATORS, TIME_WORDS

MASK = "\x00"  # stands in for every character of a quotation (marks included) in frame analysis
# nothing but masked quotations and spaces: before an opening mark, the quotation opens its sentence
ONLY_MARKS = re.compile(r"[\s" + MASK + r"]*")
QUOTE_CHARS = "\"“”‘’«»„`"


def mask(text: str, quotes: list[tuple[int, int]]) -> str:
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


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without the spaces and quotation marks at its ends (and trailing , ; : dashes); an
    apostrophe counts as a mark only where it is half of a typewriter pair ('' ``)."""
    while s < e and (text[s].isspace() or text[s] in QUOTE_CHARS or
                     text[s] == "'" and text[s - 1:s] == "'"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-" + QUOTE_CHARS or
                     text[e - 1] == "'" and text[e:e + 1] == "'"):
        if _closes_inside(text[s:e - 1], text[e - 1]):
            break
        e -= 1
    return s, e


def _closes_inside(span: str, mark: str) -> bool:
    """Whether ``mark`` closes a quotation opened inside ``span`` (a reported clause ending in
    'the "Montevideo mechanism"' keeps its closing mark)."""
    if mark == '"':
        return span.count('"') % 2 == 1
    if mark == "”":
        return span.count("“") + span.count("„") > span.count("”")
    if mark == "»":
        return span.count("«") > span.count("»")
    return False


def quote_kind(quote: str, raw_inner: str = "", after_colon: bool = False) -> str:
    """direct: a sentence in marks (capitalised, and long, or set off by its own punctuation or a
    colon); partial: a fragment, a scare quote or a name in marks."""
    words = quote.split()
    if not words or not (quote[0].isupper() or quote[0].isdigit()):
        return "partial"
    set_off = raw_inner.rstrip().rstrip("'")[-1:] in (".", "!", "?", ",") or after_colon
    return "direct" if len(words) >= 4 or set_off else "partial"


_HANDLE = re.compile(r"\S*(?:\d{5}|@\w|https?:|www\.|\.com\b|\w/\w)\S*")
_SMALL_WORDS = {"of", "the", "a", "an", "in", "to", "and", "for", "on", "at", "is", "it", "with",
                "as", "by", "or", "from", "into", "vs", "vs.", "de", "la", "el"}


# What stands before the name of a work, show or outlet in marks: a preposition ("on "Meet the
# Press"", "author of ''Trump and Me''"), a possessive ("ABC's "This Week"", "Friday’s "PBS
# NewsHour""), "told" or "interview with" (the show is the addressee) or a noun naming the work
# ("the film "Frozen"").
_WORK_BEFORE = re.compile(r"(?:(?<![\w.'’])(?:on|of|in|from|for|and|or|told|tells|telling|show|"
                          r"podcast|film|movie|series|book|novel|memoir|program|programme|song|"
                          r"album|documentary|sitcom|play|column|editorial|headline|article|"
                          r"essay|ad|video|hit|classic|musical|drama|comedy|thriller|autobiography|anthem|"
                          r"starred|starring|interview\s+with|perform|performs|"
                          r"performed|performing)|\w['’]s)"
                          r"[\s,]*$", re.IGNORECASE)
_MARKS_AT_END = re.compile(r"[\s" + QUOTE_CHARS + "']+$")
# A name given after a common noun: "a play called", "a segment entitled", "an account called",
# "the hacker known as", "was officially named" (not "Trump called", "he dubbed": a speaker naming)
_NAMED_AS = re.compile(r"(?<![\w'’])(?!(?:he|she|they|it|we|i|you|who|which|that|what|also|once|"
                       r"often|still|then|now|and|but|or|has|have|had|will|would)\s)[a-z]+\s+(?:called|titled|entitled|named|dubbed|"
                       r"nicknamed|known\s+as)[\s,:]*$")
# a determiner or possessive right before a quoted word that modifies the noun after it, with no
# verb of naming before it ('what they call the "fraudulent" nomination' quotes them)
_DETERMINER_AT_END = re.compile(r"(?:(?<![\w'’])(?:a|an|the|his|her|its|their|our)|\w['’]s?)\s*$",
                                re.IGNORECASE)
_NAMING_BEFORE = re.compile(r"\b(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|labell?ed|"
                            r"brand|brands|branded|term|terms|termed)\b[^.;:!?]{0,40}$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s*|\n\s*)$")
_COPULA_AFTER = re.compile(r"[" + QUOTE_CHARS + r"'\s]+(?:is|was|are|were)\s+(?:the|a|an|not|now|"
                           r"also|still|often|one)\b")


# a nickname set between a given name and a surname: 'George "Jay" Keyworth', 'Marine John "Tig"
# Tiegen' (a given name of the codebook right before the opening mark, a capitalised word right
# after the closing one)
_NICKNAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’-]*)\s*$")
_NAME_AFTER = re.compile(r"[" + QUOTE_CHARS + r"']*\s+[A-Z][a-z]")


def _nickname(quote: str, before: str, after: str) -> bool:
    m = _WORD_BEFORE.search(before) if _NICKNAME.fullmatch(quote) else None
    return m is not None and m.group(1) in load_given_names() and _NAME_AFTER.match(after) is not None


def is_title(quote: str) -> bool:
    """Title case: every word capitalised but the small ones ("Tales From the Crypt", "Make
    America Great Again")."""
    words = PLAIN_WORD.findall(quote)
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or
                                                         w.lower() in _SMALL_WORDS for w in words)


# A name in marks used as a modifier: 'his "Miss Universe" pageant', 'the "Fight for 15"
# movement', 'the "Gang of Eight" bill' (the word after the closing mark is a noun: no verb,
# preposition, pronoun or conjunction, no -ly / -ed word, no speech noun such as "remark")
_WORD_AFTER = re.compile(r"[" + QUOTE_CHARS + r"']*\s+([a-z][\w-]*)\b")
_NOT_A_HEAD = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
               "can", "could", "may", "might", "must", "should", "do", "does", "did", "said",
               "says", "say", "told", "tells", "added", "wrote", "and", "or", "but", "as", "in",
               "on", "at", "for", "of", "to", "with", "by", "from", "that", "which", "who",
               "when", "while", "if", "than", "then", "so", "not", "also", "still", "just",
               "now", "here", "there", "into", "about", "after", "before", "during", "over",
               "it", "he", "she", "they", "we", "i", "you", "this", "these", "those", "enough",
               "comment", "comments", "remark", "remarks", "line", "quip", "claim", "pledge",
               "promise", "insult", "nickname", "moniker", "label", "statement", "rhetoric",
               "argument", "charge", "accusation", "warning", "speech", "message", "slogan",
               "instead", "anyway", "yet", "ever", "already", "once", "twice", "either",
               "multiple", "several", "numerous", "repeatedly", "countless"   # '"Little Marco" multiple times'
               } | PREPOSITIONS | SUBORDINATORS | TIME_WORDS   # 'called Rubio "Little Marco" again'


_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "some", "any"}


def _named_modifier(after: str, word: bool = False) -> bool:
    """Does ``after`` (the text after a closing mark) open with a noun the quotation modifies?
    ``word``: the quotation is one lower-case word, whose comma may stand inside the marks
    ('called him a "moderate," a subtle dig': no determiner is a head)."""
    m = _WORD_AFTER.match(after)
    return m is not None and m.group(1) not in _NOT_A_HEAD and not m.group(1).endswith(
        ("ly", "ed")) and not (word and m.group(1) in _DETERMINERS)


def not_statement(quote: str, speaker: str, verb: str, before: str = "", after: str = "") -> bool:
    """Do these quotation marks hold no statement? A handle, id or address (``@pamkeyNEN``,
    ``783491630540001280``, ``pic.twitter.com/``), the value of a markup attribute
    (``datetime="2016-06-29"``: ``before``, the text before the opening mark, ends in ``=``) or a
    nickname inside a name (``George "Jay" Keyworth``: PolNeAR train, 3 rows, 2 spurious); a
    title-cased name of a work, show or slogan ("Fox News Sunday", "Make America Great Again")
    that no speaker is found for, or that follows a preposition, a possessive or a word naming a
    work (``told ABC's "Good Morning America"``, ``author of ''Trump and Me''``; not a cry that
    ends in ! or ?, or that a crowd chants) or that modifies the noun after it (``after``: the text after the closing
    mark; ``the "Fight for 15" movement``, with no reporting verb); or a scare quote: three words or fewer in lower case with neither a speaker
    nor a reporting verb ("the "sex tape" reference"). Measured on PolNeAR dev: such rows were 7
    of 7, 10 of 14 and 23 of 41 spurious as quotations; on PolNeAR train, 20 of 20 attribute
    values and 129 of 149 titles after such a word; the genre nouns added on 1 Dec 2026 ("cult
    classic", "autobiography", "anthem") took 3 spurious titles off train + dev, no gold one."""
    q = quote.strip()
    before = _MARKS_AT_END.sub("", before)
    if _HANDLE.fullmatch(q) or before.endswith("=") or _nickname(q, before, after):
        return True
    title = is_title(q)
    if title and q[-1:] not in "!?" and _WORK_BEFORE.search(before):
        return True
    if title and q[-1:] not in "!?" and (_NAMED_AS.search(before) or verb == "chant"):
        return True   # (a chanted title-cased slogan is named: "chanted "Make America Great Again"")
    word = q.islower() and len(q.split()) == 1
    if not verb and q[-1:] not in "!?.," and _named_modifier(after, word) and (title or (
            word and _DETERMINER_AT_END.search(before) and not _NAMING_BEFORE.search(before))):
        return True   # (PolNeAR train: 19 of 28 such rows matched no quotation of its gold)
    if speaker or verb:
        return False
    if len(q.split()) <= 3 and q[-1:] not in ".,!?" and _SENTENCE_OPENS.search(before) and \
            _COPULA_AFTER.match(after):
        return True   # '"Top secret" is the highest level': a term the sentence talks about
    return title and q[-1:] not in "!?" or bool(q) and len(q.split()) <= 3 and q[0].islower() and \
        bool(PLAIN_WORD.search(q))
