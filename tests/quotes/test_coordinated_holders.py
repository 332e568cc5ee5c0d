"""Holders joined by "and" keep every conjunct (analysis/quotes/coordinated_holders.py).

Texts written for these tests in wire, newspaper and broadcast styles; expected holders are what
a reader would say.
"""
from .helpers import one


def test_a_name_and_a_description_hold_a_belief_together():
    row = one("Senator Okafor and his advisers believe the party will rally behind him by June.",
              "the party")
    assert (row.speaker, row.speaker_mention, row.verb) == \
        ("Okafor and his advisers", "Senator Okafor and his advisers", "believe")


def test_two_names_hold_a_stance_and_a_list_of_three_an_intention():
    row = one("Gov. Ana Ruiz and Mayor Tom Brandt endorsed the bond measure on Monday.", "the bond")
    assert (row.speaker, row.verb_class) == ("Ana Ruiz and Tom Brandt", "stance")
    row = one("Mr. Lindqvist, Ms. Haddad, and Mr. Oyelaran want to keep the plant open.", "to keep")
    assert row.speaker_mention == "Mr. Lindqvist, Ms. Haddad, and Mr. Oyelaran"


def test_the_clause_opener_and_a_fronted_phrase_are_no_conjuncts():
    row = one("But Ms. Keller and her colleagues found that wages fell in the county.", "wages")
    assert row.speaker_mention == "Ms. Keller and her colleagues"
    row = one("On Tuesday, Mr. Dube and Ms. Varga endorsed the union's slate.", "the union")
    assert row.speaker_mention == "Mr. Dube and Ms. Varga"


def test_a_clause_before_and_keeps_the_last_subject_alone():
    row = one("I trust her with the budget, and I think we all need to move on.", "we all")
    assert row.speaker_mention == "I"
    row = one("Mr. Hale backed the levy and Ms. Ortiz opposed the measure.", "the measure")
    assert row.speaker == "Ortiz"


def test_a_finding_is_held_by_the_whole_poll_phrase():
    row = one("A Gallup poll of Ohio released on Tuesday showed the senator with a 9-point lead.",
              "the senator")
    assert (row.speaker, row.verb_class) == \
        ("A Gallup poll of Ohio released on Tuesday", "evidence")
    row = one("A new survey of those 18 to 29 years old shows a wide split on the issue.", "a wide")
    assert row.speaker == "A new survey of those 18 to 29 years old"
    row = one("But public records show the mayor kept those promises.", "the mayor")
    assert row.speaker == "public records"


def test_a_verb_and_its_object_is_no_conjunct():
    row = one("Mr. Ortega wants the votes and Ms. Lindgren wants to be a hero.", "to be")
    assert row.speaker == "Lindgren"
    row = one("Mr. Ortega wants the votes and Ms. Lindgren wants to be a hero.", "the votes")
    assert row.quote == "the votes"


def test_a_restrictive_who_after_a_common_noun_is_that_noun():
    row = one("The mayor traded the microphone with activists who oppose the rezoning plan.",
              "the rezoning")
    assert row.speaker == "activists"
    row = one("Gov. Ann Lowry of Iowa, a Republican who has endorsed Mr. Haas, spoke first.", "Mr. Haas")
    assert row.speaker == "Ann Lowry"
