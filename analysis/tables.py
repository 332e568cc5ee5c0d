"""The tables folder (tables/): how a table is written, read back and loaded by the notebooks.

Why a hand-off through files (as in The Markup's audit repositories): the export writes each
table once, and every notebook reads the same rows instead of recomputing them. ``load`` runs the
export first when the tables are missing or older than what they are made from (the corpus
files, the codebooks, the package's code), so a notebook never shows stale numbers.

Writing is plain ``csv`` (minimal quoting, ``\\n`` line ends, UTF-8): the same bytes pandas'
``to_csv`` writes. Reading gives text as str with "" for an empty cell, counts and offsets as
int64, scores as float64, flags as bool.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from .codebooks import codebook_dir
from .paths import PACKAGE_DIR, REPO_ROOT, TABLES, resolve

#: Environment variable naming the tables folder ``load`` uses (the report sets it).
TABLES_ENV = "ANALYSIS_TABLES_DIR"
#: What ``load`` compares with the corpus it is asked for (written beside the tables).
STAMP = "export.json"

# Column types by name; every other column is text.
INT_COLUMNS = {"n_words", "para_no", "sent_no", "line_no", "start", "end", "count", "count_rest",
               "articles", "words", "undated", "quotes", "speakers", "n_outlet", "n_rest",
               "start_a", "end_a", "start_b", "end_b", "target_start", "target_end",
               "mention_start", "mention_end"}
FLOAT_COLUMNS = {"log_odds", "z", "g2", "quoted_share", "reported_share"}
BOOL_COLUMNS = {"low_count"}


def column_type(name: str) -> str:
    if name in INT_COLUMNS:
        return "int64"
    if name in FLOAT_COLUMNS or name.startswith("voice_"):
        return "float64"
    return "bool" if name in BOOL_COLUMNS else "str"


def csv_lines(rows: list[tuple]) -> str:
    """Rows (tuples in column order) as CSV lines, no header, as pandas' ``to_csv`` writes them."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


class Folder:
    """A tables folder being written: each streamed table gets its header once, then lines are
    appended as batches of articles come; a corpus-wide table is written whole. Picklable (a
    pool process writes the table it makes itself)."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)

    def path(self, name: str, suffix: str = ".csv") -> Path:
        return self.out_dir / f"{name}{suffix}"

    def start(self, columns: dict[str, list[str]]) -> None:
        """Create the folder and write the header of each table in ``columns``."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for name, cols in columns.items():
            self.path(name).write_text(csv_lines([cols]), encoding="utf-8", newline="")

    def append(self, name: str, text: str) -> None:
        """Append CSV lines made by :func:`csv_lines`."""
        if text:
            with self.path(name).open("a", encoding="utf-8", newline="") as handle:
                handle.write(text)

    def write(self, name: str, frame: pd.DataFrame, first: list[str]) -> None:
        """Write a whole table, the columns ``first`` leading."""
        frame = frame[first + [c for c in frame.columns if c not in first]]
        frame.to_csv(self.path(name), index=False, lineterminator="\n")

    def read(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        return read_table(self.path(name), columns)

    def stamp(self, corpus_dir: Path) -> None:
        """Say which corpus these tables come from (``load`` checks it)."""
        (self.out_dir / STAMP).write_text(
            json.dumps({"corpus": str(Path(corpus_dir).resolve())}) + "\n", encoding="utf-8")

    def written(self, names) -> list[Path]:
        return sorted(self.path(name) for name in names if self.path(name).exists())


def read_table(path, columns: list[str] | None = None) -> pd.DataFrame:
    """A written table (or some of its ``columns``) with the types of :func:`column_type`."""
    header = pd.read_csv(path, nrows=0).columns if columns is None else columns
    types = {c: column_type(c) for c in header}
    frame = pd.read_csv(path, keep_default_na=False, usecols=columns,
                        dtype={c: t for c, t in types.items() if t in ("int64", "str")})
    for c, t in types.items():     # empty cells in number/flag columns: NaN, not ""
        if t == "float64":
            frame[c] = pd.to_numeric(frame[c].replace("", None), errors="coerce").astype("float64")
        elif t == "bool":
            frame[c] = frame[c].astype(str).eq("True")
    return frame


def to_parquet(csv_path: Path) -> Path:
    """A Parquet copy of a written CSV table, with column types inferred by Arrow."""
    from pyarrow import csv as pa_csv, parquet
    target = csv_path.with_suffix(".parquet")
    parquet.write_table(pa_csv.read_csv(csv_path), target)
    return target


@dataclass
class Tables:
    """Every table of one export, one DataFrame attribute per table."""
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed_lines: pd.DataFrame
    problems: pd.DataFrame
    quotes: pd.DataFrame
    mentions: pd.DataFrame
    cited_sources: pd.DataFrame
    events: pd.DataFrame
    framing_hits: pd.DataFrame
    actor_labels: pd.DataFrame
    hedges: pd.DataFrame
    reuse: pd.DataFrame
    distinctive_terms: pd.DataFrame
    shared_facts: pd.DataFrame
    outlet_profile: pd.DataFrame
    corpus_dir: Path | None = None
    tables_dir: Path | None = None


TABLE_NAMES = [f.name for f in fields(Tables) if f.name not in ("corpus_dir", "tables_dir")]


def read(tables_dir, corpus_dir=None) -> Tables:
    """Every table in ``tables_dir`` (an empty table for a missing file: e.g. an empty corpus)."""
    folder = Path(tables_dir)
    frames = {name: read_table(folder / f"{name}.csv") if (folder / f"{name}.csv").exists()
              else pd.DataFrame() for name in TABLE_NAMES}
    return Tables(**frames, corpus_dir=corpus_dir, tables_dir=folder)


def sources(corpus_dir) -> list[Path]:
    """What the tables are made from: the corpus' files, the codebooks, the package's code."""
    folder = resolve(corpus_dir)
    corpus = [folder] if folder.is_file() else [
        p for p in folder.iterdir() if p.suffix.lower() in (".txt", ".csv") and p.is_file()]
    return corpus + sorted(codebook_dir().glob("*.csv")) + sorted(PACKAGE_DIR.rglob("*.py"))


def is_stale(corpus_dir, tables_dir) -> bool:
    """Are the tables missing, made from another corpus, or older than any of their sources?"""
    folder = Path(tables_dir)
    made = [folder / f"{name}.csv" for name in TABLE_NAMES[:5]] + [folder / STAMP]
    if not all(p.exists() for p in made):
        return True
    if json.loads((folder / STAMP).read_text(encoding="utf-8")).get("corpus") != \
            str(resolve(corpus_dir).resolve()):
        return True
    oldest = min(p.stat().st_mtime_ns for p in folder.glob("*.csv"))
    return any(p.stat().st_mtime_ns > oldest for p in sources(corpus_dir))


def load(corpus="seeds", tables_dir=None) -> Tables:
    """The tables of ``corpus``, exported first when they are stale (see :func:`is_stale`).

    ``tables_dir`` defaults to $ANALYSIS_TABLES_DIR, else tables/. The export runs as
    ``python -m analysis export`` in its own process: the same command a researcher types, and
    this module needs nothing of the pipeline. Its warnings go to stderr.
    """
    folder = resolve(tables_dir or os.environ.get(TABLES_ENV) or TABLES)
    corpus_dir = resolve(corpus)
    if is_stale(corpus_dir, folder):
        done = subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", str(corpus_dir),
                               "--out", str(folder)], cwd=REPO_ROOT, stdout=subprocess.DEVNULL)
        if done.returncode != 0:
            raise RuntimeError(f"export of '{corpus}' failed (exit code {done.returncode}); see above")
    return read(folder, corpus_dir)
