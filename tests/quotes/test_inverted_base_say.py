"""A fronted content closed by "say" and its plural subject after it (", say some Democrats",
", say experts like ..."; analysis/quotes/verbs.py find_verb_hits, _PLURAL_SPEAKER_NEXT).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import indirect


def test_say_and_a_plural_subject_after_the_content():
    assert indirect("A tougher stance on trade may not hurt him in Ohio, say some Republicans, "
                    "who live there.") == [   # NYT
        ("A tougher stance on trade may not hurt him in Ohio", "Republicans", "say")]
    assert indirect("The new rules will raise prices for renters, say economists.") == [   # Reuters
        ("The new rules will raise prices for renters", "economists", "say")]


def test_say_as_for_example_is_no_verb():
    assert indirect("If the council votes, say, next week, the fees will rise.") == []   # local paper
