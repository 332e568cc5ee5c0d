"""Reported speech with a speech verb in shapes the rules missed on 1 Dec 2026 (issue 13, speech
recall): a second proportion of respondents joined by a bare "and" ("... and one in four said
...").

Texts written for these tests in wire, poll-report and newspaper styles.
"""
from .helpers import indirect


def test_a_second_proportion_joined_by_and_speaks_its_own_clause():
    rows = indirect("One in three said the party does not care about them and one in four said "
                    "the party was openly hostile.")
    assert rows == [("the party does not care about them", "One in three", "say"),
                    ("the party was openly hostile", "one in four", "say")]
    rows = indirect("In the Marist survey, about 40 percent said they would vote in the primary and "
                    "12 percent said they would stay home.")
    assert [(q, s) for q, s, _ in rows] == [("they would vote in the primary", "40 percent"),
                                            ("they would stay home", "12 percent")]

