"""The findings figure and the table's HTML: what is drawn is the counts of the tables."""
import pandas as pd
import pytest

from analysis.codebooks import NOT_SPEECH_CLASSES
from analysis.compare.reuse_kinds import reuse_by_outlet
from analysis.plots import findings as findings_plots
from tests.helpers import findings_tables


@pytest.fixture(scope="module")
def seed(seed_tables):
    """The seed tables the figure reads, as notebook 05 derives them."""
    t = seed_tables
    return {"profile": t.outlet_profile, "quotes": t.quotes, "cited": t.cited_sources,
            "shared": reuse_by_outlet(t.reuse, t.articles),
            "frame_rates": t.framing_profile}


def small_tables():
    """quotes, cited sources and frame rates of the hand-made findings tables."""
    t = findings_tables()
    return t[1], t[2], t[4]


def test_findings_html_keeps_a_fixed_table_id():
    table = pd.DataFrame({"Alpha": ["2 (2019-05-01)", "TASS (2)"], "Beta": ["1 (undated)", "–"]},
                         index=["articles", "sources cited in the text"])
    html = findings_plots.findings_html(table)
    assert 'id="T_findings"' in html and "Alpha" in html
    assert html == findings_plots.findings_html(table)


def test_findings_figure_data_are_the_counts(seed):
    t = seed
    outlets = list(t["profile"]["outlet"])
    fig, data = findings_plots.findings_figure(t["quotes"], t["cited"], t["frame_rates"], outlets)
    assert list(data.columns) == ["panel", "outlet", "category", "value", "n", "ci_low", "ci_high"]
    quotes = t["quotes"]
    said = quotes[(quotes["statement_id"] != "")   # beliefs and stances are no statements
                  & ~quotes["verb_class"].isin(NOT_SPEECH_CLASSES)].drop_duplicates("statement_id")
    by_camp = data[data["panel"] == "statements by camp"]
    for outlet in outlets:
        drawn = by_camp.loc[by_camp["outlet"] == outlet, "value"].sum()
        assert drawn == (said["outlet"] == outlet).sum()
    unattributed = said["camp"].fillna("") == ""
    assert by_camp.loc[by_camp["category"] == "unattributed", "value"].sum() == unattributed.sum()
    sources = data[data["panel"] == "sources cited in the text"]
    cited = t["cited"]
    in_text = cited[cited["cue"] != "photo credit"]
    assert sources["value"].sum() == len(in_text)
    agencies = sources[(sources["outlet"] == "CGTN") & (sources["category"] == "agency")]
    cgtn_agencies = (in_text["outlet"] == "CGTN") & (in_text["type"] == "agency")
    assert agencies["value"].item() == cgtn_agencies.sum()
    frames = data[data["panel"] == "frames in own voice per 1,000 narrator words"]
    rates = t["frame_rates"]
    own = rates[(rates["voice"] == "narrator") & (rates["per_1000"] > 0)]
    assert len(frames) == len(own)
    assert (frames["value"] > 0).all()
    # every rate is drawn with its n (hits), and its interval is in the values
    assert sorted(frames["n"]) == sorted(own["hits"])
    assert frames["ci_high"].fillna(float("inf")).ge(frames["value"]).all()
    axes = fig.axes
    assert len(axes) == 3
    assert [tick.get_text() for tick in axes[0].get_yticklabels()] == outlets
    assert len(axes[2].collections[0].get_offsets()) == len(own)


def test_findings_figure_with_a_new_outlet_and_no_sources():
    quotes, cited, frame_rates = small_tables()
    fig, data = findings_plots.findings_figure(quotes, cited.iloc[0:0], frame_rates, ["Alpha", "Beta"])
    sources = data[data["panel"] == "sources cited in the text"]
    assert sources["value"].sum() == 0
    by_camp = data[data["panel"] == "statements by camp"].set_index(["outlet", "category"])["value"]
    assert by_camp[("Alpha", "unattributed")] == 1
    assert by_camp[("Beta", "unattributed")] == 0
    frames = data[data["panel"] == "frames in own voice per 1,000 narrator words"]
    assert sorted(frames["category"]) == ["dialogue", "threat"]
