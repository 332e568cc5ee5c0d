"""Which articles a corpus folder holds: its article files in article-id order, the rows of
its exports, and each one's manifest row, as the jobs the pipeline runs.

Why a module of its own: every entry skipped (a subfolder, a dangling link) or renamed (names
that differ only in case) is one problem row, so no article goes missing from the tables
without a word; the order given here is the order of every table.
"""
from __future__ import annotations

from pathlib import Path

from ..paths import resolve
from ..study import CODEBOOKS_FOLDER as STUDY_CODEBOOKS
from .manifest import read_manifest
from .sources import export_sources, is_article_file, is_export


class CorpusError(Exception):
    """The corpus as a whole cannot be read (no such folder, nothing in it)."""


def corpus_entries(path) -> tuple[Path, list[tuple[Path, str]], list[dict]]:
    """The corpus folder, its article files (.txt, .html, .htm, .jsonl, .csv but manifest.csv)
    in name order with their article ids (an export's rows add their row to it), and one
    problem row for each entry skipped (a subfolder, a dangling link, a link loop, an article
    file that is not a regular file) or renamed (names that differ only in case). CorpusError
    when nothing is left.

    Why warn: a file skipped without a word is an article silently missing from every table.
    """
    folder = resolve(path)
    try:
        if not folder.exists():
            raise CorpusError(f"corpus folder '{path}' does not exist")
        if folder.is_file():
            return folder.parent, [(folder, folder.stem)], []
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        raise CorpusError(f"corpus folder '{path}' cannot be read: {err.strerror or err}") from None
    files, problems = [], []
    for entry in entries:
        label = f"{folder.name}/{entry.name}"
        try:
            if entry.is_dir() and entry.name == STUDY_CODEBOOKS:
                continue   # the study's own codebooks (analysis/study.py), not pages
            if entry.is_dir():
                problems.append({"file": label, "problem": "a subfolder; skipped (only the "
                                 "article files directly in the corpus folder are read)"})
            elif is_article_file(entry) and entry.is_file():
                files.append(entry)
            elif is_article_file(entry):
                why = ("a link that leads nowhere (dangling, or a loop)" if entry.is_symlink()
                       and not entry.exists() else "not a regular file")
                problems.append({"file": label, "problem": f"{why}; skipped"})
        except OSError as err:   # a symlink loop, a name the file system refuses
            problems.append({"file": label, "problem": f"cannot be read ({err.strerror or err}); skipped"})
    if not files:
        raise CorpusError(f"corpus folder '{path}' holds no article files "
                          "(.txt, .html, .jsonl or .csv)")
    files.sort(key=lambda p: (p.stem, p.name))   # article_id order, so every table sorts alike
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem.casefold(), []).append(f)
    ids = {}
    for group in by_stem.values():
        for f in group:     # names that differ only in case or suffix: the full name keeps them apart
            ids[f] = f.name if len(group) > 1 else f.stem
        if len(group) > 1:
            names = ", ".join(f.name for f in group)
            problems.append({"file": f"{folder.name}/{group[0].name}", "problem":
                             f"file names differ only in case or suffix ({names}); kept apart as "
                             + ", ".join(f"'{ids[f]}'" for f in group)})
    return folder, [(f, ids[f]) for f in files], problems


def corpus_files(path) -> tuple[Path, list[Path]]:
    """The corpus folder and its article files in name order; CorpusError when there are none."""
    folder, entries, _ = corpus_entries(path)
    return folder, [f for f, _ in entries]


def corpus_sources(path, manifest: bool = True) -> tuple[Path, list[dict], list[tuple]]:
    """(folder, problems, jobs): one job ``(item, manifest row, label, article_id)`` per article,
    in article order. ``item`` is the file of a page (read where the job runs) or the
    :class:`Source` of an export's row (exports are parsed here, once, so each row is a job of
    its own: its own time limit, its own place in a parallel run). The manifest row of an
    export's row is the one for ``file#row`` if listed, else the one for the file."""
    folder, files, problems = corpus_entries(path)
    rows, found = read_manifest(folder) if manifest else ({}, [])
    problems, jobs = problems + found, []
    for f, article_id in files:
        label = f"{folder.name}/{f.name}"
        if not is_export(f):
            jobs.append((f, rows.get(f.name), label, article_id))
            continue
        try:
            sources, trouble = export_sources(f, article_id)
        except Exception as err:   # one bad export never costs the other files
            reason = " ".join(f"{type(err).__name__}: {err}".split())[:300]
            sources, trouble = [], [{"file": label, "problem": f"could not be read ({reason}); left out"}]
        problems += trouble
        taken = {job[3] for job in jobs} | {stem for _, stem in files}
        for s in sources:
            if s.article_id in taken:   # "a-1.txt" beside row 1 of "a.csv": the row's name keeps
                problems.append({"file": s.label, "problem": f"article id '{s.article_id}' is "
                                 f"taken; this row is '{s.manifest_key}'"})
                s.article_id = s.manifest_key
            jobs.append((s, rows.get(s.manifest_key) or rows.get(f.name), s.label, s.article_id))
    return folder, problems, jobs
