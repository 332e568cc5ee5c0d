"""Speakers of quotations, twelfth session (2 Dec 2026): shapes read among the wrong speakers of
PolNeAR train that are no pronoun cases. Sentences written for these tests in wire and
newspaper styles."""
from .helpers import one


def test_owned_claim_after_the_main_subject_is_the_owners():
    # the quotation sits in the "that" clause of someone else's claim: the claim's owner, not
    # the subject of the sentence who talks about the claim
    row = one("Gov. Ann Holt on Monday blamed reporters for dwelling on Senator Ray Kemp's claim "
              'that the mayor had "lied to the city," saying the story was old.', "lied")
    assert row.speaker == "Ray Kemp"
    row = one("Labour MPs rounded on the chancellor over Priya Desai's suggestion that the budget "
              'was "fully funded".', "fully")
    assert row.speaker == "Priya Desai"


def test_owned_claim_opening_the_sentence_is_still_the_owners():
    row = one('Mr. Obrecht\'s assertion that the tariffs were "a tax on farmers" drew a rebuke '
              "from the White House on Friday.", "a tax")
    assert row.speaker == "Obrecht"
