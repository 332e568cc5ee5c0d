"""Who is who: the actor codebook and a matcher that finds actors' names in text, with offsets.

Why one matcher: quote attribution, actor counts and framing must agree on which words name whom.
Rules: aliases come from ``codebooks/actors.csv``; matching is case-sensitive on a word's first
letter (proper names), though later words of a multi-word alias may be lower-case ("Russian foreign
ministry"); accents are optional ("Guaido" finds Guaidó, "Nicolas" finds Nicolás); whole words
only; where two aliases overlap, the one starting first and then the longest wins ("U.S. State
Department" is one mention, not "State Department" inside it). Pronouns are never mentions here:
resolving them is the quote attributor's job (:mod:`analysis.quotes`).
"""
from __future__ import annotations

import re

import pandas as pd

from ..codebooks import CodebookError, cached_by_file, read_codebook
from ..text import fold, word_alternation

ACTORS_FILE = "actors.csv"
COLUMNS = ["id", "name", "aliases", "type", "country", "affiliation", "camp"]
TYPES = {"person", "government body", "media", "international organization", "group"}
CAMPS = {"Russian government", "US government", "Venezuelan government", "Venezuelan opposition",
         "other"}
MENTION_COLUMNS = ["actor_id", "actor", "mention", "start", "end"]


def _split(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


@cached_by_file
def _actor_table(path=ACTORS_FILE) -> pd.DataFrame:
    book = read_codebook(path, required=COLUMNS, nonempty=["id", "name", "type", "camp"],
                         choices={"type": TYPES, "camp": CAMPS})
    for col in ("gender", "metonyms"):
        if col not in book.columns:
            book[col] = ""
    seen: dict[str, int] = {}
    for row in book.itertuples():
        if row.id in seen:
            raise CodebookError(f"{path}:{row.line}: actor id '{row.id}' already used on line "
                                f"{seen[row.id]}")
        seen[row.id] = row.line
        if not re.fullmatch(r"[a-z0-9_]+", row.id):
            raise CodebookError(f"{path}:{row.line}: actor id '{row.id}' must be lower-case "
                                "letters, digits and _")
        if row.gender not in ("", "m", "f"):
            raise CodebookError(f"{path}:{row.line}: gender '{row.gender}' is not m, f or empty")
    owner: dict[str, tuple[str, int]] = {}
    for row in book.itertuples():
        for alias in _split(row.aliases) + [row.name]:
            key = fold(alias)
            if key in owner and owner[key][0] != row.id:
                raise CodebookError(f"{path}:{row.line}: alias '{alias}' also belongs to "
                                    f"'{owner[key][0]}' (line {owner[key][1]})")
            owner[key] = (row.id, row.line)
    return book


def load_actors(path=ACTORS_FILE) -> pd.DataFrame:
    """The actor codebook, checked: known types and camps, unique ids, no alias used twice.

    Columns id, name, aliases, type, country, affiliation, camp, gender, metonyms, line (all str
    except line). Raises :class:`analysis.codebooks.CodebookError` naming file and line.
    """
    return _actor_table(path).copy()


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

    def __init__(self, actors: pd.DataFrame):
        self.actors = actors.set_index("id", drop=False)
        self.names = dict(zip(actors["id"], actors["name"]))
        self._last: tuple = (None, None, [])
        self._last_scan: tuple = (None, ([], []))
        self._lookups: dict[str, str] = {}   # mention as written -> actor id ("" if none)
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
        return re.compile(word_alternation(pats, r"[\w.-]") + tail)

    def lookup(self, mention: str) -> str:
        """Actor id for an exact alias, name or metonym (accents/case ignored); "" if unknown.

        Answers are kept per mention string (a name as written): the matcher asks for the same
        few names in every article."""
        aid = self._lookups.get(mention)
        if aid is None:
            if len(self._lookups) > 100_000:   # bounded: arbitrary strings may be asked for
                self._lookups.clear()
            key = fold(" ".join(mention.split())).lower()
            aid = self._lookups[mention] = self.by_alias.get(key) or self.by_metonym.get(key, "")
        return aid

    def find(self, text: str, metonyms: bool = False) -> pd.DataFrame:
        """Mentions in ``text`` as a DataFrame (see :func:`find_mentions`)."""
        cols = MENTION_COLUMNS + (["metonym"] if metonyms else [])
        return pd.DataFrame(self.find_rows(text, metonyms), columns=cols)

    def find_rows(self, text: str, metonyms: bool = False) -> list[tuple]:
        """:meth:`find` as plain tuples (actor_id, actor, mention, start, end[, metonym]).

        The last text's result is kept: several per-article steps ask for the same article."""
        if self._last[:2] == (text, metonyms):
            return list(self._last[2])
        rows = self._find_rows(text, metonyms)
        self._last = (text, metonyms, rows)
        return list(rows)

    def _scan(self, text: str) -> tuple[list[tuple], list[tuple]]:
        """Alias hits and metonym hits of ``text``, before overlaps are resolved. The last text's
        scan is kept: an article is asked for with and without metonyms, and the scan is the cost."""
        if self._last_scan[0] == text:
            return self._last_scan[1]
        folded = fold(text)
        hits = []
        for regex, is_meto in ((self._alias_re, False), (self._meto_re, True)):
            found = []
            for m in (regex.finditer(folded) if regex is not None else ()):
                aid = self.lookup(m.group())
                if aid:
                    found.append((aid, self.names[aid], text[m.start():m.end()], m.start(),
                                  m.end(), is_meto))
            hits.append(found)
        self._last_scan = (text, tuple(hits))
        return self._last_scan[1]

    def _find_rows(self, text: str, metonyms: bool) -> list[tuple]:
        aliases, metos = self._scan(text)
        rows = aliases + metos if metonyms else list(aliases)
        # Longest match wins across aliases and metonyms too ("Moscow" inside a longer alias).
        rows.sort(key=lambda r: (r[3], -(r[4] - r[3])))
        kept, last_end = [], -1
        for r in rows:
            if r[3] >= last_end:
                kept.append(r)
                last_end = r[4]
        return [r if metonyms else r[:5] for r in kept]


@cached_by_file
def _codebook_index(path=ACTORS_FILE) -> ActorIndex:
    return ActorIndex(_actor_table(path))


def actor_index(actors: pd.DataFrame | ActorIndex | None = None) -> ActorIndex:
    """An :class:`ActorIndex` for ``actors`` (default: the codebook, cached until it changes; an
    index passed in is returned as is; the last table passed in keeps its index, so callers
    looping over articles with the same table build it once)."""
    if actors is None:
        return _codebook_index()
    if isinstance(actors, ActorIndex):
        return actors
    if _LAST_INDEX and _LAST_INDEX[0] is actors:
        return _LAST_INDEX[1]
    _LAST_INDEX[:] = [actors, ActorIndex(actors)]
    return _LAST_INDEX[1]


_LAST_INDEX: list = []


def find_mentions(text: str, actors: pd.DataFrame | None = None,
                  metonyms: bool = False) -> pd.DataFrame:
    """Actors named in ``text``: DataFrame[actor_id, actor, mention, start, end], in text order.

    ``mention`` is the text as written (``text[start:end]``). With ``metonyms=True`` place names
    standing for a government ("Washington", "the U.S." as a noun) are added, flagged in an
    extra ``metonym`` column.
    """
    return actor_index(actors).find(text, metonyms=metonyms)


def resolve_actor(mention: str, actors: pd.DataFrame | None = None) -> str:
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


def actor_record(actor_id: str, actors: pd.DataFrame | None = None) -> dict:
    """The codebook row of ``actor_id`` as a dict (empty strings for an unknown id)."""
    index = actor_index(actors)
    if actor_id in index.actors.index:
        return index.actors.loc[actor_id].to_dict()
    return {c: "" for c in COLUMNS + ["gender", "metonyms"]}
