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
