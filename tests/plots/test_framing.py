"""The framing figures plot exactly the table they return."""
import pandas as pd

from analysis.plots.framing import plot_fightin_words, plot_frame_profile


def test_frame_profile_figure_returns_its_data():
    profile = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "frame": ["f", "f", "f", "f"],
                            "voice": ["narrator", "quoted"] * 2, "hits": [1, 0, 2, 1],
                            "words": [100, 100, 200, 200], "per_1000": [10.0, 0.0, 10.0, 5.0]})
    fig, data = plot_frame_profile(profile)
    assert len(data) == 4
    widths = sorted(round(p.get_width(), 6) for p in fig.axes[0].patches)
    assert widths == [0.0, 5.0, 10.0, 10.0]


def test_fightin_words_labels_the_top_words_per_outlet():
    terms = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"],
                          "count": [3, 0, 0, 4], "count_rest": [0, 4, 3, 0],
                          "log_odds": [1, -1, -1, 1], "z": [1.5, -1.2, -1.5, 1.2]})
    fig, data = plot_fightin_words(terms, n_labels=1, min_count=2)
    assert data.loc[data["labelled"], ["outlet", "term"]].values.tolist() == [["A", "x"], ["B", "y"]]
    assert [t.get_text() for t in fig.axes[0].texts] == ["x"]


def test_contested_terms_figure_shows_shares_n_and_says_none_found():
    from analysis.plots.framing import contested_terms_figure
    terms = pd.DataFrame({"article_id": ["a1", "a2", "a2", "b1"], "outlet": ["A", "A", "A", "B"],
                          "contest": ["event"] * 4, "side": ["x", "y", "x", "y"],
                          "voice": ["narrator", "narrator", "quoted", "narrator"]})
    fig, data = contested_terms_figure(terms)
    assert data[["outlet", "voice", "side", "hits", "n"]].values.tolist() == [
        ["A", "narrator", "x", 1, 2], ["A", "narrator", "y", 1, 2], ["A", "quoted", "x", 1, 1],
        ["A", "quoted", "y", 0, 1], ["B", "narrator", "x", 0, 1], ["B", "narrator", "y", 1, 1]]
    ax = fig.axes[0]
    assert sorted(round(p.get_width(), 6) for p in ax.patches) == [0.0, 0.0, 0.5, 0.5, 1.0, 1.0]
    assert sorted(t.get_text() for t in ax.texts) == ["n=1", "n=1", "n=2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B, own voice", "A, quoted voices",
                                                            "A, own voice"]
    fig, data = contested_terms_figure(terms.iloc[0:0])
    assert data.empty and "No contested names found" in fig.axes[0].texts[0].get_text()
