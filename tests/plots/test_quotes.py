"""Figures of quotation and attribution: what is drawn is the table returned."""
import pandas as pd
import pytest

from analysis.plots import quotes as quote_plots, style
from analysis.quotes.summaries import camp_shares, speakers_by, verb_classes_by

QUOTES = pd.DataFrame({
    "outlet": ["Alpha", "Alpha", "Alpha", "Beta"],
    "kind": ["direct", "indirect", "partial", "direct"],
    "quote": ["one two three", "four five", "six", "seven eight"],
    "speaker": ["Ann", "Ann", "", "Bob"],
    "camp": ["US government", "US government", "", "Russian government"],
    "verb_class": ["neutral", "distancing", "", "neutral"],
})


def test_camp_shares_bars_add_up_to_one_per_outlet():
    in_marks = camp_shares(QUOTES[QUOTES["kind"] != "indirect"])
    everything = camp_shares(QUOTES)
    fig, data = quote_plots.camp_shares_figure(in_marks, everything)
    assert set(data["measure"]) == {"quote_share_in_marks", "word_share_all"}
    for ax in fig.axes[:2]:
        ends = {}
        for bar in ax.patches:
            y = round(bar.get_y() + bar.get_height() / 2, 6)
            ends[y] = max(ends.get(y, 0), bar.get_x() + bar.get_width())
        assert list(ends.values()) == pytest.approx([1.0, 1.0])
    colours = {bar.get_label() for bar in fig.axes[1].containers}
    assert colours == {"US government", "Russian government", "unattributed"}


def test_speakers_heatmap_shows_the_most_quoted_rows():
    speakers = speakers_by(QUOTES)
    fig, data = quote_plots.speakers_figure(speakers, top=2)
    assert len(data) == 2 and data.iloc[0]["speaker"] == "Ann"
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        f"{s} ({c})" for s, c in speakers.head(2).index]
    assert sorted(t.get_text() for t in fig.axes[0].texts) == ["1", "2"]


def test_verb_classes_in_codebook_order_with_their_colours():
    by_camp = verb_classes_by(QUOTES)
    fig, data = quote_plots.verb_classes_figure(by_camp)
    assert data.set_index("camp").to_dict("index") == {
        "Russian government": {"distancing": 0, "neutral": 1},
        "US government": {"distancing": 1, "neutral": 1}}
    drawn = [c.get_label() for c in fig.axes[0].containers]
    assert drawn == ["neutral", "distancing"]
    assert set(quote_plots.VERB_CLASS_COLOURS.values()) - {"#BBBBBB"} <= set(style.OKABE_ITO.values())
