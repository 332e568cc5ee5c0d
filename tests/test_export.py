"""The export command: every table, the same for 1 worker, N workers and a Dask cluster."""
import csv
import filecmp
import io
import subprocess
import sys

import pandas as pd
import pytest

from analysis.export import csv_text, export_tables
from analysis.paths import REPO_ROOT, SEEDS
from analysis.pipeline import ARTICLE_TABLES, CORPUS_TABLES

ISSUE_COLUMNS = {   # the columns the issues fix, which other tools read by name
    "articles": ["article_id", "outlet", "headline", "published", "dateline", "n_words", "text", "source_file"],
    "paragraphs": ["article_id", "para_no", "role", "text"],
    "sentences": ["article_id", "para_no", "sent_no", "text", "start", "end"],
    "removed_lines": ["article_id", "line_no", "text", "reason"],
    "quotes": ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id", "speaker_mention",
               "affiliation", "camp", "verb", "verb_class", "via", "sentence", "start", "end"],
    "reuse": ["article_a", "article_b", "text_a", "text_b", "n_words", "first"],
    "mentions": ["article_id", "outlet", "actor_id", "actor", "count"],
    "cited_sources": ["article_id", "outlet", "source", "cue", "sentence"],
    "events": ["article_id", "outlet", "expression", "date", "sentence"],
    "framing_hits": ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence", "start", "end"],
    "distinctive_terms": ["outlet", "term", "count", "count_rest", "log_odds", "z"],
    "actor_labels": ["article_id", "outlet", "actor_id", "actor", "label", "voice", "sentence"],
    "hedges": ["article_id", "outlet", "marker", "kind", "target", "sentence"],
}


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    out = tmp_path_factory.mktemp("one")
    export_tables(SEEDS, out, formats=("csv", "parquet"))
    return out


def read(folder, name):
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("name", sorted(ISSUE_COLUMNS))
def test_tables_have_the_issue_columns_first(one_worker, name):
    table = read(one_worker, name)
    assert list(table.columns[:len(ISSUE_COLUMNS[name])]) == ISSUE_COLUMNS[name]
    assert len(table) > 0


def test_parquet_matches_csv(one_worker):
    for name in [*ARTICLE_TABLES, *CORPUS_TABLES, "articles", "sentences"]:
        parquet = pd.read_parquet(one_worker / f"{name}.parquet")
        csv = pd.read_csv(one_worker / f"{name}.csv")
        assert list(parquet.columns) == list(csv.columns) and len(parquet) == len(csv), name


def test_export_tables_match_the_corpus_level_functions(one_worker, corpus):
    """The streamed export and the functions notebooks call give the same rows."""
    from analysis.framing.hits import framing_hits
    from analysis.quotes.attribution import extract_quotes
    quotes = extract_quotes(corpus)
    exported = read(one_worker, "quotes")
    assert exported["quote"].tolist() == quotes["quote"].tolist()
    assert exported["speaker"].tolist() == quotes["speaker"].tolist()
    hits = framing_hits(corpus, quotes=quotes)
    assert read(one_worker, "framing_hits")[["term", "voice"]].values.tolist() == \
        hits[["term", "voice"]].values.tolist()


def same_files(a, b):
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(a, b, [n for n in names if n.endswith(".csv")], shallow=False)
    assert not mismatch and not errors, mismatch + errors


def run_export(*args):
    return subprocess.run([sys.executable, "-m", "analysis", "export", *args], capture_output=True,
                          text=True, cwd=REPO_ROOT)


def test_two_workers_give_identical_tables(one_worker, tmp_path):
    result = run_export("--out", str(tmp_path), "--workers", "2", "--format", "parquet")
    assert result.returncode == 0, result.stderr
    same_files(one_worker, tmp_path)


def test_dask_cluster_gives_identical_tables(one_worker, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = run_export("--out", str(tmp_path), "--scheduler", cluster.scheduler_address,
                            "--format", "parquet")
    assert result.returncode == 0, result.stderr
    same_files(one_worker, tmp_path)


def test_bad_workers_value_is_one_line(tmp_path):
    result = run_export("--out", str(tmp_path), "--workers", "0")
    assert result.returncode == 2 and result.stderr.strip().startswith("error:")
    assert "Traceback" not in result.stderr


def test_unseen_outlet_folder_exports(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        "Menu\nLeaders Meet in Brasilia\nBRASILIA, June 3 (Agencia Brasil) -- The president said on "
        "Monday that \"talks will go on\" with Venezuela, according to a statement.\n", encoding="utf-8")
    result = run_export("--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    articles = read(tmp_path / "out", "articles")
    assert articles.loc[0, "outlet"] == "Agencia Brasil" and articles.loc[0, "dateline"] == "BRASILIA"
    assert "talks will go on" in read(tmp_path / "out", "quotes")["quote"].tolist()


def test_csv_lines_are_those_of_the_csv_module():
    rows = [("plain", 1, -1), ("a, comma", 'say "no"', ""), ("two\nlines", None, "’curly’ “marks”"),
            ('"', ",", "ends with a quote\""), ("Straße", 0, "tab\there"), ("", "", "")]
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\n").writerows(rows)
    assert csv_text(rows, ["a", "b", "c"]) == expected.getvalue()
    as_dicts = [dict(zip("abc", row)) for row in rows]
    assert csv_text(as_dicts, ["a", "b", "c"]) == expected.getvalue()
    assert list(csv.reader(io.StringIO(csv_text(rows, [])))) == [
        ["" if v is None else str(v) for v in row] for row in rows]
