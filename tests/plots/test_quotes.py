"""Figures of quotation and attribution: what is drawn is the table returned, every share with
its n and interval."""
import numpy as np
import pandas as pd

from analysis.plots import quotes as quote_plots, style
from analysis.quotes.summaries import camp_shares, speakers_by, verb_class_shares

# Alpha: article a1 (Ann twice, one statement; nobody), a2 (Ann); Beta: b1 (Bob).
QUOTES = pd.DataFrame({
    "article_id": ["a1", "a1", "a1", "a2", "b1"],
    "outlet": ["Alpha", "Alpha", "Alpha", "Alpha", "Beta"],
    "statement_id": ["a1:s1", "a1:s1", "a1:s2", "a2:s1", "b1:s1"],
    "kind": ["indirect", "partial", "partial", "direct", "direct"],
    "quote": ["one two three", "three", "six", "four five", "seven eight"],
    "start": [0, 8, 20, 0, 0], "end": [13, 13, 23, 9, 11],
    "speaker": ["Ann", "Ann", "", "Ann", "Bob"],
    "speaker_id": ["ann", "ann", "", "ann", "bob"],
    "camp": ["US government", "US government", "", "US government", "Russian government"],
    "verb_class": ["neutral", "neutral", "", "distancing", "neutral"],
})


def test_camp_shares_bars_are_the_statement_shares_with_n_and_intervals():
    shares = camp_shares(QUOTES)
    fig, data = quote_plots.camp_shares_figure(shares)
    assert {"statements", "n", "statement_share", "ci_low", "ci_high", "word_share"} <= set(data.columns)
    alpha = data[data["outlet"] == "Alpha"].set_index("camp")
    assert alpha.loc["US government", ["statements", "n"]].tolist() == [2, 3]
    assert np.isfinite(alpha.loc["US government", "ci_low"])      # two articles
    for ax, camp in zip(fig.axes, data["camp"].unique()):
        widths = sorted(round(p.get_width(), 9) for p in ax.patches)
        assert widths == sorted(round(s, 9) for s in data.loc[data["camp"] == camp, "statement_share"])
        assert {t.get_text() for t in ax.texts} == {
            f"{r.statements}/{r.n}" for r in data[data["camp"] == camp].itertuples()}
    us = fig.axes[list(data["camp"].unique()).index("US government")]
    assert us.collections and any(c.get_segments() for c in us.collections
                                  if hasattr(c, "get_segments"))   # the error bar


def test_speakers_heatmap_counts_statements_and_leaves_zero_cells_white():
    speakers = speakers_by(QUOTES)
    fig, data = quote_plots.speakers_figure(speakers, top=2)
    assert len(data) == 2 and data.iloc[0]["speaker"] == "Ann" and data.iloc[0]["n"] == 2
    assert sorted(t.get_text() for t in fig.axes[0].texts) == ["1", "2"]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["Alpha\n(n=3)", "Beta\n(n=1)"]
    image = fig.axes[0].images[0]
    zero = image.get_array().mask
    assert zero.sum() == (data[["Alpha", "Beta"]].to_numpy() == 0).sum() > 0
    fig.canvas.draw()
    rgba = image.cmap(image.norm(image.get_array()))
    assert (rgba[zero][:, :3] == 1).all()          # white
    assert (rgba[~zero][:, :3] < 0.9).all()        # a count of one is visibly grey


def test_verb_classes_have_their_own_palette_n_and_intervals():
    shares = verb_class_shares(QUOTES)
    fig, data = quote_plots.verb_classes_figure(shares)
    assert list(data.columns) == ["camp", "verb_class", "statements", "n", "share", "ci_low", "ci_high"]
    us = data[data["camp"] == "US government"].set_index("verb_class")
    assert us["statements"].to_dict() == {"distancing": 1, "neutral": 1} and set(us["n"]) == {2}
    assert [c.get_label() for c in fig.axes[0].collections if c.get_label()[0] != "_"] == [
        "neutral", "distancing"]
    assert not set(style.VERB_CLASS_COLOURS.values()) & (set(style.camp_colours().values())
                                                         | {style.LIGHT_GREY, style.GREY})
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "Russian government (n=1)", "US government (n=2)"]
    # an interval on every share of a group seen in two articles or more (one article: none)
    assert data.loc[data["camp"] == "US government", ["ci_low", "ci_high"]].notna().all().all()


def test_verb_classes_of_one_group_leave_room_for_the_legend(recwarn, tmp_path):
    """A study with no actor codebook has one camp; seven verb classes in the legend."""
    classes = ["neutral", "emphatic", "tentative", "distancing", "confrontational", "directive",
               "topic"]
    one = pd.DataFrame({"article_id": [f"a{i % 2}" for i in range(7)], "outlet": "Alpha",
                        "statement_id": [f"a{i % 2}:s{i}" for i in range(7)], "kind": "direct",
                        "quote": "words", "start": 0, "end": 5, "speaker": "Ann",
                        "speaker_id": "", "camp": "unattributed", "verb_class": classes})
    fig, data = quote_plots.verb_classes_figure(verb_class_shares(one))
    style.save(fig, "verb_classes", data, out_dir=tmp_path)
    assert fig.axes[0].get_window_extent().height > 20
    assert not [w for w in recwarn if "collapsed" in str(w.message)]
