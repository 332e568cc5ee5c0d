"""Corpus audit tables: labels, per-outlet summary, removal audit and the fate of every line."""
import pandas as pd
import pytest

from analysis.corpus import audit
from analysis.codebooks import CHROME_REASONS as REASONS
from analysis.pipeline import load_corpus
from analysis.paths import SEEDS
from tests.helpers import PAGE



@pytest.fixture
def page_dir(tmp_path):
    (tmp_path / "000_rain.txt").write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published,url,notes\n000_rain.txt,Town Post,2019-05-03,,\n", encoding="utf-8")
    return tmp_path


def test_article_labels_name_outlet_and_date_and_number_repeats():
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d", "e"],
                             "outlet": ["Xinhua", "Xinhua", "CGTN", "", "Xinhua"],
                             "published": ["2019-05-02", "2019-05-02", "", "2019-05-01",
                                           "2019-05-06"]})
    assert audit.article_labels(articles) == {
        "a": "Xinhua 2019-05-02", "b": "Xinhua 2019-05-02 #2", "c": "CGTN undated",
        "d": "unknown outlet 2019-05-01", "e": "Xinhua 2019-05-06"}


def test_article_labels_on_the_seeds_are_unique(corpus):
    labels = audit.article_labels(corpus.articles)
    assert set(labels) == set(corpus.articles["article_id"])
    assert len(set(labels.values())) == len(labels)
    assert "CGTN undated" in labels.values()      # the manifest gives CGTN no date


def test_outlet_summary_counts_what_each_outlet_contributes(corpus):
    table = audit.outlet_summary(corpus)
    arts = corpus.articles
    assert sorted(table.index) == sorted(arts["outlet"].unique())
    assert table.loc["Xinhua", "articles"] == 2
    assert table.loc["Xinhua", "first_date"] == "2019-05-02"
    assert table.loc["Xinhua", "last_date"] == "2019-05-06"
    assert table.loc["CGTN", "first_date"] == "undated"
    for outlet, group in arts.groupby("outlet"):
        ids = set(group["article_id"])
        assert table.loc[outlet, "words"] == group["n_words"].sum()
        assert table.loc[outlet, "mean_words"] == round(group["n_words"].mean())
        assert table.loc[outlet, "sentences"] == corpus.sentences["article_id"].isin(ids).sum()
        paras = corpus.paragraphs[corpus.paragraphs["article_id"].isin(ids)]
        assert table.loc[outlet, "body"] == (paras["role"] == "body").sum()
    assert "MOSCOW" in table.loc["Xinhua", "datelines"]
    assert table.loc["CGTN", "datelines"] == "none"


def test_reason_groups():
    assert audit.reason_group("duplicate") == "duplicates"
    assert audit.reason_group("caption") == "captions"
    assert audit.reason_group("byline") == "metadata"
    assert audit.reason_group("glued headline") == "metadata"
    assert audit.reason_group("navigation") == "page chrome"
    assert audit.reason_group("share widget") == "page chrome"
    assert {audit.reason_group(r) for r in REASONS} == set(audit.GROUP_ORDER)
    assert set().union(*audit.REASON_GROUPS.values()) <= set(REASONS)


def test_removal_audit_on_the_seeds(corpus):
    counts, examples = audit.removal_audit(corpus)
    removed = corpus.removed
    assert counts.loc["total", "total"] == len(removed)
    assert sorted(examples.index) == sorted(removed["reason"].unique())
    for reason, row in examples.iterrows():
        lines = removed.loc[removed["reason"] == reason, "text"]
        assert row["lines"] == len(lines) == counts.loc[reason, "total"]
        assert row["example"] in set(lines)
        assert row["group"] == audit.reason_group(reason)
    labels = audit.article_labels(corpus.articles)
    per_article = removed.groupby("article_id").size()
    for article_id, n in per_article.items():
        assert counts.loc["total", labels[article_id]] == n


def test_line_fates_of_a_small_page(page_dir):
    corpus = load_corpus(page_dir)
    fates = audit.line_fates(corpus, page_dir)
    assert list(fates.columns) == ["article_id", "line_no", "fate", "line"]
    assert dict(zip(fates["line_no"], fates["fate"])) == {
        1: "removed", 3: "headline", 5: "removed", 7: "text (line cut)", 9: "text", 11: "removed"}
    assert (fates["article_id"] == "000_rain").all()
    assert fates.loc[fates["line_no"] == 11, "line"].item() == "Share on Facebook"
    counts = audit.fate_counts(fates, corpus)
    assert counts.loc["Town Post 2019-05-03"].to_dict() == {
        "headline": 1, "removed": 3, "text": 1, "text (line cut)": 1}


def test_a_line_missing_from_the_audit_is_unaccounted(page_dir):
    corpus = load_corpus(page_dir)
    article = corpus.articles.iloc[0]
    not_menu = corpus.removed[corpus.removed["text"] != "Home"]
    fates = audit.article_line_fates(article, not_menu, page_dir)
    assert fates.loc[fates["line_no"] == 1, "fate"].item() == "unaccounted"
    assert (fates["fate"] == "unaccounted").sum() == 1


def test_every_seed_line_is_accounted_for(corpus):
    fates = audit.line_fates(corpus, SEEDS)
    assert set(fates["article_id"]) == set(corpus.articles["article_id"])
    assert set(fates["fate"]) <= set(audit.FATES)
    assert not (fates["fate"] == "unaccounted").any(), fates[fates["fate"] == "unaccounted"]
    # Every removed line of the audit is a line of its page.
    removed_lines = set(zip(corpus.removed["article_id"], corpus.removed["line_no"]))
    assert removed_lines <= set(zip(fates["article_id"], fates["line_no"]))
    # The headline of each article is found on its page.
    for article_id, group in fates.groupby("article_id"):
        assert (group["fate"] == "headline").any(), article_id


def test_a_page_that_gave_no_article_stays_in_the_removal_audit(page_dir):
    # A saved page with nothing but a menu and a footer (a paywall's stub): no article row, a
    # problem row, and its removed lines still counted in the audit under the page's own id.
    (page_dir / "001_stub.txt").write_text("Home\nWorld\n\nShare on Facebook\n", encoding="utf-8")
    corpus = load_corpus(page_dir)
    assert list(corpus.articles["article_id"]) == ["000_rain"]
    assert corpus.problems["file"].str.contains("001_stub").any()
    counts, examples = audit.removal_audit(corpus)
    assert counts.loc["total", "total"] == len(corpus.removed) == examples["lines"].sum()
    assert counts.loc["total", "001_stub (no article)"] == 3
    assert counts.loc["total", "Town Post 2019-05-03"] == 4   # lines 1, 5, 11 and the dateline cut off 7
