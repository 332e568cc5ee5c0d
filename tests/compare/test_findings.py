"""The findings table: one column per outlet, numbers that trace to the input tables."""
from collections import Counter

import pandas as pd
import pytest

from analysis.codebooks import NOT_SPEECH_CLASSES
from analysis.compare import findings
from analysis.compare.reuse_kinds import reuse_by_outlet
from tests.helpers import findings_tables


@pytest.fixture(scope="module")
def seed(seed_tables):
    """The seed tables and the two tables notebook 05 derives from them."""
    t = seed_tables
    return {
        "profile": t.outlet_profile,
        "quotes": t.quotes,
        "cited": t.cited_sources,
        "shared": reuse_by_outlet(t.reuse, t.articles),
        "frame_rates": t.framing_profile,
        "actor_labels": t.actor_labels,
    }


def small_tables():
    return findings_tables()


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
    assert alpha["statements"] == "3 from 2 speakers; 25% of the text quoted (95% interval 10–40%)"
    assert beta["statements"] == "0 from 0 speakers; 0% of the text quoted"     # no interval known
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


def test_outlet_findings_on_the_seeds_count_the_quote_table(seed):
    t = seed
    table = findings.outlet_findings(t["profile"], t["quotes"], t["cited"], t["shared"],
                                     t["frame_rates"], t["actor_labels"], top=3)
    quotes = t["quotes"]
    said = quotes[(quotes["statement_id"] != "")   # beliefs and stances are no statements
                  & ~quotes["verb_class"].isin(NOT_SPEECH_CLASSES)].drop_duplicates("statement_id")
    assert list(table.columns) == list(t["profile"]["outlet"])
    assert set(table.columns) == set(quotes["outlet"]) | set(t["profile"]["outlet"])
    for outlet in table.columns:
        mine = said[said["outlet"] == outlet]     # one speech act counts once
        assert table.loc["statements", outlet].startswith(f"{len(mine)} from ")
        counts = Counter(s for s in mine["speaker"] if s)
        if counts:
            best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[0]
            assert table.loc["most quoted", outlet].startswith(f"{best[0]} ({best[1]})")
    assert table.loc["photo credits", "CGTN"] == "VCG (2)"   # two /VCG Photo credits on the page


def test_contested_names_per_voice_and_only_when_the_study_has_them():
    names = pd.DataFrame([
        # outlet, contest, side, voice
        ("Alpha", "strike_name", "union_side", "narrator"),
        ("Alpha", "strike_name", "union_side", "narrator"),
        ("Alpha", "strike_name", "owners_side", "narrator"),
        ("Alpha", "port_status", "owners_side", "quoted"),
        ("Beta", "strike_name", "owners_side", "headline"),
    ], columns=["outlet", "contest", "side", "voice"])
    assert findings.contested_names(names[names["outlet"] == "Alpha"], "narrator") == (
        "strike name: union side 2, owners side 1 (n=3)")
    assert findings.contested_names(names[names["outlet"] == "Beta"], "narrator") == "–"
    table = findings.outlet_findings(*small_tables(), top=3, contested_terms=names)
    assert table.at["contested names, quoted voices", "Alpha"] == "port status: owners side 1 (n=1)"
    assert table.at["contested names, headlines", "Beta"] == "strike name: owners side 1 (n=1)"
    without = findings.outlet_findings(*small_tables(), top=3, contested_terms=names.iloc[0:0])
    assert not any(row.startswith("contested") for row in without.index)
    no_headline = findings.outlet_findings(*small_tables(), top=3,
                                           contested_terms=names[names["voice"] != "headline"])
    assert "contested names, headlines" not in no_headline.index
