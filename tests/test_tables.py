"""tables/: CSV lines as pandas writes them, typed reading, and ``load`` re-exporting stale tables."""
import csv
import io
import os

import pandas as pd
import pytest

from analysis import tables

PAGE = ("Leaders Meet in Brasilia\nBRASILIA, June 3 (Agencia Brasil) -- The president said on "
        "Monday that \"talks will go on\" with Venezuela, according to a statement.\n")


def test_csv_lines_are_what_pandas_writes():
    rows = [("plain", 1, -1), ("a, comma", 'say "no"', ""), ("two\nlines", "x", "’curly’ “marks”"),
            ('"', ",", "ends with a quote\""), ("Straße", 0, "tab\there"), ("", "", "")]
    written = io.StringIO()
    pd.DataFrame(rows, columns=list("abc")).to_csv(written, index=False, lineterminator="\n")
    assert tables.csv_lines([("a", "b", "c"), *rows]) == written.getvalue()
    assert [tuple(r) for r in csv.reader(io.StringIO(tables.csv_lines(rows)))] == \
        [tuple(str(v) for v in row) for row in rows]


def test_read_table_types(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("article_id,n_words,text,log_odds,low_count\n007,3,,0.5,True\n008,4,a b,,False\n",
                    encoding="utf-8")
    frame = tables.read_table(path)
    assert frame["article_id"].tolist() == ["007", "008"]          # ids stay text
    assert frame["n_words"].dtype == "int64" and frame["text"].tolist() == ["", "a b"]
    assert frame["log_odds"].dtype == "float64" and frame["log_odds"].isna().tolist() == [False, True]
    assert frame["low_count"].tolist() == [True, False]


@pytest.fixture
def small_corpus(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "story.txt").write_text(PAGE, encoding="utf-8")
    return folder


def test_load_exports_when_missing_then_reuses_then_sees_a_newer_page(small_corpus, tmp_path):
    out = tmp_path / "tables"
    first = tables.load(small_corpus, tables_dir=out)
    assert first.articles.loc[0, "outlet"] == "Agencia Brasil" and first.tables_dir == out
    assert "talks will go on" in first.quotes["quote"].tolist()
    assert first.articles["n_words"].dtype == "int64" and first.quotes["start"].dtype == "int64"
    assert all(isinstance(getattr(first, name), pd.DataFrame) for name in tables.TABLE_NAMES)
    made = (out / "articles.csv").stat().st_mtime_ns
    assert not tables.is_stale(small_corpus, out)
    tables.load(small_corpus, tables_dir=out)
    assert (out / "articles.csv").stat().st_mtime_ns == made          # fresh: not exported again
    page = small_corpus / "story.txt"
    page.write_text(PAGE.replace("talks will go on", "talks are over"), encoding="utf-8")
    later = made + 10**9
    os.utime(page, ns=(later, later))
    assert tables.is_stale(small_corpus, out)
    assert "talks are over" in tables.load(small_corpus, tables_dir=out).quotes["quote"].tolist()


def test_tables_of_another_corpus_are_stale(small_corpus, tmp_path):
    out = tmp_path / "tables"
    tables.load(small_corpus, tables_dir=out)
    other = tmp_path / "other"
    other.mkdir()
    (other / "story.txt").write_text(PAGE, encoding="utf-8")
    assert tables.is_stale(other, out) and not tables.is_stale(small_corpus, out)


def test_a_newer_codebook_or_module_makes_tables_stale(small_corpus, tmp_path, monkeypatch):
    out = tmp_path / "tables"
    tables.load(small_corpus, tables_dir=out)
    books = tmp_path / "books"
    books.mkdir()
    (books / "actors.csv").write_text("id\n", encoding="utf-8")      # newer than the tables
    monkeypatch.setenv("ANALYSIS_CODEBOOKS_DIR", str(books))
    assert tables.is_stale(small_corpus, out)


def test_load_takes_its_folder_from_the_environment(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv(tables.TABLES_ENV, str(tmp_path / "elsewhere"))
    assert tables.load(small_corpus).tables_dir == tmp_path / "elsewhere"
