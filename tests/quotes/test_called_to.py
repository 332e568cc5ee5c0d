"""A demand told by "called to" and its infinitive, no object between ("Trump called to ban ...";
analysis/quotes/objects.py OBJECT_CONTENT "call to", words.PHONED_TO, CALLED_TO_NOUNS), and an
abbreviation's period that ends the sentence (missed_splits.sentence_break).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import indirect


def test_called_to_and_a_verb_is_a_demand():
    assert indirect("Last week the mayor called to suspend the parking fees downtown.") == [
        ("suspend the parking fees downtown", "the mayor", "call to")]   # AP
    assert indirect("Ms. Lopez, a former county clerk, has repeatedly called to audit the "
                    "board's spending.") == [   # local paper
        ("audit the board's spending", "Lopez", "call to")]


def test_a_telephone_call_or_a_passive_is_no_demand():
    assert indirect("The president called to congratulate her on Tuesday night.") == []   # NYT
    assert indirect("Reservists, called to active duty last spring, are now home.") == []   # Reuters
    assert indirect("Jurors who get called to serve are paid $40 a day.") == []   # USA Today


def test_an_abbreviation_that_ends_the_sentence_ends_the_content():
    assert indirect("The senator called to halt all arms sales to the U.K. But the White House "
                    "has not responded.") == [   # Politico
        ("halt all arms sales to the U.K", "The senator", "call to")]
