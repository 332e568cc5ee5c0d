"""An -s form that is often a noun ("states", "notes", "reads") is the attribution's verb when it
ends a clause a quotation opens ('"...," a narrator in the ad states.'), not when a participle
stands between ('"fringe candidate," making air quotes.'). Texts written for these tests in
political-ad and newspaper styles."""
from .helpers import indirect, one


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


def test_a_base_form_aside_after_a_plural_subject():
    # Post style: a connective, then the content, ", they say," and a participle going on
    rows = indirect("Meanwhile, the company is cutting jobs, they say, moving work to plants "
                    "overseas.")
    assert [(q[:38], s, v) for q, s, v in rows] == [
        ("Meanwhile, the company is cutting jobs", "", "say")]
    rows = indirect("In the end, the plan will fail, critics say, because the money is gone.")
    assert [(s, v) for _, s, v in rows] == [("critics", "say")]


def test_to_say_the_least_reports_nothing():
    # magazine idiom: the verb reports no words
    assert indirect("The report, to say the least, was thin.") == []
    assert indirect("The results were mixed, to say the least.") == []
    # "say the least" with a clause after it is speech (wire)
    assert [s for _, s, _ in indirect("Officials say the least they can do is listen.")] == ["Officials"]


def test_told_a_lower_case_addressee_at_the_tail():
    # NYT: "..., the president told his advisers as he worked on the speech."
    rows = indirect("This is not about me, the president told his advisers as he worked on the "
                    "speech.")
    assert rows == [("This is not about me", "the president", "tell")]
    # the addressee followed by its own clause stays the clause's (AP)
    rows = indirect("The plan is dead, the mayor told reporters the council had voted.")
    assert [q for q, _, _ in rows] == ["the council had voted"]
