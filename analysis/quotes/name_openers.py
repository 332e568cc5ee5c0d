"""A capitalised word opening a sentence that is no name, though a name finder's run starts with
it: a plural noun ("Netizens said", "Aides say") or a verb ("Entrusting Donald Trump with the
codes ...", "Stated Stone: ..."). Why a module of its own: these read the text around the run (is
it a sentence's first word, what follows it), one job apart from finding names (:mod:`.names`)."""
from __future__ import annotations

import re

_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n\"“”'’(\-])\s*$")


def _opens_sentence(masked, s, starts=frozenset()) -> bool:
    """Does a word at ``s`` open a sentence: one of ``starts``, or after a stop, colon, quotation
    mark, bracket or dash (within 3 characters)?"""
    return s in starts or _SENTENCE_OPEN.search(masked, max(0, s - 3), s) is not None


def verb_opener(masked, toks, given, verb_regex, starts=frozenset()) -> bool:
    """Is the run's first word, opening a sentence, a verb rather than part of a name: a
    participle ("Entrusting Donald Trump with", "Joining Rubio on stage") or a reporting verb's
    past put first ("Stated Stone:", "Continued Stone,")? Not a given name, nor a run that a
    reporting verb follows ("Playing Field Promotions said"), nor a participle's run set off by a
    comma ("Playing Field Promotions, an agency, says"). PolNeAR's 924 articles: 9 rows.
    ``starts``: where sentences start (a quotation before is masked, so its mark is not seen)."""
    s, _, word = toks[0]
    if word in given or not _opens_sentence(masked, s, starts):
        return False
    low, after = word.lower(), _SPACES.match(masked, toks[-1][1]).end()
    if low.endswith("ing") and len(low) > 5:   # (a comma after: "Sterling Brown, 30, said")
        return masked[after:after + 1] != "," and not verb_regex.match(masked, after)
    return low.endswith("ed") and bool(verb_regex.fullmatch(low)) and \
        not verb_regex.match(masked, after)


_SPACES = re.compile(r"\s*")


def common_plural(masked, s, word):
    """Is ``word``, opening a sentence at ``s``, a plural noun ("Netizens said", "Aides say"): in
    -s and also written in lower case in the article (never "Sanders", "Francis", "Richards")?"""
    return word.endswith("s") and not word.endswith("ss") and word[1:].islower() and \
        _opens_sentence(masked, s) and \
        re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", masked) is not None
