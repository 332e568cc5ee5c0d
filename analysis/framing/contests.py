"""Frame direction: which camp's name for a contested thing each outlet uses, and in whose voice.

Why: a "legitimacy" or "coup" frame hit cannot be read without knowing whose position the word
takes. "Coup" and "uprising" are competing names for one event; "President Maduro" and "the Maduro
regime", "interim president" and "self-proclaimed president" are competing statuses for one man
(naming as a framing device: Entman 1993; contested labels in conflict reporting: Lynch and
McGoldrick 2005, *Peace Journalism*, ch. 2). A study's ``codebooks/contests.csv`` lists the
names by contest and by the side whose naming they are; here they are found with the frames' matcher
(:class:`~analysis.framing.termmatch.TermMatcher`: stemmed, multi-word, the longest term wins, so
no two hits overlap), given a voice and speaker (:mod:`analysis.framing.voice`) and, for contests
about a person's status, tied to the actor they describe.

The actor tie (:func:`tied_actor`) uses the actor matcher's mentions and only the shapes of a noun
phrase or apposition, within one sentence: a name the term is part of ("President Maduro"), a name
right after the term and its title words ("interim President Juan Guaidó", "its president Nicolas
Maduro"), a name right before it ("the Maduro regime", "Maduro's regime"), or a name the term is
said of ("Guaidó, who declared himself interim president", "recognized Guaidó as the nation's
interim president", "Maduro is a dictator"). Anything else leaves ``actor_id`` empty: never guessed.
"""
from __future__ import annotations

import re
from bisect import bisect_left

import pandas as pd

from ..codebooks import CodebookError, cached_by_file, load_contests
from ..quotes.mentions import actor_index
from ..stats import clustered_ratios
from ..text import sentence_index
from .termmatch import TermMatcher
from .voice import VoiceIndex, article_voice

# The agreed export columns (issue 14) first, then the actor the term describes and the articles
# column the offsets point into (text | headline).
CONTEST_TERM_COLUMNS = ["article_id", "outlet", "contest", "side", "term", "voice", "speaker",
                        "sentence", "start", "end", "actor_id", "field"]

# Between a status term and the name after it: nothing but title words ("President of Venezuela",
# "Venezuelan", "U.S.-backed"); no comma, so "the regime, Guaidó said" ties nothing.
_BEFORE_NAME = re.compile(r"(?:\s+(?:of|[A-Z][\w’'.\-]*))*\s+")
# Between a name and a status term after it: a possessive or nothing ("Maduro's regime", "the
# Maduro regime"); an apposition opened by a determiner or possessive (", the self-proclaimed",
# ", Venezuela's") or a relative clause (", who had proclaimed himself as the"), not any clause
# after a comma (", recognized him as" is about "him"); a self-designation, naming or copula
# ("declared himself the country's", "as the nation's", "is a").
_AFTER_NAME = re.compile(
    r"(?:['’]s?)?(?:"
    r",\s+(?:(?:who|whom)\s+[^,;:()\[\]\"“”—–.!?]{0,80}?"
    r"|(?:the|a|an|his|its|their|\w+['’]s)\s+(?:[^\s,;:()\"“”.!?]+\s+){0,3})"
    r"|\s+(?:(?:had|has|have|was|is|be|been)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:proclaim|declar|nam|call|styl|swor|anoint)\w*\s+(?:himself|herself)\s+)?"
    r"(?:as\s+)?(?:(?:the|a|an)\s+)?(?:\w+['’]s\s+)?[\"“‘']?)")


class ContestBook:
    """The contested-naming codebook compiled: one matcher over every term (so the longest term
    wins across contests too), the codebook rows of each term, and the contests about actors."""

    def __init__(self, book):
        self.rows: dict[str, list[dict]] = {}
        firsts = []
        for row in book.to_dict("records"):
            key = " ".join(row["term"].lower().replace("-", " ").split())
            actors = frozenset(a.strip() for a in row["actor_id"].split("|") if a.strip())
            if key not in self.rows:
                self.rows[key] = []
                firsts.append({"term": row["term"], "match": row["match"], "key": key})
            self.rows[key].append({**row, "actors": actors})
        self.matcher = TermMatcher(pd.DataFrame(firsts, columns=["term", "match", "key"]),
                                   payload_cols=["key"]) if firsts else None
        # A contest with an actor-bound row is about a person's or body's status: its terms are
        # tied to actors; an event's names ("coup") are not.
        self.about_actors = {r["contest"] for rows in self.rows.values() for r in rows
                             if r["actors"]}
        self.actor_ids = {a for rows in self.rows.values() for r in rows for a in r["actors"]}
        self.lines = {a: r["line"] for rows in self.rows.values() for r in rows for a in r["actors"]}

    def row_for(self, key: str, actor: str) -> dict | None:
        """The codebook row of term ``key`` describing ``actor`` ("" = unknown): the row bound to
        that actor, else the term's unbound row, else None (the hit is left out)."""
        rows = self.rows[key]
        return (next((r for r in rows if actor and actor in r["actors"]), None)
                or next((r for r in rows if not r["actors"]), None))


@cached_by_file
def contest_book(path="contests.csv") -> ContestBook:
    """The contests codebook compiled (rebuilt when the file changes); empty when it is missing."""
    return ContestBook(load_contests(path))


def tied_actor(text: str, start: int, end: int, mentions: list[tuple], bounds=(0, None)) -> str:
    """The actor id of the name the term at ``text[start:end]`` describes, "" when none is sure.

    ``mentions``: the article's actor mentions (actor_id, actor, mention, start, end) in text order;
    ``bounds``: the sentence (start, end) the term is in, which the name must be in too.
    """
    lo, hi = bounds[0], len(text) if bounds[1] is None else bounds[1]
    starts = [m[3] for m in mentions]
    k = bisect_left(starts, end)           # first mention starting at or after the term's end
    for m in mentions[max(k - 3, 0):k]:    # a name the term is part of ("President Maduro")
        if m[3] < end and start < m[4]:
            return m[0]
    if k < len(mentions) and mentions[k][3] < hi and \
            _BEFORE_NAME.fullmatch(text, end, mentions[k][3]):
        return mentions[k][0]
    j = bisect_left(starts, start) - 1     # the last mention starting before the term
    while j >= 0 and mentions[j][4] > start:
        j -= 1
    if j >= 0 and mentions[j][3] >= lo and _AFTER_NAME.fullmatch(text, mentions[j][4], start):
        return mentions[j][0]
    return ""


def contested_term_rows(article: dict, sentences: list[dict], quotes: list[dict] | None = None,
                        mentions: list[tuple] | None = None,
                        codebook="contests.csv", paragraphs: list[dict] | None = None,
                        voice_index: VoiceIndex | None = None) -> list[tuple]:
    """Contested names in ONE article (article_id, outlet, text, headline) as
    CONTEST_TERM_COLUMNS tuples, the headline's first.

    ``sentences``: the article's sentence rows; ``quotes``: its quote rows (None: no quotation
    known, every body term is the narrator's); ``mentions``: its actor mentions in the text as
    ``ActorIndex.find_rows`` gives them (found here when None). A headline's names have voice
    ``headline``, their ``sentence`` is the headline, their offsets point into
    ``articles.headline`` and ``field`` says so (``text`` for every other row, as in
    framing_hits). ``paragraphs``: its paragraph rows, whose subheads are headline voice. No
    codebook rows, no rows. ``voice_index``: see :func:`~analysis.framing.voice.article_voice`.
    """
    book = contest_book(str(codebook))
    if book.matcher is None:
        return []
    _check_actors(book, codebook)
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    headline = article.get("headline", "") or ""
    rows = [(aid, outlet, *found[:3], "headline", "", headline, *found[4:], "headline")
            for found in _names(book, headline, actor_index().find_rows(headline),
                                sentence_index(headline, None))]
    said = _voices(article_voice(quotes, text, paragraphs, voice_index))
    where = sentence_index(text, sentences)
    if mentions is None:
        mentions = actor_index().find_rows(text)
    for contest, side, term, _, start, end, actor in _names(book, text, mentions, where):
        voice, speaker = said(start, end)
        rows.append((aid, outlet, contest, side, term, voice, speaker, where.at(start), start, end,
                     actor, "text"))
    return rows


def _names(book: ContestBook, text: str, mentions: list[tuple], where) -> list[tuple]:
    """(contest, side, term, match, start, end, actor_id) of each contested name in ``text``: the
    longest codebook term, its row chosen by the actor it is tied to (dropped when no row fits)."""
    found = []
    for _, match, start, end, key in book.matcher.find(text):
        about_actors = any(r["contest"] in book.about_actors for r in book.rows[key])
        actor = tied_actor(text, start, end, mentions, where.span(start)) if about_actors else ""
        row = book.row_for(key, actor)
        if row is not None:
            found.append((row["contest"], row["side"], row["term"], match, start, end,
                          actor if row["contest"] in book.about_actors else ""))
    return found


def _voices(index: VoiceIndex):
    """(voice, speaker) of a span, as ``index`` (a :class:`VoiceIndex`) tells it."""

    def of(start, end):
        voice, speaker, _ = index.of(start, end)
        return voice, speaker
    return of


def _check_actors(book: ContestBook, codebook) -> None:
    """An actor_id the actor codebook does not know could never be tied: one clear line."""
    known = actor_index().records
    for actor in sorted(book.actor_ids - known.keys()):
        raise CodebookError(f"{codebook}:{book.lines[actor]}: actor_id '{actor}' is not in the "
                            "actor codebook")


# --- corpus-wide summary -------------------------------------------------------------------------

SHARE_COLUMNS = ["outlet", "contest", "voice", "side", "hits", "n", "share", "ci_low", "ci_high",
                 "articles"]


def contest_shares(contested_terms: pd.DataFrame) -> pd.DataFrame:
    """Which side's names each outlet uses, per contest and voice: SHARE_COLUMNS, one row per
    outlet × contest × voice × side of that contest (0 hits included).

    ``hits``: the side's names; ``n``: all names of the contest in that outlet and voice;
    ``share`` = hits / n with a 95% interval from a bootstrap over the outlet's articles
    (:func:`analysis.stats.clustered_ratios`, fixed seed; empty with one article); ``articles``:
    the articles holding one of the ``n`` names.
    """
    if contested_terms is None or contested_terms.empty:
        return pd.DataFrame(columns=SHARE_COLUMNS)
    hits = contested_terms.groupby(["outlet", "contest", "voice", "article_id", "side"]).size()
    per_article = hits.groupby(level=[0, 1, 2, 3]).sum().rename("n").reset_index()
    sides = {c: set(group) for c, group in contested_terms.groupby("contest")["side"]}
    for contest, side in zip(load_contests()["contest"], load_contests()["side"]):
        sides.get(contest, set()).add(side)   # a side the codebook has and no outlet used: 0
    rows = per_article.assign(side=per_article["contest"].map(lambda c: sorted(sides[c])))
    rows = rows.explode("side", ignore_index=True)
    rows["hits"] = [hits.get(key, 0) for key in zip(rows["outlet"], rows["contest"], rows["voice"],
                                                   rows["article_id"], rows["side"])]
    out = clustered_ratios(rows, by=["outlet", "contest", "voice", "side"], cluster="article_id",
                           numerator="hits", denominator="n")
    out = out.rename(columns={"ratio": "share", "clusters": "articles"})
    return out[SHARE_COLUMNS].astype({"hits": int, "n": int, "articles": int})
