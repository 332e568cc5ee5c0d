"""Quotation marks that hold no one's statement, in two shapes :func:`.marks.not_statement` does
not see: a headline credited to its writer, and marks paired across markup.

Why: newsletters and link round-ups set each linked story's headline in marks with its byline
(``—"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello: ...``); the headline
is the name of a story, not a quotation of anyone (a title: kind ``mention``). The excerpt that
follows it stays a quotation. Marks paired across markup left in the text (``<tweet/>``,
``datetime=``) hold a fragment of markup and text that no one said as such. On PolNeAR train
the shapes below were 16 rows, all spurious as quotations (none in its gold).
"""
from __future__ import annotations

import re

from .marks import QUOTE_CHARS

# '," by Times' Ben Sisario:', '," by the New York Post's Amy Spencer': after the closing mark,
# "by", an outlet in the possessive, then the writer's capitalised name (a book's author, "by the
# Pulitzer Prize-winning journalist ...", has no possessive outlet: left alone)
_MARKS = "[" + QUOTE_CHARS + "']*"
_BYLINE_AFTER = re.compile(_MARKS + r"\s*,?" + _MARKS + r"\s+by\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+[A-Z]")
_MARKUP = re.compile(r"</?tweet\b|\btweet/>|^>|\b(?:datetime|tweet-id|author)=")


def headline_or_markup(quote: str, after: str) -> bool:
    """Do the marks around ``quote`` (``after``: the text from its closing mark on) hold a
    credited headline or a piece of markup?"""
    return _BYLINE_AFTER.match(after) is not None or _MARKUP.search(quote.strip()) is not None
