"""The pipeline: every table, the same for 1 worker, N workers and a Dask cluster, and the same
for one page analysed alone."""
import filecmp
import subprocess
import sys

import pandas as pd
import pytest

from analysis.paths import REPO_ROOT, SEEDS
from analysis.pipeline import ARTICLE_TABLES, CORPUS_TABLES, STREAMED, analyse_article, export, run

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
    export(SEEDS, out, formats=("csv", "parquet"))
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


def test_one_page_alone_gives_its_rows_of_the_corpus_export(one_worker):
    """The per-article steps see one article at a time: a page analysed alone (from its path or
    from its text) gives exactly its rows of the whole corpus' export."""
    page = sorted(SEEDS.glob("001*.txt"))[0]
    by_path = analyse_article(page)
    by_text = analyse_article(page.read_text(encoding="utf-8"))
    for name in ARTICLE_TABLES:
        exported = read(one_worker, name)
        exported = exported[exported["article_id"] == page.stem].reset_index(drop=True)
        alone = by_path[name].astype(str)      # read() above keeps every cell as text
        assert len(alone) > 0 or name in ("actor_labels",), name
        assert alone.drop(columns=["outlet"]).values.tolist() == \
            exported.drop(columns=["outlet"]).values.tolist(), name
        assert by_text[name].drop(columns=["article_id", "outlet"]).equals(
            by_path[name].drop(columns=["article_id", "outlet"])), name


def test_run_returns_the_exported_tables(one_worker):
    tables = run(SEEDS)
    assert set(tables) >= {*STREAMED, *CORPUS_TABLES}
    for name, frame in tables.items():
        assert frame.astype(str).values.tolist() == read(one_worker, name).values.tolist(), name


def test_load_corpus_is_the_corpus_stage_of_the_export(one_worker, corpus):
    for name, attribute in [("articles", "articles"), ("paragraphs", "paragraphs"),
                            ("sentences", "sentences"), ("removed_lines", "removed")]:
        assert getattr(corpus, attribute).astype(str).values.tolist() == \
            read(one_worker, name).values.tolist(), name
    assert corpus.articles["n_words"].dtype == "int64" and corpus.articles["text"].map(type).eq(str).all()


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
