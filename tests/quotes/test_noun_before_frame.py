"""A capitalised word opening a sentence before a noun that looks like a verb and a set-off
frame ("Cost estimates, he added, ...") is no name, so "he" keeps its antecedent (names.py's
_context_says_name).

Sentences written for these tests in the styles of a political website, a wire story and a
newspaper; the expected speakers are as a reader takes them.
"""
from .helpers import speakers


def test_a_compound_noun_subject_before_he_added_is_no_speaker():
    text = ("White House spokesman Ray Dunmore briefed reporters on Tuesday. Cost estimates, he "
            "added, were \u201cbased on a prototype facility.\u201d")
    assert speakers(text) == [("Ray Dunmore", "based on a prototype facility.")]


def test_a_fronted_phrase_ending_in_a_plural_noun_before_the_subject():
    text = ('After the Lisbon attacks, Senator Mia Korhonen released a statement calling it '
            '"reckless" to wait.')
    assert speakers(text) == [("Mia Korhonen", "reckless")]


def test_a_surname_with_its_verb_and_a_comma_stays_a_name():
    text = 'Senator Ann Warren spoke in Ohio. Warren says, "We will win this state."'
    assert speakers(text) == [("Ann Warren", "We will win this state.")]
