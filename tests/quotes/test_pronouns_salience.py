"""Which earlier person or group a pronoun takes when several compete: clause subjects after
"after/before/since/until", subjects before speakers of quotations framed as objects,
coordinations of people as "they", possessors in subject position. Short texts written for
these tests in wire (AP, Reuters), newspaper (NYT "Mr./Ms.", Washington Post) and magazine
styles; no codebook knows these people (analysis/quotes/mentions.py, coreference.py).
"""
from .helpers import one


def test_the_subject_of_a_clause_opened_by_before_is_a_pronoun_antecedent_nyt():
    # NYT: "A week before Gov. X vetoed it, aides had warned": X is a subject, so "he" is X
    text = ("Senator Tom Reyes wrote the bill. A week before Governor Paul Lund vetoed it, aides "
            "had warned of a fight. ''This is not over,'' he told reporters.")
    assert one(text, "This is not over").speaker == "Paul Lund"


def test_the_subject_after_after_speaks_for_its_own_verb_reuters():
    # Reuters: "hours after X called the plan ..." X is the subject of "called", not an object
    text = ("Shares in the utility fell on Monday, hours after Energy Minister Karla Voss "
            "called the merger “a mistake we will not repeat”.")
    assert one(text, "a mistake").speaker.endswith("Karla Voss")


def test_a_noun_after_since_with_no_verb_stays_an_object_ap():
    # AP: "since the election of X," no verb after the name: still governed by a preposition
    text = ("Margaret Olsen has led the party since the defeat of Harold Price. "
            '"We rebuilt from nothing," she said.')
    assert one(text, "We rebuilt").speaker == "Margaret Olsen"
