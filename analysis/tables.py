"""Load the exported tables for a corpus: the one hand-off from the pipeline to the notebooks.

Why: a notebook should read what ``python -m analysis export`` wrote, not recompute it, so every
number it shows is a row of ``tables/``. ``load`` runs the export first when a table is missing
or older than the corpus, the codebooks or the package's code, so a researcher never reads stale
tables.

Placeholder (notebooks branch): the pipeline branch implements the real ``load`` in this module
(the contract's "table hand-off"); this minimal one runs the export command in a subprocess and
reads the CSV files back with the contract's dtypes.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from . import paths

#: Environment variable naming the tables folder (the report sets it for its notebook kernels).
TABLES_ENV = "ANALYSIS_TABLES_DIR"

NAMES = ["articles", "paragraphs", "sentences", "removed_lines", "problems", "quotes", "mentions",
         "cited_sources", "events", "framing_hits", "actor_labels", "hedges", "reuse",
         "distinctive_terms", "shared_facts", "outlet_profile"]
INTS = {"n_words", "para_no", "sent_no", "line_no", "start", "end", "start_a", "end_a", "start_b",
        "end_b", "target_start", "target_end", "mention_start", "mention_end", "count",
        "count_rest", "n_outlet", "n_rest", "articles", "words", "undated", "quotes", "speakers"}
FLOATS = {"log_odds", "z", "g2", "quoted_share", "reported_share"}
BOOLS = {"low_count"}


def folder_for(corpus_dir: Path, tables_dir=None) -> Path:
    """``tables_dir``, else $ANALYSIS_TABLES_DIR, else tables/ (seeds) or tables/<corpus name>/."""
    if tables_dir is not None:
        return paths.resolve(tables_dir)
    env = os.environ.get(TABLES_ENV, "").strip()
    if env:
        return paths.resolve(env)
    return paths.TABLES if corpus_dir.resolve() == paths.SEEDS.resolve() else paths.TABLES / corpus_dir.name


def _newest_input(corpus_dir: Path) -> float:
    files = [p for p in corpus_dir.iterdir() if p.is_file()]
    files += list(paths.CODEBOOKS.glob("*.csv")) + list(paths.PACKAGE_DIR.rglob("*.py"))
    return max(p.stat().st_mtime for p in files)


def is_stale(corpus_dir: Path, folder: Path) -> bool:
    """True when a table is missing or older than the corpus, the codebooks or the code."""
    written = [folder / f"{name}.csv" for name in NAMES]
    if not all(p.is_file() for p in written):
        return True
    return min(p.stat().st_mtime for p in written) < _newest_input(corpus_dir)


def export(corpus_dir: Path, folder: Path) -> None:
    """Run ``python -m analysis export`` (this checkout) into ``folder``."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(paths.REPO_ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    done = subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", str(corpus_dir),
                           "--out", str(folder)], env=env, capture_output=True, text=True)
    if done.returncode:
        lines = done.stderr.strip().splitlines() or [f"exit code {done.returncode}"]
        raise RuntimeError(f"export of {corpus_dir} failed: {lines[-1]}")


def read_table(path: Path) -> pd.DataFrame:
    """One CSV table: text as str ("" for empty cells), counts and offsets as int64."""
    header = pd.read_csv(path, nrows=0).columns
    dtype = {c: "int64" if c in INTS else "float64" if c in FLOATS or c.startswith("voice_")
             else "bool" if c in BOOLS else str for c in header}
    return pd.read_csv(path, dtype=dtype, keep_default_na=False)


def load(corpus="seeds", tables_dir=None) -> SimpleNamespace:
    """The tables of ``corpus`` (exported first when missing or stale), one attribute per table,
    plus ``corpus_dir`` and ``tables_dir``."""
    corpus_dir = paths.resolve(corpus)
    folder = folder_for(corpus_dir, tables_dir)
    if is_stale(corpus_dir, folder):
        export(corpus_dir, folder)
    return SimpleNamespace(corpus_dir=corpus_dir, tables_dir=folder,
                           **{name: read_table(folder / f"{name}.csv") for name in NAMES})
