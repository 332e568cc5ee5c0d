"""The findings table and figure: one column per outlet, numbers that trace to the input tables."""
from collections import Counter

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis.compare import profile as compare
from analysis.plots import findings
from analysis.framing import hits as framing, labels
from analysis.quotes.attribution import extract_quotes


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def tables(corpus):
    quotes = extract_quotes(corpus)
    hits = framing.framing_hits(corpus, quotes=quotes)
    return {
        "profile": compare.outlet_profile(corpus, quotes),
        "quotes": quotes,
        "cited": compare.cited_sources(corpus),
        "shared": compare.reuse_by_outlet(corpus, compare.find_reuse(corpus)),
        "frame_rates": framing.frame_profile(hits, corpus.articles),
        "actor_labels": labels.actor_labels(corpus, quotes=quotes),
    }


def small_tables():
    """Two made-up outlets, every number chosen by hand."""
    profile = pd.DataFrame([
        {"outlet": "Alpha", "articles": 2, "words": 1500, "first_date": "2019-05-01",
         "last_date": "2019-05-03", "undated": 1, "quotes": 3, "speakers": 2, "quoted_share": 0.25,
         "voice_gov": 2 / 3, "voice_unattributed": 1 / 3},
        {"outlet": "Beta", "articles": 1, "words": 300, "first_date": "", "last_date": "",
         "undated": 1, "quotes": 0, "speakers": 0, "quoted_share": 0.0,
         "voice_gov": 0.0, "voice_unattributed": 0.0},
    ])
    quotes = pd.DataFrame({"outlet": ["Alpha"] * 3, "speaker": ["Zed", "Ann", ""],
                           "camp": ["gov", "gov", ""]})
    cited = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Alpha", "Beta"],
                          "source": ["TASS", "TASS", "Reuters", "AP"],
                          "cue": ["said", "reported", "photo credit", "said"],
                          "type": ["agency", "agency", "agency", "agency"]})
    shared = pd.DataFrame({"outlet_a": ["Alpha"], "outlet_b": ["Beta"], "passages": [1],
                           "words": [17]})
    frame_rates = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Alpha", "Beta"],
                                "frame": ["threat", "dialogue", "threat", "threat"],
                                "voice": ["narrator", "narrator", "quoted", "narrator"],
                                "per_1000": [2.0, 4.3, 1.0, 0.0]})
    actor_labels = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Beta", "Alpha"],
                                 "actor": ["Maduro", "Maduro", "Maduro", "Guaido"],
                                 "label": ["president", "president", "leader", "leader"]})
    return profile, quotes, cited, shared, frame_rates, actor_labels


def test_top_items_and_top_rates_break_ties_by_name():
    assert findings.top_items(["b", "a", "b", "c", "a", ""], n=2) == "a (2), b (2)"
    assert findings.top_items(["", None]) == "–"
    assert findings.top_rates({"x": 1.0, "a": 1.0, "z": 0.0, "m": 3.14}) == "m 3.1, a 1.0, x 1.0"
    assert findings.top_rates({"z": 0.0}) == "–"


def test_key_actors_are_those_most_outlets_label():
    *_, actor_labels = small_tables()
    assert findings.key_actors(actor_labels, 2) == ["Maduro", "Guaido"]
    assert findings.key_actors(actor_labels.iloc[0:0]) == []


def test_outlet_findings_on_hand_made_tables():
    table = findings.outlet_findings(*small_tables(), top=3)
    assert list(table.columns) == ["Alpha", "Beta"]
    alpha, beta = table["Alpha"], table["Beta"]
    assert alpha["articles"] == "2 (2019-05-01 to 2019-05-03), 1 undated"
    assert beta["articles"] == "1 (undated)"
    assert alpha["words"] == "1,500"
    assert alpha["sources cited in the text"] == "TASS (2)"
    assert alpha["photo credits"] == "Reuters (1)"
    assert beta["sources cited in the text"] == "AP (1)"
    assert beta["photo credits"] == "–"
    assert alpha["quotes"] == "3 from 2 speakers; 25% of the text quoted"
    assert alpha["most quoted"] == "Ann (1), Zed (1)"
    assert alpha["voices by camp"] == "gov 67%, unattributed 33%"
    assert beta["voices by camp"] == "–"
    assert alpha["frames, own voice (per 1,000 words)"] == "dialogue 4.3, threat 2.0"
    assert alpha["frames, quoted voices (per 1,000 words)"] == "threat 1.0"
    assert beta["frames, own voice (per 1,000 words)"] == "–"
    assert alpha["words shared with other outlets"] == "Beta 17"
    assert beta["words shared with other outlets"] == "Alpha 17"
    assert alpha["labels for Maduro"] == "president (2)"
    assert beta["labels for Maduro"] == "leader (1)"
    assert beta["labels for Guaido"] == "–"


def test_outlet_findings_on_the_seeds_count_the_quote_table(tables):
    t = tables
    table = findings.outlet_findings(t["profile"], t["quotes"], t["cited"], t["shared"],
                                     t["frame_rates"], t["actor_labels"], top=3)
    quotes = t["quotes"]
    assert list(table.columns) == list(t["profile"]["outlet"])
    assert set(table.columns) == set(quotes["outlet"]) | set(t["profile"]["outlet"])
    for outlet in table.columns:
        mine = quotes[quotes["outlet"] == outlet]
        assert table.loc["quotes", outlet].startswith(f"{len(mine)} from ")
        counts = Counter(s for s in mine["speaker"] if s)
        if counts:
            best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[0]
            assert table.loc["most quoted", outlet].startswith(f"{best[0]} ({best[1]})")
    assert table.loc["photo credits", "CGTN"] == "VCG (2)"   # two /VCG Photo credits on the page


def test_findings_html_keeps_a_fixed_table_id():
    table = findings.outlet_findings(*small_tables())
    html = findings.findings_html(table)
    assert 'id="T_findings"' in html and "Alpha" in html
    assert html == findings.findings_html(table)


def test_findings_figure_data_are_the_counts(tables):
    t = tables
    outlets = list(t["profile"]["outlet"])
    fig, data = findings.findings_figure(t["quotes"], t["cited"], t["frame_rates"], outlets)
    assert list(data.columns) == ["panel", "outlet", "category", "value"]
    quotes = t["quotes"]
    by_camp = data[data["panel"] == "quotes by camp"]
    for outlet in outlets:
        drawn = by_camp.loc[by_camp["outlet"] == outlet, "value"].sum()
        assert drawn == (quotes["outlet"] == outlet).sum()
    unattributed = quotes["camp"].fillna("") == ""
    assert by_camp.loc[by_camp["category"] == "unattributed", "value"].sum() == unattributed.sum()
    sources = data[data["panel"] == "sources cited in the text"]
    cited = t["cited"]
    in_text = cited[cited["cue"] != "photo credit"]
    assert sources["value"].sum() == len(in_text)
    agencies = sources[(sources["outlet"] == "CGTN") & (sources["category"] == "agency")]
    cgtn_agencies = (in_text["outlet"] == "CGTN") & (in_text["type"] == "agency")
    assert agencies["value"].item() == cgtn_agencies.sum()
    frames = data[data["panel"] == "frames in own voice per 1,000 words"]
    rates = t["frame_rates"]
    own = rates[(rates["voice"] == "narrator") & (rates["per_1000"] > 0)]
    assert len(frames) == len(own)
    assert (frames["value"] > 0).all()
    axes = fig.axes
    assert len(axes) == 3
    assert [tick.get_text() for tick in axes[0].get_yticklabels()] == outlets
    assert len(axes[2].collections[0].get_offsets()) == len(own)


def test_findings_figure_with_a_new_outlet_and_no_sources():
    profile, quotes, cited, shared, frame_rates, actor_labels = small_tables()
    fig, data = findings.findings_figure(quotes, cited.iloc[0:0], frame_rates, ["Alpha", "Beta"])
    sources = data[data["panel"] == "sources cited in the text"]
    assert sources["value"].sum() == 0
    by_camp = data[data["panel"] == "quotes by camp"].set_index(["outlet", "category"])["value"]
    assert by_camp[("Alpha", "unattributed")] == 1
    assert by_camp[("Beta", "unattributed")] == 0
    frames = data[data["panel"] == "frames in own voice per 1,000 words"]
    assert sorted(frames["category"]) == ["dialogue", "threat"]
