"""A boast told by a clause with no "that" ("brags he has held 100 town halls"), and "that's"
opening such a clause after a verb whose object is common (analysis/quotes/clause_or_object.py,
OBJECT_OFTEN).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import indirect


def test_a_boast_with_a_pronoun_subject():
    assert indirect("The governor, who brags he has visited all 99 counties, is running "
                    "again.") == [("he has visited all 99 counties", "The governor", "brag")]   # AP
    assert indirect("Ms. Diaz boasted she had raised more money than any rival.") == [   # NYT
        ("she had raised more money than any rival", "Diaz", "boast")]


def test_thats_opens_the_clause():
    assert indirect("The mayor brags that's proof the plan works.") == [   # USA Today
        ("that's proof the plan works", "The mayor", "brag")]


def test_a_boasted_thing_is_no_clause():
    assert indirect("The district boasts a 40-point lead in test scores over its neighbors.") == []
    assert indirect("The campaign has boasted an eclectic list of backers who gave money.") == []
