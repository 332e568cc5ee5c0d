"""Cues added on 1 Dec 2026 (eighth session): "would like to", "think about", "interested in" and
other attitude adjectives, a negated copula ("aren't interested in"), "hasn't yet endorsed".
Texts written for these tests in wire and newspaper styles."""
from .helpers import extract, one


def test_would_like_to_is_an_intention():
    row = one("The White House would like to make the midterm vote a referendum on competence.",
              "to make")
    assert (row.speaker, row.verb, row.verb_class) == ("White House", "would like", "intention")
    row = one("Frankly, we would also like to see the bill passed before the recess.", "to see")
    assert (row.speaker_mention, row.verb_class) == ("we", "intention")


def test_thinking_about_is_a_belief_about_its_object():
    row = one("Mayor Olsen is even thinking about using the football stadium for the address.",
              "using")
    assert (row.speaker, row.verb, row.quote) == \
        ("Olsen", "think about", "using the football stadium for the address")


def test_interested_in_after_a_copula_even_negated():
    row = one("Even the most reform-minded senators aren't interested in scrapping the filibuster.",
              "scrapping")
    assert (row.verb, row.verb_class, row.quote) == ("interested", "belief", "scrapping the filibuster")
    row = one("Many voters in the county were just as interested in the school board race.", "the school")
    assert row.speaker == "Many voters"
    assert "interested" not in set(extract("An interested reader wrote to the paper.")["verb"])


def test_yet_between_a_subject_and_its_cue():
    row = one("The Budget Office hasn't yet endorsed that estimate.", "that estimate")
    assert (row.speaker_mention, row.verb) == ("The Budget Office", "endorse")


def test_an_owner_with_several_modifiers_and_a_relative_clause_in_the_object():
    row = one("Mr. Kemp's highly personal, racially tinged attacks on a federal judge drew rebukes.",
              "a federal")
    assert (row.speaker_mention, row.verb) == ("Mr. Kemp", "attack on")
    row = one("Her long support for research that could one day lead to new cures is well known.",
              "research")
    assert row.quote == "research that could one day lead to new cures"
    # a noun before the comma is no modifier: "the voters' priorities, efforts to ..." has no owner
    out = extract("It says much about the voters' priorities, efforts to win them and more.")
    assert "effort" not in set(out["verb"])


def test_opposition_or_views_opening_a_sentence_are_held_by_no_one_named():
    row = one("Opposition to the pipeline has united ranchers and tribes.", "the pipeline")
    assert (row.speaker, row.verb, row.verb_class) == ("", "opposition to", "stance")
    row = one("Views of the chancellor remain deeply divided.", "the chancellor")
    assert row.verb_class == "belief"
    assert "stance" not in set(extract("Support for the levy has grown.")["verb_class"])


def test_concern_and_interest_shown_or_voiced_hold_their_object():
    row = one("Republicans across the state are expressing concern about the governor.", "the governor")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("Republicans across the state", "concern about", "belief")
    row = one("The union has taken an interest in the pension fund.", "the pension")
    assert (row.speaker_mention, row.verb) == ("The union", "interest in")
    row = one("Senator Adams has expressed support for wider military engagement.", "wider")
    assert (row.speaker, row.verb) == ("Adams", "support for")


def test_a_poll_named_before_or_after_its_clause():
    row = one("In a Gallup/CNN Poll released Sunday, three of four voters disapproved of the deal.",
              "three")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("a Gallup/CNN Poll released Sunday", "in", "evidence")
    assert one("In exit polls, voters in both states were unhappy with Congress.",
               "voters").speaker == "exit polls"
    assert one("In March's Marist poll, the governor led on every attribute.",
               "the governor").speaker == "March's Marist poll"
    row = one("Mayor Diaz has a decisive lead in the polls ahead of the runoff.", "Mayor")
    assert (row.speaker, row.quote) == ("the polls", "Mayor Diaz has a decisive lead")
    assert extract("In the end, the study was shelved.").empty


def test_more_likely_to_between_holder_and_cue():
    row = one("Older voters were slightly more likely to support the incumbent.", "the incumbent")
    assert (row.speaker, row.verb) == ("Older voters", "support")
