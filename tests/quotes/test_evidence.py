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
