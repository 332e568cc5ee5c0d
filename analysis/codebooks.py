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
from contextlib import contextmanager
from functools import lru_cache, wraps
from pathlib import Path

import pandas as pd

from .paths import CODEBOOKS


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
    rows, header, header_line = [], None, 0
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(no, text) for no, text in enumerate(handle.read().splitlines(), start=1)
                 if text.strip() and not text.lstrip().startswith("#")]
    for (no, text), cells in zip(lines, csv.reader(text for _, text in lines)):
        if header is None:
            header, header_line = [c.strip() for c in cells], no
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


def resolve_codebook(path) -> Path:
    """A codebook path as given if it exists or is absolute, else inside :func:`codebook_dir`."""
    p = Path(path)
    return p if p.is_absolute() or p.exists() else codebook_dir() / p


_RUN = {"id": 0, "active": False}   # the current one_version() block, if any


@contextmanager
def one_version():
    """Within this block every codebook is read (or taken from the cache) once and then kept, even
    if its file changes: a long export never mixes two versions of a codebook. Processes forked
    inside the block keep to it too."""
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
    kept: dict = {}             # resolved str → (one_version block id, result)

    @wraps(func)
    def wrapper(path=default):
        key = (path, os.environ.get(CODEBOOKS_ENV))
        resolved = resolved_paths.get(key)
        if resolved is None:
            resolved = resolved_paths[key] = str(resolve_codebook(path))
        if _RUN["active"]:
            run, result = kept.get(resolved, (None, None))
            if run == _RUN["id"]:
                return result
        result = load(resolved, file_version(resolved))
        if _RUN["active"]:
            kept[resolved] = (_RUN["id"], result)
        return result

    wrapper.cache_clear = load.cache_clear
    return wrapper


# --- corpus: page chrome, outlets, abbreviations ------------------------------------------------

#: Why a line leaves a page (codebooks/README.md documents each); page_chrome.csv uses some.
CHROME_REASONS = (
    "navigation", "share widget", "section label", "comments widget", "related link",
    "end marker", "page chrome", "spam", "tracking id", "metadata line", "byline", "credit",
    "caption", "dateline", "glued headline", "duplicate",
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
