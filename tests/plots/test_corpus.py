"""Figures of the corpus audit: the data returned is what is drawn, and it matches the tables."""
import pytest

from analysis import tables
from analysis.corpus import audit
from analysis.corpus.load import Corpus
from analysis.plots import corpus as corpus_plots, style
from tests.helpers import PAGE



def _corpus(t):
    """The audit helpers read a Corpus; the notebook assembles it from the tables like this."""
    return Corpus(articles=t.articles, paragraphs=t.paragraphs, sentences=t.sentences,
                  removed=t.removed_lines, problems=t.problems)


def _bar_widths_by_label(ax):
    """Legend label -> list of bar widths, in drawing order."""
    return {c.get_label(): [p.get_width() for p in c.patches] for c in ax.containers}


def test_article_lengths_one_dot_per_article_on_its_outlet_row(seed_tables):
    arts = seed_tables.articles
    fig, data = corpus_plots.article_lengths_figure(arts)
    ax = fig.axes[0]
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


def test_an_outlet_nothing_names_is_labelled_not_blank(seed_tables):
    # a saved page whose outlet no page field or manifest names: the table keeps it empty, the
    # figure's row reads "(no name)" (the data returned keeps the empty outlet)
    arts = seed_tables.articles.copy()
    arts.loc[arts.index[0], "outlet"] = ""
    fig, data = corpus_plots.article_lengths_figure(arts)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "(no name)" and "" not in labels
    assert (data["outlet"] == "").sum() == 1
    assert style.outlet_label("BBC News") == "BBC News" and style.outlet_label(" ") == "(no name)"


def test_removed_by_reason_stacks_groups_per_article(seed_tables):
    arts, removed = seed_tables.articles, seed_tables.removed_lines
    fig, data = corpus_plots.removed_by_reason_figure(audit.removals(_corpus(seed_tables)), arts)
    labels = audit.article_labels(arts)
    assert list(data["article"]) == [labels[a] for a in arts["article_id"]]
    assert list(data.columns) == ["article"] + audit.GROUP_ORDER
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


def test_line_fate_shares_of_a_small_page(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "000_rain.txt").write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    (pages / "manifest.csv").write_text(
        "file,outlet,published,url,notes\n000_rain.txt,Town Post,2019-05-03,,\n", encoding="utf-8")
    t = tables.load(pages, tables_dir=tmp_path / "tables")
    corpus = _corpus(t)
    counts = audit.fate_counts(audit.line_fates(corpus, pages), corpus)
    fig, data = corpus_plots.line_fate_figure(counts, t.articles)
    # Six non-blank lines: one text, one cut, one headline, three removed (read off the page).
    row = data.iloc[0]
    assert row["article"] == "Town Post 2019-05-03"
    assert row["text"] == pytest.approx(1 / 6)
    assert row["text (line cut)"] == pytest.approx(1 / 6)
    assert row["headline"] == pytest.approx(1 / 6)
    assert row["removed"] == pytest.approx(3 / 6)
    assert list(_bar_widths_by_label(fig.axes[0])) == [
        "text", "text (line cut)", "headline", "removed"]


def test_line_fate_figure_on_the_seeds_saves(seed_tables, tmp_path):
    corpus = _corpus(seed_tables)
    counts = audit.fate_counts(audit.line_fates(corpus, seed_tables.corpus_dir), corpus)
    fig, data = corpus_plots.line_fate_figure(counts, seed_tables.articles)
    shares = data.set_index("article")
    assert len(shares) == len(seed_tables.articles)
    assert shares.sum(axis=1).to_numpy() == pytest.approx(1.0)
    style.save(fig, "corpus_line_fate", data, out_dir=tmp_path)
    for kind in ("pdf", "svg", "png", "csv"):
        assert (tmp_path / f"corpus_line_fate.{kind}").stat().st_size > 0
