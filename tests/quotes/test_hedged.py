"""Hedged contents with no source (analysis/quotes/hedged.py) and the content cues added for
PolNeAR's attributions (analysis/quotes/content.py): appearances, expectations, findings of
people, shares of a poll, stances with their objects.

Texts written for these tests in wire, newspaper and magazine styles; expected spans are what a
reader would mark as the hedged or held content.
"""
from analysis.quotes.summaries import statements

from .helpers import extract, one


def test_raising_verbs_keep_their_subject_and_name_no_one():
    row = one("Even as he won in Ohio, Mr. Haddad seemed to overstay his welcome.", "Mr. Haddad")
    assert (row.kind, row.speaker, row.speaker_id, row.verb, row.verb_class, row.quote) == \
        ("indirect", "", "", "seemed", "evidence", "Mr. Haddad seemed to overstay his welcome")
    row = one("The port authority, which has lost two directors this year, seems unable to "
              "pay its debts.", "The port authority")
    assert row.quote.endswith("seems unable to pay its debts") and row.speaker == ""
    row = one("Turnout looked like a record in the northern districts.", "Turnout")
    assert row.verb == "looked"


def test_expectations_and_judgements_in_the_passive():
    row = one("The senator is expected to announce her bid on Friday.", "The senator")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("", "expected", "belief", "The senator is expected to announce her bid on Friday")
    row = one("KAMPALA (Reuters) - The ruling, which is widely seen as a test for the courts, "
              "came on Monday.", "which")
    assert (row.verb, row.quote) == ("seen", "which is widely seen as a test for the courts")


def test_impersonal_hedges_keep_what_follows():
    row = one("It appears, though, that the pipeline deal was never signed.", "the pipeline")
    assert (row.speaker, row.verb, row.quote) == ("", "appears", "the pipeline deal was never signed")
    row = one("It is unclear whether the council can meet before the deadline.", "the council")
    assert (row.verb, row.verb_class) == ("unclear", "belief")


def test_not_hedges():
    """Showing up, appearing somewhere, "what is known as": no hedged content."""
    for text in ("The minister appeared in court on Tuesday.",
                 "Mr. Okafor appeared at a rally in Lagos.",
                 "Delegates met in what is known as the Green Room.",
                 "It seemed."):
        assert extract(text).empty, text


def test_hedged_rows_are_no_statements():
    out = extract("Voters seemed tired of the campaign. The mayor said the vote would go ahead.")
    assert list(out["verb"]) == ["seemed", "say"]
    assert list(statements(out)["verb"]) == ["say"]


def test_findings_of_people_and_of_records():
    row = one("After a two-year inquiry, the state auditor found that the agency had overpaid "
              "its contractors.", "the agency")
    assert (row.verb, row.verb_class) == ("find", "evidence") and "auditor" in row.speaker
    row = one("Photos showed dozens of families sleeping in the station hall.", "dozens")
    assert (row.speaker, row.verb) == ("Photos", "show")
    row = one("A Gallup survey, conducted for the foundation in May, also found that trust in "
              "newspapers fell.", "trust")
    assert row.speaker == "A Gallup survey"


def test_a_poll_share_holds_the_view():
    row = one("Only about 4 in 10 Republican voters in each state want a border wall.", "a border")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("Only about 4 in 10 Republican voters in each state", "want", "intention")
    row = one("About three-quarters support a temporary ban on new mines.", "a temporary")
    assert (row.speaker, row.quote) == ("About three-quarters", "a temporary ban on new mines")


def test_stances_keep_their_prepositional_phrases_and_progressives():
    row = one("Carole Bower, 75, a retiree in Carthage, supported Gov. John Kasich of Ohio in "
              "the primary.", "Gov.")
    assert (row.speaker, row.verb, row.quote) == \
        ("Carole Bower", "support", "Gov. John Kasich of Ohio in the primary")
    row = one("Mark Dayton is backing Hillary Clinton.", "Hillary")
    assert (row.speaker, row.verb, row.verb_class) == ("Mark Dayton", "back", "stance")
    row = one("The governor on Sunday defended his decision to close the bridge.", "his decision")
    assert (row.verb, row.verb_class) == ("defend", "stance")
    row = one("Both of the state's senators strongly opposed the pipeline.", "the pipeline")
    assert row.speaker_mention.startswith("Both") and row.verb == "oppose"


def test_nouns_and_adjectives_are_no_cues():
    for text in ("Any attempt to repeal the law will fail in the Senate.",
                 "The two countries picked opposing sides in the war.",
                 "The push for new elections faded."):
        assert extract(text).empty, text


def test_belief_and_evidence_nouns_hold_their_that_clause():
    row = one("Party leaders voiced their fear that the convention would descend into chaos.",
              "the convention")
    assert (row.speaker, row.speaker_mention, row.verb, row.verb_class, row.quote) == \
        ("", "their", "fear", "belief", "the convention would descend into chaos")
    row = one("WASHINGTON -- There is no evidence that the ballots were altered.", "the ballots")
    assert (row.speaker, row.verb, row.verb_class) == ("", "evidence", "evidence")
    row = one("The mayor's belief that the stadium will pay for itself has few defenders.",
              "the stadium")
    assert (row.speaker, row.verb) == ("The mayor", "belief")
    # "that" opening a relative clause, and a speech noun (left to the speech rules)
    assert extract("The fear that drove him out of politics was real.").empty


def test_a_hedge_ends_where_the_next_clause_starts():
    """A colon, an adverb before a participle, a pronoun opening the main clause (written for
    this test in Reuters, AP and NYT styles)."""
    got = {r.quote for r in extract(
        "The Senate is expected to pass the bill, potentially sending it to the president "
        "by Friday.").itertuples()}
    assert "The Senate is expected to pass the bill" in got
    got = {r.quote for r in extract("Traders seem to agree: On Tuesday the peso rose 2 percent.")
           .itertuples()}
    assert "Traders seem to agree" in got
    got = {r.quote for r in extract("If the deal is seen as a surrender, it will not pass.")
           .itertuples()}
    assert any(q.endswith("the deal is seen as a surrender") for q in got), got


def test_it_is_apparent_is_a_hedge_like_it_is_clear():
    """"apparent" was in the impersonal pattern but not in the cheap pre-check before it, so a
    sentence with no other hedge word gave no row."""
    row = one("By Thursday it was apparent that the ceasefire would not hold.", "the ceasefire")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("", "apparent", "belief", "the ceasefire would not hold")
