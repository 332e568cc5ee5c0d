"""A fronted subject cut off from its predicate by an inverted attribution and the speaker's
description: the whole sentence is the speaker's ("And the mayor, said X, who ..., doesn't ...").

Texts written for these tests in newspaper (NYT, Guardian) and wire (AP, Reuters) styles.
"""
from .helpers import indirect


def test_a_relative_description_then_the_predicate():
    rows = indirect("And the mayor, said Ellen Park, who worked for him for a decade, doesn't "
                    "forgive or forget.")
    assert [(q.rstrip("."), s) for q, s, _ in rows] == [
        ("And the mayor, said Ellen Park, who worked for him for a decade, doesn't forgive or "
         "forget", "Ellen Park")]


def test_an_apposition_then_the_predicate():
    rows = indirect("The cost of the new line, says Maria Lopez, the agency's finance director, "
                    "is likely to double.")
    assert [(q.rstrip("."), s) for q, s, _ in rows] == [
        ("The cost of the new line, says Maria Lopez, the agency's finance director, is likely "
         "to double", "Maria Lopez")]


def test_a_clause_before_the_frame_stays_alone():
    # the words before the frame hold their own verb: the description ends the sentence's report
    assert indirect("The plant will close in March, said Ann Cole, a spokeswoman for the "
                    "company.") == [("The plant will close in March", "Ann Cole", "say")]


def test_a_new_subject_after_the_description_is_the_reporters():
    # "Acme wants ...": a capitalised subject, no predicate of the fronted words
    rows = indirect("Rather than raising prices further, said Ann Cole, a spokeswoman for the "
                    "company, Acme wants the costs cut.")
    assert rows == [("Rather than raising prices further", "Ann Cole", "say")]
