"""Who names a label ("called "..."") when the verb follows an apposition: the name the
apposition describes ("Ann Kirby, treasurer of the 1980 campaign, called "..."", "Rush Limbaugh,
for one, called"), not the sentence's first subject. Texts written for these tests in newspaper
(Washington Post, NYT) styles."""
from .helpers import one


def test_the_name_before_a_role_apposition_calls_it_wapo():
    text = ('Tom Lund ran the 1980 floor fight, in what Ann Kirby, treasurer of the Reagan '
            'campaign, called "hand-to-hand combat."')
    assert one(text, "hand-to-hand").speaker == "Ann Kirby"


def test_the_name_before_for_one_calls_it_nyt():
    text = ("Governor Paul Lund kept campaigning in the state, uttering charges that Ned Marlow, "
            "for one, called ''liberal lingo.''")
    assert one(text, "liberal lingo").speaker == "Ned Marlow"


def test_a_naming_verb_after_and_shares_the_first_verbs_subject_wapo():
    # the object of the first verb ("knocked Lund") does not name: the subject of both does
    text = ("Senator Ana Reyes and Senator Tom Lund traded barbs. The debate had pointed "
            'references, such as when Reyes knocked Lund on trade and called him a "moderate," '
            "a subtle dig at a candidate who came to the Senate.")
    assert one(text, "moderate").speaker == "Ana Reyes"
