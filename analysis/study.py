"""A study: one folder holding everything about one story, so the package holds only what is general.

A study folder has its pages (``.txt``, ``.html``, ``.jsonl``/``.csv`` exports), ``manifest.csv``
(optional), ``study.toml`` (optional: title, question, outlets and their order and colours, date
window, gold files) and ``codebooks/`` (optional: files that replace the package's codebook of
the same name, e.g. ``actors.csv`` with the story's people and camps, ``camps.csv`` with the
camps' order and colours, ``frames.csv``, ``contests.csv``, ``events.csv``). A bare folder of
pages is a study with the defaults: no camps but ``other``, no frames, no key events.

While a study is *active* (:func:`active`), codebooks are looked up in its ``codebooks/`` first
(:func:`analysis.codebooks.resolve_codebook`). The study travels in an environment variable so
that worker processes started during a run see the same study.
"""
from __future__ import annotations

import datetime as dt
import os
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .paths import resolve

#: Environment variable naming the active study folder (empty: none, the package's codebooks only).
STUDY_ENV = "ANALYSIS_STUDY"
STUDY_FILE = "study.toml"
CODEBOOKS_FOLDER = "codebooks"

#: The keys study.toml may hold, and what each means (an unknown key is reported, then ignored).
KEYS = {
    "title": "the study's title, used as the report's heading",
    "question": "the research question, shown under the title",
    "outlets": "the outlets in the order tables and figures list them",
    "colours": "a table outlet = colour (an Okabe-Ito name such as 'sky blue', or #RRGGBB)",
    "start": "first day of the date window (YYYY-MM-DD)",
    "end": "last day of the date window (YYYY-MM-DD)",
    "quote_gold": "a quote gold file (path relative to the study folder) for notebook 03",
    "voice_gold": "a framing-voice gold file (path relative to the study folder)",
}


@dataclass(frozen=True)
class Study:
    """What study.toml says, with the defaults filled in; ``problems`` lists what was ignored."""
    folder: Path
    title: str = ""
    question: str = ""
    outlets: tuple[str, ...] = ()
    colours: dict = field(default_factory=dict)
    start: dt.date | None = None
    end: dt.date | None = None
    quote_gold: Path | None = None
    voice_gold: Path | None = None
    problems: tuple[tuple[str, str], ...] = ()   # (file, problem), as the problems table has them

    @property
    def codebooks(self) -> Path:
        """The folder of the study's own codebooks (may not exist)."""
        return self.folder / CODEBOOKS_FOLDER

    @property
    def name(self) -> str:
        """The title, else the folder's name."""
        return self.title or self.folder.name


def folder_of(corpus) -> Path:
    """The study folder of a corpus path: the folder itself, or the folder of a single page."""
    path = resolve(corpus).resolve()
    return path if path.is_dir() else path.parent


def read(corpus) -> Study:
    """The study of a corpus folder (or of one page: its folder). A missing study.toml gives the
    defaults; so does one that is not TOML, and a bad key or value is skipped: each is listed in
    ``problems``, and the pages are analysed all the same."""
    folder = folder_of(corpus)
    path = folder / STUDY_FILE
    label = f"{folder.name}/{STUDY_FILE}"
    if not path.exists():
        return Study(folder=folder)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return Study(folder=folder, problems=((label, f"not readable as TOML ({err}); the "
                                               "defaults are used"),))
    values, problems = {}, []
    for key, value in raw.items():
        if key not in KEYS:
            problems.append((label, f"unknown key '{key}' ignored (known: {', '.join(KEYS)})"))
            continue
        try:
            values[key] = _checked(key, value, folder)
        except ValueError as err:
            problems.append((label, f"key '{key}' ignored: {err}"))
    return Study(folder=folder, problems=tuple(problems), **values)


def _checked(key: str, value, folder: Path):
    """One study.toml value in the type the Study holds; ValueError says what is wrong."""
    if key in ("title", "question"):
        if not isinstance(value, str):
            raise ValueError("expected text")
        return value.strip()
    if key == "outlets":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ValueError("expected a list of outlet names")
        return tuple(v.strip() for v in value)
    if key == "colours":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ValueError("expected a table outlet = colour")
        return dict(value)
    if key in ("start", "end"):
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"'{value}' is not a date (YYYY-MM-DD)") from None
    # gold files
    if not isinstance(value, str):
        raise ValueError("expected a path")
    path = (folder / value).resolve()
    if not path.exists():
        raise ValueError(f"{path} not found")
    return path


def active_folder() -> Path | None:
    """The folder of the active study, or None."""
    value = os.environ.get(STUDY_ENV)
    return Path(value) if value else None


def current() -> Study | None:
    """The active study (read afresh: study.toml may have been edited), or None."""
    folder = active_folder()
    return read(folder) if folder else None


def use(corpus) -> None:
    """Make the study of ``corpus`` the active one from now on (a notebook's kernel, after
    :func:`analysis.tables.load`); ``None``: no study, the package's codebooks only."""
    os.environ[STUDY_ENV] = str(folder_of(corpus)) if corpus is not None else ""


@contextmanager
def active(corpus):
    """Make the study of ``corpus`` the active one inside the block (worker processes started
    inside inherit it); ``None`` makes no study active (the package's codebooks only)."""
    before = os.environ.get(STUDY_ENV)
    use(corpus)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(STUDY_ENV, None)
        else:
            os.environ[STUDY_ENV] = before
