"""Write the analysis tables (CSV, or Parquet too) for a corpus folder: the ``export`` command."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .corpus import Corpus, load_corpus
from .paths import TABLES, resolve

# Table name → (file stem, columns written, in order). Other columns stay in the DataFrames only.
CORPUS_TABLES = {
    "articles": ("articles", ["article_id", "outlet", "headline", "published", "dateline", "n_words",
                              "text", "source_file", "dateline_date", "url"]),
    "paragraphs": ("paragraphs", ["article_id", "para_no", "role", "text", "start", "end"]),
    "sentences": ("sentences", ["article_id", "para_no", "sent_no", "text", "start", "end"]),
    "removed": ("removed_lines", ["article_id", "line_no", "text", "reason"]),
    "problems": ("problems", ["file", "problem"]),
}


def corpus_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The corpus stage's tables, keyed by output file stem."""
    return {stem: getattr(corpus, name)[columns] for name, (stem, columns) in CORPUS_TABLES.items()}


def build_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every table the project exports, keyed by output file stem."""
    return corpus_tables(corpus)


def write_tables(tables: dict[str, pd.DataFrame], out_dir, formats=("csv",)) -> list[Path]:
    """Write each table as UTF-8 CSV with a header row (and Parquet when asked)."""
    out = resolve(out_dir) if not Path(out_dir).is_absolute() else Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, frame in tables.items():
        if "csv" in formats:
            path = out / f"{stem}.csv"
            frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
            written.append(path)
        if "parquet" in formats:
            path = out / f"{stem}.parquet"
            frame.to_parquet(path, index=False)
            written.append(path)
    return written


def export_tables(corpus_dir="seeds", out_dir=TABLES, formats=("csv",), manifest=True):
    """Load ``corpus_dir`` and write every table to ``out_dir``; returns (corpus, paths)."""
    corpus = load_corpus(corpus_dir, manifest=manifest)
    return corpus, write_tables(build_tables(corpus), out_dir, formats)
