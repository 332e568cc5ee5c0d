"""Speakers of quotations (issue 13, direct quotations, seventh session): "thinking" after an owner
is a noun, and a signature on its own paragraph glued to a hyphen or followed by a party and
state. Texts written for these tests in wire, newspaper and live-blog styles."""
from .helpers import extract, indirect, speakers


def test_wire_source_familiar_with_a_named_persons_thinking_speaks():
    text = ('The governor left the dinner early. A source familiar with Delgado’s thinking said, '
            '“He wants a deal before the recess.”')
    assert speakers(text) == [("A source familiar with Delgado’s thinking",
                               "He wants a deal before the recess.")]


def test_newspaper_people_familiar_with_her_thinking_say_frames_the_clause():
    text = ('The mayor has been quiet since May, and people familiar with her thinking say she now '
            'doubts the budget will pass.')
    assert indirect(text) == [("she now doubts the budget will pass",
                               "people familiar with her thinking", "say")]


def test_contracted_is_before_thinking_keeps_the_verb():
    text = 'Asked about the race, Mr. Ortiz said: "He\'s thinking about running."'
    assert speakers(text) == [("Ortiz", "He's thinking about running.")]
