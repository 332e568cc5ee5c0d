"""What a poll, survey or record shows when its noun phrase carries a participle or
prepositional phrase (analysis/quotes/evidence.py). Texts written for these tests in wire and
newspaper styles."""
from .helpers import extract, one


def test_a_poll_named_with_its_sponsor_and_date():
    row = one("A national poll released Sunday by The Herald and WXTV News shows the senator "
              "keeping her lead among independents.", "the senator")   # AP
    assert (row.speaker, row.verb, row.verb_class) == \
        ("A national poll released Sunday by The Herald and WXTV News", "show", "evidence")
    assert row.quote == "the senator keeping her lead among independents"
    row = one("Other recent polls from Monmouth University and Gallup show a 56% approval "
              "rating.", "a 56%")   # USA Today
    assert (row.verb_class, row.quote) == ("evidence", "a 56% approval rating")


def test_a_number_opens_the_finding():
    row = one("A recent Ipsos survey found 90 percent support for background checks.", "90 percent")
    assert (row.speaker, row.verb, row.quote) == \
        ("A recent Ipsos survey", "find", "90 percent support for background checks")


def test_a_relative_clause_after_the_poll():
    row = one("The figures come in the wake of polls by Quinnipiac University that showed the "
              "governor trailing in three states.", "the governor")   # Reuters
    assert (row.speaker, row.quote) == ("polls by Quinnipiac University",
                                        "the governor trailing in three states")


def test_people_are_no_poll():
    """A poll inside a prepositional phrase, or people who look and find, hold nothing here."""
    for text in ("Voters in the new survey found the debate dull.",
                 "Investigators went through the records and found the wreckage.",
                 "Nobody knows where he got the image or whether he found it elsewhere."):
        assert not [r for r in extract(text).itertuples() if r.verb_class == "evidence"], text


def test_a_finding_runs_on_past_its_contrast():
    # a poll's finding keeps its ", while ..." half (the other share is part of what it found)
    row = one("A Marist poll released Monday found that 41 percent of likely voters back the "
              "mayor, while 35 percent favor his challenger.", "41 percent")   # AP
    assert (row.speaker, row.verb) == ("A Marist poll released Monday", "find")
    assert row.quote == "41 percent of likely voters back the mayor, while 35 percent favor his challenger"
    row = one("Court records show the company paid $2 million in fines in 2014, while its rival "
              "paid nothing.", "the company")   # newspaper style, a record's finding
    assert row.quote == "the company paid $2 million in fines in 2014, while its rival paid nothing"


def test_a_belief_still_ends_at_while():
    # a belief is no finding: ", while" is the reporter's own clause
    row = one("Ms. Ortiz believes the levy will pass, while her aides are less sure.", "the levy")
    assert row.quote == "the levy will pass"
