""""her lawyers", "her aides": one reference in the mention finder (descriptions.owned_people),
the people, not the woman "her" names; texts written for these tests in AP, New York Times and
Guardian styles."""
from .helpers import extract, indirect


def test_her_people_speak_for_themselves_in_any_frame():
    text = ('Rep. Ann Duval was cleared on Friday. Her advisers and donors say she will run again '
            'in the autumn.')
    assert indirect(text)[-1][1:] == ("Her advisers", "say")
    text = ('The minister stayed silent. Her spokeswoman told reporters the trip had been '
            'cancelled.')
    assert indirect(text)[-1][1] == "Her spokeswoman"


def test_her_before_a_name_or_after_of_is_left_to_other_rules():
    # a title before a name: the name speaks
    text = 'Ms. Reyes was upset. "It was unfair," her lawyer Tom Kline said.'
    assert extract(text).query("kind == 'direct'").speaker.iloc[0] == "Tom Kline"
    # an apposition naming them: the name speaks
    text = "Her father, Brad, 41, worried that voters would not listen."
    assert indirect(text)[0][1] == "Brad"
    # "many of her aides": the quantified phrase stays the subject
    text = "In the Duval campaign, many of her aides feel the race is already won."
    assert indirect(text)[0][1] == "many of her aides"
