"""A subject closed by a prepositional phrase before its reporting verb ("Officials in the state
questioned", "Republicans on the committee said"): analysis/quotes/subjects.py, bare_subject.

Sentences written for these tests in the styles of AP, Reuters and a British paper.
"""
from .helpers import indirect


def test_the_state_heading_the_phrase_of_a_subject():
    # AP: "the state" is the head of the phrase, not a modifier ("state officials")
    assert indirect("Officials in the state questioned whether the new maps would survive in "
                    "court.") == [("whether the new maps would survive in court",
                                   "Officials in the state", "question")]
    assert ("the bridge would stay closed", "State officials", "say") in indirect(
        "State officials said the bridge would stay closed.")
    # a phrase whose head is a preposition's object is no subject ("of voters in each state")
    assert indirect("At least half of voters in each state say the tax is fair.") == []


def test_an_on_phrase_closes_the_subject():
    # Reuters
    assert ("the bill was dead", "Republicans on the committee", "say") in indirect(
        "Republicans on the committee said the bill was dead.")
    # Guardian
    assert ("the vote would be close", "Backbenchers on the left", "warn") in indirect(
        "Backbenchers on the left warned the vote would be close.")
    # a day after "on" is a time, not a phrase of the subject
    assert ("the road was closed", "Officials", "say") in indirect(
        "Officials on Tuesday said the road was closed.")
