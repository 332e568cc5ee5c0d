"""A quotation named by a verb right after "and <Name>" is that name's, even inside another
speaker's reported words (frames_beyond._and_namer).

Sentences written for these tests in the styles of a political website (a dash and two
participles), a regional newspaper (two finite clauses) and a wire story (a lone "and" clause).
"""
from .helpers import speakers


def _partials(text):
    return [(who, q) for who, q in speakers(text) if q]


def test_an_and_clause_with_its_own_participle_and_name():
    text = ("Governor Raul Lopez met Mayor Ellen Hartman on Monday. Both issued a statement – "
            "Lopez saying he was \u201cvery pleased\u201d and Hartman calling it a "
            "\u201cproductive session.\u201d")
    assert _partials(text) == [("Raul Lopez", "very pleased"),
                               ("Ellen Hartman", "productive session.")]


def test_an_and_clause_after_a_reported_clause_with_a_finite_verb():
    text = ("Governor Raul Lopez met Mayor Ellen Hartman on Monday. Lopez told reporters he was "
            "pleased, and Hartman called the talks \u201ca fresh start.\u201d")
    assert _partials(text) == [("Ellen Hartman", "a fresh start.")]


def test_the_same_subject_after_and_keeps_the_first_speaker():
    # wire: no second name after "and", so the sentence's subject names it
    text = "Senator Joan Pryce questioned the plan and later called it a \u201cgiveaway.\u201d"
    assert _partials(text) == [("Joan Pryce", "giveaway.")]
