"""Figures of the corpus audit: the data returned is what is drawn, and it matches the corpus."""
import matplotlib.pyplot as plt
import pytest

from analysis.corpus import audit
from analysis.plots import corpus as corpus_figures, style as figures
from analysis.pipeline import load_corpus
from analysis.paths import SEEDS

from test_audit import page_dir  # noqa: F401  (the small page fixture)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _bar_widths_by_label(ax):
    """Legend label -> list of bar widths, in drawing order."""
    return {c.get_label(): [p.get_width() for p in c.patches] for c in ax.containers}


def test_article_lengths_one_dot_per_article_on_its_outlet_row(corpus):
    fig, data = corpus_figures.article_lengths_figure(corpus)
    ax = fig.axes[0]
    arts = corpus.articles
    assert list(data.columns) == ["article_id", "outlet", "published", "n_words"]
    assert sorted(data["article_id"]) == sorted(arts["article_id"])
    assert (dict(zip(data["article_id"], data["n_words"]))
            == dict(zip(arts["article_id"], arts["n_words"])))
    outlets = [t.get_text() for t in ax.get_yticklabels()]
    assert outlets == sorted(arts["outlet"].unique(), key=str.casefold)
    dots = ax.collections[0].get_offsets()
    assert len(dots) == len(arts)
    for (x, y), outlet in zip(dots, data["outlet"]):
        assert outlets[int(y)] == outlet
    assert sorted(x for x, _ in dots) == sorted(arts["n_words"])
    assert ax.get_xlabel() == "Words of clean text per article"


def test_removed_by_reason_stacks_groups_per_article(corpus):
    fig, data = corpus_figures.removed_by_reason_figure(corpus)
    labels = audit.article_labels(corpus.articles)
    assert list(data["article"]) == [labels[a] for a in corpus.articles["article_id"]]
    assert list(data.columns) == ["article"] + audit.GROUP_ORDER
    removed = corpus.removed
    per_article = removed.groupby("article_id").size()
    for article_id, label in labels.items():
        row = data[data["article"] == label].iloc[0]
        assert row[audit.GROUP_ORDER].sum() == per_article.get(article_id, 0)
        dup = ((removed["article_id"] == article_id) & (removed["reason"] == "duplicate")).sum()
        assert row["duplicates"] == dup
    widths = _bar_widths_by_label(fig.axes[0])
    assert list(widths) == audit.GROUP_ORDER
    assert widths["page chrome"] == list(data["page chrome"])
    # The seeds include a page printing its body twice (see seeds/manifest.csv).
    assert data["duplicates"].sum() > 0


def test_line_fate_shares_of_a_small_page(page_dir):  # noqa: F811
    corpus = load_corpus(page_dir)
    fates = audit.line_fates(corpus, page_dir)
    fig, data = corpus_figures.line_fate_figure(fates, corpus)
    # Six non-blank lines: one text, one cut, one headline, three removed (read off the page).
    row = data.iloc[0]
    assert row["article"] == "Town Post 2019-05-03"
    assert row["text"] == pytest.approx(1 / 6)
    assert row["text (line cut)"] == pytest.approx(1 / 6)
    assert row["headline"] == pytest.approx(1 / 6)
    assert row["removed"] == pytest.approx(3 / 6)
    assert list(_bar_widths_by_label(fig.axes[0])) == [
        "text", "text (line cut)", "headline", "removed"]


def test_line_fate_figure_on_the_seeds_saves(corpus, tmp_path):
    fates = audit.line_fates(corpus, SEEDS)
    fig, data = corpus_figures.line_fate_figure(fates, corpus)
    shares = data.set_index("article")
    assert len(shares) == len(corpus.articles)
    assert shares.sum(axis=1).to_numpy() == pytest.approx(1.0)
    saved = figures.save(fig, "corpus_line_fate", data, out_dir=tmp_path)
    for kind in ("pdf", "svg", "png", "csv"):
        assert (tmp_path / f"corpus_line_fate.{kind}").stat().st_size > 0
    assert saved is not None
