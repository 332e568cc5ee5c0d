"""The pipeline: every table, the same for 1 worker, N workers and a Dask cluster, and the same
for one page analysed alone."""
import filecmp
import subprocess
import sys

import pandas as pd
import pytest

from analysis.paths import REPO_ROOT, SEEDS
from analysis.pipeline import analyse_article, export, run
from analysis.steps import ARTICLE_TABLES, CORPUS_TABLES, STREAMED

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
    "contested_terms": ["article_id", "outlet", "contest", "side", "term", "voice", "speaker",
                        "sentence", "start", "end", "actor_id"],
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
        named = [c for c in ("article_id", "outlet", "statement_id") if c in alone.columns]
        assert by_text[name].drop(columns=named).equals(by_path[name].drop(columns=named)), name
        if "statement_id" in named:     # <article_id>:s<n>: the same statements, another id
            ends = [t[name]["statement_id"].str.rsplit(":", n=1).str[-1] for t in (by_text, by_path)]
            assert ends[0].equals(ends[1]), name


def test_run_returns_the_exported_tables(one_worker):
    tables = run(SEEDS)
    assert set(tables) >= {*STREAMED, *CORPUS_TABLES}
    for name, frame in tables.items():
        shown = frame.astype(object).where(frame.notna(), "")   # an empty cell (no interval) reads NaN
        assert shown.astype(str).values.tolist() == read(one_worker, name).values.tolist(), name


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


@pytest.fixture(scope="module")
def dask_cluster():
    """One local Dask cluster of two worker processes for this module's tests, or None without
    dask.distributed. Started before any test makes the seeds' study active, as a shared
    cluster is: each export must bring its study to the workers. Its workers serve one corpus
    after another."""
    try:
        from dask.distributed import LocalCluster
    except ImportError:
        yield None
        return
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster


def test_dask_cluster_gives_identical_tables(one_worker, tmp_path, dask_cluster):
    if dask_cluster is None:
        pytest.skip("dask.distributed is not installed")
    result = run_export("--out", str(tmp_path), "--scheduler", dask_cluster.scheduler_address,
                        "--format", "parquet")
    assert result.returncode == 0, result.stderr
    same_files(one_worker, tmp_path)
    # the export pauses the workers' statistical profiler while it runs, and leaves it running
    from dask.distributed import Client
    with Client(dask_cluster.scheduler_address) as client:
        running = client.run(lambda dask_worker: dask_worker.periodic_callbacks["profile"].is_running())
    assert list(running.values()) == [True, True]


WIRE = ("The central bank raised its main interest rate by half a point on Thursday, the third "
        "increase this year, saying that prices for food and fuel were still rising faster than "
        "wages in most of the country's regions")
FLOOD = ("Flooding in the northern province forced thousands of families from their homes, and "
         "rescue teams used boats to reach villages that the water had cut off overnight")


LOCAL_NEWS = [
    "The city council approved a new cycling lane along the river embankment.",
    "A bakery on Mill Street won a regional prize for its rye sourdough.",
    "Volunteers planted two hundred oak saplings in the old quarry park.",
    "The orchestra announced a summer season of open-air concerts.",
    "Police closed the ring road after a lorry shed its load of timber.",
    "The school choir travelled to Vienna for a youth singing contest.",
    "Museum curators restored a medieval tapestry damaged by moths.",
    "Fishermen reported unusually large catches of mackerel near the harbour.",
    "A local chess prodigy qualified for the national junior championship.",
    "The library extended its opening hours during the examination period.",
    "Engineers tested the new tram signals overnight without passengers.",
    "A charity marathon raised money for the children's hospital ward.",
    "Beekeepers warned that the cold spring had weakened many hives.",
    "The zoo welcomed twin red panda cubs born late last month.",
    "Residents complained about noise from the airport's night flights.",
    "The football club appointed a former goalkeeper as youth coach.",
    "Archaeologists uncovered Roman coins beneath the market square.",
    "A ferry strike stranded tourists on the island for two days.",
    "The theatre staged a bold adaptation of a Chekhov comedy.",
    "Students built a solar car that crossed the desert in six days.",
    "The botanical garden opened a greenhouse of rare tropical orchids.",
    "A retired teacher published a history of the valley's mills.",
    "Cyclists crowded the mountain pass for the annual hill climb.",
    "The brewery revived a recipe for dark ale from the 1890s.",
]


@pytest.fixture(scope="module")
def wire_corpus(tmp_path_factory):
    """Eight pages of four outlets that reprint and reword two wire stories (dateline, byline,
    tabloid and broadsheet styles), so reuse, shared facts and keyness all have work to merge."""
    folder = tmp_path_factory.mktemp("wire")
    pages = {
        "w1": ("Wire", "2021-03-04", f"LONDON, March 4 (Wire) - {WIRE}.\n\n{FLOOD}, officials said."),
        "w2": ("Wire", "2021-03-05", f"LONDON (Wire) - {FLOOD}.\n\nMarkets in Asia fell sharply."),
        "d1": ("Daily", "2021-03-05", f"By Jane Roe\n\n{WIRE.replace('Thursday', 'Thursday morning')}."
                                       "\n\nTraders said the decision had been expected for weeks."),
        "d2": ("Daily", "", "RATE SHOCK: central bank hikes interest rate half a point to fight "
                            "inflation\n\nShoppers told us prices were hurting families."),
        "g1": ("Gazette", "2021-03-06", f"{FLOOD.replace('Flooding', 'Heavy flooding')}.\n\n"
                                         "The governor said further increases could not be ruled out."),
        "g2": ("Gazette", "2021-03-07", f"In brief: {WIRE}.\n\n{FLOOD}."),
        "t1": ("Times", "2021-03-04", "On Thursday the central bank lifted its key interest rate by "
                                      "half a point, aiming to curb inflation.\n\nAsian markets fell."),
        "t2": ("Times", "2021-03-08", "A long report on farming, rainfall and harvests in the south, "
                                      "where the floods did not reach the fields this spring."),
    }
    lines = ["file,outlet,published,url,notes"]
    for n, (stem, (outlet, published, body)) in enumerate(pages.items()):
        local = " ".join(LOCAL_NEWS[3 * n:3 * n + 3])     # each page's own news: words shared
        (folder / f"{stem}.txt").write_text(f"Headline of {stem}\n\n{body}\n\n{local}\n",  # by few
                                            encoding="utf-8")
        lines.append(f"{stem}.txt,{outlet},{published},,")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_index_merging_steps_are_identical_on_1_and_2_workers_and_dask(wire_corpus, tmp_path,
                                                                      dask_cluster):
    """Reuse, shared facts and keyness merge indexes the workers made: the same bytes however
    the articles were divided."""
    export(wire_corpus, tmp_path / "one")
    assert len(read(tmp_path / "one", "reuse")) >= 3
    assert (read(tmp_path / "one", "shared_facts")["method"] == "cluster").any()
    assert len(read(tmp_path / "one", "distinctive_terms")) > 0
    export(wire_corpus, tmp_path / "two", workers=2)
    same_files(tmp_path / "one", tmp_path / "two")
    if dask_cluster is None:
        pytest.skip("dask.distributed is not installed")
    result = run_export("--corpus", str(wire_corpus), "--out", str(tmp_path / "dask"),
                        "--scheduler", dask_cluster.scheduler_address)
    assert result.returncode == 0, result.stderr
    same_files(tmp_path / "one", tmp_path / "dask")


def test_a_live_blogs_headings_are_subheads_and_no_ones_statements(tmp_path):
    """Time-stamped headings of a live blog ("13:10 GMT - Guaido calls for more protests",
    one ending in a quotation that closes on a word) are the outlet's headings: subheads, and no
    quote row comes from them; the body under them keeps its rows."""
    page = tmp_path / "live.txt"
    page.write_text("Venezuela crisis: live updates\n\n"
                    "The day began quietly in the capital, and shops opened as usual.\n\n"
                    "13:40 GMT - Russia warns of 'gravest consequences'\n\n"
                    "The foreign ministry said further steps would have grave consequences.\n\n"
                    "13:10 GMT - Guaido calls for more protests\n\n"
                    "Opposition leader Juan Guaido called on Venezuelans to return to the streets.\n",
                    encoding="utf-8")
    tables = analyse_article(page)
    paragraphs = tables["paragraphs"]
    assert paragraphs.loc[paragraphs["text"].str.contains("GMT"), "role"].tolist() == ["subhead"] * 2
    assert sorted(tables["quotes"]["verb"]) == ["call on", "say"]
