"""How each actor is named: titles, pre-modifiers, appositives and nameless descriptions.

Why: "opposition leader Juan Guaido", "the self-proclaimed president", "Venezuelan President
Nicolas Maduro" and "the Bolivarian president" take sides before any verb does. Labels attach to
actor ids through ``analysis.actors.find_mentions``; rules, all within one sentence:

- premodifier: the run of words right before a name made of capitalised words (not stopwords such
  as "On" or "Tuesday"), abbreviations (U.S.) and lower-case title words from
  ``codebooks/labels.csv`` (kind=title): "Venezuelan opposition leader | Juan Guaido". The run
  stops at any punctuation, quotation mark or other word ("support for | Maduro" has no label).
- appositive: ", the leader of the ... Assembly," / ", who had proclaimed himself ...," right after
  a name, up to the next comma, semicolon, dash or sentence end (at most 25 words).
- self_designation: "Guaido declared himself (as) the country's interim president".
- description: a nominal description with no name, linked to an actor ONLY through the label
  codebook (kind=description), which lists descriptions that have one referent in this story
  ("the Bolivarian president" → Maduro). A description directly followed by a name is left to the
  premodifier rule. Nothing is guessed from context: a bare "the president" gets no actor.

Labels are kept for person actors only when the actor table has a ``type`` column.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..quotes.mentions import MENTION_COLUMNS
from ..codebooks import cached_by_file
from ..codebooks import CodebookError, read_codebook
from .keyness import load_stopwords
from ..per_article import by_article, iter_articles, rows_frame
from .termmatch import TermMatcher, word_spans
from ..text import sentence_index
from .voice import VoiceIndex

# The agreed export columns first, then extras.
LABEL_COLUMNS = ["article_id", "outlet", "actor_id", "actor", "label", "voice", "sentence", "start",
                 "end", "kind", "speaker", "mention", "mention_start", "mention_end"]
LABEL_KINDS = {"title", "description"}
_DETERMINERS = r"(?:the|a|an|his|her|its|their|our)"
_APPOSITIVE_START = re.compile(
    rf"^,\s+(?:{_DETERMINERS}\s|who\s|whom\s|whose\s|\w+ed\s+by\s)", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")  # the sentence end bounds it too
_SELF = re.compile(
    r"^\s+(?:(?:had|has|have|was|is)\s+)?(?:\w+ly\s+)?(?:proclaim|declar|nam|call|styl|swor|anoint)"
    r"\w*\s+(?:himself|herself|themselves)\s+(?:as\s+)?(?P<label>[^,.;:()\"“”]{1,80}?)"
    r"(?=\s+(?:on|in|since|after|before|and|but|when|while|with|amid|following)\b|[,.;:()\"“”]|$)",
    re.IGNORECASE)


@cached_by_file
def load_labels(path="labels.csv") -> pd.DataFrame:
    """The label codebook (kind, term, actor_id, notes); descriptions must name an actor."""
    book = read_codebook(path, required=["kind", "term", "actor_id"], nonempty=["kind", "term"],
                         choices={"kind": LABEL_KINDS})
    for row in book.itertuples():
        if row.kind == "description" and not row.actor_id:
            raise CodebookError(f"{path}:{row.line}: description '{row.term}' names no actor_id")
    return book


@cached_by_file
def _premodifier_re(path="labels.csv") -> re.Pattern:
    titles = load_labels(path).query("kind == 'title'")["term"].str.lower()
    title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len,
                                                                              reverse=True))
    word = (r"(?:(?:[A-Z]\.){2,}(?:-[\w]+)?"          # U.S., U.S.-backed
            r"|[A-Z][\w’'\-]*"                          # Venezuelan, Russia's, Self-proclaimed
            rf"|(?:{title_alt})(?![\w\-]))")
    return re.compile(rf"(?<![\w.’'\-])(?:{word})(?:[ ]+(?:{word}))*[ ]+$")


@cached_by_file
def _premodifier_break(path="labels.csv") -> re.Pattern:
    """A character no premodifier can hold: not a word character, whitespace, . ’ ' - or a
    character of a title word. A premodifier ends the text it is searched in, so it starts
    after the last such character (see :func:`_premodifier`)."""
    titles = load_labels(path).query("kind == 'title'")["term"]
    extra = sorted({c for t in titles for c in t} - set(".’'-"))
    return re.compile(r"[^\w\s.’'\-" + "".join(re.escape(c) for c in extra) + "]")


def _premodifier(before: str, premod: re.Pattern, stop: re.Pattern) -> re.Match | None:
    """``premod.search(before)``, searching only the stretch after the last ``stop`` character:
    a whole-sentence search tries every capitalised word before the name, while the match
    (a run of label words up to the end) cannot hold such a character. The stretch is found by
    looking for the first ``stop`` character in the reversed text, which the engine does fast."""
    last = stop.search(before[::-1])
    return premod.search(before, len(before) - last.start() if last else 0)


def _trim_premodifier(label: str, stopwords: set[str]) -> str:
    """Drop leading words that cannot open a label: capitalised stopwords ("On", "The", "May") and
    a dangling "of"."""
    words = label.split()
    while words and (words[0].lower().strip("'’") in stopwords or words[0].lower() == "of"):
        words.pop(0)
    return " ".join(words)


def label_rows(article, sentences: pd.DataFrame, mentions: pd.DataFrame,
               quotes: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
               codebook="labels.csv") -> list[tuple]:
    """All labels in ONE article. ``mentions``: ``find_mentions(article.text)`` output, or the
    same rows as (actor_id, actor, mention, start, end) tuples (``ActorIndex.find_rows``)."""
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    stopwords = load_stopwords()
    premod, premod_stop, titles, descriptions = _label_rules(str(codebook))
    where = sentence_index(text, sentences)
    rows = []
    if isinstance(mentions, pd.DataFrame):
        mentions = list(zip(*(mentions[c].tolist() for c in MENTION_COLUMNS))) if len(mentions) \
            else []
    mention_starts = {m[3] for m in mentions}
    for m in mentions:
        actor_id, actor, _, m_start, m_end = m
        m_start, m_end = int(m_start), int(m_end)
        s_start, s_end = where.span(m_start)
        # An alias may carry its own title ("President Maduro"): that title is a label too.
        title_end = _leading_title_end(text, m_start, m_end, titles)
        before = text[s_start:m_start]
        hit = _premodifier(before, premod, premod_stop)
        label_start = label_end = -1
        if hit:
            raw = hit.group().rstrip()
            label = _trim_premodifier(raw, stopwords)
            if label:
                label_end = s_start + hit.start() + len(raw)
                label_start = label_end - len(label)
        if title_end > m_start:
            label_end = title_end
            label_start = m_start if label_start < 0 else label_start
        if label_start >= 0:
            rows.append((actor_id, actor, " ".join(text[label_start:label_end].split()),
                         "premodifier", label_start, label_end, m))
        after = text[m_end:s_end]
        app = _APPOSITIVE_START.match(after)
        if app:
            body_start = m_end + len(after) - len(after[1:].lstrip())
            stop = _APPOSITIVE_END.search(text, body_start, s_end)
            body_end = stop.start() if stop else s_end
            label = text[body_start:body_end].rstrip().rstrip(".!?\"”’")
            if label and len(label.split()) <= 25:
                rows.append((actor_id, actor, label, "appositive", body_start,
                             body_start + len(label), m))
        self_ = _SELF.match(after)
        if self_:
            start = m_end + self_.start("label")
            rows.append((actor_id, actor, self_.group("label").strip(), "self_designation",
                         start, m_end + self_.end("label"), m))
    rows += _descriptions(text, mention_starts, actors, descriptions)
    voice = VoiceIndex(quotes)
    out = []
    for actor_id, actor, label, kind, s, e, m in rows:
        said, speaker, _ = voice.of(aid, s, e)
        out.append((aid, outlet, actor_id, actor, label, said, where.at(s), s, e, kind, speaker,
                    m[2], m[3], m[4]))
    out.sort(key=lambda r: (r[7], r[9]))
    return out


def labels_article(article, sentences: pd.DataFrame, mentions: pd.DataFrame,
                   quotes: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
                   codebook="labels.csv") -> pd.DataFrame:
    """:func:`label_rows` as a table (columns LABEL_COLUMNS)."""
    return rows_frame(label_rows(article, sentences, mentions, quotes, actors, codebook),
                      LABEL_COLUMNS)


@cached_by_file
def _titles(path="labels.csv") -> frozenset[str]:
    return frozenset(load_labels(path).query("kind == 'title'")["term"].str.lower())


def _leading_title_end(text: str, start: int, end: int, titles: frozenset[str]) -> int:
    """End offset of the title words an alias begins with ("President" in "President Maduro"),
    or ``start`` when it begins with the name; the last word of an alias is never a title."""
    return start + _title_length(text[start:end], titles)


@lru_cache(maxsize=4096)
def _title_length(mention: str, titles: frozenset[str]) -> int:
    """Length of the title words ``mention`` begins with; cached per mention as written (the same
    few names recur in every article, and tokenizing each costs more than the lookup)."""
    last = 0
    for s, e in word_spans(mention)[:-1]:
        if mention[s:e].lower() not in titles:
            break
        last = e
    return last


_NO_MENTION = (None, None, "", -1, -1)   # (actor_id, actor, mention, start, end) of no name


def _descriptions(text: str, mention_starts: set, actors, matcher: TermMatcher | None) -> list:
    """Codebook descriptions (found by ``matcher``) with no name right after them."""
    if matcher is None:
        return []
    rows = []
    for _, match, start, end, actor_id in matcher.find_rows(text):
        following = _SPACE.match(text, end)
        if following and following.end() in mention_starts:
            continue  # "the opposition leader Juan Guaido": the premodifier rule covers it
        rows.append((actor_id, match, start, end))
    if not rows:
        return []   # most articles: no need to read the actor table at all
    names = (dict(zip(actors["id"].tolist(), actors["name"].tolist()))
             if actors is not None and len(actors) else {})
    return [(actor_id, names.get(actor_id, actor_id), match, "description", start, end,
             _NO_MENTION) for actor_id, match, start, end in rows]


_SPACE = re.compile(r"\s+")


@cached_by_file
def _description_matcher(codebook: str) -> TermMatcher | None:
    book = load_labels(codebook).query("kind == 'description'")
    return TermMatcher(book, mode_col=None, payload_cols=["actor_id"]) if len(book) else None


class _LabelRules(NamedTuple):
    premodifier: re.Pattern
    premodifier_stop: re.Pattern
    titles: frozenset[str]
    descriptions: TermMatcher | None


@cached_by_file
def _label_rules(path="labels.csv") -> _LabelRules:
    """All that :func:`label_rows` builds from the codebook, behind one cache look-up per
    article (each look-up checks the file's modification time)."""
    return _LabelRules(_premodifier_re(path), _premodifier_break(path), _titles(path),
                       _description_matcher(path))


def actor_labels(corpus, quotes="auto", actors: pd.DataFrame | None = None,
                 codebook="labels.csv") -> pd.DataFrame:
    """actor_labels.csv: every label of every actor, with voice, sentence and offsets."""
    from ..quotes.mentions import find_mentions, load_actors
    from .hits import corpus_quotes

    actors = load_actors() if actors is None else actors
    _check_description_actors(actors, codebook)
    keep = None
    if "type" in actors.columns:
        keep = set(actors.loc[actors["type"].str.lower() == "person", "id"])
    quotes_of = by_article(corpus_quotes(corpus, quotes))
    parts = []
    for art, sents in iter_articles(corpus):
        mentions = find_mentions(art["text"], actors)
        if keep is not None:
            mentions = mentions[mentions["actor_id"].isin(keep)]
        parts.append(labels_article(art, sents, mentions, quotes_of.get(art["article_id"]),
                                    actors, codebook))
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=LABEL_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def _check_description_actors(actors: pd.DataFrame, codebook) -> None:
    """A description pointing to an actor id the actor codebook lacks is a codebook error."""
    known = set(actors["id"])
    for row in load_labels(codebook).query("kind == 'description'").itertuples():
        if row.actor_id not in known:
            raise CodebookError(f"{codebook}:{row.line}: actor_id '{row.actor_id}' is not in "
                                f"the actor codebook")
