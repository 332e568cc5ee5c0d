"""Speakers around two people joined by "and" (issue 13, session 30): a plural title
abbreviation ("Govs.", "Sens.", "Reps.") ends no sentence, and a relative "who" after the pair
is both of them, so a "he" in the next paragraph is neither. Texts written for these tests in
wire style."""
from .helpers import extract


def rows(text):
    return [(r.quote, r.speaker) for r in extract(text).itertuples()]


def test_plural_title_abbreviation_keeps_the_sentence_and_its_subject():
    text = ('Speaking to reporters on Monday, Sen. Mark Cole refrained from attacking his '
            'rivals, particularly Govs. Tom Baker and Bill Ross.\n\n'
            '"It was our best fundraising night," he said.')
    assert ("It was our best fundraising night", "Mark Cole") in rows(text)


def test_who_after_a_pair_is_both_and_the_next_he_is_the_subject():
    text = ('Sen. Mark Cole is under fire from Govs. Tom Baker and Bill Ross, who say the '
            'first-term senator lacks experience.\n\n'
            'He dismissed the criticism, saying the debate had been "our best night yet."')
    out = rows(text)
    assert ("the first-term senator lacks experience", "Tom Baker and Bill Ross") in out
    assert ("our best night yet.", "Mark Cole") in out


def test_who_with_a_singular_verb_after_a_pair_is_the_second_name():
    text = ('The board met Ann Carter and Eric Fanning, who says the plan is "dead on '
            'arrival."')
    assert ("dead on arrival.", "Eric Fanning") in rows(text)
