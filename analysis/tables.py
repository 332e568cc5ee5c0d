"""The tables folder (tables/): how a table is written, read back and loaded by the notebooks.

Why a hand-off through files (as in The Markup's audit repositories): the export writes each
table once, and every notebook reads the same rows instead of recomputing them. ``load`` runs the
export first when the tables are missing or older than what they are made from (the corpus
files, the codebooks, the package's code), so a notebook never shows stale numbers.

Writing is plain ``csv`` (minimal quoting, ``\\n`` line ends, UTF-8): the same bytes pandas'
``to_csv`` writes. Reading gives text as str with "" for an empty cell, counts and offsets as
int64, scores as float64, flags as bool; Parquet copies get the same types from an explicit
schema (an id ``001`` or ``NA`` stays text).

An export never leaves a half-written or mixed folder (:class:`Output`): it holds a lock beside
the tables folder, writes into a temporary folder beside it, and moves the finished tables in at
the end, removing tables of an earlier run that this one did not write.
"""
from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from . import study as study_
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
               "mention_start", "mention_end", "statements", "hits"}
FLOAT_COLUMNS = {"log_odds", "z", "g2", "quoted_share", "reported_share", "statement_share",
                 "word_share", "ci_low", "ci_high", "per_1000", "quoted_ci_low", "quoted_ci_high",
                 "reported_ci_low", "reported_ci_high"}
BOOL_COLUMNS = {"low_count"}


def column_type(name: str) -> str:
    if name in INT_COLUMNS:
        return "int64"
    if name in FLOAT_COLUMNS or name.startswith("voice_"):
        return "float64"
    return "bool" if name in BOOL_COLUMNS else "str"


#: A text cell longer than this in a ``sentence`` column is cut, with :data:`CUT_MARK` and the
#: length it had: a sentence repeated on every row of a long text must not multiply the table.
MAX_SENTENCE = 1000
CUT_MARK = " […cut: {n:,} characters]"


def bounded_sentence(text: str) -> str:
    """``text`` as it is, or its first :data:`MAX_SENTENCE` characters and the cut mark."""
    if len(text) <= MAX_SENTENCE:
        return text
    return text[:MAX_SENTENCE] + CUT_MARK.format(n=len(text))


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
        if "sentence" in frame.columns and len(frame):
            frame = frame.assign(sentence=frame["sentence"].map(
                lambda t: bounded_sentence(t) if isinstance(t, str) else t))
        frame.to_csv(self.path(name), index=False, lineterminator="\n")

    def read(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        return read_table(self.path(name), columns)

    def stamp(self, corpus_dir: Path) -> None:
        """Say which corpus these tables come from (``load`` checks it)."""
        (self.out_dir / STAMP).write_text(
            json.dumps({"corpus": str(Path(corpus_dir).resolve())}) + "\n", encoding="utf-8")


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


def parquet_schema(columns):
    """The Arrow schema of a table: :func:`column_type` of each column, text as string."""
    import pyarrow as pa
    arrow = {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(c, arrow[column_type(c)]) for c in columns])


def to_parquet(csv_path: Path) -> Path:
    """A Parquet copy of a written CSV table, typed by an explicit schema (never inferred, so an
    article id ``001`` or ``NA`` stays the text it is)."""
    import pyarrow as pa
    from pyarrow import parquet
    target = Path(csv_path).with_suffix(".parquet")
    frame = read_table(csv_path)
    schema = parquet_schema(frame.columns)
    parquet.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), target)
    return target


#: Cell starts a spreadsheet reads as a formula (OWASP's CSV-injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def make_csv_safe(csv_path: Path) -> None:
    """Prefix every text cell that starts like a formula with ``'`` (``--csv-safe``): a coder
    opening the table in a spreadsheet sees the text, and no formula runs. Numbers (offsets of -1)
    are left alone: only text columns are touched."""
    path = Path(csv_path)
    target = path.with_name(path.name + ".safe")
    with path.open(encoding="utf-8", newline="") as src, \
            target.open("w", encoding="utf-8", newline="") as dst:
        reader, writer = csv.reader(src), csv.writer(dst, lineterminator="\n")
        header = next(reader, None)
        if header is not None:
            writer.writerow(header)
            text = [column_type(c) == "str" for c in header]
            for row in reader:
                writer.writerow(["'" + v if t and v.startswith(FORMULA_START) else v
                                 for v, t in zip(row, text)])
    os.replace(target, path)


class OutputError(Exception):
    """The tables folder cannot be written (not a folder, no permission, another run in it)."""


class Output:
    """Where one export writes: a lock beside ``out_dir`` (a second run into it stops), a
    temporary folder beside it (the :class:`Folder` the steps write into) and, at
    :meth:`commit`, the finished tables moved in. Left without a commit (an error, Ctrl-C), the
    temporary folder is removed and ``out_dir`` is as it was.

    Why beside and not in /tmp: a rename within one file system is atomic and costs nothing.
    """

    def __init__(self, out_dir):
        self.target = Path(out_dir).absolute()
        self.lock_path = self.target.parent / f".{self.target.name}.lock"
        self.folder: Folder | None = None
        self._lock = None

    def __enter__(self) -> "Output":
        target = self.target
        try:
            if target.exists() and not target.is_dir():
                raise OutputError(f"output '{target}' is a file, not a folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            self._lock = open(self.lock_path, "a+")
        except OSError as err:
            raise OutputError(f"cannot write tables to '{target}': {err.strerror or err}") from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise OutputError(f"another export is writing into '{target}' (lock "
                              f"{self.lock_path.name}); wait for it to finish") from None
        for stale in target.parent.glob(f".{target.name}.*.part"):   # left by a killed run
            shutil.rmtree(stale, ignore_errors=True)
        try:
            tmp = target.parent / f".{target.name}.{os.getpid()}.part"
            tmp.mkdir()
            self.folder = Folder(tmp)
        except OSError as err:
            self.__exit__(None, None, None)
            raise OutputError(f"cannot write tables to '{target}': {err.strerror or err}") from None
        return self

    def commit(self, formats=("csv",), csv_safe: bool = False) -> list[Path]:
        """Add the Parquet copies, make the CSV safe if asked, and move every table into the
        target folder; tables of an earlier run (another format, a table not written now) go."""
        tmp = self.folder.out_dir
        written = sorted(tmp.glob("*.csv"))
        if "parquet" in formats:
            for path in written:
                to_parquet(path)
        if csv_safe:
            for path in written:
                make_csv_safe(path)
        with ctrl_c_held():
            try:
                if not self.target.exists():
                    os.replace(tmp, self.target)
                else:
                    (self.target / STAMP).unlink(missing_ok=True)   # stale until the stamp is back
                    moved = {p.name for p in tmp.iterdir()}
                    for name in sorted(moved - {STAMP}):
                        os.replace(tmp / name, self.target / name)
                    for stale in (f"{n}{suffix}" for n in TABLE_NAMES for suffix in (".csv", ".parquet")):
                        if stale not in moved:
                            (self.target / stale).unlink(missing_ok=True)
                    if (tmp / STAMP).exists():
                        os.replace(tmp / STAMP, self.target / STAMP)
                    shutil.rmtree(tmp, ignore_errors=True)
            except OSError as err:
                raise OutputError(f"cannot move the tables into '{self.target}': "
                                  f"{err.strerror or err}") from None
        self.folder = None
        return sorted(p for p in self.target.iterdir() if p.suffix in (".csv", ".parquet")
                      and p.stem in TABLE_NAMES)

    def __exit__(self, *exc) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder.out_dir, ignore_errors=True)
            self.folder = None
        if self._lock is not None:
            self.lock_path.unlink(missing_ok=True)
            self._lock.close()
            self._lock = None


#: Ctrl-Cs that Python dropped inside a ``__del__`` (see ``cli.keep_interrupts``).
KEPT_INTERRUPTS: list[KeyboardInterrupt] = []


def raise_kept_interrupt() -> None:
    """Raise a Ctrl-C that was kept rather than lost: the export calls this after every file."""
    if KEPT_INTERRUPTS:
        KEPT_INTERRUPTS.clear()
        raise KeyboardInterrupt


@contextmanager
def ctrl_c_held():
    """Hold Ctrl-C until the block ends, then deliver it: around the moves of the tables (all or
    none), and around forking workers (a KeyboardInterrupt raised in Python's at-fork handlers
    is lost). A handler that only notes the signal, not a signal mask: with other threads
    running, a masked signal still reaches Python through them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = signal.signal(signal.SIGINT, lambda *args: caught.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught and callable(previous):
            previous(*caught[0])   # the default handler raises KeyboardInterrupt


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
    contested_terms: pd.DataFrame
    reuse: pd.DataFrame
    distinctive_terms: pd.DataFrame
    shared_facts: pd.DataFrame
    outlet_profile: pd.DataFrame
    camp_shares: pd.DataFrame
    framing_profile: pd.DataFrame
    corpus_dir: Path | None = None
    tables_dir: Path | None = None
    study: study_.Study | None = None   # what the corpus' study.toml says (analysis/study.py)


TABLE_NAMES = [f.name for f in fields(Tables) if f.name not in ("corpus_dir", "tables_dir", "study")]


def read(tables_dir, corpus_dir=None) -> Tables:
    """Every table in ``tables_dir`` (an empty table for a missing file: e.g. an empty corpus)."""
    folder = Path(tables_dir)
    frames = {name: read_table(folder / f"{name}.csv") if (folder / f"{name}.csv").exists()
              else pd.DataFrame() for name in TABLE_NAMES}
    return Tables(**frames, corpus_dir=corpus_dir, tables_dir=folder,
                  study=study_.read(corpus_dir) if corpus_dir is not None else None)


def sources(corpus_dir) -> list[Path]:
    """What the tables are made from: the study's files (pages, manifest, study.toml), its
    codebooks and the package's, and the package's code."""
    folder = resolve(corpus_dir)
    corpus = [folder] if folder.is_file() else [p for p in folder.iterdir() if p.is_file()]
    books = study_.folder_of(corpus_dir) / study_.CODEBOOKS_FOLDER
    return (corpus + sorted(books.glob("*.csv")) + sorted(codebook_dir().glob("*.csv"))
            + sorted(PACKAGE_DIR.rglob("*.py")))


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

    The corpus' study becomes the active one in this process (:func:`analysis.study.use`), so the
    figures and summaries drawn from these tables use its camps, colours and codebooks.

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
    study_.use(corpus_dir)
    return read(folder, corpus_dir)
