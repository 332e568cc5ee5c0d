"""The ``export`` command: every table for a corpus folder, written as it is produced.

Files are read and analysed one at a time (or on N processes, or on a Dask cluster, in file
order), and each article's rows are appended to the CSV files at once, so memory holds only what
the corpus-wide steps need (article texts, sentences, quotes). The result is the same whatever
the number of workers: articles come back in file order and every step is deterministic.
"""
from __future__ import annotations

import csv
import multiprocessing
from itertools import islice
from pathlib import Path

import pandas as pd

from .corpus import (ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, PROBLEM_COLUMNS, REMOVED_COLUMNS,
                     SENTENCE_COLUMNS, ArticleTables, Corpus, corpus_files, read_article, read_manifest)
from .paths import TABLES, resolve
from .per_article import rows_frame
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


def process_file(job: tuple) -> tuple[ArticleTables, dict[str, list[tuple]]]:
    """Clean and analyse one file: the unit of work sent to a process or a Dask worker."""
    part = read_article(*job)
    return part, (article_rows(part) if part.article else {})


def _jobs(corpus_dir, manifest: bool) -> tuple[list[dict], list[tuple]]:
    folder, files = corpus_files(corpus_dir)
    rows, problems = read_manifest(folder) if manifest else ({}, [])
    return problems, [(f, rows.get(f.name), f"{folder.name}/{f.name}") for f in files]


def _batches(items, size):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _results(jobs, workers: int, scheduler: str | None):
    """process_file over jobs, in job order, locally or on a Dask cluster."""
    if scheduler:
        from dask.distributed import Client
        with Client(scheduler) as client:
            for batch in _batches(jobs, 200):
                yield from client.gather(client.map(process_file, batch, pure=False))
    elif workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(process_file, jobs, chunksize=8)
    else:
        yield from map(process_file, jobs)


class CsvAppender:
    """Writes each table's header once, then appends rows as they come (UTF-8, \\n line ends).

    Rows go straight to Python's csv writer (the one pandas uses underneath, with the same
    minimal quoting), so a batch is written without building a DataFrame first.
    """

    def __init__(self, out_dir: Path, columns: dict[str, list[str]]):
        self.out_dir, self.columns = out_dir, columns
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, cols in columns.items():
            pd.DataFrame(columns=cols).to_csv(self.path(name), index=False, lineterminator="\n")

    def path(self, name: str) -> Path:
        return self.out_dir / f"{name}.csv"

    def append(self, name: str, rows: list) -> None:
        """Append rows: tuples in the table's column order, or dicts keyed by column."""
        if not rows:
            return
        columns = self.columns[name]
        if isinstance(rows[0], dict):
            rows = [tuple(row.get(c, "") for c in columns) for row in rows]
        with self.path(name).open("a", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)

    def write(self, name: str, frame: pd.DataFrame, columns: list[str]) -> None:
        frame[columns + [c for c in frame.columns if c not in columns]].to_csv(
            self.path(name), index=False, lineterminator="\n")


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
    articles, sentences, quotes = [], [], []
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
    for batch in _batches(_results(jobs, workers, scheduler), BATCH):
        rows = {name: [] for name in ("articles", "paragraphs", "sentences", "removed_lines")}
        found = {name: [] for name in ARTICLE_TABLES}
        for part, tables in batch:
            note(part.problems)
            if part.article:
                rows["articles"].append(part.article)
            rows["paragraphs"] += part.paragraphs
            rows["sentences"] += part.sentences
            rows["removed_lines"] += part.removed
            for name, table_rows in tables.items():
                found[name] += table_rows
        for name, table_rows in [*rows.items(), *found.items()]:
            writer.append(name, table_rows)
        articles += rows["articles"]
        sentences += rows["sentences"]
        quotes += found["quotes"]
    corpus = Corpus(articles=pd.DataFrame(articles, columns=ARTICLE_COLUMNS),
                    paragraphs=pd.DataFrame(columns=PARAGRAPH_COLUMNS),
                    sentences=pd.DataFrame(sentences, columns=SENTENCE_COLUMNS),
                    removed=pd.DataFrame(columns=REMOVED_COLUMNS),
                    problems=pd.DataFrame(all_problems, columns=PROBLEM_COLUMNS))
    if len(corpus.articles):
        for name, frame in corpus_steps(corpus, rows_frame(quotes, ARTICLE_TABLES["quotes"])).items():
            writer.write(name, frame, CORPUS_TABLES[name])
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
