"""The CSV codebooks researchers edit: one reader and one cache for everything built from them.

Reading: a malformed row fails with one clear line naming file, line and problem.
Caching: what is built from a codebook (a checked table, a compiled matcher) is reused for every
article, yet a researcher who edits a codebook and re-runs a notebook cell must see the edit
without restarting the kernel, so the cache key is the file's (resolved path, modification time,
size). Inside :func:`one_version` (what an export runs in) each codebook is looked at once: the run
uses one version of every codebook throughout, and skips a file check per use.
"""
from __future__ import annotations

import csv
import os
import re
from contextlib import contextmanager
from functools import lru_cache, wraps
from pathlib import Path

import pandas as pd

from .paths import CODEBOOKS
from .study import CODEBOOKS_FOLDER, STUDY_ENV, active_folder


#: Environment variable naming another codebook folder (a study's own, or a test's edited copy).
CODEBOOKS_ENV = "ANALYSIS_CODEBOOKS_DIR"


def codebook_dir() -> Path:
    """The folder codebooks are read from: $ANALYSIS_CODEBOOKS_DIR, else analysis/codebooks/."""
    return Path(os.environ.get(CODEBOOKS_ENV) or CODEBOOKS)


class CodebookError(ValueError):
    """A codebook file that cannot be used; the message names file, line and problem."""


def read_codebook(path, required: list[str], nonempty: list[str] | None = None,
                  choices: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """Read a codebook CSV, checking columns, cell counts, empty and out-of-vocabulary cells.

    Lines starting with ``#`` are comments. Returns the rows as strings, with a ``line`` column
    holding the file line each row came from, so later checks can report it too.
    """
    path = resolve_codebook(path)
    if not path.exists():
        raise CodebookError(f"{path}: codebook file not found")
    nonempty = nonempty or []
    choices = choices or {}
    rows, header = [], None
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(no, text) for no, text in enumerate(handle.read().splitlines(), start=1)
                 if text.strip() and not text.lstrip().startswith("#")]
    reader = csv.reader(text for _, text in lines)
    for (no, _), cells in zip(lines, reader):
        if reader.line_num != len(rows) + (header is not None) + 1:   # a quoted cell ran on
            raise CodebookError(f"{path}:{no}: a quotation mark opened on this line is never "
                                "closed (the lines after it would be read into one cell)")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise CodebookError(f"{path}:{no}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise CodebookError(
                f"{path}:{no}: expected {len(header)} cells ({','.join(header)}), found {len(cells)}")
        row = dict(zip(header, (c.strip() for c in cells)))
        for col in nonempty:
            if not row[col]:
                raise CodebookError(f"{path}:{no}: column '{col}' is empty")
        for col, allowed in choices.items():
            if row[col] not in allowed:
                raise CodebookError(
                    f"{path}:{no}: '{row[col]}' in column '{col}' is not one of {sorted(allowed)}")
        row["line"] = no
        rows.append(row)
    if header is None:
        raise CodebookError(f"{path}: codebook is empty")
    return pd.DataFrame(rows, columns=header + ["line"])


def codebook_dirs() -> list[Path]:
    """Where codebooks are looked up, first match wins: the active study's ``codebooks/`` (see
    :mod:`analysis.study`), then :func:`codebook_dir`. A study's file replaces the package's file
    of the same name as a whole (to extend one, copy it and add rows)."""
    study = active_folder()
    return ([study / CODEBOOKS_FOLDER] if study else []) + [codebook_dir()]


def resolve_codebook(path) -> Path:
    """An absolute codebook path as given; a name from the first of :func:`codebook_dirs` that
    has it; else a relative path as given if it exists; else the package's (missing) file."""
    p = Path(path)
    if p.is_absolute():
        return p
    for folder in codebook_dirs():
        if (folder / p).exists():
            return folder / p
    return p if p.exists() else codebook_dir() / p


_RUN = {"id": 0, "active": False}   # the current one_version() block, if any


@contextmanager
def one_version():
    """Within this block every codebook is read (or taken from the cache) once and then kept, even
    if its file changes: a long export never mixes two versions of a codebook. Processes forked
    inside the block keep to it too. The answers are kept by the name asked for, so the active
    study (:func:`analysis.study.active`) must not change inside a block: the export and a Dask
    task each choose their study before they open one."""
    was_active = _RUN["active"]
    _RUN.update(id=_RUN["id"] + 1, active=True)
    try:
        yield
    finally:
        _RUN.update(id=_RUN["id"] + 1, active=was_active)


def file_version(path) -> tuple:
    """(modification time in ns, size) of a file, (0, 0) when it is missing: what the cache keys on."""
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


def cached_by_file(func):
    """Decorator for ``func(path)``: one cached result per file version."""
    default = func.__defaults__[0] if func.__defaults__ else None

    @lru_cache(maxsize=16)
    def load(resolved: str, version: tuple):
        return func(resolved)

    resolved_paths: dict = {}   # (path as given, folder) → resolved str; a stat per call remains
    kept: dict = {}             # path as given → (one_version block id, result)

    @wraps(func)
    def wrapper(path=default):
        # Inside one_version() the kept answer comes first, before the two environment lookups
        # that find the folder: a wrapper runs ~130 times an article (PolNeAR export: -3% CPU).
        if _RUN["active"]:
            run, result = kept.get(path, (None, None))
            if run == _RUN["id"]:
                return result
        key = (path, os.environ.get(CODEBOOKS_ENV), os.environ.get(STUDY_ENV))
        resolved = resolved_paths.get(key)
        if resolved is None:
            resolved = resolved_paths[key] = str(resolve_codebook(path))
        result = load(resolved, file_version(resolved))
        if _RUN["active"]:
            kept[path] = (_RUN["id"], result)
        return result

    wrapper.cache_clear = load.cache_clear
    return wrapper


def per_text(*loaders, maxsize: int = 100_000):
    """Decorator for ``func(text, *codebooks)``: results kept per text (up to ``maxsize``, then
    started afresh) while each of ``loaders()`` returns the same codebook object, so an edited
    codebook is never answered from the cache. For per-article steps on corpora that repeat
    text (wire copy, reprinted sentences), in each process."""
    def decorate(func):
        state = {"books": (), "memo": {}}

        @wraps(func)
        def wrapper(text: str):
            books = tuple(load() for load in loaders)
            if len(books) != len(state["books"]) or any(a is not b for a, b in zip(books, state["books"])):
                state.update(books=books, memo={})
            memo = state["memo"]
            found = memo.get(text)
            if found is None:
                if len(memo) >= maxsize:
                    memo.clear()
                found = memo[text] = func(text, *books)
            return found
        return wrapper
    return decorate


# --- compare: sources, key events, reuse equivalents ------------------------------------------


@cached_by_file
def load_sources(name: str = "sources.csv") -> pd.DataFrame:
    """The cited-source codebook, one row per alias: source, alias, type, country."""
    book = read_codebook(name, required=["source", "aliases", "type", "country"],
                         nonempty=["source", "aliases", "type"],
                         choices={"type": {"agency", "media", "institution"}})
    rows = [{"source": r.source, "alias": alias.strip(), "type": r.type, "country": r.country}
            for r in book.itertuples() for alias in r.aliases.split(";") if alias.strip()]
    return pd.DataFrame(rows)


@cached_by_file
def load_facts(name: str = "events.csv") -> pd.DataFrame:
    """The key-fact codebook: fact_id, label, terms (";"-separated groups that must all occur,
    each a "|"-separated list of alternatives), date."""
    return read_codebook(name, required=["fact_id", "label", "terms", "date"],
                         nonempty=["fact_id", "label", "terms"])


@cached_by_file
def load_reuse_equivalents(name: str = "reuse_equivalents.csv") -> pd.DataFrame:
    """Spelling variants text reuse treats as one word: variant, canonical, case (exact|any)."""
    return read_codebook(name, required=["variant", "canonical", "case"],
                         nonempty=["variant", "canonical", "case"],
                         choices={"case": {"exact", "any"}})


# --- framing: frames, hedges, labels, stop words ------------------------------------------------

MATCH_MODES = {"stem", "exact", "cased", ""}            # "" = stem
HEDGE_KINDS = {"hedge", "distancing", "discrediting"}
HEDGE_TARGETS = {"clause", "phrase", "speech"}
LABEL_KINDS = {"title", "description"}


@cached_by_file
def load_frames(path="frames.csv") -> pd.DataFrame:
    """The framing codebook (frame, term, match, notes); a repeated term is an error."""
    book = read_codebook(path, required=["frame", "term", "match"], nonempty=["frame", "term"],
                         choices={"match": MATCH_MODES})
    _check_unique_terms(book, path)
    return book


@cached_by_file
def load_hedges(path="hedges.csv") -> pd.DataFrame:
    """The hedge codebook (term, marker, kind, target, match, notes); a repeated term is an error."""
    book = read_codebook(path, required=["term", "marker", "kind", "target", "match"],
                         nonempty=["term", "marker", "kind", "target"],
                         choices={"kind": HEDGE_KINDS, "target": HEDGE_TARGETS,
                                  "match": MATCH_MODES})
    _check_unique_terms(book, path)
    return book


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
def load_stopwords(path="stopwords.csv") -> frozenset[str]:
    """Words left out of keyness counts and label/phrase edges (one lower-case word a row)."""
    return frozenset(read_codebook(path, required=["word"], nonempty=["word"])["word"].str.lower())


def _check_unique_terms(book: pd.DataFrame, path) -> None:
    """A term listed twice would be counted for whichever row comes first: refuse it (hyphens
    and spaces are the same to the matcher, so "so-called" repeats "so called")."""
    seen: dict[str, int] = {}
    for term, line in zip(book["term"], book["line"]):
        key = " ".join(term.lower().replace("-", " ").split())
        if key in seen:
            raise CodebookError(f"{path}:{line}: term '{term}' repeats line {seen[key]}")
        seen[key] = line


# --- framing direction: contested naming -------------------------------------------------------

CONTEST_COLUMNS = ["contest", "side", "term", "match", "actor_id", "notes"]


@cached_by_file
def load_contests(path="contests.csv") -> pd.DataFrame:
    """The contested-naming codebook (contest, side, term, match, actor_id, notes), checked.

    Story-specific: a missing file or a header alone means "no contests" (zero rows, no error).
    A term may repeat only with other actor_id cells (the actor it describes decides the row);
    no two rows of one term may name the same actor, and a term has at most one row for any actor.
    """
    if not resolve_codebook(path).exists():
        return pd.DataFrame(columns=CONTEST_COLUMNS + ["line"])
    book = read_codebook(path, required=["contest", "side", "term"],
                         nonempty=["contest", "side", "term"])
    for col in ("match", "actor_id", "notes"):
        if col not in book.columns:
            book[col] = ""
    seen: dict[tuple[str, str], int] = {}
    for row in book.itertuples():
        if row.match not in MATCH_MODES:
            raise CodebookError(f"{path}:{row.line}: '{row.match}' in column 'match' is not one of "
                                f"{sorted(MATCH_MODES)}")
        key = " ".join(row.term.lower().replace("-", " ").split())
        for actor in [a.strip() for a in row.actor_id.split("|")] if row.actor_id else [""]:
            if (key, actor) in seen:
                whom = f"for actor '{actor}' " if actor else ""
                raise CodebookError(f"{path}:{row.line}: term '{row.term}' {whom}repeats line "
                                    f"{seen[key, actor]}")
            seen[key, actor] = row.line
    return book[CONTEST_COLUMNS + ["line"]]


# --- quotes: actors, reporting verbs ---------------------------------------------------------------

ACTOR_COLUMNS = ["id", "name", "aliases", "type", "country", "affiliation", "camp"]
ACTOR_TYPES = {"person", "government body", "media", "international organization", "group"}
#: The camp every study has: actors outside the study's sides.
OTHER_CAMP = "other"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}|[a-z][a-z ]*")
VERB_CLASSES = {"neutral", "emphatic", "tentative", "distancing", "confrontational", "directive",
                "belief", "evidence"}  # belief: cognition verbs; evidence: what polls and records show


@cached_by_file
def load_camps(path="camps.csv") -> pd.DataFrame:
    """The study's camps in order (``camp``, ``colour``); ``other`` is added last when missing."""
    book = read_codebook(path, required=["camp", "colour"], nonempty=["camp", "colour"])
    for row in book.itertuples():
        if not _COLOUR.fullmatch(row.colour):
            raise CodebookError(f"{path}:{row.line}: colour '{row.colour}' is neither #RRGGBB "
                                "nor a colour name")
    if book["camp"].duplicated().any():
        row = book[book["camp"].duplicated()].iloc[0]
        raise CodebookError(f"{path}:{row.line}: camp '{row.camp}' listed twice")
    if OTHER_CAMP not in set(book["camp"]):
        book = pd.concat([book, pd.DataFrame([{"camp": OTHER_CAMP, "colour": "#999999", "line": 0}])],
                         ignore_index=True)
    return book


def camps() -> list[str]:
    """The active study's camps in their order (``other`` last unless the study places it)."""
    return list(load_camps()["camp"])


@cached_by_file
def load_actors(path="actors.csv") -> pd.DataFrame:
    """The actor codebook, checked: known types, camps from camps.csv, unique lower-case ids,
    gender m/f/"".

    Columns id, name, aliases (|-separated), type, country, affiliation, camp, gender, metonyms,
    line (all str except line). The table is shared by every caller: do not modify it. Aliases
    that two actors share are caught where they are matched (:class:`analysis.quotes.mentions.
    ActorIndex`), since "the same alias" means the same after accent folding.
    """
    book = read_codebook(path, required=ACTOR_COLUMNS, nonempty=["id", "name", "type", "camp"],
                         choices={"type": ACTOR_TYPES, "camp": set(camps())})
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
    return book


def _regular_forms(lemma: str) -> list[str]:
    """"deny" -> deny, denies, denied, denying (the last word of a multi-word verb inflects)."""
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


@cached_by_file
def load_countries(path="countries.csv") -> dict[str, str]:
    """Country words (lower case: demonyms, capitals, possessives) → the country they point to,
    as written in actors.csv ``country``."""
    book = read_codebook(path, required=["word", "country"], nonempty=["word", "country"])
    return dict(zip(book["word"].str.lower(), book["country"]))


@cached_by_file
def load_given_names(path="given_names.csv") -> dict[str, str]:
    """Given names → the gender they nearly always mark ("m" or "f"); :mod:`analysis.quotes.names`
    gives a name the text carries a gender from its first word ("Hillary Clinton" -> f)."""
    book = read_codebook(path, required=["name", "gender"], nonempty=["name", "gender"],
                         choices={"gender": {"m", "f"}})
    return dict(zip(book["name"], book["gender"]))


@cached_by_file
def load_role_nouns(path="role_nouns.csv") -> dict[str, str]:
    """Role nouns ("spokeswoman", "campaign manager") → the gender they mark ("m", "f" or "");
    a name next to one is a person (:mod:`analysis.quotes.names`)."""
    book = read_codebook(path, required=["noun", "gender"], nonempty=["noun"],
                         choices={"gender": {"m", "f", ""}})
    return dict(zip(book["noun"].str.lower(), book["gender"]))


@cached_by_file
def load_verbs(path="reporting_verbs.csv") -> pd.DataFrame:
    """The reporting-verb codebook as one row per written form: form, verb (the lemma), class,
    clause (bool: takes a reported clause). Checked: known classes, clause yes/no, no form used
    by two verbs. A verb without listed forms gets the regular ones (deny -> denies, denied)."""
    book = read_codebook(path, required=["verb", "forms", "class", "clause"], nonempty=["verb"],
                         choices={"class": VERB_CLASSES, "clause": {"yes", "no"}})
    forms: dict[str, tuple] = {}
    for row in book.to_dict("records"):
        cells = [f.strip() for f in row["forms"].split("|") if f.strip()] or \
            _regular_forms(row["verb"])
        for form in cells:
            if form in forms and forms[form][0] != row["verb"]:
                raise CodebookError(f"{path}:{row['line']}: form '{form}' already belongs to "
                                    f"verb '{forms[form][0]}'")
            forms[form] = (row["verb"], row["class"], row["clause"] == "yes")
    return pd.DataFrame([(f, *v) for f, v in forms.items()],
                        columns=["form", "verb", "class", "clause"])


#: What a cue of ``content_cues.csv`` introduces: a clause ("fear (that) ..."), an infinitive
#: ("plans to ...") or an object ("endorsed Cruz").
CONTENT_SHAPES = {"clause", "infinitive", "object"}
CONTENT_CLASSES = {"belief", "evidence", "intention", "stance", "topic"}
#: Content classes that are no speech act of their holder (statements leave them out).
NOT_SPEECH_CLASSES = {"belief", "evidence", "intention", "stance"}


@cached_by_file
def load_content_cues(path="content_cues.csv") -> pd.DataFrame:
    """Cues of reported content that are not speech (beliefs, evidence, intentions) as one row per
    written form: form, cue (the lemma), class, content (clause | infinitive). Checked like
    :func:`load_verbs`; a cue without listed forms gets the regular ones."""
    book = read_codebook(path, required=["cue", "forms", "class", "content"], nonempty=["cue"],
                         choices={"class": CONTENT_CLASSES, "content": CONTENT_SHAPES})
    forms: dict[tuple, tuple] = {}
    for row in book.to_dict("records"):
        cells = [f.strip() for f in row["forms"].split("|") if f.strip()] or \
            _regular_forms(row["cue"])
        for form in cells:
            key = (form, row["content"])
            if key in forms and forms[key][0] != row["cue"]:
                raise CodebookError(f"{path}:{row['line']}: form '{form}' already belongs to "
                                    f"cue '{forms[key][0]}'")
            forms[key] = (row["cue"], row["class"])
    return pd.DataFrame([(f, *v, shape) for (f, shape), v in forms.items()],
                        columns=["form", "cue", "class", "content"])


# --- corpus: page chrome, outlets, abbreviations ------------------------------------------------

#: Why a line leaves a page (codebooks/README.md documents each); page_chrome.csv uses some.
CHROME_REASONS = (
    "navigation", "share widget", "section label", "comments widget", "related link",
    "end marker", "page chrome", "spam", "tracking id", "metadata line", "byline", "credit",
    "caption", "dateline", "glued headline", "duplicate", "template placeholder",
    "outside article", "other headline",
)


@cached_by_file
def page_chrome(path="page_chrome.csv") -> pd.DataFrame:
    """Menu, widget and label lines of page templates (a regex per row) with a removal reason."""
    return read_codebook(path, required=["pattern", "reason", "notes"],
                         nonempty=["pattern", "reason"], choices={"reason": set(CHROME_REASONS)})


@cached_by_file
def outlets(path="outlets.csv") -> pd.DataFrame:
    """Outlet names: an ``alias`` row per spelling of a credit, a ``page_signature`` row per
    regex of a line the outlet's page template prints."""
    return read_codebook(path, required=["outlet", "kind", "pattern", "notes"],
                         nonempty=["outlet", "kind", "pattern"],
                         choices={"kind": {"alias", "page_signature"}})


@cached_by_file
def abbreviations(path="abbreviations.csv") -> pd.DataFrame:
    """Abbreviations that do not end a sentence (U.S., Jan., Mr.), for Punkt."""
    return read_codebook(path, required=["abbreviation", "notes"], nonempty=["abbreviation"])
