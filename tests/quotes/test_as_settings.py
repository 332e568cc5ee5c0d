"""A fronted "As X said," whose verb has a longer setting before its comma: where it was said or
to whom (analysis/quotes/reported_starts.py, _AS_SETTING used by fronted_as).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import indirect


def test_a_medium_after_the_verb():
    assert indirect("As Maria Chen points out in a column for the Tribune, the county has not "
                    "raised property taxes since 2009.") == [   # column, USA Today
        ("the county has not raised property taxes since 2009", "Maria Chen", "point out")]


def test_a_letter_named_after_the_verb():
    assert indirect("As Mr. Alvarez noted in his letter to shareholders, the company has lost "
                    "money for three straight years.") == [   # NYT
        ("the company has lost money for three straight years", "Alvarez", "note")]


def test_an_addressee_after_told():
    assert indirect("But as Gov. Ruth Bader told the Associated Press, the budget gap will not "
                    "close on its own.") == [   # AP
        ("the budget gap will not close on its own", "Ruth Bader", "tell")]


def test_a_verb_with_its_own_prepositional_object_frames_nothing():
    assert indirect("As the agency hints at new limits on overtime, employers in the state are "
                    "hiring fewer workers.") == [   # Reuters
        ("new limits on overtime", "the agency", "hint at")]


def test_an_aside_of_examples_in_the_subject():
    assert indirect("As several economists, including Ms. Ortiz, have noted, the tax cut pays for "
                    "only a third of itself.") == [   # Washington Post
        ("the tax cut pays for only a third of itself", "several economists", "note")]
