"""A scare quote inside the "that" clause of an owned noun for someone's words is the owner's
even with a setting between the noun and "that" ("X's suggestion at a debate that ...", "X's
comments, made in an interview ..., that ..."). Sentences written for these tests in newspaper
analysis and wire styles."""
from .helpers import extract


def _partials(text):
    return [(r.speaker, r.quote) for r in extract(text).itertuples() if r.kind == "partial"]


def test_a_participle_phrase_between_comments_and_that():
    text = ('But Reyes did contradict Mayor Tom Hanley\'s comments, made in a radio interview '
            'recorded a day before the vote, that the Port Authority had been "contained" for years.')
    assert _partials(text) == [("Tom Hanley", "contained")]


def test_a_prepositional_setting_between_suggestion_and_that():
    text = ('Voters in Ohio remember Mr. Hanley\'s patronizing suggestion at a similar debate that '
            'Reyes was "likable enough."')
    assert _partials(text) == [("Hanley", "likable enough.")]


def test_a_sentence_between_the_noun_and_that_is_no_setting():
    text = ('Reyes rejected Mayor Tom Hanley\'s comments. She said at a forum in Dayton that the '
            'Port Authority was "broke."')
    assert _partials(text) == [("Reyes", "broke.")]
