"""The framing figures plot exactly the table they return, with n and intervals."""
import numpy as np
import pandas as pd

from analysis.framing.hits import PROFILE_COLUMNS
from analysis.plots.framing import plot_fightin_words, plot_framing_profile


def _profile():
    rows = [("A", "f", "narrator", 2, 400, 5.0, 1.0, 9.0, 2), ("A", "f", "quoted", 0, 100, 0.0, 0.0, 0.0, 2),
            ("A", "f", "headline", 0, 0, np.nan, np.nan, np.nan, 2),
            ("B", "f", "narrator", 3, 300, 10.0, np.nan, np.nan, 1), ("B", "f", "quoted", 1, 200, 5.0, np.nan, np.nan, 1),
            ("B", "f", "headline", 1, 10, 100.0, np.nan, np.nan, 1)]
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)


def test_framing_profile_figure_draws_each_voice_with_n_and_intervals():
    fig, data = plot_framing_profile(_profile())
    # the row without headline words is not drawn; every other row is, with its n and interval
    assert len(data) == 5 and list(data.columns) == PROFILE_COLUMNS
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert len(panels) == 3
    assert "narrator" in panels[0].get_title() and "A 400, B 300" in panels[0].get_title()
    narrator_dots = sorted(float(x) for line in panels[0].get_lines() for x in line.get_xdata())
    assert narrator_dots == [5.0, 10.0]
    # one interval line (A, narrator: two articles); B has one article and so no interval
    segments = [seg for coll in panels[0].collections for seg in coll.get_segments()]
    assert [tuple(np.round(s[:, 0], 6)) for s in segments if len(s)] == [(1.0, 9.0)]
    # hits written beside the dots that have any
    assert sorted(t.get_text() for t in panels[0].texts) == ["2", "3"]


def test_fightin_words_labels_the_top_words_per_outlet():
    terms = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"],
                          "count": [3, 0, 0, 4], "count_rest": [0, 4, 3, 0],
                          "log_odds": [1, -1, -1, 1], "z": [1.5, -1.2, -1.5, 1.2]})
    fig, data = plot_fightin_words(terms, n_labels=1, min_count=2)
    assert data.loc[data["labelled"], ["outlet", "term"]].values.tolist() == [["A", "x"], ["B", "y"]]
    assert [t.get_text() for t in fig.axes[0].texts] == ["x"]


def _boxes(ax):
    renderer = ax.figure.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in ax.texts if t.get_text()]


def test_fightin_words_labels_do_not_overlap_and_rerun_the_same():
    words = [f"word{i}" for i in range(8)]
    terms = pd.DataFrame({"outlet": "A", "term": words, "count": [5] * 8, "count_rest": [1] * 8,
                          "log_odds": 1.0, "z": [2.0 + 0.01 * i for i in range(8)]})
    terms = pd.concat([terms, terms.assign(outlet="B", z=-terms["z"])], ignore_index=True)
    fig, _ = plot_fightin_words(terms, n_labels=8, min_count=2)
    boxes = _boxes(fig.axes[0])
    assert len(boxes) == 8
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    again, _ = plot_fightin_words(terms, n_labels=8, min_count=2)
    assert [t.get_position() for t in fig.axes[0].texts] == \
        [t.get_position() for t in again.axes[0].texts]


def test_fightin_words_shows_every_outlets_panel_after_placing_labels():
    # labels are placed one panel at a time (the others hidden meanwhile): all come back, the
    # spare cell of the grid stays hidden, and the labels of the last panel are apart too
    words = [f"word{i}" for i in range(6)]
    base = pd.DataFrame({"term": words, "count": [5] * 6, "count_rest": [1] * 6, "log_odds": 1.0,
                         "z": [2.0 + 0.01 * i for i in range(6)]})
    terms = pd.concat([base.assign(outlet=o) for o in "ABC"], ignore_index=True)
    fig, _ = plot_fightin_words(terms, n_labels=6, min_count=2)
    assert [ax.get_visible() for ax in fig.axes] == [True, True, True, False]
    assert [ax.get_title() for ax in fig.axes[:3]] == ["A", "B", "C"]
    boxes = _boxes(fig.axes[2])
    assert len(boxes) == 6 and not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


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
