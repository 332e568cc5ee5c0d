"""How each actor is named: titles, pre-modifiers, appositives and nameless descriptions.

Why: "opposition leader Juan Guaido", "the self-proclaimed president", "Venezuelan President
Nicolas Maduro" and "the Bolivarian president" take sides before any verb does. Labels attach to
actor ids through the actor mentions (``analysis.quotes.mentions``); rules, all within one
sentence:

- premodifier: the run of words right before a name made of capitalised words (not stopwords such
  as "On" or "Tuesday"), abbreviations (U.S.) and lower-case title words from
  ``codebooks/labels.csv`` (kind=title): "Venezuelan opposition leader | Juan Guaido". The run
  stops at any punctuation, quotation mark or other word ("support for | Maduro" has no label).
- appositive: ", the leader of the ... Assembly," / ", backed by Washington," right after a name,
  up to the next comma, semicolon, dash or sentence end (at most 25 words). A relative clause
  (", who ...") is no label: it says what someone did, not what they are called; nor are words
  holding a finite auxiliary or modal before any relative pronoun (", the fact-checkers at the
  Post will now award": the sentence's subject and verb, not an apposition).
- self_designation: "Guaido declared himself (as) the country's interim president", also in a
  relative clause (", who had proclaimed himself as the interim president").
- description: a nominal description with no name, linked to an actor ONLY through the label
  codebook (kind=description), which lists descriptions that have one referent in this story
  ("the Bolivarian president" → Maduro). A description directly followed by a name is left to the
  premodifier rule. Nothing is guessed from context: a bare "the president" gets no actor.

The pipeline passes person mentions only: labels are about people.
"""
from __future__ import annotations

import re

import pandas as pd

from ..codebooks import CodebookError, cached_by_file, load_labels, load_stopwords
from ..text import sentence_index, word_spans
from .termmatch import TermMatcher
from .voice import VoiceIndex, article_voice

# The agreed export columns first, then extras.
LABEL_COLUMNS = ["article_id", "outlet", "actor_id", "actor", "label", "voice", "sentence", "start",
                 "end", "kind", "speaker", "mention", "mention_start", "mention_end"]
_DETERMINERS = r"(?:the|a|an|his|her|its|their|our)"
_APPOSITIVE_START = re.compile(rf"^,\s+(?:{_DETERMINERS}\s|\w+ed\s+by\s)", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")  # the sentence end bounds it too
# A finite auxiliary or modal before any relative pronoun: the words after the comma are the
# sentence's own subject and verb ("If Republicans doubt Obama, the fact-checkers at the Post will
# now award you four Pinocchios"), not a name for the actor ("the leader who has ..." stays one).
_CLAUSE_VERB = re.compile(r"\b(?:(?:who|whom|whose|which|that)\b|(?P<verb>will|would|can|could|shall|"
                          r"should|may|might|must|is|are|was|were|has|have|had|does|do|did)\b)")
_SELF = re.compile(
    r"^,?\s+(?:(?:who|which)\s+)?(?:(?:had|has|have|was|is)\s+)?(?:\w+ly\s+)?(?:proclaim|declar|nam|call|styl|swor|anoint)"
    r"\w*\s+(?:himself|herself|themselves)\s+(?:as\s+)?(?P<label>[^,.;:()\"“”]{1,80}?)"
    r"(?=\s+(?:on|in|since|after|before|and|but|when|while|with|amid|following)\b|[,.;:()\"“”]|$)",
    re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_NO_MENTION = (None, None, "", -1, -1)   # (actor_id, actor, mention, start, end) of no name


@cached_by_file
def premodifier_pattern(path="labels.csv") -> re.Pattern:
    """A run of label words (capitalised words, U.S.-style abbreviations, title words of the
    codebook) that ends the text searched: what stands right before a name."""
    titles = load_labels(path).query("kind == 'title'")["term"].str.lower()
    title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len,
                                                                              reverse=True))
    word = (r"(?:(?:[A-Z]\.){2,}(?:-[\w]+)?"          # U.S., U.S.-backed
            r"|[A-Z][\w’'\-]*"                          # Venezuelan, Russia's, Self-proclaimed
            rf"|(?:{title_alt})(?![\w\-]))")
    return re.compile(rf"(?<![\w.’'\-])(?:{word})(?:[ ]+(?:{word}))*[ ]+$")


@cached_by_file
def _titles(path="labels.csv") -> frozenset[str]:
    return frozenset(load_labels(path).query("kind == 'title'")["term"].str.lower())


@cached_by_file
def _description_matcher(path="labels.csv") -> TermMatcher | None:
    book = load_labels(path).query("kind == 'description'")
    return TermMatcher(book, mode_col=None, payload_cols=["actor_id", "line"]) if len(book) else None


def _trim_premodifier(label: str, stopwords: frozenset[str]) -> str:
    """Drop leading words that cannot open a label: capitalised stopwords ("On", "The", "May") and
    a dangling "of". A word in capitals (``US``, ``UK``) is a country, not the pronoun "us": the
    nationality stays ("US President")."""
    words = label.split()
    while words and not (len(words[0]) > 1 and words[0].isupper()) and (
            words[0].lower().strip("'’") in stopwords or words[0].lower() == "of"):
        words.pop(0)
    return " ".join(words)


def _title_length(mention: str, titles: frozenset[str]) -> int:
    """Length of the title words an alias begins with ("President" in "President Maduro"), 0 when
    it begins with the name; the last word of an alias is never a title."""
    last = 0
    for s, e in word_spans(mention)[:-1]:
        if mention[s:e].lower() not in titles:
            break
        last = e
    return last


def label_rows(article: dict, sentences: list[dict], mentions: list[tuple],
               quotes: list[dict] | None = None, actors: pd.DataFrame | None = None,
               codebook="labels.csv", paragraphs: list[dict] | None = None,
               voice_index: VoiceIndex | None = None) -> list[tuple]:
    """All labels in ONE article as LABEL_COLUMNS tuples.

    ``mentions``: the article's actor mentions as (actor_id, actor, mention, start, end) tuples
    (``ActorIndex.find_rows``); ``quotes``: its quote rows, for voice; ``actors``: the actor
    table (id, name), which names the actors of codebook descriptions; ``paragraphs``: its
    paragraph rows, whose subheads are headline voice (:mod:`.voice`). ``voice_index``: see :func:`~analysis.framing.voice.article_voice`.
    """
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    stopwords, premod, titles = load_stopwords(), premodifier_pattern(codebook), _titles(codebook)
    where = sentence_index(text, sentences)
    rows = []
    for m in mentions:
        actor_id, actor, _, m_start, m_end = m
        s_start, s_end = where.span(m_start)
        # An alias may carry its own title ("President Maduro"): that title is a label too.
        title_end = m_start + _title_length(text[m_start:m_end], titles)
        hit = premod.search(text[s_start:m_start])
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
            verb = _CLAUSE_VERB.search(label)
            if label and len(label.split()) <= 25 and not (verb and verb.group("verb")):
                rows.append((actor_id, actor, label, "appositive", body_start,
                             body_start + len(label), m))
        self_ = _SELF.match(after)
        if self_:
            start = m_end + self_.start("label")
            rows.append((actor_id, actor, self_.group("label").strip(), "self_designation",
                         start, m_end + self_.end("label"), m))
    rows += _descriptions(text, {m[3] for m in mentions}, actors, codebook)
    if not rows:        # no voice to look up
        return []
    voice = article_voice(quotes, text, paragraphs, voice_index)
    out = []
    for actor_id, actor, label, kind, s, e, m in rows:
        said, speaker, _ = voice.of(s, e)
        out.append((aid, outlet, actor_id, actor, label, said, where.at(s), s, e, kind, speaker,
                    m[2], m[3], m[4]))
    out.sort(key=lambda r: (r[7], r[9]))
    return out


def _descriptions(text: str, mention_starts: set, actors: pd.DataFrame | None, codebook) -> list:
    """Codebook descriptions with no name right after them ("the opposition leader Juan Guaido"
    is left to the premodifier rule), named from the actor table."""
    matcher = _description_matcher(codebook)
    if matcher is None:
        return []
    names = (dict(zip(actors["id"].tolist(), actors["name"].tolist()))
             if actors is not None and len(actors) else None)
    rows = []
    for _, match, start, end, actor_id, line in matcher.find(text):
        following = _SPACE.match(text, end)
        if following and following.end() in mention_starts:
            continue
        if names is not None and actor_id not in names:
            raise CodebookError(f"{codebook}:{line}: actor_id '{actor_id}' is not in the actor "
                                f"codebook")
        actor = names.get(actor_id, actor_id) if names is not None else actor_id
        rows.append((actor_id, actor, match, "description", start, end, _NO_MENTION))
    return rows
