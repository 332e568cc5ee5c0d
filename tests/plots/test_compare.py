"""Figures of the source comparison, drawn from the seed tables."""
import pandas as pd

from analysis.compare.facts import facts_by_outlet
from analysis.corpus.audit import article_labels
from analysis.plots import compare as compare_plots, style


def test_figures_draw_from_the_tables(seed_tables, tmp_path):
    t = seed_tables
    drawn = [compare_plots.outlet_profile_figure(t.outlet_profile),
             compare_plots.reuse_figure(t.reuse, t.articles),
             compare_plots.mentions_figure(t.mentions, t.articles),
             compare_plots.sources_figure(t.cited_sources, t.articles),
             compare_plots.timeline_figure(t.events, t.articles),
             compare_plots.shared_facts_figure(facts_by_outlet(t.shared_facts, t.articles))]
    for fig, data in drawn:
        assert fig.axes and len(data) > 0
    # one goes through the shared save, to check its data table is what gets written
    fig, data = compare_plots.timeline_figure(t.events, t.articles)
    written = style.save(fig, "timeline", data, out_dir=tmp_path)
    assert len(pd.read_csv(written["csv"])) == len(data)


def test_reuse_matrix_is_symmetric_and_adds_up_the_passages(seed_tables):
    t = seed_tables
    fig, data = compare_plots.reuse_figure(t.reuse, t.articles)
    labels = article_labels(t.articles)
    assert set(data["article"]) == set(labels.values())
    assert list(fig.axes[0].get_title(loc="right")).count("(") and len(fig.axes) >= 2
    for kind in ("copied_text", "shared_quote"):      # one panel each
        matrix = data[data["kind"] == kind].pivot(index="article", columns="with",
                                                  values="shared_words")
        assert (matrix == matrix.T).all().all()
        assert matrix.to_numpy().sum() == 2 * t.reuse.loc[t.reuse["kind"] == kind, "n_words"].sum()
    assert data["shared_words"].sum() == 2 * t.reuse["n_words"].sum()
    image = fig.axes[0].images[0]                     # zero cells are white (masked)
    assert image.get_array().mask.sum() == (data[data["kind"] == "copied_text"]["shared_words"] == 0).sum()


def test_mentions_are_per_1000_words_of_the_outlet():
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Alpha", "Beta"],
                             "published": ["", ""], "n_words": [500, 2000]})
    mentions = pd.DataFrame({"article_id": ["a", "b", "b"], "outlet": ["Alpha", "Beta", "Beta"],
                             "actor_id": ["x", "x", "y"], "actor": ["X", "X", "Y"],
                             "count": [2, 4, 1]})
    _, data = compare_plots.mentions_figure(mentions, articles, top=1)
    rates = data.set_index(["actor", "outlet"])["per_1000_words"]
    assert rates.to_dict() == {("X", "Alpha"): 4.0, ("X", "Beta"): 2.0}


def test_a_corpus_without_photo_credits_gets_a_labelled_empty_panel(seed_tables, recwarn):
    t = seed_tables
    cited = t.cited_sources[t.cited_sources["cue"] != "photo credit"]
    fig, data = compare_plots.sources_figure(cited, t.articles)
    assert not fig.axes[1].images and fig.axes[1].texts[0].get_text() == "none found"
    assert set(data["kind"]) == {"citation"}
    assert not [w for w in recwarn if "singular" in str(w.message)]


def test_shared_facts_named_by_long_sentences_still_draw(seed_tables, recwarn, tmp_path):
    """A cluster is named after its shortest sentence, which in long-form news can run to 200
    characters: the axis shows it cut, the CSV whole, and the plot keeps its size."""
    t = seed_tables
    long = ("Senate Republican leaders have insisted they will not consider a nominee to the "
            "Supreme Court this year, leaving that choice to the next president and the voters, "
            "whatever the polls say about it.")
    facts = t.shared_facts.assign(label=[f"{long} ({i})" for i in range(len(t.shared_facts))],
                                  method="cluster")
    fig, data = compare_plots.shared_facts_figure(facts_by_outlet(facts, t.articles))
    style.save(fig, "facts", data, out_dir=tmp_path)
    assert not [w for w in recwarn if "collapsed" in str(w.message)]
    assert max(len(x.get_text()) for x in fig.axes[0].get_yticklabels()) < 80
    assert data["label"].str.startswith(long).all()
