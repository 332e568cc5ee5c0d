"""The ``export`` command: every table for a corpus folder, written as it is produced.

Files are read and analysed one at a time (or on N processes, or on a Dask cluster, in file
order); each file's rows come back as CSV lines, formatted on the worker, and are appended to the
CSV files in batches, so the exporting process mostly writes and holds no rows. The corpus-wide
steps (reuse, facts, keyness, profiles) then read back the articles, sentences and quotes tables,
and with a pool the two slow ones run on its processes. The result is the same whatever the
number of workers: articles come back in file order and every step is deterministic.
"""
from __future__ import annotations

import multiprocessing
from contextlib import nullcontext
from itertools import islice
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .corpus.load import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, PROBLEM_COLUMNS, REMOVED_COLUMNS, SENTENCE_COLUMNS, Corpus, corpus_files, read_article, read_manifest
from .codebooks import one_version
from .compare.profile import PROFILE_QUOTE_COLUMNS
from .paths import TABLES, resolve
from .pipeline import ARTICLE_TABLES, CORPUS_TABLES, article_rows, corpus_steps

# File stem → columns, for the tables written article by article (fixed order, so chunks line up).
STREAMED = {
    "articles": ARTICLE_COLUMNS,
    "paragraphs": PARAGRAPH_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "removed_lines": REMOVED_COLUMNS,
    "problems": PROBLEM_COLUMNS,
    **ARTICLE_TABLES,
}


BATCH = 250   # articles whose rows are appended to the CSV files together
INT_COLUMNS = {"n_words", "para_no", "sent_no", "line_no", "start", "end"}   # all else is text


class FileResult(NamedTuple):
    """What one file sends back to the exporting process: its rows as CSV lines, formatted on
    the worker, and its problems (the corpus-wide steps read the written tables back)."""
    csv: dict[str, str]          # table name -> CSV lines (no header) of this file's rows
    problems: list[dict]


def process_file(job: tuple) -> FileResult:
    """Clean and analyse one file: the unit of work sent to a process or a Dask worker."""
    part = read_article(*job)
    tables = article_rows(part) if part.article else {}
    rows = {"articles": [part.article] if part.article else [], "paragraphs": part.paragraphs,
            "sentences": part.sentences, "removed_lines": part.removed, **tables}
    return FileResult({name: csv_text(table, STREAMED[name]) for name, table in rows.items() if table},
                      part.problems)


def csv_text(rows: list, columns: list[str]) -> str:
    """Rows (tuples in column order, or dicts keyed by column) as CSV lines, no header.

    The lines are those Python's csv writer (the one pandas uses underneath) writes with minimal
    quoting, made with str methods because the csv module scans long text fields character by
    character (about twice as slow here); tests/test_export.py holds the two to the same bytes.
    """
    if rows and isinstance(rows[0], dict):
        rows = [tuple(row.get(c, "") for c in columns) for row in rows]
    return "".join([",".join(map(_csv_field, row)) + "\n" for row in rows])


def _csv_field(value) -> str:
    """One CSV field: quoted when it holds a comma, a quotation mark or a line break."""
    text = value if value.__class__ is str else "" if value is None else str(value)
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def _jobs(corpus_dir, manifest: bool) -> tuple[list[dict], list[tuple]]:
    folder, files = corpus_files(corpus_dir)
    rows, problems = read_manifest(folder) if manifest else ({}, [])
    return problems, [(f, rows.get(f.name), f"{folder.name}/{f.name}") for f in files]


def _batches(items, size):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _pool(workers: int, scheduler: str | None):
    """A pool of ``workers`` forked processes, or a context holding None (one worker, or Dask)."""
    if workers > 1 and not scheduler:
        return multiprocessing.get_context("fork").Pool(workers)
    return nullcontext(None)


def _results(jobs, scheduler: str | None, pool=None):
    """process_file over jobs, in job order: on ``pool``, on a Dask cluster, or here."""
    if scheduler:
        from dask.distributed import Client
        with Client(scheduler) as client:
            for batch in _batches(jobs, 200):
                yield from client.gather(client.map(process_file, batch, pure=False))
    elif pool is not None:
        yield from pool.imap(process_file, jobs, chunksize=32)   # fewer, larger messages
    else:
        yield from map(process_file, jobs)


class CsvAppender:
    """Writes each table's header once, then appends CSV lines as they come (UTF-8, \\n ends)."""

    def __init__(self, out_dir: Path, columns: dict[str, list[str]]):
        self.out_dir, self.columns = out_dir, columns
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, cols in columns.items():
            pd.DataFrame(columns=cols).to_csv(self.path(name), index=False, lineterminator="\n")

    def path(self, name: str) -> Path:
        return self.out_dir / f"{name}.csv"

    def append(self, name: str, rows: list) -> None:
        """Append rows: tuples in the table's column order, or dicts keyed by column."""
        if rows:
            self.append_text(name, csv_text(rows, self.columns[name]))

    def append_text(self, name: str, text: str) -> None:
        """Append CSV lines made by :func:`csv_text`."""
        if text:
            with self.path(name).open("a", encoding="utf-8", newline="") as handle:
                handle.write(text)

    def read(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """A written table (or some of its ``columns``) as the steps build it: text as str
        (empty cells stay ""), counts and offsets as int64."""
        columns = columns or self.columns[name]
        return pd.read_csv(self.path(name), keep_default_na=False, usecols=columns,
                           dtype={c: "int64" if c in INT_COLUMNS else str for c in columns})


class TableWriter:
    """Writes the corpus-wide tables into ``out_dir``, their fixed columns first; picklable, so
    pool processes write what they make themselves."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir

    def __call__(self, name: str, frame: pd.DataFrame) -> None:
        columns = CORPUS_TABLES[name]
        _write_frame(frame[columns + [c for c in frame.columns if c not in columns]],
                     self.out_dir / f"{name}.csv")


def _write_frame(frame: pd.DataFrame, path: Path) -> None:
    if (all(isinstance(t, pd.StringDtype) or t == "int64" for t in frame.dtypes)
            and not frame.isna().any().any()):
        # text and whole numbers, none missing (reuse, facts: the big ones): the faster writer
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(csv_text([tuple(frame.columns)], []))
            for start in range(0, len(frame), 10_000):     # in slices: memory stays flat
                part = frame.iloc[start:start + 10_000]
                handle.write(csv_text(list(zip(*(part[c].tolist() for c in part.columns))), []))
    else:
        frame.to_csv(path, index=False, lineterminator="\n")


def export_tables(corpus_dir="seeds", out_dir=TABLES, formats=("csv",), manifest=True,
                  workers: int = 1, scheduler: str | None = None, on_problem=None):
    """Write every table for ``corpus_dir`` into ``out_dir``; returns (corpus, written paths).

    ``on_problem(text)`` is called for each per-file problem as soon as it is found.
    The returned corpus holds articles, sentences and problems (paragraphs and removed lines
    are on disk only, to keep memory flat).
    """
    out = resolve(out_dir) if not Path(out_dir).is_absolute() else Path(out_dir)
    problems, jobs = _jobs(corpus_dir, manifest)
    writer = CsvAppender(out, STREAMED)
    all_problems = []

    def note(rows):
        if not rows:
            return   # most files have no problem: skip building an empty frame per file
        writer.append("problems", rows)
        all_problems.extend(rows)
        for row in rows:
            if on_problem:
                on_problem(f"{row['file']}: {row['problem']}")

    note(problems)
    with one_version(), _pool(workers, scheduler) as pool:   # one codebook version per run
        for batch in _batches(_results(jobs, scheduler, pool), BATCH):
            text = {name: [] for name in STREAMED}
            for result in batch:
                note(result.problems)
                for name, lines in result.csv.items():
                    text[name].append(lines)
            for name, parts in text.items():
                writer.append_text(name, "".join(parts))
        # The corpus-wide steps read back what they need: compact columns, not millions of rows
        # held as Python objects while the files are processed.
        corpus = Corpus(articles=writer.read("articles"), sentences=writer.read("sentences"),
                        paragraphs=pd.DataFrame(columns=PARAGRAPH_COLUMNS),
                        removed=pd.DataFrame(columns=REMOVED_COLUMNS),
                        problems=pd.DataFrame(all_problems, columns=PROBLEM_COLUMNS))
        if len(corpus.articles):
            quotes = writer.read("quotes", PROFILE_QUOTE_COLUMNS)
            corpus_steps(corpus, quotes, TableWriter(out), pool)
    written = sorted(out / f"{name}.csv" for name in [*STREAMED, *CORPUS_TABLES]
                     if (out / f"{name}.csv").exists())
    if "parquet" in formats:
        written += [to_parquet(path) for path in list(written)]
    return corpus, written


def to_parquet(csv_path: Path) -> Path:
    """A Parquet copy of a written CSV table, with column types inferred by Arrow."""
    from pyarrow import csv as pa_csv, parquet
    table = pa_csv.read_csv(csv_path)
    target = csv_path.with_suffix(".parquet")
    parquet.write_table(table, target)
    return target
