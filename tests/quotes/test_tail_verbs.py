"""An -s form that is often a noun ("states", "notes", "reads") is the attribution's verb when it
ends a clause a quotation opens ('"...," a narrator in the ad states.'), not when a participle
stands between ('"fringe candidate," making air quotes.'). Texts written for these tests in
political-ad and newspaper styles."""
from .helpers import one


def test_a_voice_over_states_after_the_quotation_ad_copy():
    text = ("The spot turns to health care. \u201cShe fought for every family in this state,\u201d "
            "a narrator in the ad states. \u201cAnd she will fight for yours.\u201d")
    row = one(text, "She fought for every family")
    assert (row.speaker, row.verb) == ("a narrator", "state")
    assert one(text, "And she will fight").speaker == "a narrator"


def test_air_quotes_after_a_participle_are_no_verb_newspaper():
    text = ('A year ago, Senator Tom Lund said, the press called him a "long shot," making air '
            "quotes.")
    assert one(text, "long shot").verb != "quote"
