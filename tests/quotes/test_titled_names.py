"""A title's place or firm before a person's name is no part of the name: "Governor of New York
Andrew Cuomo" is Andrew Cuomo, "Undersecretary for Political Affairs Wendy Sherman" is Wendy
Sherman (and so a "she"). Texts written for these tests in wire, business-page and US newspaper
styles."""
from .helpers import indirect, speakers


def test_wire_governor_of_a_state_before_the_name():
    text = ('"We are ready for the storm," said Governor of New York Andrew Cuomo. '
            '"Stay home tonight," Cuomo added.')
    assert speakers(text) == [("Andrew Cuomo", "We are ready for the storm"),
                              ("Andrew Cuomo", "Stay home tonight")]


def test_business_page_officer_of_a_firm_before_the_name():
    text = ('There is no end in sight for rising prices, President and Chief Financial Officer of '
            'Harbour Foods Debra Lang said yesterday.')
    assert indirect(text) == [("There is no end in sight for rising prices", "Debra Lang", "say")]


def test_us_attorney_for_a_state_before_the_name():
    text = '"The ring was built on secrecy," Acting U.S. Attorney for Vermont Joshua Reed said.'
    assert speakers(text) == [("Joshua Reed", "The ring was built on secrecy")]


def test_a_given_name_makes_the_pronoun_find_her():
    text = ('Mr. Dorsey was answering a message from Undersecretary for Political Affairs Wendy '
            'Marsh, who reported the plane had left. "Wheels up a few minutes ago," she wrote.')
    assert speakers(text)[-1] == ("Wendy Marsh", "Wheels up a few minutes ago")


def test_a_name_with_no_title_before_it_stays_whole():
    text = '"We will appeal," Mary Ann Lopez said.'
    assert speakers(text) == [("Mary Ann Lopez", "We will appeal")]
